/**
 * How many persons a pronoun can stand for at a place in the text: those named before it (and of a
 * compatible gender). The antecedent search stops once it has offered them all (antecedents.ts).
 */
import type { Entity, Mention } from '../mentions/entities.js';
import type { ResolveInput } from './resolve.js';

export type Gender = 'm' | 'f' | 'pl' | null;

/** Body paragraphs searched back for an antecedent (antecedents.ts) or an organisation's name (organisation.ts). */
export const LOOKBACK = 5;

export const compatible = (e: Entity, g: Gender): boolean =>
  g === null || g === 'pl' || e.gender === null || e.gender === g;

/** A position in the text as one number (block, then token), for comparing positions. */
const posKey = (block: number, tok: number): number => block * 2 ** 32 + tok;

/**
 * Where each person is first named, as position keys in order: one list for every person, one for
 * those a masculine and one for those a feminine pronoun can stand for. Built once per text.
 */
const firstNamed = new WeakMap<Mention[][], Record<'all' | 'm' | 'f', number[]>>();

function firstNamedOf(inp: ResolveInput): Record<'all' | 'm' | 'f', number[]> {
  let lists = firstNamed.get(inp.byBlock);
  if (lists) return lists;
  const first = new Map<Entity, number>();
  inp.byBlock.forEach((ms, b) => {
    for (const m of ms) {
      if (m.kind !== 'person' || !m.entity) continue;
      const key = posKey(b, m.tok);
      const known = first.get(m.entity);
      if (known === undefined || key < known) first.set(m.entity, key);
    }
  });
  lists = { all: [], m: [], f: [] };
  for (const [e, key] of first) {
    lists.all.push(key);
    if (compatible(e, 'm')) lists.m.push(key);
    if (compatible(e, 'f')) lists.f.push(key);
  }
  for (const list of Object.values(lists)) list.sort((x, y) => x - y);
  firstNamed.set(inp.byBlock, lists);
  return lists;
}

/**
 * How many persons a pronoun of gender `g` at (block, tok) can stand for: those named before it.
 * Every antecedent is one of them (a pronoun's own antecedent was named earlier still), so a
 * search that has offered them all can stop: walking back over the rest of a long paragraph
 * for each pronoun made it quadratic.
 */
export function namedBefore(inp: ResolveInput, block: number, tok: number, g: Gender): number {
  const lists = firstNamedOf(inp);
  const list = g === 'm' ? lists.m : g === 'f' ? lists.f : lists.all;
  const key = posKey(block, tok);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
