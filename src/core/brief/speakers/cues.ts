/**
 * Cues of attribution inside one block: verbs and phrases of saying, source prepositions, and the
 * token segments the frames read (a sentence's part before or after a quote).
 */
import { INFINITIVE } from '../quotes/spans.js';
import type { BlockCtx } from '../prep/context.js';
import { orgModifiesRole } from './modifiers.js';
import { isRoleWord, type Lex, type Phrase } from '../lexicons/compile.js';
import type { Mention } from '../mentions/entities.js';
import type { Token } from '../prep/text.js';

export interface Seg {
  c: BlockCtx;
  /** Token range [a, b). */
  a: number;
  b: number;
}

export function isSpeechToken(t: Token, lex: Lex): boolean {
  if (lex.speech.has(t.lo)) return true;
  if (!t.lo.includes('-')) return false;
  // French inversion: "prévient-il", "explique-t-elle", "estime-t-on".
  const parts = t.lo.split('-');
  return (
    parts.length > 1 &&
    lex.speech.has(parts[0]!) &&
    /^(?:il|elle|ils|elles|on)$/.test(parts[parts.length - 1]!)
  );
}

export function matchPhrase(toks: Token[], i: number, ps: Phrase[]): number {
  for (const p of ps) {
    if (p.words.every((w, k) => toks[i + k]?.lo === w)) return p.words.length;
  }
  return 0;
}

/** A cue at token i: a verb of saying (not a noun after a determiner) or a phrase of saying. */
/**
 * Italian "lo" before a verb of saying is the object pronoun pointing back at the quote ("Lo
 * annuncia il sindaco", "lo spiega X"), not the article of a noun: the article "lo" only stands before
 * s + consonant, z, gn, ps, x, y, and the one form of saying such a noun takes is a participle ("lo
 * scritto").
 */
function cliticLo(det: string, word: string, lex: Lex): boolean {
  return lex.lang === 'it' && det === 'lo' && !/t[oaie]$/u.test(word);
}

/** English nouns of saying in the speech lexicon (en.ts) that need a possessor to be a cue. */
const POSSESSED_NOUNS = new Set(
  'accusation accusations allegation allegations assertion assertions insistence'.split(' '),
);

export function cueAt(c: BlockCtx, i: number, lex: Lex): boolean {
  const t = c.toks[i]!;
  // "Abbott’s accusation that … “…”": these nouns of saying are cues only after their possessor
  // ("on allegations of an affair with X" names no source).
  if (POSSESSED_NOUNS.has(t.lo) && !c.toks[i - 1]?.poss) return false;
  // (German capitalises its nouns: in "Für die «…» bedankte sich X" the lowercase word after "die"
  // and a quote is the verb.)
  const noun =
    i > 0 &&
    lex.determiners.has(c.toks[i - 1]!.lo) &&
    !cliticLo(c.toks[i - 1]!.lo, t.lo, lex) &&
    !(lex.lang === 'de' && !t.cap);
  // "continuano a registrare", "continuó a hablar": with "a" and an infinitive the verb is an auxiliary.
  const aux = c.toks[i + 1]?.lo === 'a' && INFINITIVE.test(c.toks[i + 2]?.lo ?? '');
  if (aux && (lex.lang === 'it' || lex.lang === 'es')) return false;
  return (
    (isSpeechToken(t, lex) && !noun) ||
    matchPhrase(c.toks, i, lex.speechPhrases) > 0 ||
    chainedInfinitive(c, i, lex)
  );
}

/** An infinitive of saying whose verb chain opens right before it: "commence par lancer", "a tenu à rappeler". */
function chainedInfinitive(c: BlockCtx, i: number, lex: Lex): boolean {
  if (!lex.speechInfinitives.has(c.toks[i]!.lo)) return false;
  const prev = c.toks[i - 1]?.lo ?? '';
  return (
    lex.chainVerbs.has(prev) || (lex.chainPreps.has(prev) && lex.chainVerbs.has(c.toks[i - 2]?.lo ?? ''))
  );
}

/** Third-person plural verb forms and auxiliaries, per language (nouns are capitalised in German). */
const PLURAL_VERB: Record<string, RegExp> = {
  de: /^(?:\p{Ll}+(?:ten|en|ern|eln)|haben|hatten|sind|waren|seien)$/u,
  fr: /^(?:\p{Ll}+ent|ont|sont|avaient|étaient)$/u,
  it: /^(?:\p{Ll}+(?:ano|ono|arono|erono|irono)|hanno|sono)$/u,
  es: /^(?:\p{Ll}+(?:aron|ieron|eron|an|en)|han|habían|son)$/u,
};

