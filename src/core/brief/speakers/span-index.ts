/**
 * Questions about a block's quote spans answered by binary search instead of a pass over every
 * span: asked for each quote (and each cue or mention) of a block, a pass made a long paragraph of
 * quotes quadratic. The answers are those of the passes they replace; when a block's spans are not
 * in order without overlap (never seen, but not excluded), the pass is made instead.
 */
import type { BlockCtx } from '../prep/context.js';
import type { Span } from '../quotes/spans.js';

interface Index {
  spans: readonly Span[];
  /** How many spans the list had when indexed. */
  n: number;
  /** Spans in order, none overlapping the next: starts and ends both ascend. */
  ordered: boolean;
  /** The union of the spans, as sorted disjoint [start, end) ranges. */
  union: [number, number][];
}

const memo = new WeakMap<BlockCtx, Index>();

function indexOf(c: BlockCtx): Index {
  const known = memo.get(c);
  if (known && known.spans === c.spans && known.n === c.spans.length) return known;
  const spans = c.spans;
  let ordered = true;
  for (let i = 0; i < spans.length && ordered; i++)
    ordered =
      spans[i]!.outerStart <= spans[i]!.outerEnd &&
      (i === 0 || spans[i - 1]!.outerEnd <= spans[i]!.outerStart);
  const union: [number, number][] = [];
  for (const s of [...spans].sort((a, b) => a.outerStart - b.outerStart)) {
    if (s.outerEnd <= s.outerStart) continue;
    const last = union[union.length - 1];
    if (last && s.outerStart <= last[1]) last[1] = Math.max(last[1], s.outerEnd);
    else union.push([s.outerStart, s.outerEnd]);
  }
  const index = { spans, n: spans.length, ordered, union };
  memo.set(c, index);
  return index;
}

/** First index in [0, n) where `pred` turns true (pred is false then true along the range). */
function firstTrue(n: number, pred: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether offset `at` lies inside a span: c.spans.some((s) => at >= s.outerStart && at < s.outerEnd). */
export function insideSpan(c: BlockCtx, at: number): boolean {
  const { union } = indexOf(c);
  const i = firstTrue(union.length, (k) => union[k]![0] > at) - 1;
  return i >= 0 && at < union[i]![1];
}

/** The last span (in list order) with from < outerEnd <= to: c.spans.filter(…).pop(). */
export function lastEndingIn(c: BlockCtx, from: number, to: number): Span | undefined {
  const { spans, ordered } = indexOf(c);
  if (!ordered) return spans.filter((o) => o.outerEnd <= to && o.outerEnd > from).pop();
  const i = firstTrue(spans.length, (k) => spans[k]!.outerEnd > to) - 1;
  return i >= 0 && spans[i]!.outerEnd > from ? spans[i] : undefined;
}

/** The first span (in list order) with from <= outerStart < to: c.spans.find(…). */
export function firstStartingIn(c: BlockCtx, from: number, to: number): Span | undefined {
  const { spans, ordered } = indexOf(c);
  if (!ordered) return spans.find((o) => o.outerStart >= from && o.outerStart < to);
  const i = firstTrue(spans.length, (k) => spans[k]!.outerStart >= from);
  return i < spans.length && spans[i]!.outerStart < to ? spans[i] : undefined;
}

/** Whether a span with from <= outerStart < to passes `pred`: c.spans.some(…) over those spans. */
export function someStartingIn(c: BlockCtx, from: number, to: number, pred: (s: Span) => boolean): boolean {
  const { spans, ordered } = indexOf(c);
  if (!ordered) return spans.some((o) => o.outerStart >= from && o.outerStart < to && pred(o));
  for (let i = firstTrue(spans.length, (k) => spans[k]!.outerStart >= from); i < spans.length; i++) {
    if (spans[i]!.outerStart >= to) return false;
    if (pred(spans[i]!)) return true;
  }
  return false;
}
