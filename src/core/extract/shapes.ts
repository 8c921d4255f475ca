/**
 * Paragraph shapes that are page chrome in any language: a time stamp, a share bar, a bare
 * address, a byline line, a number alone. Word lists live in boilerplate-phrases.ts.
 */
import { phraseKey } from './boilerplate-match.js';
import { DATE_WORDS, MONTHS } from './chrome-words.js';

/** Hoisted: esbuild writes a `\p{…}` literal as `new RegExp(…)`, built again at every call. */
const GLUED_NUMBER = /(\p{L})\d+$/u;
const LETTER = /\p{L}/u;

const words = (key: string): string[] => key.match(/[\p{L}]+|\d+/gu) ?? [];

const isStampWord = (x: string): boolean => /^\d/.test(x) || DATE_WORDS.has(x);
const hasNumber = (w: string[]): boolean => w.some((x) => /^\d/.test(x));
const TRAILING_PUNCTUATION = /[\s,;:|·–—-]+$/u;
/** A month glued to the name before it by markup without spaces: "Carrie ArnoldNovember 15". */
const GLUED_MONTH = /(\p{Ll})(\p{Lu}\p{Ll}+)(?=\.?\s\d)/gu;

/**
 * A byline without the time stamp its element also held ("Sarah Archer 1:39 PM ET", "Joshua Sokol
 * May 20, 2019") nor trailing punctuation ("Reuters,"): empty when nothing but a stamp is left. The
 * stamp is the longest tail made only of numbers and date words, with at least one number.
 */
export function withoutTimeStamp(byline: string): string {
  const parts = byline
    .replace(GLUED_MONTH, (m, a: string, b: string) => (MONTHS.has(b.toLowerCase()) ? `${a} ${b}` : m))
    .split(' ');
  for (let i = 0; i < parts.length; i++) {
    const tail = words(phraseKey(parts.slice(i).join(' ')));
    if (!hasNumber(tail) || !tail.every(isStampWord)) continue;
    const head = parts.slice(0, i).join(' ');
    if (words(phraseKey(head)).every(isStampWord)) return '';
    // A page number or counter glued to the name ("Lucas Nolan22") is not part of it either.
    return head.replace(TRAILING_PUNCTUATION, '').replace(GLUED_NUMBER, '$1');
  }
  return byline.replace(TRAILING_PUNCTUATION, '');
}

const DIGIT = /\d/;

/** "Updated 3:27 am PST, Wednesday, November 20, 2019", "19.11.2019, 08:57", "23 Nov 2017". */
export function isDateLine(text: string): boolean {
  // Without a digit no word starts with one (below): most blocks end here, before the phrase key.
  if (text.length > 120 || !DIGIT.test(text)) return false;
  const w = words(phraseKey(text));
  if (w.length === 0 || w.length > 14 || !w.some((x) => /^\d/.test(x))) return false;
  // A time alone ("4:14 p.m.") heads an entry of a live blog; a date line has a date.
  if (
    !w.some((x) => /^\d{4}$/.test(x) || (!/^\d/.test(x) && x.length > 2 && MONTHS.has(x))) &&
    !/\d[./-]\d{1,2}[./-]\d/.test(text)
  )
    return false;
  return w.filter((x) => !/^\d/.test(x) && !DATE_WORDS.has(x)).length === 0;
}

/** Shared with the page cleanup, which must not carry this file's vocabularies. */
export { isShareBar } from '../boilerplate/share-bar.js';

export function hasNoLetters(text: string): boolean {
  return !LETTER.test(text);
}

export function isBareAddress(text: string): boolean {
  return (
    /^(https?:\/\/|www\.)\S+$/i.test(text) ||
    /^[\w.+-]+@[\w-]+\.[\w.]+$/.test(text) ||
    /^(twitter|x|facebook|instagram)\.com\/\S*$/i.test(text)
  );
}

/** A short pointer that carries an address: "More AP NBA: https://… and https://…". */
export function isShortWithUrl(text: string, wordCount: number): boolean {
  return wordCount <= 15 && /https?:\/\/\S+/.test(text);
}

/** An author's contact line: an e-mail address or a social profile alone. */
export function isContactLine(text: string): boolean {
  return (
    /^[\w.+-]+@[\w-]+\.[\w.]+$/.test(text) ||
    /^(https?:\/\/)?(www\.)?(twitter|x|facebook|instagram|linkedin)\.com\/\S*$/i.test(text)
  );
}

/** The page's own address printed under the article (a permalink). */
export function isOwnAddress(text: string, pageUrl: string | null): boolean {
  if (!pageUrl || !/^https?:\/\/\S+$/i.test(text)) return false;
  const key = (u: string): string =>
    u
      .replace(/^https?:\/\/(www\.)?/i, '')
      .replace(/[?#].*$/, '')
      .replace(/\/$/, '');
  return key(text) === key(pageUrl);
}

/** Words that make a line with an address a pointer elsewhere: "More AP NBA: https://…". */
const POINTER = /^(more|read|follow|see|watch|listen|subscribe|plus|lire|mehr|leer|leggi)\b/i;

/**
 * A short line whose words, once its addresses are set aside, say nothing but "go there": "More AP
 * NBA: https://… and https://…". A resource line ("GitHub repository: https://…") is content.
 */
export function isPointerWithUrl(text: string, wordCount: number): boolean {
  if (!isShortWithUrl(text, wordCount)) return false;
  const rest = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return POINTER.test(rest);
}

/**
 * A byline line: "By Justine Coleman - 11/18/19 11:04 PM EST", "Par Jean Dupont", "Von Anna Schmidt
 * und Max Muster". The name must be capitalised words ending the line or followed by a separator,
 * so "By contrast, prices rose" is prose.
 */
const BYLINE =
  /^([Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]i)\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|de|da|van|von|der|du|le|la))*\s*($|[-|·,–—/]|\s(and|et|und|y|e)\s)/u;
export function isBylineLine(text: string, wordCount: number): boolean {
  return wordCount <= 14 && BYLINE.test(text);
}

/** Label words BBC-style pages print before a caption: "Image caption The president said…". */
export const CAPTION_LABEL =
  /^(image caption|media caption|légende|bildunterschrift|pie de foto|didascalia)\s*:?\s*/i;

/** Photo credits are defined once for every stage, in text/credits.ts. */
export { isGluedCredit } from '../text/credits.js';
