/**
 * A lexicon compiled for lookups: sets of single words and lists of multi-word phrases.
 * Compiled once per language and cached, so analysing an article costs no set building.
 */
import { FEMALE_NAMES, MALE_NAMES, lexiconFor, type Lexicon } from './index.js';
import { fold } from '../prep/text.js';
import { EXTENDED_NAMES } from './first-names-extended.js';

export interface Phrase {
  words: string[];
}

export interface Lex {
  lang: string;
  raw: Lexicon;
  speech: Set<string>;
  speechPhrases: Phrase[];
  /** The two-word phrases of saying, joined by a space ("fa sapere", "fait savoir"). */
  speechPairs: Set<string>;
  sourcePreps: Phrase[];
  sourcePostps: Set<string>;
  agentPreps: Set<string>;
  describe: Set<string>;
  passiveAux: Set<string>;
  pronM: Set<string>;
  pronF: Set<string>;
  pronPl: Set<string>;
  pronObject: Set<string>;
  determiners: Set<string>;
  honorifics: Set<string>;
  titles: Set<string>;
  /** Titles the lexicon lists with their abbreviating dot ("Sen.", "Gov."): a dot after them ends no sentence. */
  titleAbbrevs: Set<string>;
  /** Honorifics and titles the lexicon lists with their dot ("Rev.", "Cllr.", "avv."): the sentence
   * splitter reads no end after them ("said Rev. Al Sharpton"). */
  dotAbbrevs: Set<string>;
  roleNouns: Set<string>;
  roleSuffixes: string[];
  professionSuffixes: string[];
  orgNouns: Set<string>;
  orgHeads: Set<string>;
  orgSuffixes: string[];
  streetWords: Set<string>;
  streetSuffixes: string[];
  anonymous: Set<string>;
  orgAnaphors: Set<string>;
  documents: Set<string>;
  speechNouns: Set<string>;
  viewNouns: Set<string>;
  workNouns: Set<string>;
  termCues: Set<string>;
  uiCues: Set<string>;
  hypothetical: Phrase[];
  relatives: Set<string>;
  conjunctions: Set<string>;
  joiners: Set<string>;
  obliqueArticles: Set<string>;
  personPreps: Set<string>;
  addressee: Set<string>;
  indefinites: Set<string>;
  prepArticles: Set<string>;
  copulas: Set<string>;
  anonymity: RegExp | null;
  articlesM: Set<string>;
  honorificsM: Set<string>;
  honorificsF: Set<string>;
  articlesF: Set<string>;
  particles: Set<string>;
  institutions: Set<string>;
  genericPersons: Set<string>;
  possessives: Set<string>;
  genericMen: Set<string>;
  inciseLeads: Set<string>;
  orgPronouns: Set<string>;
  genericWomen: Set<string>;
  exclusiveRoles: Set<string>[];
  /** A folded role noun → the other nouns of its synonym group. */
  roleSynonyms: Map<string, string[]>;
  /** A folded general noun → the offices it may stand for (one way: Lexicon.roleHypernyms). */
  roleHypernyms: Map<string, string[]>;
  /** A folded two-word periphrasis → the role noun it stands for. */
  rolePhrases: Map<string, string>;
  prepositions: Set<string>;
  subordinators: Set<string>;
  attributionOpeners: Set<string>;
  /** Verb chains ending on an infinitive of saying (Lexicon.speechChains), empty where none. */
  chainVerbs: Set<string>;
  chainPreps: Set<string>;
  speechInfinitives: Set<string>;
  /** A view before a colon (Lexicon.viewFrames), empty where none. */
  viewPreps: Set<string>;
  viewWords: Set<string>;
  viewAt: Phrase[];
  continueVerbs: Set<string>;
  reportedMood: Set<string>;
  judgeVerbs: Set<string>;
  /** Plural demonyms (Lexicon.demonyms): the articles before them and their endings. */
  demonymArticles: Set<string>;
  demonymSuffixes: string[];
  orgConnectors: Set<string>;
  stop: Set<string>;
  maleNames: ReadonlySet<string>;
  femaleNames: ReadonlySet<string>;
}

