/**
 * Matching paragraphs against the phrase lists of phrases.ts. Stable exports, used by the
 * extraction and the page cleanup alike: `matchBoilerplate`, `isConsentText`, `phraseKey`.
 */
import { BOILERPLATE_PHRASES, type BoilerplateFamily } from './phrases.js';

/** The form phrases are matched in: lower case, one kind of apostrophe and quote mark, single spaces. */
export function phraseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[«»“”„]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Compiled {
  family: BoilerplateFamily;
  maxWords: number;
  whole: RegExp | null;
  start: RegExp | null;
  contains: RegExp | null;
}

const join = (sources: string[], wrap: (s: string) => string): RegExp | null =>
  sources.length ? new RegExp(wrap(sources.map((s) => `(?:${s})`).join('|')), 'u') : null;

/** One regular expression per family and mode, all languages together (a page may mix them). */
const COMPILED: Compiled[] = (Object.keys(BOILERPLATE_PHRASES) as BoilerplateFamily[]).map((family) => {
  const { maxWords, langs } = BOILERPLATE_PHRASES[family];
  const sets = Object.values(langs);
  return {
    family,
    maxWords,
    whole: join(
      sets.flatMap((s) => s.whole ?? []),
      (x) => `^(?:${x})[\\s.:!?…|]*$`,
    ),
    start: join(
      sets.flatMap((s) => s.start ?? []),
      (x) => `^(?:${x})`,
    ),
    contains: join(
      sets.flatMap((s) => s.contains ?? []),
      (x) => x,
    ),
  };
});

/** Words of a phrase key, counted by its spaces: cheap, and close enough for the length limits. */
const wordCount = (key: string): number => {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
};
/** No family applies to paragraphs longer than this many characters (the longest limit is 90 words). */
export const BOILERPLATE_MAX_CHARS = 1200;

/**
 * The family of a paragraph already in its `phraseKey` form: callers that test one paragraph
 * against several sets of families build the key once.
 */
export function matchPhraseKey(
  key: string,
  families?: readonly BoilerplateFamily[],
): BoilerplateFamily | null {
  if (!key) return null;
  const words = wordCount(key);
  for (const c of COMPILED) {
    if (words > c.maxWords) continue;
    if (families && !families.includes(c.family)) continue;
    if (c.whole?.test(key) || c.start?.test(key) || c.contains?.test(key)) return c.family;
  }
  return null;
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
