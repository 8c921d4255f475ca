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

/** Letters and digits outside ASCII, tested once per character and remembered (BMP only). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** 0: not tested yet, 1: a letter or digit, 2: not. Made on first use (the content script never counts). */
let bmpWordChar: Uint8Array | null = null;
function isWordChar(cp: number): boolean {
  if (cp < 0x80)
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  bmpWordChar ??= new Uint8Array(0x10000);
  let known = bmpWordChar[cp]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
    bmpWordChar[cp] = known;
  }
  return known === 1;
}

/** The code point at i (a surrogate pair read whole; a lone surrogate is no letter). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}

const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d;

/**
 * Words of a text: runs of letters and digits, joined into one word by a single apostrophe or
 * hyphen between two runs ("aujourd’hui", "Jean-Luc"), as the global pattern
 * [\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)* matches them, counted by a scan of the characters. It
 * runs several times on every block of an article (extraction, reading time): calling the
 * pattern once per word cost about a tenth of a 1 MB brief.
 */
export function countWords(text: string): number {
  let n = 0;
  let i = 0;
  const len = text.length;
  while (i < len) {
    let cp = codePointAt(text, i);
    if (!isWordChar(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    n++;
    // The run of letters and digits, then each joiner followed by another run.
    for (;;) {
      while (i < len && isWordChar((cp = codePointAt(text, i)))) i += cp > 0xffff ? 2 : 1;
      if (i + 1 < len && isJoiner(text.charCodeAt(i)) && isWordChar(codePointAt(text, i + 1))) {
        i++;
        continue;
      }
      break;
    }
  }
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
