/**
 * Compiles a table of boilerplate families (phrases.ts) into one matcher. Two tables use it: every
 * family for the extraction and the brief (match.ts), and only the families the page hides for the
 * always-on content script (page-match.ts), which thus neither ships nor compiles the others.
 * Over the same families, both give the same answers: a family is tried in the table's order.
 */
import { PROSE_WORDS, wordCount } from './key.js';
import type { BoilerplateFamily, FamilyPhrases } from './phrases.js';
import { scanned, used } from '../consent/work.js';

interface Compiled {
  family: BoilerplateFamily;
  maxWords: number;
  whole: RegExp | null;
  start: RegExp | null;
  contains: RegExp | null;
  /** `contains` with the global flag, to look at every match of a paragraph of prose. */
  containsAll: RegExp | null;
}

const join = (sources: string[], wrap: (s: string) => string): RegExp | null =>
  sources.length ? new RegExp(wrap(sources.map((s) => `(?:${s})`).join('|')), 'u') : null;

const joinGlobal = (sources: string[]): RegExp | null =>
  sources.length ? new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gu') : null;

/**
 * A regexp built on its first use, then kept; each use is counted (consent/work.ts: its source
 * counts as compiled once per page).
 */
function lazy(make: () => RegExp | null): () => RegExp | null {
  let made = false;
  let value: RegExp | null = null;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    if (value) used(value);
    return value;
  };
}

/**
 * One regular expression per family and mode, all languages together (a page may mix them), each
 * built on its first use: the content script loads in every page and most pages ask for one or two
 * families (building a regexp parses its whole source, even if it never runs).
 */
function compileFamily(family: BoilerplateFamily, { maxWords, langs }: FamilyPhrases): Compiled {
  const sets = Object.values(langs);
  const whole = lazy(() =>
    join(
      sets.flatMap((s) => s.whole ?? []),
      (x) => `^(?:${x})[\\s.:!?…|]*$`,
    ),
  );
  const start = lazy(() =>
    join(
      sets.flatMap((s) => s.start ?? []),
      (x) => `^(?:${x})`,
    ),
  );
  const contains = lazy(() =>
    join(
      sets.flatMap((s) => s.contains ?? []),
      (x) => x,
    ),
  );
  const containsAll = lazy(() => joinGlobal(sets.flatMap((s) => s.contains ?? [])));
  return {
    family,
    maxWords,
    get whole() {
      return whole();
    },
    get start() {
      return start();
    },
    get contains() {
      return contains();
    },
    get containsAll() {
      return containsAll();
    },
  };
}

/** Whether `at` falls inside quotation marks of `key` (phraseKey folds every kind to '"'). */
function quoted(key: string, at: number): boolean {
  let marks = 0;
  for (let i = key.indexOf('"'); i >= 0 && i < at; i = key.indexOf('"', i + 1)) marks++;
  return marks % 2 === 1;
}

/** Whether `at` starts a sentence of `key`: its start, or after a stop, colon, bar or bracket. */
function sentenceStart(key: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && key[i] === ' ') i--;
  if (i < 0) return true;
  // A closing quote or bracket after the stop: '… a dit." lire aussi'.
  while (i > 0 && (key[i] === '"' || key[i] === ')' || key[i] === "'")) i--;
  return '.!?…:;|(['.includes(key[i]!);
}

/**
 * Words that speak to the reader or for the site, and verbs of a consent choice: a notice asks
 * the reader to choose ("By clicking Accept you agree…", "En cliquant sur « J'accepte », vous
 * autorisez…"); news about notices reports them in the third person.
 */
const ADDRESS =
  /(?<![\p{L}])(?:you|your|we|our|us|vous|votre|vos|nous|notre|nos|tu|sie|ihnen|ihre?|ihrer|du|dein\p{L}*|wir|uns|unser\p{L}*|usted|ustedes|nosotros|nuestr[oa]s?|voi|vostr[oaie]|tuo|tuoi|tua|noi|nostr[oaie])(?![\p{L}])/u;
const CHOICE =
  /(?<![\p{L}])(?:accept|agree|consent|allow|permission|permis|permess|reject|refus|declin|manag|setting|preferen|continu|click|withdraw|opt[- ]?(?:in|out)|autoris|paramétr|paramètr|gérer|gérez|cliqu|retir|poursui|akzeptier|zustimm|einwillig|ablehn|einstellung|klick|erlaub|widerruf|einverstanden|acept|consient|rechaz|configur|clic|permit|continú|accett|consens|acconsent|rifiut|gestisc|revoc|prosegu)/u;

const unquoted = (key: string): string => key.replace(/"[^"]*"/g, ' ');

/**
 * Whether a `contains` phrase of `c` marks a paragraph of prose (PROSE_WORDS or more) as chrome:
 * a match outside quotation marks ('the message "we use cookies" is everywhere' quotes a notice)
 * that begins a sentence or ends the paragraph ("… subscribe to industry newsletters" in a how-to
 * is advice), and for consent wording, a paragraph that asks the reader to choose.
 */
function chromeInProse(c: Compiled, key: string): boolean {
  const re = c.containsAll;
  if (!re) return false;
  re.lastIndex = 0;
  for (let m = re.exec(key); m; m = re.exec(key)) {
    if (m[0].length === 0) re.lastIndex++;
    const end = m.index + m[0].length;
    if (quoted(key, m.index) || !(sentenceStart(key, m.index) || end >= key.length - 1)) continue;
    if (c.family === 'consent') {
      const own = unquoted(key);
      if (!ADDRESS.test(own) || !CHOICE.test(own)) continue;
    }
    return true;
  }
  return false;
}

/**
 * The family of a paragraph already in its `phraseKey` form, among `families` (all of the table
 * when absent). Paragraphs of prose are judged by `chromeInProse` (see PROSE_WORDS).
 */
export type PhraseKeyMatcher = (
  key: string,
  families?: readonly BoilerplateFamily[],
) => BoilerplateFamily | null;

/**
 * `mayMatch`, when given, says cheaply that a family cannot match a key (a literal gate, see
 * consent/anchors.ts): that family's regexps are then neither built nor run. It must never say no
 * to a key the family matches (same answers with or without it).
 */
export function compilePhrases(
  table: Partial<Record<BoilerplateFamily, FamilyPhrases>>,
  mayMatch?: (family: BoilerplateFamily, key: string) => boolean,
): PhraseKeyMatcher {
  const compiled = (Object.keys(table) as BoilerplateFamily[]).map((f) => compileFamily(f, table[f]!));
  return (key, families) => {
    if (!key) return null;
    const words = wordCount(key);
    const prose = words >= PROSE_WORDS;
    for (const c of compiled) {
      if (words > c.maxWords) continue;
      if (families && !families.includes(c.family)) continue;
      if (mayMatch && !mayMatch(c.family, key)) continue;
      scanned(2 * key.length);
      if (c.whole?.test(key) || c.start?.test(key)) return c.family;
      scanned(key.length);
      if (prose ? chromeInProse(c, key) : c.contains?.test(key)) return c.family;
    }
    return null;
  };
}
