/**
 * People of an article. Every capitalised run read as a name is a candidate; what the text says
 * around each occurrence is its evidence (a given name, an honorific or title before it, a role
 * beside it, a verb of saying next to it, "X:" before a quote, "selon X", an age, initials, the
 * surname used alone elsewhere). A candidate with enough evidence becomes a person (accept.ts);
 * shorter forms (surname, given name, "Mr X") merge into the full name they belong to. Bylines, credits and bios
 * are kept out. Then every mention in reading order (mentions.ts).
 */
import type { BlockCtx } from '../prep/context.js';
import {
  genderOf,
  isFirstName,
  isGenericPerson,
  isKnownName,
  isPluralRole,
  isRoleWord,
  type Lex,
} from '../lexicons/compile.js';
import { isPlace } from '../lexicons/places.js';
import { fold, isInitial } from '../prep/text.js';
import { speechAdjacent, type Entity, type People, type Read } from './entities.js';
import { paternalSurname, surnameOf } from './surnames.js';
import { honorificGender, mentionsOf } from './mentions.js';
import { roleAfter, roleBefore } from './roles.js';
import { findRuns, readRun } from './runs.js';
import { namedInQuotes } from './quoted-people.js';
import { acceptFull, acceptSingle } from './accept.js';
import {
  agedModifier,
  asideRole,
  headsComplement,
  listedAfterRole,
  saysNext,
  saysOfSelf,
} from './evidence.js';

export interface Candidate {
  tokens: string[];
  /** The name as written, initials with their dots ("Donald J. Trump"). */
  surface: string;
  key: string;
  first: number;
  firstBlock: number;
  strongFirst: boolean;
  weakFirst: boolean;
  titled: boolean;
  roled: boolean;
  speech: boolean;
  /** Right after a verb of saying that follows a quote: "„…“, sagte Scholz", "« … », a dit Dupont". */
  inverted: boolean;
  colon: boolean;
  source: boolean;
  age: boolean;
  /** An age right before it, with no article ("38-year-old Ramachandran"): enough for a lone name. */
  agedBefore: boolean;
  /** Followed by a relative pronoun only people take (", who farms at Whixall", ", quien"). */
  who: boolean;
  initials: boolean;
  /** Occurrences not at a sentence start. */
  inner: number;
  /** Occurrences right after a preposition of place or the one spoken to ("in Genova", "a Zverev"). */
  placed: number;
  /** Occurrences right after an article ("la Lega", "die Meinung"): a thing, not a person. */
  determined: number;
  /** Occurrences right before a role noun ("The Bolton Wanderers captain"): a modifier. */
  modifier: number;
  /** Occurrences right after a numeral ("gegenüber 5 Minuten", "3 Tage"): a counted thing. */
  counted: number;
  /** After an article and a lowercase noun: "il fratello Ettore", "sua moglie Anna" (an apposition). */
  apposed: boolean;
  /** After a role phrase opened by an article: "il ministro della protezione civile Musumeci". */
  described: boolean;
  /** Opens its sentence as the subject of a verb of saying: "Massaferro declaró", "Olivieri replica". */
  saysFirst: boolean;
  count: number;
  gender: 'm' | 'f' | null;
}

export const pos = (block: number, tok: number): number => block * 100000 + tok;

/** The relative pronouns only people take, in the languages that have one (English "who", Spanish
 * "quien"); French "qui", Italian "che", German "der" also follow organisations. */
const PERSON_RELATIVE = /^\s*,\s*(?:who|quien|quienes)\b/u;

/** A candidate seen for the first time: no evidence yet, no occurrence counted. */
export function newCandidate(
  tokens: string[],
  surface: string,
  key: string,
  block: number,
  tok: number,
): Candidate {
  return {
    tokens,
    surface,
    key,
    first: pos(block, tok),
    firstBlock: block,
    strongFirst: false,
    weakFirst: false,
    titled: false,
    roled: false,
    speech: false,
    inverted: false,
    colon: false,
    source: false,
    age: false,
    agedBefore: false,
    who: false,
    initials: false,
    inner: 0,
    placed: 0,
    determined: 0,
    modifier: 0,
    counted: 0,
    apposed: false,
    described: false,
    saysFirst: false,
    count: 0,
    gender: null,
  };
}

const SUFFIX = /^(?:Jr|Sr|II|III|IV)$/u;

/** A read name; `atStart`: it opens its sentence; `opener`: the word before it does ("Auch", "Am"). */
type Placed = Read & { atStart: boolean; opener: boolean };

