/**
 * The families of phrases.ts the page hides too (consent, read also, newsletter, share, promo),
 * compiled alone for the always-on content script: the others (print notes, credits, date lines,
 * bylines, page chrome, legal lines, bios, "continue reading") only matter to the extraction and
 * the brief, and would cost every page their bytes and their compilation. Same answers as
 * match.ts over these families (consistency.test.ts).
 */
import { BOILERPLATE_MAX_CHARS, phraseKey } from './key.js';
import { mayMatch } from '../consent/anchors.js';
import { FAMILY_ANCHORS } from '../consent/phrase-anchors.js';
import { compilePhrases } from './matcher.js';
import { consent } from './phrases-consent.js';
import { newsletter, promo, related, share } from './phrases-invites.js';
import type { BoilerplateFamily, FamilyPhrases } from './phrases.js';

/** In the order of BOILERPLATE_PHRASES, so that a paragraph gets the family match.ts gives it. */
export const PAGE_PHRASES = { consent, related, newsletter, share, promo } satisfies Partial<
  Record<BoilerplateFamily, FamilyPhrases>
>;
export type PageFamily = keyof typeof PAGE_PHRASES;

/**
 * matchPhraseKey of match.ts over the page's families only. Each family is tried after its literal
 * gate (phrase-anchors.ts): a family's regexps join dozens of phrases in six languages and cost
 * about a millisecond each to compile, anew on every page in the content script; most of a page's
 * short lines hold none of the words they require, and for those nothing is compiled.
 */
export const matchPagePhraseKey = compilePhrases(PAGE_PHRASES, (family, key) =>
  mayMatch(key, FAMILY_ANCHORS[family] ?? null),
) as (key: string, families?: readonly PageFamily[]) => PageFamily | null;

/** matchBoilerplate of match.ts over the page's families only. */
export function matchPageBoilerplate(text: string, families?: readonly PageFamily[]): PageFamily | null {
  return text.length > BOILERPLATE_MAX_CHARS ? null : matchPagePhraseKey(phraseKey(text), families);
}
