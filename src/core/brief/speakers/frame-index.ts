/**
 * Where a block's verbs of saying, subordinators and source words are, read once per block: the
 * frames of each quote asked "which of these lie between the sentence's start and the quote?",
 * and reading every token of that stretch for each quote made a long sentence of quotes
 * quadratic (issue 13). Positions are token indexes, ascending; questions are binary searches.
 */
import type { Lex } from '../lexicons/compile.js';
import type { BlockCtx } from '../prep/context.js';
import { tallyBrief } from '../work.js';
import { cueAt, matchPhrase } from './cues.js';

export interface FrameIndex {
  /**
   * Verbs of saying that may open a frame before a quote: not a passive participle with its agent
   * ("interrogé par", "asked by") nor a passive description ("was described as").
   */
  cues: number[];
  /** Subordinators ("que", "that", "dass"). */
  subs: number[];
  /** Source prepositions ("selon", "according to") and postpositions ("zufolge"). */
  sources: number[];
}

/**
 * Source words that are also everyday prepositions ("pour", "per", "para", "so", "for"): a source
 * only with a name right after them ("Para el alcalde, …"), never over a clause ("para que las
 * medidas del presidente, Donald Trump, …" is a purpose, not Trump's words).
 */
export const WEAK_SOURCES: ReadonlySet<string> = new Set(['pour', 'per', 'para', 'so', 'for']);

/** "As" after a describing verb, in the five languages. */
const AS = new Set(['comme', 'as', 'come', 'como', 'als']);

const memo = new WeakMap<BlockCtx, { lex: Lex; toks: BlockCtx['toks']; index: FrameIndex }>();

export function frameIndex(c: BlockCtx, lex: Lex): FrameIndex {
  const known = memo.get(c);
  if (known && known.lex === lex && known.toks === c.toks) return known.index;
  const index: FrameIndex = { cues: [], subs: [], sources: [] };
  const toks = c.toks;
  tallyBrief('frames', toks.length);
  for (let v = 0; v < toks.length; v++) {
    const lo = toks[v]!.lo;
    if (lex.subordinators.has(lo)) index.subs.push(v);
    if (matchPhrase(toks, v, lex.sourcePreps) > 0 || lex.sourcePostps.has(lo)) index.sources.push(v);
    if (!cueAt(c, v, lex) || lex.agentPreps.has(toks[v + 1]?.lo ?? '')) continue;
    if (lex.describe.has(lo) && v > 0 && lex.passiveAux.has(toks[v - 1]!.lo)) continue;
    // "Ce quadragénaire, décrit comme « … » par le quotidien": a participle in apposition, before
    // "as", is passive too (not "Nadia Calviño, calificó de « … »").
    if (
      lex.describe.has(lo) &&
      v > 0 &&
      AS.has(toks[v + 1]?.lo ?? '') &&
      /^\s*,\s*$/u.test(c.masked.slice(toks[v - 1]!.end, toks[v]!.start))
    )
      continue;
    index.cues.push(v);
  }
  memo.set(c, { lex, toks, index });
  return index;
}

/** Index in `xs` (ascending) of the first value at or above `x`. */
export function firstAtLeast(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  tallyBrief('frames', 1);
  return lo;
}
