/**
 * Paragraphs Readability left out from inside its own article. Readability picks the article's
 * container well, then cleans it: a box it finds too poor in text (a grid of plant portraits, a
 * product's write-up in a widget, a column of a two-column layout) goes whole, with the paragraphs
 * of prose inside it. A paragraph of prose that sat, in the page, between two paragraphs Readability
 * kept belongs to the article, unless a box around it that holds nothing Readability kept is named
 * as chrome (an author box, a disclaimer, a promotion): it is put back after the kept paragraph
 * before it. Paragraphs before the first or after the last kept one are not touched (headers,
 * comments, more stories). What comes back is judged by the boilerplate rules like any block.
 */
import { chromeWordOf } from '../boilerplate/names.js';
import { countWords } from '../text/normalize.js';
import type { Work } from './work.js';

/** A paragraph this long is prose (the length the boilerplate rules use too). */
const PROSE_WORDS = 20;

/** A paragraph of prose and the elements around it in the page, read before Readability moves it. */
export interface ProseMark {
  p: Element;
  /** Its ancestors, nearest first, up to the body. */
  around: Element[];
}

/** Whether `node` is `root` or below it, by its parents (the article is detached from the page). */
function within(node: Node, root: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n === root) return true;
  return false;
}

/** The paragraphs of prose among `paragraphs` (document order) that are still in the page. */
export function proseParagraphs(
  paragraphs: readonly Element[],
  body: Element | null,
  work?: Work,
): ProseMark[] {
  let read = 0;
  const out: ProseMark[] = [];
  for (const p of paragraphs) {
    const around: Element[] = [];
    let inPage = false;
    for (let e = p.parentElement; e; e = e.parentElement) {
      if (e === body) {
        inPage = true;
        break;
      }
      around.push(e);
    }
    if (!inPage) continue;
    const text = p.textContent ?? '';
    read += text.length + around.length;
    if (text.length >= PROSE_WORDS * 3 && countWords(text) >= PROSE_WORDS) out.push({ p, around });
  }
  if (work) work['restore'] = (work['restore'] ?? 0) + read + paragraphs.length;
  return out;
}

/** Whether a box between the paragraph and the kept article is named as chrome. */
function inChromeBox(mark: ProseMark, keptAround: ReadonlySet<Element>): boolean {
  for (const e of mark.around) {
    if (keptAround.has(e)) return false;
    if (!e.hasAttributes()) continue;
    if (chromeWordOf(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`) !== null) return true;
  }
  return false;
}

/** Headings that are links, from this many on: a feed, a front page or an aggregator. */
const FEED_HEADLINES = 4;

/**
 * Whether Readability's article reads as a feed: headings that are links to other pages. There
 * the paragraphs Readability dropped are more teasers, not the article's.
 */
function isFeed(content: Element): boolean {
  let n = 0;
  for (const h of Array.from(content.querySelectorAll('h2, h3, h4'))) {
    const a = h.querySelector('a[href]') ?? h.closest('a[href]');
    const text = (h.textContent ?? '').trim().length;
    if (!a || text === 0 || (a.textContent ?? '').trim().length < text * 0.8) continue;
    if (++n >= FEED_HEADLINES) return true;
  }
  return false;
}

/** Landmarks that close an article rather than continue it: its footer, a sidebar. */
const CLOSING_BOX = new Set(['footer', 'aside', 'nav']);

/** Whether a box holds a headline that is a link: teaser cards of other stories. */
function holdsLinkedHeadline(box: Element): boolean {
  for (const h of Array.from(box.querySelectorAll('h1, h2, h3, h4, h5, h6')))
    if (h.querySelector('a[href]') ?? h.closest('a[href]')) return true;
  return false;
}

/**
 * Whether the paragraph sat in a box that was a child of the element holding the article's own
 * paragraphs (a grid of portraits, product write-ups among them), which Readability cleaned out of
 * its article: the nearest of its old ancestors still in the article is the parent of a paragraph
 * Readability kept. A sidebar or a box of more stories beside the article's column hangs from a
 * container higher up; a footer, or cards whose headlines are links, close the article.
 */
function inArticleBox(mark: ProseMark, content: Element, keptParents: ReadonlySet<Element>): boolean {
  const at = mark.around.findIndex((e) => within(e, content));
  if (at < 1 || !keptParents.has(mark.around[at]!)) return false;
  const box = mark.around[at - 1]!;
  return !CLOSING_BOX.has(box.localName) && !holdsLinkedHeadline(box);
}

/**
 * Puts back into `content` (Readability's article) the prose paragraphs it dropped between two it
 * kept, and those after the last one it kept that sat inside an element it kept (a grid of product
 * write-ups below the introduction); returns how many. `prose` is in document order, read before
 * Readability ran. Paragraphs after the article's last one outside what it kept (more stories,
 * comments) stay out.
 */
export function restoreDroppedProse(prose: readonly ProseMark[], content: Element): number {
  if (isFeed(content)) return 0;
  const kept = prose.map((m) => within(m.p, content));
  const first = kept.indexOf(true);
  const last = kept.lastIndexOf(true);
  if (first < 0) return 0;
  const keptAround = new Set<Element>();
  // The elements that held a kept paragraph directly: the article's own containers.
  const keptParents = new Set<Element>();
  for (let i = first; i <= last; i++) {
    if (!kept[i]) continue;
    const { around } = prose[i]!;
    for (const e of around) keptAround.add(e);
    if (around[0]) keptParents.add(around[0]);
  }
  let restored = 0;
  let anchor: Element | null = null;
  for (let i = first; i < prose.length; i++) {
    const { p } = prose[i]!;
    if (kept[i]) {
      anchor = p;
      continue;
    }
    // A paragraph inside one put back already came back with it.
    if (anchor === null || within(p, content) || inChromeBox(prose[i]!, keptAround)) continue;
    if (i > last && !inArticleBox(prose[i]!, content, keptParents)) continue;
    anchor.after(p);
    anchor = p;
    restored++;
  }
  return restored;
}
