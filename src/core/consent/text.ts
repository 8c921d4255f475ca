/**
 * Text helpers for consent detection: visible text of an element (script, style, noscript and
 * template left out: a reader never sees them) and a matching form of text (lower case, one kind
 * of apostrophe and quote mark, one space) so phrase lists can be written naturally.
 */
import { normalizeSpace } from '../text/normalize.js';

/** Elements whose text a reader never sees. noscript is parsed as text when scripts run. */
export const INVISIBLE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG']);

/** Elements that start a new run of text (a "segment") when reading a page. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'FIGURE', 'TD', 'TH', 'DD', 'DT',
  'BUTTON', 'A', 'LABEL', 'SUMMARY', 'DETAILS', 'DIALOG', 'MAIN', 'TABLE', 'TR', 'FIELDSET', 'LEGEND', 'BODY',
]); // prettier-ignore

/** Elements a reader clicks rather than reads: their short labels are UI, not prose. */
export const BUTTON_TAGS = new Set(['BUTTON', 'A', 'LABEL', 'SUMMARY', 'INPUT', 'SELECT']);

/** Folds typography so "J’accepte", "J'accepte" and "j&apos;accepte" match one phrase. */
export function matchForm(text: string): string {
  return normalizeSpace(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC\u00B4`]/g, "'")
    .replace(/[\u00AB\u00BB\u201C\u201D\u201E\u2039\u203A]/g, '"')
    .replace(/" /g, '"')
    .replace(/ "/g, '"')
    .replace(/[\u2010-\u2015]/g, '-');
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName) || el.tagName.includes('-');
}

export function isButtonLike(el: Element): boolean {
  return BUTTON_TAGS.has(el.tagName) || el.getAttribute('role') === 'button';
}

/** Elements whose subtree a reader never sees (tag or `hidden` attribute). */
export function isHidden(el: Element): boolean {
  return INVISIBLE_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden');
}

/** Visible text nodes under `root`, skipping invisible elements and the `except` subtree. */
export function visibleTextNodes(root: Node, except: Element | null = null): Text[] {
  const out: Text[] = [];
  // An explicit stack rather than a TreeWalker: whole hidden subtrees are skipped at once.
  const stack: Node[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      if (n.nodeValue && /\S/.test(n.nodeValue)) out.push(n as Text);
    } else if (n.nodeType === 1 && n !== except && !isHidden(n as Element)) {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out;
}

/** Visible text of an element, spaces normalised. Also reads an open shadow root. */
export function visibleText(el: Element, except: Element | null = null): string {
  const parts = visibleTextNodes(el, except).map((t) => t.nodeValue ?? '');
  const shadow = openShadowRoot(el);
  if (shadow) parts.push(...visibleTextNodes(shadow).map((t) => t.nodeValue ?? ''));
  return normalizeSpace(parts.join(' '));
}

/**
 * Length of visibleText(el), read only as far as `max`: returns a number above `max` as soon as
 * the text is longer, so asking "is this short?" of a large container costs what `max` allows,
 * not the container's size. Pieces are normalised one by one and joined by one space, which is
 * what normalizeSpace does to the joined text. `known` holds lengths already measured for
 * elements below (measured with the same `max`): their subtrees are not read again.
 */
export function visibleTextLength(el: Element, max: number, known?: ReadonlyMap<Element, number>): number {
  let len = -1;
  const stack: Node[] = [];
  const shadow = openShadowRoot(el);
  if (shadow) for (let c = shadow.lastChild; c; c = c.previousSibling) stack.push(c);
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      if (n.nodeValue && /\S/.test(n.nodeValue)) {
        len += normalizeSpace(n.nodeValue).length + 1;
        if (len > max) return len;
      }
    } else if (n.nodeType === 1 && !isHidden(n as Element)) {
      const measured = known?.get(n as Element);
      // A known length counts the element's own shadow root, which its parent does not read.
      if (measured !== undefined && !openShadowRoot(n as Element)) {
        if (measured > 0) len += measured + 1;
        if (len > max) return len;
        continue;
      }
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return Math.max(0, len);
}

/**
 * Whether a node adds visible text to its parent's visibleText (its own text nodes, not those of
 * shadow roots below it); stops at the first.
 */
export function showsText(node: Node): boolean {
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      if (n.nodeValue && /\S/.test(n.nodeValue)) return true;
    } else if ((n.nodeType === 1 && !isHidden(n as Element)) || n.nodeType === 11) {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return false;
}

export function openShadowRoot(el: Element): ShadowRoot | null {
  try {
    return (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
  } catch {
    return null;
  }
}

/** Nearest block-level ancestor (or the element itself) inside `limit`. */
export function blockOf(node: Node, limit: Node | null = null): Element | null {
  for (
    let p: Node | null = node.nodeType === 1 ? node : node.parentNode;
    p && p !== limit;
    p = p.parentNode
  ) {
    if (p.nodeType === 1 && (isBlock(p as Element) || isButtonLike(p as Element))) return p as Element;
  }
  return null;
}

/** An element's tag as a selector reads it in an HTML document (lower case). */
export const tagOf = (el: Element): string => el.localName.toLowerCase();

/**
 * el.closest(selector) with the selector written as a test: linkedom compiles the selector list on
 * every closest() call, and these questions are asked per text node and per box of a scan.
 */
export function closestWhere(el: Element | null, test: (e: Element) => boolean): Element | null {
  for (let e = el; e; e = e.parentElement) if (test(e)) return e;
  return null;
}

const isLink = (e: Element): boolean => tagOf(e) === 'a';

/** Share of an element's visible text that sits inside links. */
export function linkDensity(el: Element): number {
  const nodes = visibleTextNodes(el);
  let all = 0;
  let linked = 0;
  for (const t of nodes) {
    const len = normalizeSpace(t.nodeValue ?? '').length;
    all += len;
    if (closestWhere(t.parentElement, isLink)) linked += len;
  }
  return all === 0 ? 0 : linked / all;
}

/** Splits text into sentences for coverage checks; short texts are one sentence. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\s*\n\s*|\s+\|\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/**
 * Whether UTF-16 unit `c` is a letter or digit (\p{L} or \p{N}): 1 yes, 0 no, -1 not known here.
 * Covers Latin-1, Latin Extended-A, general punctuation and currency signs, checked exhaustively
 * against the regexp; other text falls back to it (its Unicode tables are slow to compile).
 */
function wordUnit(c: number): number {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c <= 0xff) return c >= 0xc0 ? (c === 0xd7 || c === 0xf7 ? 0 : 1) : LATIN1_MARKS.includes(c) ? 1 : 0;
  if (c <= 0x17f) return 1;
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf)) return 0;
  return -1;
}
/** ª ² ³ µ ¹ º ¼ ½ ¾: letters and digits below U+00C0. */
const LATIN1_MARKS = [0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe];

/** Runs of letters and digits, as /[\p{L}\p{N}]+/gu counts them. */
export function countWordsLoose(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const w = wordUnit(text.charCodeAt(i));
    if (w < 0) return (text.match(WORD_RE) ?? []).length;
    if (w === 1 && !inWord) n++;
    inWord = w === 1;
  }
  return n;
}
