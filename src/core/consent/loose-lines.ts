/**
 * "Related:" lines written as loose inline content between <br>s ("<strong>Related:</strong>
 * <a href=…>Best Fitness Trackers</a><br>") inside a block that also holds the article's text: no
 * element holds such a line, so it is found as the run of its elements (label, links, the <br>
 * that ends it), hidden together as one finding (Finding.parts). Only lines whose every visible
 * character sits inside an element: a bare text node cannot be hidden without changing the page.
 */
import { visibleText } from './text.js';

/** A line of a block: its elements in order, and the <br> that ends it (if any). */
export interface LooseLine {
  elements: Element[];
  br: Element | null;
  text: string;
}

const INLINE = /^(A|SPAN|STRONG|B|EM|I|SMALL|MARK|U|FONT)$/;

/**
 * The lines of `block` made of inline elements only, between <br>s (or the block's edges). A line
 * with a bare word of text, or a block element, is not one. Only blocks with a <br> child are read.
 */
export function looseLines(block: Element): LooseLine[] {
  // The lines' texts are read only for a block with a <br>: every paragraph of a page comes here.
  const runs: { elements: Element[]; br: Element | null }[] = [];
  let line: Element[] = [];
  let ok = true;
  let brs = 0;
  const end = (br: Element | null): void => {
    if (ok && line.length > 0) runs.push({ elements: line, br });
    line = [];
    ok = true;
  };
  for (let c = block.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if (/\S/.test(c.nodeValue ?? '')) ok = false;
      continue;
    }
    if (c.nodeType !== 1) continue;
    const el = c as Element;
    if (el.tagName === 'BR') {
      brs++;
      end(el);
    } else if (INLINE.test(el.tagName)) line.push(el);
    else {
      // A block child (a paragraph, a picture) ends the line before it and is no line itself.
      end(null);
    }
  }
  end(null);
  if (brs === 0) return [];
  const out: LooseLine[] = [];
  for (const run of runs) {
    const text = run.elements
      .map((e) => visibleText(e))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) out.push({ ...run, text });
  }
  return out;
}
