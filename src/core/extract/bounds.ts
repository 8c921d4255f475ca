/**
 * Keeping extraction's cost in proportion to the page, whatever its markup.
 *
 * Readability's cost is not linear in a page's depth: for each container of its article it reads
 * the container's whole subtree again (text density, link density, the tags inside), and a few of
 * its steps recurse once per level. A chain of 1,000 nested <div>s took 7 s, 2,000 took 23 s in a
 * browser, and 10,000 nested <q> or <div> overflowed the call stack. So, before Readability:
 * - below MAX_DEPTH levels under the body, a subtree is flattened into plain paragraphs (real pages
 *   stay under 50 levels: the deepest text of the 458 corpus pages sits 38 levels below the body);
 * - the load Readability will meet is counted as it walks: one unit per element plus one per
 *   level each element sits under the body (the subtree re-reads add up to that). Above
 *   MAX_READABILITY_LOAD, Readability is not run and a linear reading of the article element (or
 *   the body) stands in; the result then says it is partial.
 */
import { rawBlocksFromElement } from './blocks.js';
import type { Work } from './work.js';

/** Levels below the body beyond which nesting is flattened (see the file comment). */
export const MAX_DEPTH = 64;
/**
 * Elements plus their depths, above which Readability is skipped. The heaviest of the 458 corpus
 * pages loads 60,000 units after pruning, a 4 MB page of flat paragraphs 87,000 (Readability about
 * 1.8 s here); chains of nested containers cost Readability about 15 µs per unit, so this bounds
 * it near 2 s on any page.
 */
export const MAX_READABILITY_LOAD = 150_000;

/** What the pruning walk counted of the document handed to Readability. */
export interface Load {
  /** Nodes the walk and its look-aheads visited (its own work). */
  visited: number;
  /** Elements entered below the body. */
  elements: number;
  /** The sum of their depths below the body. */
  depths: number;
  /** Subtrees flattened because they were nested too deep. */
  flattened: number;
}

export const emptyLoad = (): Load => ({ visited: 0, elements: 0, depths: 0, flattened: 0 });
export const loadUnits = (load: Load): number => load.elements + load.depths;

/** Inline elements: a deep inline subtree becomes its text; a deep block becomes paragraphs. */
// prettier-ignore
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);

/**
 * Replaces the subtree below `el` by its text: one text node for an inline element, one paragraph
 * per block of text (headings as headings) for a block element. Linear in the subtree's size.
 */
export function flattenSubtree(el: Element, work?: Work): void {
  const doc = el.ownerDocument;
  const blocks = rawBlocksFromElement(el, work);
  if (INLINE.has(el.localName)) {
    el.replaceChildren(doc.createTextNode(blocks.map((b) => b.text).join(' ')));
    return;
  }
  el.replaceChildren(
    ...blocks.map((b) => {
      const p = doc.createElement(b.kind === 'heading' ? 'h3' : 'p');
      p.textContent = b.text;
      return p;
    }),
  );
}
