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
import { mayMatch, type Gate } from './anchors.js';
import { CATEGORY_ANCHORS, LIST_WORDS } from './phrase-anchors.js';
import { matchForm } from './text.js';
import type { Category, Rule, Table } from './lang/types.js';
import { de } from './lang/de.js';
import { en } from './lang/en.js';
import { es } from './lang/es.js';
import { fr } from './lang/fr.js';
import { it } from './lang/it.js';
import { nl } from './lang/nl.js';

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
 */
export const PREFILTER_WORDS =
  'cooki|traceur|consent|bloqu|block|blocca|geblokkeerd|inhalt|einwillig|zustimm|einverstanden|accept|akzept|acept|accett|akkoord|refus|reject|declin|ablehn|abgelehnt|verweiger|widersproch|rechaz|denegad|rifiut|negato|weiger|afwijz|aussi|lesen sie|mehr zum|anche|tambi|lees |read more|see more|also like|related|see also|newsletter|sign up|inscri|abonn|suscr|iscriv|nieuwsbrief|gérer|manage|allow|partenaires|partner|socios|privacy|datenschutz|__localized_|externe|redaktionell|klick|interessa|interesa|publicit|publicid|advert|anzeige|werbung|pubblicit|sponsor|facebook|whatsapp|partag|teilen|compart|condivi|share|podcast| app|app |télécharg|scarica|descarga|download|similaires|relacionad|correlat|most read|más leído|più letti|meistgelesen|trending|popular|more on this|recommended|more from|t miss|subscri|youtube|inbox|stories|most |permission|disabled|désactivé|deaktiviert|disattivato|deshabilitado|möchten sie';
/** Cheap first pass on single text nodes: only blocks holding one of these are read whole. */
export const PREFILTER = new RegExp(LIST_WORDS ? `${PREFILTER_WORDS}|${LIST_WORDS}` : PREFILTER_WORDS, 'i');
/** Shortest alternative of PREFILTER (anchors.test.ts checks it): shorter text nodes are skipped. */
export const PREFILTER_MIN_CHARS = 4;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(rules: Rule[], whole: boolean): RegExp {
  const parts = rules.map((r) => (typeof r === 'string' ? escape(matchForm(r)) : r.source));
  const body = parts.join('|');
  return new RegExp(whole ? `^(?:${body})[.!:]?$` : `(?:${body})`);
}

const WHOLE: ReadonlySet<Category> = new Set<Category>(['label', 'weakLabel']);
const PREFIX: ReadonlySet<Category> = new Set<Category>(['related']);

/** Prefixes end at a word boundary, or right after their own punctuation ("related:"). */
function compileCategory(lang: Lang, c: Category): RegExp {
  if (PREFIX.has(c))
    return new RegExp(
      `^(?:${PHRASES[lang][c].map((r) => (typeof r === 'string' ? escape(matchForm(r)) : r.source)).join('|')})(?:(?<=\\W)|\\b)`,
    );
  return compile(PHRASES[lang][c], WHOLE.has(c));
}

interface Compiled {
  byLang: Map<Lang, RegExp>;
  any: RegExp;
  anyGlobal: RegExp;
}

/**
 * A category's regexps, built on first use: building them all costs milliseconds when the
 * content script loads, and with the literal gates most pages never need most of them.
 */
const compiled = new Map<Category, Compiled>();
function regexps(c: Category): Compiled {
  let x = compiled.get(c);
  if (!x) {
    const byLang = new Map<Lang, RegExp>();
    const all: string[] = [];
    for (const l of LANGS) {
      const re = compileCategory(l, c);
      byLang.set(l, re);
      all.push(re.source);
    }
    const any = new RegExp(all.map((s) => `(?:${s})`).join('|'));
    x = { byLang, any, anyGlobal: new RegExp(any.source, 'g') };
    compiled.set(c, x);
  }
  return x;
}

/**
 * Literal anchors of a category (phrase-anchors.ts, see anchors.ts): without one of them in the
 * text no rule can match, and the category's regexps need not even be compiled.
 */
function anchorsOf(c: Category): Gate | null {
  return CATEGORY_ANCHORS[c];
}

/** Whether folded text `t` matches a category, in any language. */
export function matchesCategory(t: string, c: Category): boolean {
  return mayMatch(t, anchorsOf(c)) && regexps(c).any.test(t);
}

/**
 * Characters of `t` that matches of category `c` cover outside quotation marks: 'The message "We
 * use cookies" appears on most sites' quotes a banner and is prose. Folded text has one quote
 * mark, '"'. Returns 0 when nothing matches.
 */
export function unquotedMatchChars(t: string, c: Category): number {
  if (!mayMatch(t, anchorsOf(c))) return 0;
  const re = regexps(c).anyGlobal;
  re.lastIndex = 0;
  let covered = 0;
  let end = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const before = t.slice(0, m.index);
    if ((before.match(/"/g) ?? []).length % 2 === 0) {
      const stop = m.index + m[0].length;
      covered += stop - Math.max(m.index, end);
      end = Math.max(end, stop);
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  return covered;
}

/** Whether `t` matches category `c` outside quotation marks (see unquotedMatchChars). */
export function matchesUnquoted(t: string, c: Category): boolean {
  if (!mayMatch(t, anchorsOf(c))) return false;
  const re = regexps(c).anyGlobal;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const before = t.slice(0, m.index);
    if ((before.match(/"/g) ?? []).length % 2 === 0) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

/** Language of the first list of category `c` that matches folded text `t`. */
export function langOf(t: string, c: Category): Lang | null {
  if (!mayMatch(t, anchorsOf(c))) return null;
  const { byLang } = regexps(c);
  for (const l of LANGS) if (byLang.get(l)!.test(t)) return l;
  return null;
}

/** Template tokens left by unrendered consent dialogs (Spiegel's PUR: `__localized_purIntro__`). */
export const TEMPLATE_TOKEN = /__localized_\w+__/;
