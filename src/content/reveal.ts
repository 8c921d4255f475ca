/**
 * "Leads back to its place in the page": scrolls to the block holding a text (an actor's name, a
 * quote) and flashes it through one owned stylesheet and a marker attribute. A quote comes with
 * the sentence around it (the popup takes it from the article text), so a one-word quote that the
 * headline repeats lands on its own sentence, not on the headline; the quote itself is highlighted
 * where the browser has the CSS Custom Highlight API.
 */
import { normalizeSpace } from '../core/text/normalize.js';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, td, dd';
export const REVEAL_ATTR = 'data-unwall-reveal';
const STYLE_ID = 'unwall-reveal-style';
const HIGHLIGHT = 'unwall-reveal';
/** The opening words are enough to find a place (quotes may span paragraphs). */
const NEEDLE_CHARS = 80;

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent =
    `[${REVEAL_ATTR}] { outline: 3px solid #e0a100 !important; outline-offset: 3px; transition: outline-color 1.5s; }` +
    `::highlight(${HIGHLIGHT}) { background-color: #ffe08a; color: #111; }`;
  (doc.head ?? doc.documentElement).append(style);
}

const needleOf = (s: string | undefined): string =>
  s ? normalizeSpace(s).slice(0, NEEDLE_CHARS).toLowerCase() : '';

function findBlock(doc: Document, needle: string): HTMLElement | null {
  if (!needle) return null;
  for (const el of doc.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (
      normalizeSpace(el.textContent ?? '')
        .toLowerCase()
        .includes(needle)
    )
      return el;
  }
  return null;
}

export interface TextSpan {
  start: [Text, number];
  end: [Text, number];
}

/** Where `text` sits among the text nodes of `block`, whitespace- and case-insensitive, or null. */
export function spanOf(block: Element, text: string): TextSpan | null {
  const nodes: Text[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const words = normalizeSpace(text).split(' ').filter(Boolean);
  if (!words.length) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'iu');
  const match = pattern.exec(nodes.map((n) => n.data).join(''));
  if (!match) return null;
  // A start at a node boundary belongs to the next node, an end to the previous one.
  const at = (offset: number, end: boolean): [Text, number] => {
    let seen = 0;
    for (const node of nodes) {
      if (offset < seen + node.data.length || (end && offset === seen + node.data.length))
        return [node, offset - seen];
      seen += node.data.length;
    }
    return [nodes[nodes.length - 1]!, nodes[nodes.length - 1]!.data.length];
  };
  return { start: at(match.index, false), end: at(match.index + match[0].length, true) };
}

/** Scrolls to and flashes the place of `text`, in the block holding `context` when one is given. */
export function reveal(doc: Document, text: string, context?: string): boolean {
  const el = findBlock(doc, needleOf(context)) ?? findBlock(doc, needleOf(text));
  if (!el) return false;
  ensureStyle(doc);
  el.setAttribute(REVEAL_ATTR, '');
  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const span = typeof Highlight === 'function' && highlights ? spanOf(el, text) : null;
  if (span && highlights) {
    const range = doc.createRange();
    range.setStart(...span.start);
    range.setEnd(...span.end);
    highlights.set(HIGHLIGHT, new Highlight(range));
  }
  // Optional call: parsed documents (linkedom, in tests) lay nothing out.
  el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  setTimeout(() => {
    el.removeAttribute(REVEAL_ATTR);
    highlights?.delete(HIGHLIGHT);
  }, 2000);
  return true;
}
