/**
 * Text normalisation shared by every stage, the same as the gold files use (shared/gold/README.md):
 * NFC, no soft hyphens, every kind of space folded to one ASCII space, trimmed.
 * Typographic apostrophes and quote marks are kept as they are.
 */
export function normalizeSpace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00AD/g, '')
    .replace(/[\u00A0\u202F\u2009\u2007\u200A\u2002\u2003\t\n\r\f\v]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Words per minute of an adult reading news on screen; a common figure used by reading-time tools. */
const WORDS_PER_MINUTE = 230;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words of a text. Counted with test() on a global pattern: no array of matches is built. */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.test(text)) n++;
  return n;
}

export function readingMinutes(text: string): number {
  const words = countWords(text);
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Shortens a text for display in `Removed.text`, on a word boundary. */
export function shorten(text: string, max = 200): string {
  const t = normalizeSpace(text);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}
