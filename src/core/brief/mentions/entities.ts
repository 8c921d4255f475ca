/**
 * The data model of people and agents: entities (people), mentions in reading order, and the name
 * lookups shared by the entity and mention passes.
 */
import { isFirstName, type Lex } from '../lexicons/compile.js';
import type { RoleFind } from './roles.js';
import type { RunReading } from './runs.js';
import { fold, type Token } from '../prep/text.js';

export interface Entity {
  id: number;
  name: string;
  tokens: string[];
  aliases: Set<string>;
  role: RoleFind | null;
  mentions: number;
  bodyMentions: number;
  quotes: number;
  /** Reading-order position of the first mention. */
  first: number;
  gender: 'm' | 'f' | null;
}

export type MentionKind = 'person' | 'org' | 'pron' | 'desc' | 'orgdesc';

export interface Mention {
  kind: MentionKind;
  block: number;
  /** Token indexes [tok, tokEnd) in the block. */
  tok: number;
  tokEnd: number;
  entity?: Entity;
  /** Organisation name as written (org) or head noun (desc, orgdesc). */
  text?: string;
  gender?: 'm' | 'f' | 'pl';
}

export interface People {
  entities: Entity[];
  /** Mentions per block, in order. */
  byBlock: Mention[][];
}

export interface Read {
  block: number;
  r: RunReading;
  to: number;
}

/** A speech verb right before or after the name, with no punctuation or quote in between. */
export function speechAdjacent(text: string, toks: Token[], from: number, to: number, lex: Lex): boolean {
  const before = toks[from - 1];
  const first = toks[from];
  const last = toks[to - 1];
  const after = toks[to];
  const after2 = toks[to + 1];
  const near = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && /^ ?$/.test(text.slice(a.end, b.start));
  return (
    (before !== undefined && lex.speech.has(before.lo) && near(before, first)) ||
    (after !== undefined && lex.speech.has(after.lo) && near(last, after)) ||
    (after !== undefined &&
      after2 !== undefined &&
      after.lo.length <= 4 &&
      lex.speech.has(after2.lo) &&
      near(last, after))
  );
}

export function resolveName(tokens: string[], entities: Entity[], lex: Lex): Entity | undefined {
  const key = fold(tokens.join(' '));
  const exact = entities.find(
    (e) => fold(e.tokens.join(' ')) === key || [...e.aliases].some((a) => fold(a) === key),
  );
  if (exact) return exact;
  // "Te Kaurinui" for "Te Kaurinui Robert Parata": the first names of a longer name.
  if (tokens.length > 1) {
    const prefix = entities.find(
      (e) => e.tokens.length > tokens.length && tokens.every((t, i) => e.tokens[i] === t),
    );
    if (prefix) return prefix;
  }
  const last = fold(tokens[tokens.length - 1]!);
  // "Bashir" for "Omar Hassan al-Bashir": the surname without its Arabic article.
  const bare = (t: string): string => fold(t).replace(/^(?:al|el|ad|ash|bin|ben|abu|ibn)-/u, '');
  const bySurname = entities.filter(
    (e) =>
      (fold(e.tokens[e.tokens.length - 1]!) === last || bare(e.tokens[e.tokens.length - 1]!) === last) &&
      (tokens.length === 1 || tokens.every((t) => e.tokens.includes(t))),
  );
  if (bySurname.length > 0) return bySurname[0];
  if (tokens.length === 1 && isFirstName(lex, tokens[0]!.toLowerCase())) {
    const byFirst = entities.filter((e) => e.tokens.length > 1 && fold(e.tokens[0]!) === key);
    if (byFirst.length === 1) return byFirst[0];
  }
  return undefined;
}
