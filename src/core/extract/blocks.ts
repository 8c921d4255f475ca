import type { Block, BlockKind } from '../types.js';
import { normalizeSpace } from '../text/normalize.js';

/** Elements that start a new block of text; everything else is inline and joins its neighbours. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION', 'BR',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME']);

function kindOf(el: Element | null): BlockKind {
  for (let e = el; e; e = e.parentElement) {
    const tag = e.tagName;
    if (/^H[1-6]$/.test(tag)) return 'heading';
    if (tag === 'FIGCAPTION' || tag === 'CAPTION' || tag === 'FIGURE') return 'caption';
    if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
    if (tag === 'BLOCKQUOTE') return 'quote';
    if (tag === 'P') return 'paragraph';
  }
  return 'paragraph';
}

/**
 * Flattens an element into typed text blocks in reading order. A block is a run of inline content
 * between block-level boundaries; `<br>` is a boundary, as in the gold files' paragraphing.
 */
export function blocksFromElement(root: Element): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let bufferOwner: Element | null = null;

  const flush = (): void => {
    const text = normalizeSpace(buffer);
    if (text) blocks.push({ kind: kindOf(bufferOwner), text });
    buffer = '';
    bufferOwner = null;
  };

  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        if (value.trim() && !bufferOwner) bufferOwner = child.parentElement;
        buffer += value;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden')) continue;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        walk(el);
        flush();
      } else {
        walk(el);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}