/**
 * « … », est-il écrit / était-il précisé: an impersonal passive before the verb at `v`, the words of
 * a text, no one's. (Not a reflexive verb, personal: « … », s’est-il indigné / s’est-elle exclamée.)
 */
export function impersonalPassive(c: BlockCtx, v: number): boolean {
  const aux = c.toks[v - 1];
  return (
    aux !== undefined &&
    /^(?:est|était|sera|fut)-il$/u.test(aux.lo) &&
    !/s['’]$/u.test(c.text.slice(Math.max(0, aux.start - 2), aux.start))
  );
}

/**
 * Whether the verb of saying at token v is plural ("äußerten die Vertrauensleute", "ont déclaré",
 * "hanno detto", "dijeron"): its subject is a group, never the one person quoted before. English
 * verbs carry no number. The auxiliary right before a participle decides.
 */
export function pluralCue(c: BlockCtx, v: number, lex: Lex): boolean {
  const re = PLURAL_VERB[lex.lang];
  if (!re) return false;
  const t = c.toks[v]!;
  if (t.cap && lex.lang === 'de') return false;
  const aux = c.toks[v - 1];
  if (aux && !aux.cap && lex.passiveAux.has(aux.lo)) return re.test(aux.lo);
  if (aux && !aux.cap && /^(?:ont|hanno|han|haben|hatten|sont|sono)$/u.test(aux.lo)) return true;
  return re.test(t.lo) && !/^(?:\p{Ll}+(?:ien|ean))$/u.test(t.lo);
}

/**
 * First cue in a segment, as a token index (or -1). A relative pronoun or a coordinating
 * conjunction first means the verb belongs to another clause: « régulation » que les syndicats
 * jugent …, "… e ha chiesto un'audizione".
 */
export function firstCue(s: Seg, lex: Lex, limit = Infinity, sentenceStart = false): number {
  for (let i = s.a; i < s.b && i - s.a < limit; i++) {
    const t = s.c.toks[i]!;
    // (At a sentence start "That was how …" is a demonstrative, not a relative.)
    if ((lex.relatives.has(t.lo) || lex.conjunctions.has(t.lo)) && !(sentenceStart && i === s.a)) return -1;
    if (cueAt(s.c, i, lex)) return i;
  }
  return -1;
}

/** Index of the first token starting at or after `pos` (binary search: tokens are in order). */
export function tokAt(c: BlockCtx, pos: number): number {
  let lo = 0;
  let hi = c.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.toks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lists of mentions checked to be in token order (and their length then: a list that grew is checked again). */
const inOrder = new WeakMap<readonly Mention[], number>();

export function sortedByTok(ms: readonly Mention[]): boolean {
  if (inOrder.get(ms) === ms.length) return true;
  for (let i = 1; i < ms.length; i++) if (ms[i - 1]!.tok > ms[i]!.tok) return false;
  inOrder.set(ms, ms.length);
  return true;
}

/**
 * The mentions whose token is in [a, b), in list order. A block's list is in token order, so a
 * binary search finds the first: filtering the whole list for each quote made a long paragraph
 * with many quotes quadratic. (A list out of order is filtered, with the same result.)
 */
export function mentionsIn(ms: readonly Mention[], a: number, b: number): Mention[] {
  if (!sortedByTok(ms)) return ms.filter((m) => m.tok >= a && m.tok < b);
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.tok < a) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < ms.length && ms[i]!.tok < b; i++) out.push(ms[i]!);
  return out;
}

/** Another clause starts between two offsets: a semicolon, or a comma and a coordinator or a relative ("…, to which"). */
const CLAUSE =
  /;|(?:,|\s[–—-])\s+(?:and|but|while|whereas|et|mais|tandis|alors|e|ma|mentre|y|pero|mientras|und|aber|während|doch|whereupon|worauf(?:hin)?|\p{Ll}+\s+(?:which|whom|quoi|lequel|laquelle|cui|cual|cuales|welche|welchem))\s/u;

/**
 * Where CLAUSE matches in a block's text, as [start, end) in order, found once per block. A match
 * holds one ';' or ',' and it comes first, so matches never overlap and one match starts at each
 * of these places only: CLAUSE matches inside [from, to) exactly when one of them lies inside.
 * (Testing the slice between two quotes for each quote made a long paragraph quadratic.)
 */
