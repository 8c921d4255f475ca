/**
 * The article's region in the page, before Readability reads it: the deepest element that holds
 * most of the page's prose, widened to the boxes around it that add little text (the article's
 * header with its byline and share bar, an author box, a table of contents beside it).
 * Boilerplate and in-article consent text are looked for there only (the lead's decision on what
 * Brief.removed covers, issue 11): what the reader saw inside the article, not the page's header,
 * footer or sidebar, which Readability leaves out anyway. Reading the text of every block of the
 * page for phrases was the largest share of extraction time after Readability itself.
 * Widening matters for the text too: a byline-named share bar or a box beside the article that is
 * left in the page changes what Readability takes as the byline or as the article's siblings.
 */
import { proseParagraphs } from './restore.js';

/** The region's core holds at least this share of the prose's characters. */
const SHARE = 0.8;
/**
 * The region takes in each ancestor whose text is at most this many times the core's: on the
 * corpus, 1.5 keeps Readability's output the same on every page (1.3 changed one byline).
 */
const WIDEN = 1.5;

/** The deepest element below `body` holding SHARE of the characters of the prose paragraphs. */
function core(paragraphs: readonly Element[], body: Element): Element | null {
  const weight = new Map<Element, number>();
  const depth = new Map<Element, number>();
  let total = 0;
  for (const { p, around } of proseParagraphs(paragraphs, body)) {
    const chars = (p.textContent ?? '').length;
    total += chars;
    around.forEach((e, i) => {
      weight.set(e, (weight.get(e) ?? 0) + chars);
      depth.set(e, around.length - i);
    });
  }
  let best: Element | null = null;
  let bestDepth = 0;
  for (const [e, w] of weight) {
    const d = depth.get(e)!;
    if (w >= total * SHARE && d > bestDepth) {
      best = e;
      bestDepth = d;
    }
  }
  return best;
}

/**
 * The article's region among the `paragraphs` (the pruning walk's, document order) still below
 * `body`, or null (read the whole page) when the page has no paragraph of prose.
 */
export function articleRegion(paragraphs: readonly Element[], body: Element | null): Element | null {
  if (!body) return null;
  let region = core(paragraphs, body);
  if (!region) return null;
  const own = (region.textContent ?? '').length;
  for (let up = region.parentElement; up && up !== body; up = up.parentElement) {
    if ((up.textContent ?? '').length > own * WIDEN) break;
    region = up;
  }
  return region;
}
