/**
 * In-page phrase rules, per language: the wording of consent banners, of consent-blocked embed
 * placeholders, of their button labels, and of other boilerplate that lands inside articles.
 * Sources: design/consent-catalog.md §3–§4 (verbatim texts of real sites) and autoconsent's
 * heuristic patterns. Strings are written naturally and compared in `matchForm` (lower case,
 * straight apostrophes, « » and “ ” as "). Regexps see the same folded text.
 *
 * Kept here rather than in src/core/extract because extraction had no phrase list yet when this
 * was written; extraction can import `PHRASES`/`matchesCategory` from here.
 */
import { candidates, mayAny, mayMatchAlternative } from './anchors.js';
import { CATEGORY_ANCHORS, LIST_WORDS } from './phrase-anchors.js';
import { matchForm } from './text.js';
import { scanCounts, scanned, used } from './work.js';
import type { Category, Table } from './lang/types.js';
import { de } from './lang/de.js';
import { en } from './lang/en.js';
import { es } from './lang/es.js';
import { fr } from './lang/fr.js';
import { it } from './lang/it.js';
import { nl } from './lang/nl.js';
import { escapeLiteral } from './literals.js';

export type Lang = 'fr' | 'en' | 'de' | 'es' | 'it' | 'nl';
export const LANGS: readonly Lang[] = ['fr', 'en', 'de', 'es', 'it', 'nl'];

export type { Category } from './lang/types.js';

export const PHRASES: Record<Lang, Table> = { fr, en, de, es, it, nl };

/** Words that mark a text as being about consent or tracking; article prose mostly lacks them. */
export const CONSENT_VOCABULARY =
  /cooki|traceur|consent|einwillig|zustimm|datenschutz|privacy|confidentialit|données personnelles|personal data|personenbezogen|privacidad|consenso|toestemming|gdpr|rgpd|dsgvo|partenaires|drittplattform|drittanbieter|tracker|tracking/;

/**
 * Words of consent and boilerplate wording, hand-written: the first pass on single text nodes
 * (PREFILTER). The phrase lists add theirs (LIST_WORDS, generated from the lists in
 * phrase-anchors.ts) for every rule none of these words covers, so a phrase added to a list is
 * never filtered out before it is read (the Spanish 'Noticias relacionadas' was, 700dd94).
 * "comments": the share family's comment launcher ("Comments" on a link or button that opens them).
 */
export const PREFILTER_WORDS =
  'cooki|traceur|consent|bloqu|block|blocca|geblokkeerd|inhalt|einwillig|zustimm|einverstanden|accept|akzept|acept|accett|akkoord|refus|reject|declin|ablehn|abgelehnt|verweiger|widersproch|rechaz|denegad|rifiut|negato|weiger|afwijz|aussi|lesen sie|mehr zum|anche|tambi|lees |read more|see more|also like|related|see also|newsletter|sign up|inscri|abonn|suscr|iscriv|nieuwsbrief|gérer|manage|allow|partenaires|partner|socios|privacy|datenschutz|__localized_|externe|redaktionell|klick|interessa|interesa|publicit|publicid|advert|anzeige|werbung|pubblicit|sponsor|facebook|whatsapp|partag|teilen|compart|condivi|share|comments|podcast| app|app |télécharg|scarica|descarga|download|similaires|relacionad|correlat|most read|más leído|più letti|meistgelesen|trending|popular|more on this|recommended|more from|t miss|subscri|youtube|inbox|stories|most |permission|disabled|désactivé|deaktiviert|disattivato|deshabilitado|möchten sie';
/**
 * Cheap first pass on single text nodes: only blocks holding one of these are read whole. Its words
 * are lower case and it is case-sensitive: test it on lower-cased text (passesPrefilter). The
 * content script builds its regexps anew on every page, and V8 compiles a case-insensitive
 * alternation of this size in about twice the time (it merges the common prefixes of the
 * alternatives only without the flag): the largest compile of a first pass (issue 10). A plain
 * regexp, not literals.ts's test: it reads every text node, so every page builds it anyway.
 */
export const PREFILTER_SOURCE = LIST_WORDS ? `${PREFILTER_WORDS}|${LIST_WORDS}` : PREFILTER_WORDS;
const PREFILTER = new RegExp(PREFILTER_SOURCE);

/**
 * Whether a text holds a word of PREFILTER, in any case. Lower-casing lets through all that the
 * case-insensitive test did (the words are Latin letters, whose capitals lower-case to them).
 */
export function passesPrefilter(text: string): boolean {
  scanCounts.prefilterChars += text.length;
  used(PREFILTER);
  return PREFILTER.test(text.toLowerCase());
}
/** Shortest alternative of PREFILTER (anchors.test.ts checks it): shorter text nodes are skipped. */
export const PREFILTER_MIN_CHARS = 4;

const WHOLE: ReadonlySet<Category> = new Set<Category>(['label', 'weakLabel']);
const PREFIX: ReadonlySet<Category> = new Set<Category>(['related']);

/**
 * One rule as a regexp of its category: labels are the whole text, related leads a prefix that
 * ends at a word boundary or right after its own punctuation ("related:").
 */
function wrap(c: Category, source: string): string {
  if (WHOLE.has(c)) return `^(?:${source})[.!:]?$`;
  if (PREFIX.has(c)) return `^(?:${source})(?:(?<=\\W)|\\b)`;
  return source;
}