const low = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase().replace(/'/g, '’')));
const phrases = (xs: string[]): Phrase[] =>
  xs
    .map((x) => ({ words: x.toLowerCase().replace(/'/g, '’').split(/\s+/) }))
    .sort((a, b) => b.words.length - a.words.length);

const cache = new Map<string, Lex>();

/** Each folded noun of a synonym group → the group's other nouns. */
function synonymMap(groups: string[][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const g of groups) {
    const folded = g.map((x) => fold(x));
    for (const x of folded)
      map.set(
        x,
        folded.filter((y) => y !== x),
      );
  }
  return map;
}

export function compileLex(lang: string): Lex {
  const hit = cache.get(lang);
  if (hit) return hit;
  const l = lexiconFor(lang);
  const lex: Lex = {
    lang: l.lang,
    raw: l,
    speech: low(l.speechVerbs),
    speechPhrases: phrases(l.speechPhrases),
    speechPairs: new Set(
      phrases(l.speechPhrases)
        .filter((p) => p.words.length === 2)
        .map((p) => p.words.join(' ')),
    ),
    sourcePreps: phrases(l.sourcePreps),
    sourcePostps: low(l.sourcePostps),
    agentPreps: low(l.agentPreps),
    describe: low(l.describeVerbs),
    passiveAux: low(l.passiveAux),
    pronM: low(l.pronouns.m),
    pronF: low(l.pronouns.f),
    pronPl: low(l.pronouns.plural),
    pronObject: low(l.objectPronouns ?? []),
    determiners: low(l.determiners),
    honorifics: new Set(l.honorifics.map((h) => h.toLowerCase().replace(/\.$/, ''))),
    titles: new Set(l.titles.map((h) => h.toLowerCase().replace(/\.$/, ''))),
    titleAbbrevs: new Set(l.titles.filter((h) => h.endsWith('.')).map((h) => h.toLowerCase().slice(0, -1))),
    dotAbbrevs: new Set(
      [...l.honorifics, ...l.titles].filter((h) => h.endsWith('.')).map((h) => h.toLowerCase().slice(0, -1)),
    ),
    roleNouns: low(l.roleNouns),
    roleSuffixes: l.roleSuffixes.map((s) => s.toLowerCase()),
    professionSuffixes: (l.professionSuffixes ?? []).map((s) => s.toLowerCase()),
    orgNouns: low(l.orgNouns),
    orgHeads: low(l.orgHeads),
    orgSuffixes: l.orgSuffixes.map((s) => s.toLowerCase()),
    streetWords: low(l.streetWords ?? []),
    streetSuffixes: (l.streetSuffixes ?? []).map((s) => s.toLowerCase()),
    anonymous: low(l.anonymousSources),
    orgAnaphors: low(l.orgAnaphors),
    documents: low(l.documentNouns),
    speechNouns: low(l.speechNouns ?? []),
    viewNouns: low(l.viewNouns ?? []),
    workNouns: low(l.workNouns),
    termCues: low(l.termCues),
    uiCues: low(l.uiCues),
    hypothetical: phrases(l.hypotheticalCues),
    relatives: low(l.relatives),
    conjunctions: low(l.conjunctions),
    joiners: low(l.joiners ?? []),
    obliqueArticles: low(l.obliqueArticles ?? []),
    addressee: low(l.addresseePreps ?? []),
    personPreps: low(l.personPreps ?? []),
    indefinites: low(l.indefinites ?? []),
    prepArticles: low(l.prepArticles ?? []),
    copulas: low(l.copulas ?? []),
    articlesM: low(l.genderedArticles?.m ?? []),
    honorificsM: new Set((l.genderedHonorifics?.m ?? []).map((h) => h.toLowerCase().replace(/\.$/, ''))),
    honorificsF: new Set((l.genderedHonorifics?.f ?? []).map((h) => h.toLowerCase().replace(/\.$/, ''))),
    articlesF: low(l.genderedArticles?.f ?? []),
    anonymity: l.anonymityCues ? new RegExp(l.anonymityCues.replace(/'/g, '’'), 'u') : null,
    particles: low(l.nameParticles),
    institutions: new Set((l.institutions ?? []).map(fold)),
    genericPersons: low(l.genericPersons ?? []),
    possessives: low(l.possessives ?? []),
    genericMen: low(l.genericGender?.m ?? []),
    inciseLeads: low(l.inciseLeads ?? []),
    orgPronouns: low(l.orgPronouns ?? []),
    genericWomen: low(l.genericGender?.f ?? []),
    exclusiveRoles: (l.exclusiveRoles ?? []).map((g) => new Set(g.map((x) => fold(x)))),
    roleSynonyms: synonymMap(l.roleSynonyms ?? []),
    roleHypernyms: new Map(
      Object.entries(l.roleHypernyms ?? {}).map(([k, v]) => [fold(k), v.map((x) => fold(x))]),
    ),
    rolePhrases: new Map(Object.entries(l.rolePhrases ?? {}).map(([k, v]) => [fold(k), fold(v)])),
    prepositions: low(l.prepositions ?? []),
    subordinators: low(l.subordinators ?? []),
    attributionOpeners: low(l.attributionOpeners ?? []),
    chainVerbs: low(l.speechChains?.verbs ?? []),
    chainPreps: low(l.speechChains?.preps ?? []),
    speechInfinitives: low(l.speechChains?.infinitives ?? []),
    viewPreps: low(l.viewFrames?.preps ?? []),
    viewWords: low(l.viewFrames?.words ?? []),
    viewAt: phrases(l.viewAt ?? []),
    continueVerbs: low(l.continueVerbs ?? []),
    reportedMood: low(l.reportedMood ?? []),
    judgeVerbs: low(l.judgeVerbs ?? []),
    demonymArticles: low(l.demonyms?.articles ?? []),
    demonymSuffixes: (l.demonyms?.suffixes ?? []).map((x) => x.toLowerCase()),
    orgConnectors: low(l.orgConnectors),
    stop: low(l.stopwords),
    maleNames: MALE_NAMES,
    femaleNames: FEMALE_NAMES,
  };
  cache.set(lang, lex);
  return lex;
}

/** True when a lowercase token is a first name (hyphenated ones by their first part: "jean-luc"). */
export function isFirstName(lex: Lex, lower: string): boolean {
  const f = fold(lower);
  if (lex.maleNames.has(f) || lex.femaleNames.has(f)) return true;
  const dash = f.indexOf('-');
  if (dash < 0) return false;
  const first = f.slice(0, dash);
  return lex.maleNames.has(first) || lex.femaleNames.has(first);
}

/** The extended list (weaker evidence), built on first use: most articles never ask. */
let extended: Map<string, 'm' | 'f' | 'u'> | null = null;
function extendedNames(): Map<string, 'm' | 'f' | 'u'> {
  if (extended) return extended;
  extended = new Map();
  for (const g of ['m', 'f', 'u'] as const)
    for (const n of EXTENDED_NAMES[g].split(/\s+/)) if (n) extended.set(n, g);
  return extended;
}

/** A given name of the extended list, not of the curated one ("Lonnie", "Kaylee", "Xana"). */
export function isKnownName(lower: string): boolean {
  const f = fold(lower);
  return extendedNames().has(f) || extendedNames().has(f.split('-')[0] ?? '');
}

export function genderOf(lex: Lex, firstName: string): 'm' | 'f' | null {
  const f = fold(firstName).split('-')[0] ?? '';
  const m = lex.maleNames.has(f);
  const w = lex.femaleNames.has(f);
  if (m !== w) return m ? 'm' : 'f';
  if (m) return null;
  const g = extendedNames().get(f);
  return g === 'm' || g === 'f' ? g : null;
}

/** Answers of isRoleWord per lexicon: asked for most words of an article, often the same ones. */
const roleWords = new WeakMap<Lex, Map<string, boolean>>();

/** A role word: in the role-noun list, or (German) a compound ending with a role noun. */
export function isRoleWord(lex: Lex, lower: string): boolean {
  let memo = roleWords.get(lex);
  if (!memo) roleWords.set(lex, (memo = new Map<string, boolean>()));
  let answer = memo.get(lower);
  if (answer === undefined) {
    answer = testRoleWord(lex, lower);
    if (memo.size > 20000) memo.clear();
    memo.set(lower, answer);
  }
  return answer;
}

/**
 * A role word read as the plural of a listed one ("victimes", "ministri"): the name after it is not
 * the one person it describes ("l'association des victimes V-Europe").
 */
export function isPluralRole(lex: Lex, lower: string): boolean {
  return !lex.roleNouns.has(lower) && !lex.titles.has(lower) && /(?:s|x|i)$/u.test(lower);
}

function testRoleWord(lex: Lex, lower: string): boolean {
  if (listedRole(lex, lower)) return true;
  // Italian news states a person's age as a noun: "il 22enne Mario Rossi", "la 17enne".
  if (lex.lang === 'it' && /^\d{1,3}enn[ei]$/u.test(lower)) return true;
  // German declines its nouns: "des Landesrats", "den Ministerpräsidenten", "die beiden Anwälte".
  return lex.lang === 'de' && deRoleBase(lex, lower) !== null;
}

/**
 * The base form of an inflected German role noun, or null: genitive -s/-es ("Landesrats"), weak and
 * dative plural -n/-en ("Ministerpräsidenten", "Stellvertretern"), plural -e/-er with an umlaut
 * ("Anwälte"), feminine plural -innen ("Ministerinnen").
 */
export function deRoleBase(lex: Lex, lower: string): string | null {
  if (lex.roleNouns.has(lower) || lex.titles.has(lower)) return lower;
  // (A declined form whose base is listed is that base: "Landesrats" → "Landesrat", even though the
  // plural rule of listedRole would take "Landesrats" as written.)
  if (lower.length < 5) return listedRole(lex, lower) ? lower : null;
  const forms: string[] = [];
  if (lower.endsWith('innen')) forms.push(lower.slice(0, -3));
  for (const end of ['es', 's', 'en', 'n', 'e', 'er'])
    if (lower.endsWith(end)) {
      const stem = lower.slice(0, -end.length);
      forms.push(stem);
      // (The plural's umlaut is on the stem's last vowel: "Anwälte" → "Anwalt", "Ärzte" → "Arzt".)
      const m = /^(.*)([äöü])([^aeiouäöü]*)$/u.exec(stem);
      if (m) forms.push(`${m[1]!}${{ ä: 'a', ö: 'o', ü: 'u' }[m[2] as 'ä' | 'ö' | 'ü']}${m[3]!}`);
    }
  return forms.find((f) => f.length >= 4 && listedRole(lex, f)) ?? (listedRole(lex, lower) ? lower : null);
}

/** A role noun of the lists as written: listed, a listed plural, a compound on a listed noun or suffix. */
function listedRole(lex: Lex, lower: string): boolean {
  if (lex.roleNouns.has(lower) || lex.titles.has(lower)) return true;
  // Plurals of shared roles: "les ministres allemand et français", "i ministri".
  const singular = lower.replace(/(?:s|x)$/u, '');
  if (singular !== lower && lex.roleNouns.has(singular)) return true;
  if (
    lex.lang === 'it' &&
    /i$/u.test(lower) &&
    (lex.roleNouns.has(`${lower.slice(0, -1)}o`) || lex.roleNouns.has(`${lower.slice(0, -1)}e`))
  )
    return true;
  const last = lower.split('-').pop() ?? lower;
  if (lex.roleNouns.has(last)) return true;
  // Spanish writes "ex" fused to the role: "la exedil de Urbanismo", "el exministro", "expresidenta".
  if (lex.lang === 'es' && /^ex\p{L}{4}/u.test(lower) && listedRole(lex, lower.slice(2))) return true;
  return lex.roleSuffixes.some((s) => lower.length > s.length + 2 && lower.endsWith(s));
}

/** An age used as a noun: "63-Jährige", "23enne", "63-year-old", "quinquagénaire". */
const AGE_NOUN =
  /^\d{1,3}(?:-?jährige[rn]?|enne|-year-old|-anni|-ans?|-años)$|génaire$|^(?:sexa|septua|octo|nona|quadra|quinqua|trente|vingt)/u;

/** A noun that re-describes a person named before: an age, or a generic person noun of the lexicon. */
export function isGenericPerson(lex: Lex, lower: string): boolean {
  return lex.genericPersons.has(lower) || AGE_NOUN.test(lower);
}

/**
 * A role word, or a noun with a profession suffix ("biologiste", "cantautore", "Kurator"): only for
 * places where a role can stand (appositions, descriptions), never to cut a name.
 */
export function isRoleLike(lex: Lex, lower: string): boolean {
  if (isRoleWord(lex, lower)) return true;
  // A noun of saying is never someone ("intervista" ends like "giornalista").
  if (
    lex.stop.has(lower) ||
    lex.prepositions.has(lower) ||
    lex.speechNouns.has(lower) ||
    isFirstName(lex, lower) ||
    isOrgWord(lex, lower)
  )
    return false;
  // A given name of the extended list is no profession by its ending ("Theodor", "Hector").
  if (isKnownName(lower)) return false;
  return lex.professionSuffixes.some((s) => lower.length > s.length + 2 && lower.endsWith(s));
}

export function isOrgWord(lex: Lex, lower: string): boolean {
  if (lex.orgHeads.has(lower)) return true;
  return lex.orgSuffixes.some((s) => lower.length > s.length + 2 && lower.endsWith(s));
}
