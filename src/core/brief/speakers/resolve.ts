/**
 * Resolving an agent mention to a speaker: a pronoun or a description to the person it stands for,
 * "the agency" / "il partito" to the organisation named before. Subject bias: the antecedent is the
 * first person of the latest sentence that names one (news puts the subject first).
 */
import type { BlockCtx } from '../prep/context.js';
import { sentenceAt } from '../prep/context.js';
import type { Lex } from '../lexicons/compile.js';
import type { Entity, Mention, People } from '../mentions/people.js';
import { fold } from '../prep/text.js';

export interface Speaker {
  entity?: Entity;
  org?: string;
}

/** An explicit "no speaker" (an unnamed source): stops the search. */
export const NOBODY: Speaker = {};

/** Paragraphs searched back for an antecedent (list items and short lines count as paragraphs). */
const LOOKBACK = 5;

export function resolvePerson(
  ctxs: BlockCtx[],
  people: People,
  block: number,
  tok: number,
  gender: 'm' | 'f' | 'pl' | null,
  roleHead?: string,
): Entity | undefined {
  const ok = (e: Entity | undefined): e is Entity =>
    e !== undefined && (gender === null || gender === 'pl' || e.gender === null || e.gender === gender);
  for (let b = block, seen = 0; b >= 0 && seen <= LOOKBACK; b--) {
    const c = ctxs[b]!;
    if (c.ignore || (c.caption && b !== block)) continue;
    seen++;
    const ms = people.byBlock[b]!.filter((m) => m.kind === 'person' && (b < block || m.tok < tok));
    if (roleHead) {
      const hit = [...ms]
        .reverse()
        .find((m) => m.entity?.role && fold(m.entity.role.role).includes(fold(roleHead)));
      if (hit?.entity) return hit.entity;
    }
    if (ms.length === 0) continue;
    // Group by sentence; the latest sentence with a person gives its first (compatible) person.
    const bySentence = new Map<number, Mention[]>();
    for (const m of ms) {
      const s = sentenceAt(c, c.toks[m.tok]!.start);
      bySentence.set(s, [...(bySentence.get(s) ?? []), m]);
    }
    for (const s of [...bySentence.keys()].sort((x, y) => y - x)) {
      const hit = bySentence.get(s)!.find((m) => ok(m.entity));
      if (hit?.entity) return hit.entity;
    }
  }
  return undefined;
}

/**
 * The organisation an org noun stands for: the latest one whose name holds the noun ("il partito" →
 * "Partito socialista ticinese"); for anaphoric nouns ("the agency", "die Behörde") the latest one
 * named in this or the previous paragraph.
 */
export function resolveOrg(
  ctxs: BlockCtx[],
  people: People,
  block: number,
  tok: number,
  head: string | undefined,
  anaphor = true,
): string | undefined {
  let fallback: string | undefined;
  for (let b = block; b >= 0; b--) {
    if (ctxs[b]!.ignore) continue;
    const ms = people.byBlock[b]!.filter(
      (m) => m.kind === 'org' && m.text && (b < block || m.tok < tok),
    ).reverse();
    for (const m of ms) {
      if (head && fold(m.text!).includes(fold(head))) return m.text;
      if (anaphor && !fallback && block - b <= 1) fallback = m.text;
    }
  }
  return fallback;
}

/** The speaker a mention stands for. */
export function speakerOf(ctxs: BlockCtx[], people: People, m: Mention, lex: Lex): Speaker | undefined {
  switch (m.kind) {
    case 'person':
      return m.entity ? { entity: m.entity } : undefined;
    case 'org':
      // "Fuentes de Moncloa aseguraron …": unnamed sources, capitalised at the start of a sentence.
      if (m.text && lex.anonymous.has(m.text.split(/\s+/)[0]!.toLowerCase())) return NOBODY;
      return m.text ? { org: m.text } : undefined;
    case 'pron': {
      const e = resolvePerson(ctxs, people, m.block, m.tok, m.gender ?? null);
      return e ? { entity: e } : undefined;
    }
    case 'desc': {
      // "a martelé la ministre": the article tells a woman from a man (French, Spanish, Italian).
      const art = ctxs[m.block]!.toks[m.tok - 1]?.lo ?? '';
      const g = lex.articlesF.has(art) ? 'f' : lex.articlesM.has(art) ? 'm' : null;
      const e = resolvePerson(ctxs, people, m.block, m.tok, g, m.text);
      return e ? { entity: e } : undefined;
    }
    case 'orgdesc': {
      const c = ctxs[m.block]!;
      const org = resolveOrg(ctxs, people, m.block, m.tok, m.text, lex.orgAnaphors.has(m.text ?? ''));
      if (org) return { org };
      // "le ministère des Affaires étrangères": the noun with its complement, as written.
      const next = c.toks[m.tokEnd];
      const after = c.toks[m.tokEnd + 1];
      if (next && after && lex.orgConnectors.has(next.lo) && after.cap) {
        let end = m.tokEnd + 1;
        while (c.toks[end + 1]?.cap) end++;
        return { org: c.masked.slice(c.toks[m.tok]!.start, c.toks[end]!.end) };
      }
      return { org: c.toks[m.tok]!.t };
    }
  }
}
