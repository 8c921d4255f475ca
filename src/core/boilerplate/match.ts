/**
 * Matching paragraphs against every family of phrases.ts: the extraction and the brief. Stable
 * exports: `matchBoilerplate`, `matchPhraseKey`, `isArticleProse`, `isConsentText`, `phraseKey`.
 * The always-on page cleanup matches only the families it hides, with page-match.ts.
 */
import { BOILERPLATE_MAX_CHARS, PROSE_WORDS, phraseKey, wordCount } from './key.js';
import { compilePhrases } from './matcher.js';
import { BOILERPLATE_PHRASES, type BoilerplateFamily } from './phrases.js';

export { BOILERPLATE_MAX_CHARS, PROSE_WORDS, phraseKey } from './key.js';

/**
 * The family of a paragraph already in its `phraseKey` form: callers that test one paragraph
 * against several sets of families build the key once.
 */
export const matchPhraseKey = compilePhrases(BOILERPLATE_PHRASES);

/**
 * True for a paragraph of article prose: PROSE_WORDS words or more and no boilerplate family,
 * with the allowances for prose of matcher.ts. For callers that must never hide or drop article text.
 */
export function isArticleProse(text: string): boolean {
  if (text.length > BOILERPLATE_MAX_CHARS) return true;
  const key = phraseKey(text);
  return wordCount(key) >= PROSE_WORDS && matchPhraseKey(key) === null;
}

/** The boilerplate family a paragraph belongs to, or null when it may be article text. */
export function matchBoilerplate(
  text: string,
  families?: readonly BoilerplateFamily[],
): BoilerplateFamily | null {
  return text.length > BOILERPLATE_MAX_CHARS ? null : matchPhraseKey(phraseKey(text), families);
}

/** True for consent notices and their button labels (blocked-embed placeholders, banners). */
export function isConsentText(text: string): boolean {
  return matchBoilerplate(text, ['consent']) === 'consent';
}