const clauseIndex = new WeakMap<BlockCtx, { masked: string; starts: number[]; ends: number[] }>();

function clausesOf(c: BlockCtx): { starts: number[]; ends: number[] } {
  const known = clauseIndex.get(c);
  if (known && known.masked === c.masked) return known;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of c.masked.matchAll(new RegExp(CLAUSE.source, 'gu'))) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const entry = { masked: c.masked, starts, ends };
  clauseIndex.set(c, entry);
  return entry;
}

export function clauseBetween(c: BlockCtx, from: number, to: number): boolean {
  if (from >= to) return false;
  const { starts, ends } = clausesOf(c);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  // Ends are in order too: the first match starting at or after `from` ends first.
  return lo < starts.length && ends[lo]! <= to;
}

/** Offset where the last clause boundary between two offsets ends, or -1 when there is none. */
export function lastClauseEnd(c: BlockCtx, from: number, to: number): number {
  const { starts, ends } = clausesOf(c);
  // (A binary search, as in clauseBetween: the last boundary ending by `to`.)
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && starts[lo - 1]! >= from ? ends[lo - 1]! : -1;
}

/** Conjunctions that oppose a new clause to the one before: "…, but the Opposition has labelled …". */
const ADVERSATIVE = new Set([
  'but',
  'yet',
  'mais',
  'aber',
  'doch',
  'jedoch',
  'pero',
  'ma',
  'però',
  'tuttavia',
]);

/** Relatives after a preposition ("to which", "à quoi", "a cui", "con la cual", "auf welche"). */
const PREP_RELATIVE = new Set([
  'which',
  'whom',
  'quoi',
  'lequel',
  'laquelle',
  'cui',
  'cual',
  'cuales',
  'welche',
  'welchem',
]);
/** One-word relative adverbs that open a new clause: "whereupon", "woraufhin". */
const CLAUSE_ADVERBS = new Set(['whereupon', 'woraufhin', 'worauf']);

/**
 * The last word before the cue that opens a clause with its own subject, set off by punctuation:
 * an adversative ("It is yet to be announced - but the Queensland Opposition has labelled …") or a
 * relative after a preposition ("…, to which Ms Tait retorted: “…”"). Only the last 40 words are
 * read: a long sentence stays linear.
 */
export function ownClause(c: BlockCtx, a: number, v: number, lex: Lex): number {
  const set = (k: number): boolean =>
    /[,;–—-]\s*$/u.test(c.masked.slice(c.toks[k - 1]!.end, c.toks[k]!.start));
  for (let k = v - 2; k > Math.max(a, v - 40); k--) {
    const t = c.toks[k]!;
    if (t.cap) continue;
    if ((ADVERSATIVE.has(t.lo) || CLAUSE_ADVERBS.has(t.lo)) && set(k)) return k;
    if (PREP_RELATIVE.has(t.lo) && k - 1 > a && lex.prepositions.has(c.toks[k - 1]!.lo) && set(k - 1))
      return k;
  }
  return -1;
}

/**
 * A mention governed by a preposition ("à l'AFP", "told Reuters", "parole a Zverev", "par le juge"):
 * not the subject of the clause. `addressee` tells the one spoken to apart.
 */
/** Words of comparison before a stressed pronoun, in the five languages. */
const COMPARE = new Set(['come', 'comme', 'como', 'wie', 'like']);

