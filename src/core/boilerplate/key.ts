/**
 * The form boilerplate phrases are matched in, and the length limits every matcher shares. Kept
 * apart from the compiled phrase lists so that code needing only the key (share-bar and date
 * shapes, the page's anchors) does not bring every family's regular expressions with it.
 */

/** The form phrases are matched in: lower case, one kind of apostrophe and quote mark, single spaces. */
export function phraseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[«»“”„]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a phrase key, counted by its spaces: cheap, and close enough for the length limits. */
export const wordCount = (key: string): number => {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
};

/** No family applies to paragraphs longer than this many characters (the longest limit is 90 words). */
export const BOILERPLATE_MAX_CHARS = 1200;

/**
 * A paragraph of at least this many words is prose, which a phrase marks as chrome only in the
 * ways `chromeInProse` (matcher.ts) allows: an article about cookies, newsletters or copyright
 * quotes and names the very phrases of those notices, and such a paragraph is never boilerplate
 * (issue 13).
 */
export const PROSE_WORDS = 20;
