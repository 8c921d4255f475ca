/**
 * Lines made mostly of link text that are still the article's, not pointers to other pages
 * (clean.ts drops a short block that is nearly all link text as one): a sentence that runs into
 * its link, and a linked name that titles the paragraph it opens.
 */
import { countWords, normalizeSpace } from '../text/normalize.js';
import type { RawBlock } from './blocks.js';

/** A paragraph after a linked title holds at least this many more words to be prose. */
const PROSE_WORDS = 20;

/**
 * A sentence whose words run into a link ('Yes, <a>meditation has been shown to reduce
 * stress.</a>'): it starts outside the link and ends with a stop, so the link is part of what it
 * says, not a pointer to another page (whose text is all link, or a label and a headline). The
 * caller keeps it when the link leads to another site (a source it cites): a sentence that sends the
 * reader to another page of this site ('Revivez <a>le direct du vote à l’Assemblée.</a>') is a
 * pointer all the same.
 */
const SENTENCE_END = /[.!?…]["”»’)]?$/;
const SENTENCE_MIN_WORDS = 6;
export const isLinkedSentence = (b: RawBlock, words: number): boolean =>
  words >= SENTENCE_MIN_WORDS &&
  SENTENCE_END.test(b.text) &&
  /^\p{L}/u.test(b.text) &&
  b.linkChars < b.text.length &&
  b.owner !== null &&
  b.owner.closest('a') === null;

/**
 * A linked line that opens a paragraph of prose, split from it by <br>: the name of the book, the
 * product or the place the paragraph reviews ('<p><a>Circular Motion</a><br><em>Alex Foster
 * (Grove)</em><br>Alex Foster’s novel treats…</p>'), the paragraph's own title. A pointer after the
 * prose ('…<br><a>Read more</a>') does not open it and still goes.
 */
export function titlesParagraph(b: RawBlock): boolean {
  const p = b.owner?.closest('p');
  if (!p) return false;
  const text = normalizeSpace(p.textContent ?? '');
  if (!text.startsWith(b.text)) return false;
  let linked = 0;
  for (const a of Array.from(p.getElementsByTagName('a')))
    linked += normalizeSpace(a.textContent ?? '').length;
  return countWords(text) - countWords(b.text) >= PROSE_WORDS && linked * 2 < text.length;
}

/**
 * A row or cell of a data table: a table with header cells (a ranking, a comparison, a schedule),
 * whose linked names are its data ('<td><a>Cupertino Electric, Inc.</a></td><td>$1.6B</td>'), not
 * pointers to other pages. Layout tables have no header cells and are judged line by line.
 */
export function inDataTable(b: RawBlock): boolean {
  const table = b.owner?.closest('table');
  return table !== null && table !== undefined && table.querySelector('th') !== null;
}
