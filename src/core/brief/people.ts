/**
 * People and other agents of an article: person entities (with aliases, role, mention counts) and,
 * in reading order, every mention a speaker can be resolved from: names, organisations, pronouns
 * and descriptions ("le magistrat", "the agency"). Bylines, credits and bios are kept out.
 */
import type { BlockCtx } from './context.js';
import { genderOf, isFirstName, isRoleWord, type Lex } from './lex.js';
import { distributeRole, roleAfter, roleBefore, type RoleFind } from './roles.js';
import { findRuns, readRun, type RunReading } from './runs.js';
import { fold, type Token } from './text.js';

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

interface Candidate {
  tokens: string[];
  /** The name as written, initials with their dots ("Donald J. Trump"). */
  surface: string;
  key: string;
  first: number;
  hasFirstName: boolean;
  titled: boolean;
  roled: boolean;
  speechAdj: boolean;
}

const pos = (block: number, tok: number): number => block * 100000 + tok;
const ROMANCE = new Set(['fr', 'it', 'es']);

/** A speech verb right before or after the name, with no punctuation or quote in between. */
function speechAdjacent(text: string, toks: Token[], from: number, to: number, lex: Lex): boolean {
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

interface Read {
  block: number;
  r: RunReading;
  to: number;
}

function readAll(ctxs: BlockCtx[], lex: Lex): Read[] {
  const out: Read[] = [];
  for (const c of ctxs) {
    if (c.ignore) continue;
    const starts = new Set(c.sentences.map(([s]) => s));
    for (const run of findRuns(c.masked, c.toks, lex)) {
      const t0 = c.toks[run.from]!;
      const atStart =
        run.from === 0 || starts.has(t0.start) || /[.!?:_]\s*$/u.test(c.masked.slice(0, t0.start));
      const r = readRun(c.toks, run, lex, atStart);
      if (r.kind !== 'none') out.push({ block: c.index, r, to: run.to });
    }
  }
  return out;
}

function candidates(reads: Read[], ctxs: BlockCtx[], lex: Lex, byline: Set<string>): Map<string, Candidate> {
  const map = new Map<string, Candidate>();
  for (const { block, r, to } of reads) {
    if (r.kind !== 'person') continue;
    const c = ctxs[block]!;
    const tokens = r.name.map((t) => t.t);
    const key = fold(tokens.join(' '));
    const surface = c.masked.slice(r.name[0]!.start, r.name[r.name.length - 1]!.end);
    if (byline.has(key)) continue;
    const cand = map.get(key) ?? {
      tokens,
      surface,
      key,
      first: pos(block, r.nameFrom),
      hasFirstName: false,
      titled: false,
      roled: false,
      speechAdj: false,
    };
    cand.hasFirstName ||= r.hasFirstName;
    cand.titled ||= r.titled;
    cand.speechAdj ||= speechAdjacent(c.masked, c.toks, r.nameFrom, to, lex);
    const rb = roleBefore(c.masked, c.toks, r.nameFrom, lex);
    const ra = roleAfter(c.masked, c.toks, to, lex);
    cand.roled ||= (rb?.score ?? 0) >= 2.5 || (ra?.score ?? 0) >= 3;
    map.set(key, cand);
  }
  return map;
}

function bylineKeys(byline: string | null): Set<string> {
  const out = new Set<string>();
  for (const part of (byline ?? '').split(
    /,|;|&|\band\b|\bet\b|\bund\b|\by\b|\be\b|\bBy\b|\bPar\b|\bVon\b|\bDi\b/u,
  )) {
    const k = fold(part.trim());
    if (k.includes(' ')) out.add(k);
  }
  return out;
}

export function findPeople(ctxs: BlockCtx[], lex: Lex, byline: string | null): People {
  const reads = readAll(ctxs, lex);
  const cands = candidates(reads, ctxs, lex, bylineKeys(byline));
  // Surnames vouched for on their own: "Mr. Georgelis", "says Parata".
  const vouched = new Set<string>();
  for (const c of cands.values()) if (c.tokens.length === 1 && (c.titled || c.roled)) vouched.add(c.key);
  const accepted = [...cands.values()]
    .filter((c) => c.tokens.length > 1)
    .filter((c) => c.hasFirstName || c.titled || c.roled || vouched.has(fold(c.tokens[c.tokens.length - 1]!)))
    .sort((a, b) => b.tokens.length - a.tokens.length || a.first - b.first);
  const entities: Entity[] = [];
  for (const c of accepted) {
    const last = c.tokens[c.tokens.length - 1]!;
    const into = entities.find(
      (e) =>
        fold(e.tokens[e.tokens.length - 1]!) === fold(last) && c.tokens.every((t) => e.tokens.includes(t)),
    );
    if (into) {
      into.aliases.add(c.tokens.join(' '));
      into.first = Math.min(into.first, c.first);
      continue;
    }
    const particle = c.tokens.findIndex((t, i) => i > 0 && lex.particles.has(t.toLowerCase()));
    const aliases = new Set<string>([last]);
    if (particle > 0) aliases.add(c.tokens.slice(particle).join(' '));
    entities.push({
      id: entities.length,
      name: c.surface,
      tokens: c.tokens,
      aliases,
      role: null,
      mentions: 0,
      bodyMentions: 0,
      quotes: 0,
      first: c.first,
      gender: genderOf(lex, c.tokens[0]!),
    });
  }
  // Titled single names with no full form in the text: "President Obama", "Mr Trump".
  for (const c of cands.values()) {
    if (c.tokens.length !== 1 || !c.titled) continue;
    if (entities.some((e) => fold(e.tokens[e.tokens.length - 1]!) === c.key)) continue;
    if (lex.stop.has(c.key) || isRoleWord(lex, c.key)) continue;
    entities.push({
      id: entities.length,
      name: c.tokens[0]!,
      tokens: c.tokens,
      aliases: new Set(),
      role: null,
      mentions: 0,
      bodyMentions: 0,
      quotes: 0,
      first: c.first,
      gender: null,
    });
  }
  entities.sort((a, b) => a.first - b.first);
  entities.forEach((e, i) => (e.id = i));
  return { entities, byBlock: mentionsOf(ctxs, reads, entities, lex) };
}

function resolveName(tokens: string[], entities: Entity[], lex: Lex): Entity | undefined {
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
  const bySurname = entities.filter(
    (e) =>
      fold(e.tokens[e.tokens.length - 1]!) === last &&
      (tokens.length === 1 || tokens.every((t) => e.tokens.includes(t))),
  );
  if (bySurname.length > 0) return bySurname[0];
  if (tokens.length === 1 && isFirstName(lex, tokens[0]!.toLowerCase())) {
    const byFirst = entities.filter((e) => e.tokens.length > 1 && fold(e.tokens[0]!) === key);
    if (byFirst.length === 1) return byFirst[0];
  }
  return undefined;
}

/**
 * Romance organisation names go on in lower case after the capitalised run: "Parti libéral-radical",
 * "Partito socialista ticinese", "Corte dei conti". Returns the end token and the last token taken.
 */
function orgExtent(c: BlockCtx, to: number, lex: Lex): { end: number; last: Token | undefined } {
  let end = to;
  let last: Token | undefined;
  const spacedAt = (k: number): boolean =>
    c.masked.slice(c.toks[k - 1]!.end, c.toks[k]!.start) === ' ' && !c.toks[k - 1]!.dot;
  const plain = (t: Token): boolean =>
    !t.cap &&
    !lex.stop.has(t.lo) &&
    !lex.determiners.has(t.lo) &&
    !lex.speech.has(t.lo) &&
    !lex.relatives.has(t.lo);
  while (ROMANCE.has(lex.lang) && end < c.toks.length && end - to < 4 && spacedAt(end)) {
    const t = c.toks[end]!;
    if (lex.particles.has(t.lo) || lex.orgConnectors.has(t.lo) || lex.stop.has(t.lo)) {
      const n = c.toks[end + 1];
      const connector =
        lex.particles.has(t.lo) ||
        lex.orgConnectors.has(t.lo) ||
        /^(?:d[eiu]|de[il]|dell[aoe]|dei|degli|des)$/u.test(t.lo);
      if (!connector || !n || !plain(n) || !spacedAt(end + 1)) break;
      last = n;
      end += 2;
      continue;
    }
    if (!plain(t)) break;
    last = t;
    end++;
  }
  return { end, last };
}

function mentionsOf(ctxs: BlockCtx[], reads: Read[], entities: Entity[], lex: Lex): Mention[][] {
  const byBlock: Mention[][] = ctxs.map(() => []);
  const covered = ctxs.map(() => new Set<number>());
  let prev: { m: Mention; pre: RoleFind | null } | null = null;
  const offer = (e: Entity, f: RoleFind | null): void => {
    if (f && (!e.role || f.score > e.role.score)) e.role = f;
  };
  for (const { block, r, to } of reads) {
    const c = ctxs[block]!;
    for (let i = r.nameFrom - r.prefix.length; i < to; i++) covered[block]!.add(i);
    if (r.kind === 'org') {
      const first = r.name[0];
      const ext = orgExtent(c, to, lex);
      const end = ext.end;
      const last = ext.last ?? r.name[r.name.length - 1];
      const single = r.name.length === 1 && end === to ? r.name[0]!.lo : '';
      if (lex.orgNouns.has(single) || lex.orgAnaphors.has(single)) {
        // A capitalised common noun ("die Behörde"): refers back to an organisation named before.
        byBlock[block]!.push({ kind: 'orgdesc', block, tok: r.nameFrom, tokEnd: to, text: single });
        continue;
      }
      if (first && last)
        byBlock[block]!.push({
          kind: 'org',
          block,
          tok: r.nameFrom,
          tokEnd: end,
          text: c.masked.slice(first.start, last.end),
        });
      continue;
    }
    const e = resolveName(
      r.name.map((t) => t.t),
      entities,
      lex,
    );
    if (!e) {
      // An unknown name that is not a person may still speak as an organisation ("Amazon said",
      // "according to the British Retail Consortium"); not in German, where every noun is capitalised.
      if (
        lex.lang !== 'de' &&
        (r.name.length >= 2 || speechAdjacent(c.masked, c.toks, r.nameFrom, to, lex)) &&
        r.name.length <= 5 &&
        !lex.stop.has(r.name[0]!.lo)
      ) {
        byBlock[block]!.push({
          kind: 'org',
          block,
          tok: r.nameFrom,
          tokEnd: to,
          text: c.masked.slice(r.name[0]!.start, r.name[r.name.length - 1]!.end),
        });
      }
      continue;
    }
    const m: Mention = { kind: 'person', block, tok: r.nameFrom, tokEnd: to, entity: e };
    byBlock[block]!.push(m);
    e.mentions++;
    if (!c.caption) e.bodyMentions++;
    if (r.name.length === 1 && !e.aliases.has(r.name[0]!.t) && r.name[0]!.t !== e.name)
      e.aliases.add(r.name[0]!.t);
    const pre = roleBefore(c.masked, c.toks, r.nameFrom, lex);
    const conj = c.toks[r.nameFrom - 1];
    if (
      prev &&
      prev.m.block === block &&
      prev.m.tokEnd === r.nameFrom - 1 &&
      conj &&
      lex.conjunctions.has(conj.lo) &&
      prev.pre
    ) {
      const [a, b] = distributeRole(prev.pre.role, lex);
      if (prev.m.entity) offer(prev.m.entity, { role: a, score: prev.pre.score + 0.2 });
      offer(e, { role: b, score: prev.pre.score + 0.2 });
    }
    offer(e, pre);
    offer(e, roleAfter(c.masked, c.toks, to, lex));
    if (r.prefix.length > 0) {
      const p0 = r.prefix[0]!;
      const p1 = r.prefix[r.prefix.length - 1]!;
      offer(e, {
        role: c.masked.slice(p0.start, p1.end),
        score: r.prefix.some((t) => lex.titles.has(t.lo)) ? 1.5 : 2,
      });
    }
    prev = { m, pre };
  }
  // Pronouns and descriptions, merged into reading order.
  for (const c of ctxs) {
    if (c.ignore) continue;
    const list = byBlock[c.index]!;
    for (let i = 0; i < c.toks.length; i++) {
      if (covered[c.index]!.has(i)) continue;
      const t = c.toks[i]!;
      const lo = t.lo;
      const g = lex.pronF.has(lo) ? 'f' : lex.pronM.has(lo) ? 'm' : lex.pronPl.has(lo) ? 'pl' : null;
      if (g) {
        list.push({ kind: 'pron', block: c.index, tok: i, tokEnd: i + 1, gender: g });
        continue;
      }
      // A determiner before, possibly with up to two modifiers: "the conservation department".
      let d = i - 1;
      while (
        d >= 0 &&
        i - d <= 3 &&
        !lex.determiners.has(c.toks[d]!.lo) &&
        !c.toks[d]!.cap &&
        !lex.stop.has(c.toks[d]!.lo)
      )
        d--;
      const detOk = d >= 0 && lex.determiners.has(c.toks[d]!.lo) && (d === i - 1 || lex.orgNouns.has(lo));
      if (!detOk) continue;
      if (lex.orgNouns.has(lo))
        list.push({ kind: 'orgdesc', block: c.index, tok: i, tokEnd: i + 1, text: lo });
      else if (isRoleWord(lex, lo) && !t.cap === (lex.lang !== 'de'))
        list.push({ kind: 'desc', block: c.index, tok: i, tokEnd: i + 1, text: lo });
    }
    list.sort((a, b) => a.tok - b.tok);
  }
  return byBlock;
}
