import type { Block, BlockKind } from '../types.js';
import { normalizeSpace } from '../text/normalize.js';
import { tally, type Work } from './work.js';

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

/**
 * A numbered figure's or table's caption ("Figure 1. Gas consumption per block…", "Abb. 2:",
 * "Tabla 3 –"): the text refers to it by its number, and it states the finding the figure shows.
 * Technical writing's captions are part of the article (the WCXB truths keep them all), unlike a
 * picture's description.
 */
const NUMBERED_CAPTION =
  /^\s*(fig(ure|ura)?|table|tableau|tabla|tabella|tabelle|chart|graph|graphique|gráfico|grafico|exhibit|diagram|abb(ildung)?)\.?\s*\d+(\.\d+)?\s*[.:)–—-]/i;

/** The kind of a caption element: a caption, unless the figure is numbered (NUMBERED_CAPTION). */
const captionKind = (el: Element): BlockKind =>
  NUMBERED_CAPTION.test(el.textContent ?? '') ? 'paragraph' : 'caption';

/** The kind an element gives the text inside it, or null when it leaves its parent's kind. */
function ownKind(el: Element, tag: string): BlockKind | null {
  if (tag.length === 2 && tag[0] === 'H' && tag[1]! >= '1' && tag[1]! <= '6') return 'heading';
  if (tag === 'CAPTION') return captionKind(el);
  // A figure that holds a block quote is the quote with its source ("<figcaption>Jane Roe, Acme
  // Inc.</figcaption>", HTML's own markup for an attribution): the article's text, not a picture's
  // caption, even with the speaker's headshot beside it.
  if (tag === 'FIGURE') return el.querySelector('blockquote') ? null : 'caption';
  if (tag === 'FIGCAPTION')
    return el.parentElement?.closest('figure')?.querySelector('blockquote') ? 'paragraph' : captionKind(el);
  const cls = el.getAttribute('class');
  if (cls && CAPTION_CLASS.test(cls)) return captionKind(el);
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
  if (tag === 'BLOCKQUOTE') return 'quote';
  // A table or preformatted text is content even inside a <figure> (WordPress wraps tables in one).
  if (tag === 'P' || tag === 'TABLE' || tag === 'PRE') return 'paragraph';
  return null;
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
  /** Address of the block's first link, when it has one. */
  href: string | null;
}

/** One element being read: where the walk is among its children, and what it gives its text. */
interface Frame {
  el: Element;
  next: ChildNode | null;
  /** The nearest kind-giving element's kind (the element itself or an ancestor inside the root). */
  kind: BlockKind | null;
  link: boolean;
  /** The enclosing link's address, when inside one. */
  href: string | null;
  /** What closing the element does: end the block, or add the space between table cells. */
  close: 'block' | 'cell' | null;
}

/**
 * Flattens an element into typed text blocks in reading order. A block is a run of inline content
 * between block-level boundaries; `<br>` is a boundary, as in the gold files' paragraphing. The
 * walk keeps its own stack (a page may nest thousands of elements) and carries each element's kind
 * down, so a block's kind costs nothing to find whatever the depth.
 */
export function rawBlocksFromElement(root: Element, work?: Work): RawBlock[] {
  const blocks: RawBlock[] = [];
  let buffer = '';
  let linkChars = 0;
  let owner: Element | null = null;
  let ownerKind: BlockKind | null = null;
  let href: string | null = null;

  const flush = (): void => {
    const text = buffer.trim() ? normalizeSpace(buffer) : '';
    if (text)
      blocks.push({
        kind: ownerKind ?? 'paragraph',
        text,
        linkChars: Math.min(linkChars, text.length),
        owner,
        href,
      });
    buffer = '';
    linkChars = 0;
    owner = null;
    ownerKind = null;
    href = null;
  };

  const stack: Frame[] = [
    { el: root, next: root.firstChild, kind: null, link: false, href: null, close: null },
  ];
  let visited = 0;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const child = top.next;
    if (!child) {
      stack.pop();
      if (top.close === 'block') flush();
      else if (top.close === 'cell') buffer += ' ';
      continue;
    }
    top.next = child.nextSibling;
    visited++;
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      if (!owner && value.trim()) {
        owner = top.el;
        ownerKind = top.kind;
      }
      buffer += value;
      if (top.link) {
        const chars = value.trim().length;
        if (chars && href === null) href = top.href;
        linkChars += chars;
      }
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
    const frame: Frame = {
      el,
      next: el.firstChild,
      kind: ownKind(el, tag) ?? top.kind,
      link: top.link || tag === 'A',
      href: tag === 'A' ? (el.getAttribute('href') ?? '') : top.href,
      close: null,
    };
    if (CELL_TAGS.has(tag)) {
      buffer += ' ';
      frame.close = 'cell';
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      frame.close = 'block';
    }
    stack.push(frame);
  }
  flush();
  tally(work, 'blocks', visited);
  return blocks;
}

export function blocksFromElement(root: Element): Block[] {
  return rawBlocksFromElement(root).map(({ kind, text }) => ({ kind, text }));
}
