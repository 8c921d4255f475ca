/**
 * The phrase tests' gate for prose (issues 10, 13): a paragraph of the article is never a consent
 * or boilerplate finding, so a long <p> or <li> with no link or control in it does not reach the
 * phrase tests,
 * which were most of a first pass's work (on 40 corpus pages, 36 blocks per page reached them,
 * a third of them paragraphs of 160 characters or more; none of those was ever a finding). It
 * still reaches them, in one cheap literal test each, when it may be what the rules look for:
 * - consent wording (a blocked embed's placeholder written as a paragraph between the article's
 *   paragraphs, the seed's case): one of the stems below, in any of the six languages;
 * - a "Related:" line, whole or between <br>s: it holds a link;
 * - a consent dialog's unrendered template token.
 */

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

/** Whether a block holds a consent stem (its raw text, lower case: no layout, no regexp). */
export function mayBeConsent(text: string): boolean {
  const t = text.toLowerCase();
  return CONSENT_STEMS.some((s) => t.includes(s));
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
  if (b.querySelector(`a, ${CONTROLS}`)) return false;
  const raw = b.textContent ?? '';
  return !mayBeConsent(raw) && !raw.includes('__localized_');
}