/**
 * A category's rules, every language in LANGS order (the order of its anchors' alternatives,
 * phrase-anchors.ts), each compiled on its first use only. One regexp per rule, not one per
 * category: the literal anchors say which few rules a text may match, and only those are built
 * and run. A category's rules joined into one regexp cost 40–300 ms to compile on first use (the
 * engines analyse the whole alternation; the counted repetitions of the placeholder rules expand),
 * in a single unit of the scan: the longest tasks on articles about cookies (issue 13).
 */
interface Rules {
  langs: Lang[];
  sources: string[];
  one: (RegExp | undefined)[];
  global: (RegExp | undefined)[];
}

/**
 * Regexps compiled so far and the length of their sources: the cost of compiling grows with the
 * source (and more than linearly for one long alternation), so a count of characters compiled
 * around a unit of work bounds the compile time in it, on any machine (see work.ts).
 */
export const phraseWork = { compiled: 0, compiledChars: 0 };

const tables = new Map<Category, Rules>();
function rulesOf(c: Category): Rules {
  let x = tables.get(c);
  if (!x) {
    const langs: Lang[] = [];
    const sources: string[] = [];
    for (const l of LANGS)
      for (const r of PHRASES[l][c]) {
        langs.push(l);
        sources.push(wrap(c, typeof r === 'string' ? escapeLiteral(matchForm(r)) : r.source));
      }
    x = { langs, sources, one: [], global: [] };
    tables.set(c, x);
  }
  return x;
}

/** Rule `i` of a category, compiled now if it was not (its source counted as compiled work). */
function rule(rules: Rules, i: number, global = false): RegExp {
  const cache = global ? rules.global : rules.one;
  let re = cache[i];
  if (!re) {
    re = new RegExp(rules.sources[i]!, global ? 'g' : '');
    cache[i] = re;
    phraseWork.compiled++;
    phraseWork.compiledChars += rules.sources[i]!.length;
  }
  used(re);
  return re;
}

/** The rules of category `c` that may match folded text `t` (the literal anchors' verdict). */
function candidatesOf(t: string, c: Category): number[] {
  return candidates(t, CATEGORY_ANCHORS[c], rulesOf(c).sources.length);
}

/**
 * The first rule of category `c`, in the lists' order, that matches folded text `t` (-1: none).
 * Each rule's anchors are read just before it, so a match ends the search early.
 */
function firstMatch(t: string, c: Category): number {
  const gate = CATEGORY_ANCHORS[c];
  if (!mayAny(t, gate)) return -1;
  const rules = rulesOf(c);
  for (let i = 0; i < rules.sources.length; i++)
    if (mayMatchAlternative(t, gate, i)) {
      scanned(t.length);
      if (rule(rules, i).test(t)) return i;
    }
  return -1;
}

/** Whether folded text `t` matches a category, in any language. */
export function matchesCategory(t: string, c: Category): boolean {
  return firstMatch(t, c) >= 0;
}

/**
 * The matches of category `c` in `t`, left to right, as one regexp of all its rules would give
 * them with the global flag: at each step the leftmost match, the first rule in the list among
 * those that match there, the next search after its end. Rules the anchors rule out never match,
 * so only the others are searched.
 */
function* matchesOf(t: string, c: Category): Generator<{ index: number; end: number }> {
  const cands = candidatesOf(t, c);
  if (!cands.length) return;
  const rules = rulesOf(c);
  const res = cands.map((i) => rule(rules, i, true));
  for (let from = 0; from <= t.length;) {
    let best: RegExpExecArray | null = null;
    for (const re of res) {
      re.lastIndex = from;
      scanned(t.length - from);
      const m = re.exec(t);
      if (m && (!best || m.index < best.index)) best = m;
    }
    if (!best) return;
    const end = best.index + best[0].length;
    yield { index: best.index, end };
    from = best[0].length === 0 ? end + 1 : end;
  }
}

/** Whether `t` has an even number of quote marks before `at` (folded text has one, '"'). */
function outsideQuotes(t: string, at: number): boolean {
  let marks = 0;
  for (let i = t.indexOf('"'); i >= 0 && i < at; i = t.indexOf('"', i + 1)) marks++;
  return marks % 2 === 0;
}

/**
 * Characters of `t` that matches of category `c` cover outside quotation marks: 'The message "We
 * use cookies" appears on most sites' quotes a banner and is prose. Folded text has one quote
 * mark, '"'. Returns 0 when nothing matches.
 */
export function unquotedMatchChars(t: string, c: Category): number {
  let covered = 0;
  let end = 0;
  for (const m of matchesOf(t, c)) {
    if (outsideQuotes(t, m.index)) {
      covered += m.end - Math.max(m.index, end);
      end = Math.max(end, m.end);
    }
  }
  return covered;
}

/** Whether `t` matches category `c` outside quotation marks (see unquotedMatchChars). */
export function matchesUnquoted(t: string, c: Category): boolean {
  for (const m of matchesOf(t, c)) if (outsideQuotes(t, m.index)) return true;
  return false;
}

/** Language of the first list of category `c` that matches folded text `t`. */
export function langOf(t: string, c: Category): Lang | null {
  const i = firstMatch(t, c);
  return i < 0 ? null : rulesOf(c).langs[i]!;
}

/** Template tokens left by unrendered consent dialogs (Spiegel's PUR: `__localized_purIntro__`). */
export const TEMPLATE_TOKEN = /__localized_\w+__/;