export function governedBy(c: BlockCtx, m: Mention, lex: Lex): 'addressee' | 'agent' | 'prep' | null {
  // "Kaylee Goncalves's father", "Blagojevich attorney Sheldon Sorosky": a name that modifies a noun.
  const last = c.toks[m.tokEnd - 1];
  const next = c.toks[m.tokEnd];
  if (last?.poss) return 'prep';
  if (
    m.kind === 'person' &&
    next &&
    !next.cap &&
    isRoleWord(lex, next.lo) &&
    c.masked.slice(last!.end, next.start) === ' '
  )
    return 'prep';
  // "a Home Office spokesman", "the White House press secretary", "a police spokesperson": in
  // English an organisation before a role noun only says whose it is; the role speaks.
  if ((m.kind === 'org' || m.kind === 'orgdesc') && lex.lang === 'en' && orgModifiesRole(c, m, lex))
    return 'prep';
  // "Come lui, ecco Laura Boldrini", "comme lui", "wie er": a pronoun in a comparison is no subject.
  const before = c.toks[m.tok - 1];
  if (
    m.kind === 'pron' &&
    before &&
    COMPARE.has(before.lo) &&
    c.masked.slice(before.end, c.toks[m.tok]!.start) === ' '
  )
    return 'prep';
  // The impersonal "il y a" stands for no one.
  if (m.kind === 'pron' && lex.lang === 'fr' && c.toks[m.tok]!.lo === 'il' && next?.lo === 'y') return 'prep';
  if (particleOpensName(c, m, lex)) return null;
  for (let k = m.tok - 1; k >= 0 && m.tok - k <= 3; k--) {
    const t = c.toks[k]!;
    // Punctuation between ends the phrase: "…with the governor. He explained" is not governed.
    const gap = c.masked.slice(t.end, c.toks[k + 1]!.start).trim();
    if (gap !== '' && !(t.poss && /^['’]s?$/u.test(gap))) return null;
    // A possessor stands where an article would: "of the LAPD’s Media Relations Section".
    if (t.poss) continue;
    if (lex.addressee.has(t.lo)) return 'addressee';
    if (lex.agentPreps.has(t.lo)) return 'agent';
    if (lex.prepositions.has(t.lo)) return compoundTitle(c, k, m.tok, lex) ? null : 'prep';
    // A preposition fused with its article governs as the preposition does: "ha spiegato all’ANSA
    // X", "dijo al diario X" (a French "des" is an article too: "ont dit des habitants").
    if (lex.prepArticles.has(t.lo.replace(/'/gu, '’')) && !lex.determiners.has(t.lo))
      return compoundTitle(c, k, m.tok, lex) ? null : 'prep';
    if (!lex.determiners.has(t.lo) && !lex.prepArticles.has(t.lo) && !isRoleish(t, lex)) return null;
  }
  return null;
}

/**
 * "Di Lorenzo ha concluso", "De la Fuente dijo": a capitalised particle before a surname is the
 * name's own when the text names the person so elsewhere ("Angelo Di Lorenzo"), not a preposition
 * governing it — the mention pass reads a sentence-initial "Di" as a function word.
 */
function particleOpensName(c: BlockCtx, m: Mention, lex: Lex): boolean {
  if (m.kind !== 'person' || !m.entity) return false;
  let k = m.tok;
  while (
    k > 0 &&
    lex.particles.has(c.toks[k - 1]!.lo) &&
    c.masked.slice(c.toks[k - 1]!.end, c.toks[k]!.start) === ' '
  )
    k--;
  if (k === m.tok || !c.toks[k]!.cap) return false;
  const written = c.toks
    .slice(k, m.tokEnd)
    .map((t) => t.t)
    .join(' ');
  return m.entity.aliases.has(written) || m.entity.name.endsWith(` ${written}`);
}

/**
 * "El teniente de alcalde Juan Pérez respondió": a bare preposition between a role noun and the
 * title right before the name joins one compound title; the name is its holder, not governed by it
 * (unlike "la hija del alcalde Juan Pérez", where an article follows the preposition).
 */
function compoundTitle(c: BlockCtx, prep: number, name: number, lex: Lex): boolean {
  const role = c.toks[prep - 1];
  if (!role || role.cap || !isRoleWord(lex, role.lo) || lex.prepArticles.has(c.toks[prep]!.lo)) return false;
  if (c.masked.slice(role.end, c.toks[prep]!.start) !== ' ') return false;
  return name - prep === 2 && lex.titles.has(c.toks[prep + 1]!.lo);
}

/** Words that may stand between a preposition and a name: articles, titles ("told Mayor X"). */
function isRoleish(t: Token, lex: Lex): boolean {
  return lex.titles.has(t.lo) || lex.honorifics.has(t.lo);
}

/**
 * Start and end offsets of the innermost parentheses of a text between two offsets, in order (they
 * do not overlap): a name inside them is an aside (antecedents.ts) or an affiliation (agents.ts).
 */
export function parenRanges(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (const x of text.slice(from, to).matchAll(/\([^()]*\)/gu))
    out.push(from + x.index, from + x.index + x[0].length);
  return out;
}

/** True when an offset lies inside one of the ranges (a binary search: a long paragraph stays linear). */
export function inRange(ranges: readonly number[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid * 2]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < ranges[lo * 2 - 1]!;
}
