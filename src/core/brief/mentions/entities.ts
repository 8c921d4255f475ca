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
  /** The best role found around its mentions, and every role found (descriptions resolve by them). */
  role: RoleFind | null;
  roles: RoleFind[];
  /** Block of the first mention. */
  firstBlock: number;
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
  /** A pronoun that cannot be a subject ("him", "lui a répondu"). */
  object?: boolean;
  /** A description that states no role ("the 63-year-old", "l'homme"): it stands for someone named before. */
  generic?: boolean;
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

/** How to choose among several people a short form fits: the honorific's gender, then the latest named. */
export interface NameHint {
  gender: 'm' | 'f' | null;
  lastSeen: ReadonlyMap<Entity, number>;
}

function pick(list: Entity[], hint: NameHint | undefined): Entity | undefined {
  if (list.length <= 1 || !hint) return list[0];
  const g = hint.gender;
  const fit = g ? list.filter((e) => e.gender === g || e.gender === null) : list;
  const pool = fit.length > 0 ? fit : list;
  return [...pool].sort((a, b) => (hint.lastSeen.get(b) ?? -1) - (hint.lastSeen.get(a) ?? -1))[0];
}

export function resolveName(
  tokens: string[],
  entities: Entity[],
  lex: Lex,
  hint?: NameHint,
): Entity | undefined {
  const key = fold(tokens.join(' '));
  const exact = entities.filter(
    (e) => fold(e.tokens.join(' ')) === key || [...e.aliases].some((a) => fold(a) === key),
  );
  // A full name is exact; a surname two people share needs the hint.
  if (exact.length === 1 || (exact.length > 0 && tokens.length > 1)) return exact[0];
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
  if (bySurname.length > 0) return pick(bySurname, hint);
  if (exact.length > 0) return pick(exact, hint);
  if (tokens.length === 1 && isFirstName(lex, tokens[0]!.toLowerCase())) {
    const byFirst = entities.filter((e) => e.tokens.length > 1 && fold(e.tokens[0]!) === key);
    if (byFirst.length === 1) return byFirst[0];
  }
  return undefined;
}