function readAll(ctxs: BlockCtx[], lex: Lex): Placed[] {
  const out: Placed[] = [];
  for (const c of ctxs) {
    if (c.ignore) continue;
    const starts = new Set(c.sentences.map(([s]) => s));
    for (const run of findRuns(c.masked, c.toks, lex)) {
      const t0 = c.toks[run.from]!;
      // Bounded look-back: only the few characters before the run decide a sentence start.
      // (A capital after D’ is a name's, wherever it stands: "D’Amato ha detto", never a common word.)
      const atStart =
        !/^D['’]\p{Lu}/u.test(t0.t) &&
        (run.from === 0 ||
          starts.has(t0.start) ||
          /[.!?:_]\s*$/u.test(c.masked.slice(Math.max(0, t0.start - 4), t0.start)));
      const r = readRun(c.toks, run, lex, atStart);
      // "Auch Carina Brandl und …": a name after the word that opens the sentence does not open it.
      if (r.kind !== 'none') {
        const opener = atStart && r.nameFrom === run.from + 1;
        out.push({ block: c.index, r, to: run.to, atStart: atStart && r.nameFrom === run.from, opener });
      }
    }
  }
  return out;
}

/** A preposition of a single word right before token `i`, or a source phrase ending there. */
function sourcedAt(c: BlockCtx, i: number, lex: Lex): boolean {
  for (const p of lex.sourcePreps) {
    const n = p.words.length;
    if (i - n < 0) continue;
    if (p.words.every((w, k) => c.toks[i - n + k]!.lo === w))
      return !['pour', 'per', 'para', 'so', 'for'].includes(p.words[0]!);
  }
  return false;
}

function gather(reads: Placed[], ctxs: BlockCtx[], lex: Lex, byline: Set<string>): Map<string, Candidate> {
  const map = new Map<string, Candidate>();
  for (const { block, r, to, atStart, opener } of reads) {
    if (r.kind !== 'person') continue;
    const c = ctxs[block]!;
    const tokens = r.name.map((t) => t.t);
    const key = fold(tokens.join(' '));
    if (byline.has(key)) continue;
    const first = r.name[0]!;
    const last = r.name[r.name.length - 1]!;
    const cand =
      map.get(key) ?? newCandidate(tokens, c.masked.slice(first.start, last.end), key, block, r.nameFrom);
    cand.count++;
    if (!atStart) cand.inner++;
    cand.strongFirst ||= tokens.length > 1 && isFirstName(lex, first.lo);
    cand.weakFirst ||= tokens.length > 1 && isKnownName(first.lo);
    const before = c.toks[r.nameFrom - 1];
    // A lower-case word before the name, or the sentence's first word, capitalised for that ("Am Chiemsee").
    const lowBefore = before !== undefined && (!before.cap || opener);
    const aside = asideRole(c.masked, first.start, lex);
    // "il presidente Bonaccini", "Mr. Georgelis": a title or honorific right before the name.
    const titleBefore =
      !aside &&
      before !== undefined &&
      !before.cap &&
      (lex.titles.has(before.lo) ||
        lex.honorifics.has(before.lo) ||
        (isRoleWord(lex, before.lo) && !lex.speech.has(before.lo) && !isPluralRole(lex, before.lo)));
    // (Not the role that opens an aside: "(Cheftrainer SpVgg Musterstadt)" titles the name before it.)
    cand.titled ||= (r.titled && !aside) || titleBefore || listedAfterRole(c, r.nameFrom, to, lex);
    const speech = speechAdjacent(c.masked, c.toks, r.nameFrom, to, lex);
    cand.speech ||= speech;
    cand.saysFirst ||= atStart && speech && saysNext(c, to, lex);
    cand.inverted ||=
      before !== undefined &&
      lex.speech.has(before.lo) &&
      // ("“…,” he told Newzroom Afrika": the one told, not an inverted subject.)
      !lex.addressee.has(before.lo) &&
      c.masked.slice(before.end, first.start) === ' ' &&
      c.masked.slice(Math.max(0, before.start - 8), before.start).includes('_');
    // "Bonaccini: «…»", and the sports-page form "Lucien Favre (Hertha BSC): „…“": a parenthesis
    // naming the club, party or office may sit between the name and the colon.
    cand.colon ||= /^\s*(?:\([^()\n]{1,60}\)\s*)?:\s*[_«“"„»]/u.test(c.masked.slice(last.end, last.end + 72));
    cand.source ||= sourcedAt(c, r.nameFrom, lex);
    // An age before the name ("38-year-old Ramachandran", "il 23enne Rossi") or after it ("Tom
    // Hale, 52,"): only people are given one. (Not German, where the noun after an age is
    // capitalised whatever it is: "der 45-jährige Landwirt"; nor a modifier, see agedModifier.)
    const agedBefore =
      lex.lang !== 'de' &&
      lowBefore &&
      /\d/u.test(before.lo) &&
      isGenericPerson(lex, before.lo) &&
      c.masked.slice(before.end, first.start) === ' ' &&
      !agedModifier(c, r.nameFrom, to, lex);
    cand.agedBefore ||= agedBefore;
    cand.age ||=
      agedBefore ||
      /^,\s*\d{1,3}(?:\s*(?:anni|ans|años|Jahre|years?))?\s*[,)]/u.test(
        c.masked.slice(last.end, last.end + 14),
      );
    cand.who ||= PERSON_RELATIVE.test(c.masked.slice(last.end, last.end + 12)) || saysOfSelf(c, to, lex);
    cand.initials ||= r.name.some((t) => isInitial(t) || SUFFIX.test(t.t));
    if (
      lowBefore &&
      lex.prepositions.has(before.lo) &&
      !lex.particles.has(before.lo) &&
      !lex.personPreps.has(before.lo)
    )
      cand.placed++;
    if (lowBefore && lex.determiners.has(before.lo) && !titleBefore) cand.determined++;
    // ("del 2º C": an ordinal too.)
    if (
      before !== undefined &&
      /^\d+[ºª°]?$/u.test(before.t) &&
      c.masked.slice(before.end, first.start) === ' '
    )
      cand.counted++;
    const after = c.toks[to];
    if (after && !after.cap && isRoleWord(lex, after.lo) && c.masked.slice(last.end, after.start) === ' ')
      cand.modifier++;
    const det = c.toks[r.nameFrom - 2];
    cand.apposed ||=
      before !== undefined &&
      det !== undefined &&
      !before.cap &&
      !det.cap &&
      (lex.determiners.has(det.lo) || lex.prepArticles.has(det.lo)) &&
      !lex.stop.has(before.lo) &&
      !lex.prepositions.has(before.lo) &&
      c.masked.slice(det.end, first.start) === ` ${before.t} `;
    cand.gender ??= honorificGender(c.toks, r.nameFrom, lex);
    const rb = roleBefore(c.masked, c.toks, r.nameFrom, lex, to);
    const ra = roleAfter(c.masked, c.toks, to, lex);
    cand.roled ||= (!aside && (rb?.score ?? 0) >= 2.5) || (ra?.score ?? 0) >= 3;
    // (Only a listed role noun, next to the name with no comma: not "nel quartiere Prati", "zu
    // Musik, Theater"; and not over a capitalised article: "del paraje de El Abrevadero".)
    cand.described ||=
      rb !== null &&
      rb.score >= 3 &&
      before !== undefined &&
      c.masked.slice(before.end, first.start) === ' ' &&
      !(before.cap && lex.determiners.has(before.lo)) &&
      // (Nor the object of a preposition and its one modifier: "the tribe of eastern Northland".)
      !(!before.cap && lex.prepositions.has(c.toks[r.nameFrom - 2]?.lo ?? '')) &&
      headsComplement(rb.role, lex);
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
  const cands = gather(reads, ctxs, lex, bylineKeys(byline));
  // Surnames used alone in the text, outside sentence starts: "Mohammed said", "Sorosky added".
  const loneSurnames = new Set<string>();
  const anyAlone = new Set<string>();
  // Surnames used alone inside a sentence, bare: "he trusted Rush".
  const bareAlone = new Set<string>();
  for (const c of cands.values()) {
    if (c.tokens.length !== 1) continue;
    anyAlone.add(c.key);
    // A surname vouched for on its own: "Mr. Georgelis", "says Parata", "Bonaccini:" (not "Sudan").
    if (c.speech || c.titled || c.roled || c.inverted || c.colon) loneSurnames.add(c.key);
    if (c.inner > 0 && c.placed + c.determined + c.modifier === 0) bareAlone.add(c.key);
  }
  // Words the text writes in lower case (read only when a lone word opening a sentence speaks).
  let lower: Set<string> | null = null;
  const lowerWords = (): Set<string> => {
    if (lower) return lower;
    lower = new Set<string>();
    for (const c of ctxs) if (!c.ignore) for (const t of c.toks) if (!t.cap) lower.add(fold(t.t));
    return lower;
  };
  // Surnames of the names of several words (to tell two surnames side by side from one name).
  const surnames = new Set<string>();
  for (const c of cands.values()) if (c.tokens.length > 1) surnames.add(fold(c.tokens.at(-1)!));
  const full = [...cands.values()]
    .filter((c) => c.tokens.length > 1 && acceptFull(c, loneSurnames, anyAlone, lex, surnames, bareAlone))
    .sort((a, b) => b.tokens.length - a.tokens.length || a.first - b.first);
  const entities: Entity[] = [];
  const make = (c: Candidate, aliases: Set<string>): Entity => ({
    id: entities.length,
    name: c.surface,
    tokens: c.tokens,
    aliases,
    role: null,
    roles: [],
    firstBlock: c.firstBlock,
    mentions: 0,
    bodyMentions: 0,
    quotes: 0,
    first: c.first,
    gender: genderOf(lex, c.tokens[0]!) ?? c.gender,
  });
  // Entities of several words by their folded last and first word, in the order they were made: a
  // search of every entity for each name made a long text with many people quadratic. Same answers
  // as those searches (the first in order; every one in order).
  const byLast = new Map<string, Entity[]>();
  const byFirstWord = new Map<string, Entity[]>();
  const index = (map: Map<string, Entity[]>, key: string, e: Entity): void => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const c of full) {
    const last = fold(surnameOf(c.tokens));
    const into = byLast.get(last)?.find((e) => c.tokens.every((t) => e.tokens.includes(t)));
    if (into) {
      into.aliases.add(c.tokens.join(' '));
      into.first = Math.min(into.first, c.first);
      into.firstBlock = Math.min(into.firstBlock, c.firstBlock);
      continue;
    }
    const particle = c.tokens.findIndex((t, i) => i > 0 && lex.particles.has(t.toLowerCase()));
    const aliases = new Set<string>([surnameOf(c.tokens)]);
    if (particle > 0) aliases.add(c.tokens.slice(particle).join(' '));
    const e = make(c, aliases);
    entities.push(e);
    for (const k of [last, fold(paternalSurname(e.tokens) ?? '')]) if (k) index(byLast, k, e);
    index(byFirstWord, fold(e.tokens[0]!), e);
  }
  // One-word names: a surname or given name of a person above, or a person on their own.
  for (const c of cands.values()) {
    if (c.tokens.length !== 1) continue;
    const bySurname = byLast.get(c.key) ?? [];
    if (bySurname.length > 0) {
      // "Mr Goncalves" is the father, not his daughter Kaylee Goncalves.
      if (c.gender)
        for (const e of bySurname) if (e.gender === null && bySurname.length === 1) e.gender = c.gender;
      continue;
    }
    const byFirst = byFirstWord.get(c.key) ?? [];
    // A given name; or a family name written first ("Liu Xiaoming" … "Liu said"): the first word of
    // one person's name in which no list knows a given name, vouched for alone as a person's (a verb
    // of saying, a title) and no place.
    const familyFirst =
      byFirst.length === 1 &&
      loneSurnames.has(c.key) &&
      !isPlace(c.key) &&
      !byFirst[0]!.tokens.some((t) => isFirstName(lex, t.toLowerCase()) || isKnownName(t.toLowerCase()));
    if (byFirst.length === 1 && (isFirstName(lex, c.key) || familyFirst)) {
      byFirst[0]!.aliases.add(c.tokens[0]!);
      continue;
    }
    if (byFirst.length > 0 || !acceptSingle(c, lex, c.saysFirst ? lowerWords() : undefined)) continue;
    entities.push(make(c, new Set()));
  }
  const { cands: quoted, roles: quotedRoles } = namedInQuotes(ctxs, lex, entities, cands);
  entities.push(...quoted.map((c) => make(c, new Set(c.tokens.length > 1 ? [c.tokens.at(-1)!] : []))));
  entities.sort((a, b) => a.first - b.first);
  entities.forEach((e, i) => (e.id = i));
  const byBlock = mentionsOf(ctxs, reads, entities, lex);
  // People named only inside quotes have no mention the speaker stages could take for an agent;
  // they count as mentioned where they are named, so the brief lists them (« il ministro Salvini »).
  for (const c of quoted) {
    const e = entities.find((x) => x.tokens.join(' ') === c.tokens.join(' '))!;
    e.mentions += c.count;
    e.bodyMentions += c.count;
    const role = quotedRoles.get(c.key);
    if (role && e.roles.length === 0) {
      e.role = role;
      e.roles.push(role);
    }
  }
  return { entities, byBlock };
}
