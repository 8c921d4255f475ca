/**
 * The phrase tests' gate for prose (issues 10, 13): a paragraph of the article is never a consent
 * or boilerplate finding, so a long <p> or <li> with no control in it does not reach the phrase
 * tests, which were most of a first pass's work (on 40 corpus pages, 36 blocks per page reached
 * them, a third of them paragraphs of 160 characters or more, of which one was ever part of a
 * finding: a signup prompt with its link). It still reaches them, after a few literal tests, when
 * it may be what the rules look for:
 * - consent wording (a blocked embed's placeholder written as a paragraph between the article's
 *   paragraphs, the seed's case): one of the stems below, in any of the six languages;
 * - a "Related:" line, whole (mostly link text) or between <br>s, or a signup prompt with its
 *   link;
 * - a consent dialog's unrendered template token.
 */

import { mayAny } from './anchors.js';
import { CATEGORY_ANCHORS, FAMILY_ANCHORS } from './phrase-anchors.js';
import { matchForm } from './text.js';

/** Shortest text of a paragraph that counts as prose here (the longest box label is 160). */
export const PROSE_MIN_CHARS = 160;

/**
 * Stems of consent wording and of placeholder notices, lower case (fr, en, de, es, it, nl): every
 * rule of the consent categories (phrases.ts: placeholder, banner, explanation) holds one, but
 * for button words of under 20 characters ("jetzt laden"), which cannot cover 60 % of a
 * paragraph (scan.ts consentBlock) on their own (prose-gate.test.ts).
 */
const CONSENT_STEMS = [
  'cooki',
  'traceur',
  'consent',
  'einwillig',
  'zustim',
  'datenschutz',
  'privacy',
  'confidentialit',
  'personal data',
  'données personnelles',
  'personenbezogen',
  'privacidad',
  'consenso',
  'toestemming',
  'gdpr',
  'rgpd',
  'dsgvo',
  'partenaires',
  'partner',
  'socios',
  'fornitori',
  'drittplattform',
  'drittanbieter',
  'tracker',
  'tracking',
  'bloqu',
  'block',
  'blocca',
  'gesperrt',
  'inhalt',
  'contenu',
  'content',
  'contenido',
  'contenuto',
  'inhoud',
  'klick',
  'accept',
  'akzept',
  'acept',
  'accett',
  'autoris',
  'dépôt',
  'ciblage',
  'permission',
  'disponib',
  'available',
  'turned off',
  'be shown',
  'be displayed',
  'be loaded',
  'be played',
  'verfügbar',
  'verfügung',
  'appareil',
  'device',
  'gerät',
  'dispositivo',
  'prefer',
  'préférence',
  'choix',
  'scelte',
  'impostazioni',
  'dienst',
  'schalter',
  'protection des données',
  'personal information',
  'allow and continue',
];

const CONTROLS = 'button, input, select, textarea, form, iframe, [role="button"], [onclick]';
/** Longest related line (scan.ts RELATED_MAX_CHARS): one at least half link text. */
const RELATED_MAX_CHARS = 300;

/** Whether folded text (matchForm) holds a consent stem: no layout, no regexp. */
export function mayBeConsent(folded: string): boolean {
  return CONSENT_STEMS.some((s) => folded.includes(s));
}

/**
 * Whether a paragraph with links may still be what a rule for links looks for: a related line
 * (mostly link text), related lines between <br>s, or a signup prompt with its link (the
 * newsletter rules' own literal gates, phrase-anchors.ts: same answers, read first).
 */
function linkedMayMatch(b: Element, folded: string, length: number): boolean {
  if (b.querySelector('br') || mayAny(folded, CATEGORY_ANCHORS.newsletter)) return true;
  if (mayAny(folded, FAMILY_ANCHORS.newsletter ?? null)) return true;
  if (length > RELATED_MAX_CHARS) return false;
  let linked = 0;
  for (const a of Array.from(b.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
  return linked * 2 >= length;
}

/**
 * Whether block `b`, whose visible text is `length` characters long, is a paragraph (or a list
 * item as long as one) of prose the phrase tests cannot find anything in (see above). On the
 * corpus (Zyte, WCXB, Readability's pages: 27,107 blocks reached the tests), no <p> or <li> of
 * 160 characters or more without a link or control was part of a finding; newsletter prompts
 * written as a bare paragraph were, up to 140 characters.
 */
export function plainProse(b: Element, length: number): boolean {
  if ((b.tagName !== 'P' && b.tagName !== 'LI') || length < PROSE_MIN_CHARS) return false;
  if (b.querySelector(CONTROLS)) return false;
  const folded = matchForm(b.textContent ?? '');
  if (mayBeConsent(folded) || folded.includes('__localized_')) return false;
  return !(b.querySelector('a') && linkedMayMatch(b, folded, length));
}
