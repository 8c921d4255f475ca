/**
 * The same phrase rules for plain text (a copied article, paragraphs on blank lines), where there
 * is no markup: which paragraphs are a consent placeholder, consent explanations and their button
 * labels, "read also" lines or newsletter prompts. Generic labels ("Accepter", "OK") count only
 * next to other consent paragraphs, as in the seed text.
 */
import type { RemovedKind } from '../types.js';
import { matchesCategory, type Category } from './phrases.js';
import { coverage, quoted } from './segments.js';
import { countWordsLoose, matchForm } from './text.js';

const CONSENT_CATS: Category[] = ['placeholder', 'banner', 'explanation', 'label'];
const RELATED_MAX_CHARS = 200;
const NEWSLETTER_MAX_CHARS = 300;

/** Kind of one paragraph on its own, or null for article text. */
export function paragraphKind(paragraph: string): RemovedKind | null {
  const text = paragraph.trim();
  if (!text || quoted(text)) return null;
  const folded = matchForm(text);
  if (coverage(text, CONSENT_CATS) >= 0.6) {
    if (matchesCategory(folded, 'placeholder')) return 'consent-embed';
    if (matchesCategory(folded, 'banner')) return 'consent-banner';
    return 'boilerplate';
  }
  if (text.length <= RELATED_MAX_CHARS && matchesCategory(folded, 'related') && countWordsLoose(text) >= 4)
    return 'boilerplate';
  if (text.length <= NEWSLETTER_MAX_CHARS && matchesCategory(folded, 'newsletter')) return 'boilerplate';
  return null;
}

function isWeakLabels(paragraph: string): boolean {
  const lines = paragraph
    .split(/\n+/)
    .map((l) => matchForm(l))
    .filter(Boolean);
  return (
    lines.length > 0 && lines.every((l) => matchesCategory(l, 'weakLabel') || matchesCategory(l, 'label'))
  );
}

/**
 * Kinds of a sequence of paragraphs: each paragraph on its own, then generic button labels that
 * sit right next to a consent paragraph join it.
 */
export function paragraphKinds(paragraphs: string[]): (RemovedKind | null)[] {
  const kinds = paragraphs.map(paragraphKind);
  const consent = (k: RemovedKind | null | undefined): boolean =>
    k === 'consent-embed' || k === 'consent-banner' || k === 'boilerplate';
  for (let pass = 0; pass < 2; pass++) {
    paragraphs.forEach((p, i) => {
      if (kinds[i] === null && isWeakLabels(p) && (consent(kinds[i - 1]) || consent(kinds[i + 1])))
        kinds[i] = 'boilerplate';
    });
  }
  return kinds;
}
