/**
 * Which of a block's sentences the antecedent search (antecedents.ts) must read. Walking back from a
 * sentence, one whose persons were all offered by a sentence read since then offers nobody new: an
 * entity met before was taken, refused for its gender (for the whole search) or ended the search.
 * So only a sentence holding an entity not met since the start of the walk is read: each pronoun
 * and description in a long paragraph used to read every sentence before it back to a person named
 * in an earlier paragraph, which made a paragraph of n quotes cost n² sentence reads.
 */
import type { Entity, Mention } from '../mentions/entities.js';
import type { Gender } from './named-before.js';
import type { ResolveInput } from './resolve.js';
import { roleOwner } from './stated-roles.js';

/** One sentence as the search reads it: its mentions and those that can be its subject. */
export interface SentenceLike {
  list: Mention[];
  free: Set<Mention>;
}

/**
 * Per sentence (latest first), the latest-first index of the previous sentence holding one of its
 * entities (the smallest over its entities; -1 when one is new), as a min tree that finds the
 * next sentence worth reading in about log n steps.
 */
export class SentenceSkip {
  private readonly size: number;
  private readonly tree: Float64Array;

  constructor(sentences: readonly SentenceLike[], standsFor: (subject: Mention) => Entity | undefined) {
    const n = sentences.length;
    let size = 1;
    while (size < n) size *= 2;
    this.size = size;
    this.tree = new Float64Array(2 * size).fill(Infinity);
    const last = new Map<Entity, number>();
    sentences.forEach(({ list, free }, j) => {
      let min = Infinity;
      const meet = (e: Entity): void => {
        min = Math.min(min, last.get(e) ?? -1);
        last.set(e, j);
      };
      let subject: Mention | undefined;
      for (const m of list)
        if (free.has(m)) {
          subject = m;
          break;
        }
      // A description or pronoun as subject offers the person it stands for.
      const stands = subject ? standsFor(subject) : undefined;
      if (stands) meet(stands);
      for (const m of list) if (m.kind === 'person' && m.entity) meet(m.entity);
      this.tree[size + j] = min;
    });
    for (let i = size - 1; i >= 1; i--) this.tree[i] = Math.min(this.tree[2 * i]!, this.tree[2 * i + 1]!);
  }

  /**
   * The next sentence to read after sentence k (or the bound, Infinity): the first after it that
   * holds an entity not in k … itself. When k was read only in part (the position's own sentence,
   * up to the position), its entities do not count as met.
   */
  next(k: number, whole: boolean): number {
    return this.find(1, 0, this.size, k + 1, whole ? k : k + 1);
  }

  /** The first index ≥ from whose key is below `limit`, in the subtree of `node` over [lo, hi). */
  private find(node: number, lo: number, hi: number, from: number, limit: number): number {
    if (hi <= from || this.tree[node]! >= limit) return Infinity;
    if (hi - lo === 1) return lo;
    const mid = (lo + hi) >> 1;
    const left = this.find(2 * node, lo, mid, from, limit);
    return left !== Infinity ? left : this.find(2 * node + 1, mid, hi, from, limit);
  }
}

/** The antecedent search itself (antecedents.ts), passed in rather than imported (no import cycle). */
export type Search = (
  inp: ResolveInput,
  block: number,
  tok: number,
  max: number,
  g: Gender,
  depth: number,
) => Mention[];

/** The person a description as subject stands for (roleOwner), asked once per mention. */
const ownerMemo = new WeakMap<Mention, Entity | null>();

export function ownerOf(inp: ResolveInput, subject: Mention): Entity | undefined {
  let owner = ownerMemo.get(subject);
  if (owner === undefined) ownerMemo.set(subject, (owner = roleOwner(inp.entities, subject) ?? null));
  return owner ?? undefined;
}

/** A pronoun subject's own antecedent at a depth of the search, found once per mention and depth. */
const pronounMemo = new WeakMap<Mention, (Mention | null)[]>();

export function pronounAntecedent(
  inp: ResolveInput,
  subject: Mention,
  depth: number,
  search: Search,
): Mention | undefined {
  let byDepth = pronounMemo.get(subject);
  if (!byDepth) pronounMemo.set(subject, (byDepth = []));
  let r = byDepth[depth];
  if (r === undefined) {
    r = search(inp, subject.block, subject.tok, 1, subject.gender ?? null, depth)[0] ?? null;
    byDepth[depth] = r;
  }
  return r ?? undefined;
}

/** Per block's sentences and depth of the search, which sentences it must read; built once. */
const skipIndex = new WeakMap<readonly SentenceLike[], SentenceSkip[]>();

function skipOf(
  inp: ResolveInput,
  sentences: readonly SentenceLike[],
  depth: number,
  search: Search,
): SentenceSkip {
  let byDepth = skipIndex.get(sentences);
  if (!byDepth) skipIndex.set(sentences, (byDepth = []));
  let skip = byDepth[depth];
  if (!skip) {
    // The search asks for a pronoun subject's antecedent only below depth 3 (antecedents.ts).
    skip = new SentenceSkip(sentences, (subject) =>
      subject.kind === 'desc'
        ? ownerOf(inp, subject)
        : subject.kind === 'pron' && subject.gender !== 'pl' && depth < 3
          ? pronounAntecedent(inp, subject, depth + 1, search)?.entity
          : undefined,
    );
    byDepth[depth] = skip;
  }
  return skip;
}

/**
 * Sentences of a block read one after the other before the search asks the skip index: most
 * searches end within a few sentences, and building the index (every subject's person, in every
 * block) cost more on ordinary articles than it saved.
 */
const PLAIN_READS = 12;

/** The sentence the search reads after sentence k, its `reads`-th in this block (k was read whole or not). */
export function nextToRead(
  inp: ResolveInput,
  sentences: readonly SentenceLike[],
  depth: number,
  search: Search,
  k: number,
  whole: boolean,
  reads: number,
): number {
  return reads < PLAIN_READS ? k + 1 : skipOf(inp, sentences, depth, search).next(k, whole);
}
