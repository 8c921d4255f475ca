import type { Block, BlockKind } from '../types.js';
import { normalizeSpace } from '../text/normalize.js';

/** Elements that start a new block of text; everything else is inline and joins its neighbours. */
// prettier-ignore
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION', 'BR',
]);
/** Table cells join into one block per row, as a reader (and the benchmarks' ground truth) reads them. */
const CELL_TAGS = new Set(['TD', 'TH']);
// prettier-ignore
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME',
]);

/** Class names that mark an image caption when the page does not use <figcaption>. */
const CAPTION_CLASS = /(^|[\s_-])(caption|wp-caption-text|image-caption|photo-caption)([\s_-]|$)/i;

function kindOf(el: Element | null): BlockKind {
  for (let e = el; e; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (/^H[1-6]$/.test(tag)) return 'heading';
    if (tag === 'FIGCAPTION' || tag === 'CAPTION' || tag === 'FIGURE') return 'caption';
    if (CAPTION_CLASS.test(e.getAttribute('class') ?? '')) return 'caption';
    if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
    if (tag === 'BLOCKQUOTE') return 'quote';
    if (tag === 'P') return 'paragraph';
  }
  return 'paragraph';
}

/**
 * Text a sighted reader does not see: hidden elements and screen-reader-only labels ("Image
 * caption", "Opens in a new window"), which sites mark with a handful of conventional class names.
 */
const SCREEN_READER_CLASS =
  /(^|\s)(sr-only|sr-text|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|screenreader|offscreen|a11y-hidden|element-invisible)(\s|$)/i;
const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const cls = el.getAttribute('class');
  if (cls && SCREEN_READER_CLASS.test(cls)) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** A block with what the boilerplate rules need to judge it. */
export interface RawBlock extends Block {
  /** Characters of the block's text that sit inside links. */
  linkChars: number;
  /** Element holding the block's first text, for markup checks. */
  owner: Element | null;
}

/**
 * Flattens an element into typed text blocks in reading order. A block is a run of inline content
 * between block-level boundaries; `<br>` is a boundary, as in the gold files' paragraphing.
 */
export function rawBlocksFromElement(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  let buffer = '';
  let linkChars = 0;
  let bufferOwner: Element | null = null;

  const flush = (): void => {
    const text = normalizeSpace(buffer);
    if (text)
      blocks.push({
        kind: kindOf(bufferOwner),
        text,
        linkChars: Math.min(linkChars, text.length),
        owner: bufferOwner,
      });
    buffer = '';
    linkChars = 0;
    bufferOwner = null;
  };

  const walk = (node: Node, inLink: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        if (value.trim() && !bufferOwner) bufferOwner = child.parentElement;
        buffer += value;
        if (inLink) linkChars += value.trim().length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
      const link = inLink || tag === 'A';
      if (CELL_TAGS.has(tag)) {
        buffer += ' ';
        walk(el, link);
        buffer += ' ';
      } else if (BLOCK_TAGS.has(tag)) {
        flush();
        walk(el, link);
        flush();
      } else {
        walk(el, link);
      }
    }
  };
  walk(root, false);
  flush();
  return blocks;
}

export function blocksFromElement(root: Element): Block[] {
  return rawBlocksFromElement(root).map(({ kind, text }) => ({ kind, text }));
}
