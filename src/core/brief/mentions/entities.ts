/**
 * The data model of people and agents: entities (people), mentions in reading order, and the name
 * lookups shared by the entity and mention passes.
 */
import { isFirstName, isRoleLike, type Lex } from '../lexicons/compile.js';
import { paternalSurname, surnameOf } from './surnames.js';
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
  const near = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && /^ ?$/.test(text.slice(a.end, b.start));
  return (
    (before !== undefined && lex.speech.has(before.lo) && near(before, first)) ||
    (after !== undefined && lex.speech.has(after.lo) && near(last, after)) ||
    saysAfter(text, toks, to, lex)
  );
}

/**
 * A verb of saying within the next three words, all lowercase and in one clause: "Smith also said",
 * "Bottaro ha così detto", "Müller hat gestern gesagt".
 */
function saysAfter(text: string, toks: Token[], to: number, lex: Lex): boolean {
  for (let k = to; k < Math.min(toks.length, to + 3); k++) {
    const t = toks[k]!;
    if (t.cap || !/^ ?$/.test(text.slice(toks[k - 1]!.end, t.start))) return false;
    if (lex.speech.has(t.lo)) return k > to;
  }
  return false;
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

/** Lookups of an article's people by folded full name or alias, surname and given name. */
interface NameIndex {
  byKey: Map<string, Entity[]>;
  byLast: Map<string, Entity[]>;
  byFirst: Map<string, Entity[]>;
}

const indexes = new WeakMap<Entity[], NameIndex>();

const push = (map: Map<string, Entity[]>, key: string, e: Entity): void => {
  const list = map.get(key);
  if (!list) map.set(key, [e]);
  else if (!list.includes(e)) list.push(e);
};

/** "Bashir" for "Omar Hassan al-Bashir": the surname without its Arabic article. */
const bare = (t: string): string => fold(t).replace(/^(?:al|el|ad|ash|bin|ben|abu|ibn)-/u, '');

/** Built once per article (a read per name would otherwise scan every person). */
function indexOf(entities: Entity[]): NameIndex {
  let ix = indexes.get(entities);
  if (ix) return ix;
  ix = { byKey: new Map(), byLast: new Map(), byFirst: new Map() };
  for (const e of entities) {
    push(ix.byKey, fold(e.tokens.join(' ')), e);
    for (const a of e.aliases) push(ix.byKey, fold(a), e);
    const last = surnameOf(e.tokens);
    push(ix.byLast, fold(last), e);
    push(ix.byLast, bare(last), e);
    const paternal = paternalSurname(e.tokens);
    if (paternal) push(ix.byLast, fold(paternal), e);
    if (e.tokens.length > 1) push(ix.byFirst, fold(e.tokens[0]!), e);
  }
  indexes.set(entities, ix);
  return ix;
}

/**
 * "«…», recordó Jacinta" after "Jacinta Cobos": a lone word next to a verb of saying that opens the
 * name of exactly one person named before is that person's given name, even one the lists lack
 * (it would otherwise speak as an organisation). Not a title a name run kept ("Councilmember").
 */
export function givenNameOf(token: string, entities: Entity[], lex: Lex): Entity | undefined {
  if (isRoleLike(lex, token.toLowerCase())) return undefined;
  const list = indexOf(entities).byFirst.get(fold(token)) ?? [];
  return list.length === 1 && list[0]!.tokens[0] === token ? list[0] : undefined;
}

/** Adds a form the text uses for a person (a lone surname, a given name) to the person and the index. */
export function addAlias(entities: Entity[], e: Entity, alias: string): void {
  e.aliases.add(alias);
  push(indexOf(entities).byKey, fold(alias), e);
}

export function resolveName(
  tokens: string[],
  entities: Entity[],
  lex: Lex,
  hint?: NameHint,
): Entity | undefined {
  const ix = indexOf(entities);
  const key = fold(tokens.join(' '));
  const exact = ix.byKey.get(key) ?? [];
  // A full name is exact; a surname two people share needs the hint.
  if (exact.length === 1 || (exact.length > 0 && tokens.length > 1)) return exact[0];
  // "Te Kaurinui" for "Te Kaurinui Robert Parata": the first names of a longer name.
  if (tokens.length > 1) {
    const prefix = (ix.byFirst.get(fold(tokens[0]!)) ?? []).find(
      (e) => e.tokens.length > tokens.length && tokens.every((t, i) => e.tokens[i] === t),
    );
    if (prefix) return prefix;
  }
  const last = fold(tokens[tokens.length - 1]!);
  const bySurname = (ix.byLast.get(last) ?? []).filter(
    (e) => tokens.length === 1 || tokens.every((t) => e.tokens.includes(t)),
  );
  if (bySurname.length > 0) return pick(bySurname, hint);
  if (exact.length > 0) return pick(exact, hint);
  if (tokens.length === 1 && isFirstName(lex, tokens[0]!.toLowerCase())) {
    const byFirst = ix.byFirst.get(key) ?? [];
    if (byFirst.length === 1) return byFirst[0];
  }
  return undefined;
}
