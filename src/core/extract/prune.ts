/**
 * Thinning the working document before Readability. Readability walks every element several
 * times (scoring, cleaning, and a whole retry per failed attempt), so each subtree that can never
 * be article text costs it time. It removes:
 * - inert markup: SVG icons, style sheets, templates, form option lists, stylesheet links, scripts
 *   (JSON-LD scripts stay: Readability reads its metadata from them), noscript fallbacks without an
 *   image (Readability swaps noscript images in for lazy placeholders), comments;
 * - hidden subtrees, by Readability's own visibility test, which it would repeat on every attempt;
 * - page chrome outside the article: nav, footer, header and aside elements (or the same landmark
 *   roles) outside any article or main element that hold no headline, article, byline or metadata.
 *   Readability drops footers and asides from its result anyway; on sites whose whole page is one
 *   flat container it otherwise keeps the site's menu ("Sign In Home Local News …") in the article;
 * - empty containers and inline elements (ad slots, icon fonts, widget mount points).
 * Checked (prune.test.ts) on the Readability test pages: Readability's text, title and byline stay
 * the same on nearly every page (a widget's counter or label may come or go); on the Zyte pages
 * the extraction score is unchanged.
 */

import { emptyLoad, flattenSubtree, MAX_DEPTH, type Load } from './bounds.js';
import { findBody, findHead } from './document-shape.js';
import type { Work } from './work.js';

// prettier-ignore
const INERT = new Set(['svg', 'style', 'template', 'select', 'datalist', 'link', 'script', 'noscript']);
const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'xmp', 'plaintext']);
/** What a page shows when scripts are off: consent detection reads embed addresses from it. */
const FALLBACK = new Set(['noscript', 'template']);
const CHROME = new Set(['nav', 'footer', 'header', 'aside']);
/** Containers of the article: chrome elements inside them may be the article's own header. */
const ARTICLE = new Set(['article', 'main']);
/**
 * True when an element below `root` passes `test`. A hand-written walk: linkedom compiles a selector
 * on every querySelector call, which cost as much as the rest of this file.
 */
function holds(root: Element, test: (el: Element, tag: string) => boolean): boolean {
  const stack: Element[] = [root];
  while (stack.length) {
    for (let c = stack.pop()!.firstElementChild; c; c = c.nextElementSibling) {
      looked++;
      if (test(c, c.localName)) return true;
      stack.push(c);
    }
  }
  return false;
}
/**
 * Elements the look-aheads above visited during the current walk, for the walk's count of its own
 * work (Load.visited). The walk is synchronous, so one counter serves.
 */
let looked = 0;

const isJsonLd = (el: Element, tag: string): boolean =>
  tag === 'script' && el.getAttribute('type') === 'application/ld+json';
/** Metadata Readability reads before it removes anything: meta tags and JSON-LD. */
const isMetadata = (el: Element, tag: string): boolean => tag === 'meta' || isJsonLd(el, tag);
const ARTICLE_TAGS = new Set(['h1', 'article', 'main']);
/** What a chrome element must not hold to be removed: the headline, the article, its byline, metadata. */
function isKept(el: Element, tag: string): boolean {
  if (ARTICLE_TAGS.has(tag) || isMetadata(el, tag)) return true;
  if (!el.hasAttributes()) return false;
  const itemprop = el.getAttribute('itemprop');
  return (
    el.getAttribute('role') === 'main' ||
    el.getAttribute('rel') === 'author' ||
    (itemprop !== null && (itemprop === 'articleBody' || itemprop.split(/\s+/).includes('author')))
  );
}

function isInert(el: Element, tag: string): boolean {
  if (tag === 'script') return (el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json';
  // Readability replaces a lazy image's placeholder with the image of the noscript next to it.
  if (tag === 'noscript')
    return !holds(el, (_, t) => t === 'img') && !(el.textContent ?? '').includes('<img');
  return INERT.has(tag);
}

/** The same landmarks marked by role on any element. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menubar']);

/**
 * Readability's own visibility test (Readability.js `_isProbablyVisible`), which it applies to every
 * element on each attempt: hidden subtrees are removed once here instead. The style is only parsed
 * when its text could hide the element, as that parse is what makes the test slow.
 */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (
    el.getAttribute('aria-hidden') === 'true' &&
    !(el.getAttribute('class') ?? '').includes('fallback-image')
  )
    return true;
  const style = el.getAttribute('style');
  if (!style || !/none|hidden/i.test(style)) return false;
  const s = (el as HTMLElement).style;
  return s.display === 'none' || s.visibility === 'hidden';
}

/**
 * Consent UIs that sit in a landmark (the Cookie Notice plugin's bar has role="banner") stay for
 * consent detection, which lists what it finds.
 */
const CONSENT_NAMED = /cookie|consent|gdpr|rgpd|privacy|cmp/i;

function isChrome(el: Element, tag: string, attrs: boolean): boolean {
  const role = attrs ? el.getAttribute('role') : null;
  if (role === 'main' || !(CHROME.has(tag) || (role !== null && CHROME_ROLES.has(role)))) return false;
  if (attrs && CONSENT_NAMED.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`))
    return false;
  return !holds(el, isKept);
}

/** Metadata Readability reads from the head: meta tags by name or property (and JSON-LD, kept above). */
const isMetaTag = (el: Element): boolean => el.hasAttribute('name') || el.hasAttribute('property');

/**
 * The head's stylesheet links, scripts and unnamed meta tags (charset, http-equiv, itemprop) go too:
 * Readability's main loop walks the head as well, and our own metadata was read before this runs.
 */
function thinHead(head: Element | null): void {
  if (!head) return;
  for (const el of Array.from(head.children)) {
    const tag = el.localName.toLowerCase();
    if ((INERT.has(tag) && isInert(el, tag)) || (tag === 'meta' && !isMetaTag(el))) el.remove();
  }
}

/** What the first step hands back: the second step, and what the walk counted (bounds.ts). */
export interface Pruning {
  /** Removes hidden subtrees, script-off fallbacks and empty elements: call once consent detection is done. */
  finish: () => void;
  load: Load;
  /** The <p> elements the walk went into, in document order (restore.ts reads them). */
  paragraphs: Element[];
  /**
   * Every element of the document after the first step, in document order, as
   * `doc.querySelectorAll('*')` lists them: consent detection, which runs next, reads this list
   * instead of walking the page again (linkedom's querySelectorAll matches a selector per element).
   */
  elements: Element[];
}

/**
 * Removes what can never be article text from `doc`, which the caller owns (see the file comment),
 * in two steps. The walk removes inert markup and page chrome at once, so that consent detection,
 * which runs next, has that much less to read; hidden subtrees and script-off fallbacks (noscript,
 * template) are only listed, because blocked-embed placeholders keep the embed's address in them.
 * The returned `finish` removes those once consent detection is done. The same walk flattens what
 * is nested deeper than MAX_DEPTH and counts the load left for Readability (bounds.ts).
 */
export function pruneInTwoSteps(doc: Document, body: Element | null = findBody(doc)): Pruning {
  thinHead(findHead(doc));
  const load = emptyLoad();
  const paragraphs: Element[] = [];
  if (!body) return { finish: () => undefined, load, paragraphs, elements: listElements(doc, null, []) };
  const drop: Node[] = [];
  const later: Element[] = [];
  // Every element the walk went into, in document order (parents before children): removeEmpty
  // reads them again.
  const entered: Element[] = [];
  // The body's elements that stay in the document, in document order: those the walk enters, and
  // whole the subtrees it leaves in place without entering (hidden, fallback, preformatted,
  // flattened), listed when the walk reaches their place (`whole` on the stack).
  const kept: Element[] = [];
  // Explicit stack of nodes and, alongside, whether each is inside an article container and its
  // depth below the body; children are pushed last first, so the walk goes in document order.
  // Removal waits until the walk ends.
  const nodes: Node[] = [body];
  const inside: boolean[] = [false];
  const depths: number[] = [0];
  const wholes: boolean[] = [false];
  const kids: Element[] = [];
  const kidWholes: boolean[] = [];
  const keepWhole = (el: Element): void => {
    kids.push(el);
    kidWholes.push(true);
  };
  looked = 0;
  while (nodes.length) {
    const node = nodes.pop()!;
    const inArticle = inside.pop()!;
    const depth = depths.pop()! + 1;
    if (wholes.pop()) {
      listSubtree(node as Element, kept);
      continue;
    }
    if (node !== body) {
      entered.push(node as Element);
      kept.push(node as Element);
      if ((node as Element).localName === 'p') paragraphs.push(node as Element);
    }
    kids.length = 0;
    kidWholes.length = 0;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      load.visited++;
      if (c.nodeType === 8) {
        drop.push(c);
        continue;
      }
      if (c.nodeType === 3) {
        // Indentation between tags: nearly half the text of a page, which Readability reads and
        // normalises again and again. One space separates words just as well.
        const v = c.nodeValue ?? '';
        if (v.length > 1 && v.trim() === '') c.nodeValue = ' ';
        continue;
      }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      // localName is lower case for HTML elements; attributes are only read when there are some.
      const tag = el.localName;
      const attrs = el.hasAttributes();
      // Preformatted text keeps its whitespace: nothing below it is touched.
      if (PREFORMATTED.has(tag)) keepWhole(el);
      else if (INERT.has(tag) && isInert(el, tag)) {
        if (FALLBACK.has(tag)) {
          later.push(el);
          keepWhole(el);
        } else drop.push(el);
      } else if (!inArticle && isChrome(el, tag, attrs)) drop.push(el);
      // Hidden elements that hold metadata stay: Readability reads it before it removes them.
      else if (attrs && isHidden(el) && !holds(el, isMetadata)) {
        later.push(el);
        keepWhole(el);
      } else {
        load.elements++;
        load.depths += depth;
        if (depth >= MAX_DEPTH && el.firstElementChild) {
          const flattening: Work = {};
          flattenSubtree(el, flattening);
          load.visited += flattening['blocks'] ?? 0;
          load.flattened++;
          load.elements += el.childElementCount;
          load.depths += el.childElementCount * (depth + 1);
          keepWhole(el);
          continue;
        }
        kids.push(el);
        kidWholes.push(false);
      }
    }
    for (let k = kids.length - 1; k >= 0; k--) {
      const el = kids[k]!;
      nodes.push(el);
      wholes.push(kidWholes[k]!);
      inside.push(
        inArticle || ARTICLE.has(el.localName) || (el.hasAttributes() && el.getAttribute('role') === 'main'),
      );
      depths.push(depth);
    }
  }
  for (const n of drop) n.parentNode?.removeChild(n);
  load.visited += looked;
  const elements = listElements(doc, body, kept);
  return {
    finish: () => {
      for (const n of later) n.parentNode?.removeChild(n);
      removeEmpty(entered);
    },
    load,
    paragraphs,
    elements,
  };
}

/**
 * The elements below `root` in document order into `out`, as querySelectorAll lists them: not
 * inside a <template>, whose content linkedom keeps out of the tree it queries.
 */
function listSubtree(root: Element, out: Element[]): void {
  out.push(root);
  if (root.localName === 'template') return;
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    if (el.localName === 'template') continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
}

/** Every element of `doc` in document order, with `bodyList` (the walk's) standing for the body's. */
function listElements(doc: Document, body: Element | null, bodyList: Element[]): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  if (doc.documentElement) stack.push(doc.documentElement);
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    if (el === body) {
      for (const b of bodyList) out.push(b);
      continue;
    }
    if (el.localName === 'template') continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

/** Inline elements that can go when they hold nothing: icon fonts, empty links. */
const EMPTY_INLINE = new Set(['span', 'a', 'i', 'b', 'u', 'em', 'strong', 'small', 'ins', 'font']);
/**
 * Containers and inline elements that can go when they hold nothing: ad slots, icon fonts, lazy
 * widgets' mount points. Not paragraphs, list items, table cells or figures (Readability counts
 * them, and fills empty figures from lazy-image attributes), nor media, inputs or meta tags.
 */
// prettier-ignore
const EMPTIABLE = new Set([
  ...EMPTY_INLINE, 'div', 'section', 'center', 'ul', 'ol', 'dl', 'aside', 'header', 'footer', 'nav',
]);

/**
 * Removes elements with no text at all below them (not even a space, which may separate two words)
 * and nothing but such elements inside. Readability tests and rescores every element on each pass,
 * and a news page holds thousands of empty ones. `entered` is the first step's walk, parents before
 * children: read backwards, it settles children first. Elements the walk did not enter (preformatted
 * text, removed subtrees) are not in it, so they never count as empty; elements that consent
 * detection removed since are settled too, harmlessly, and have no parent to be removed from.
 */
function removeEmpty(entered: Element[]): void {
  const empty = new Set<Element>();
  for (let i = entered.length - 1; i >= 0; i--) {
    const el = entered[i]!;
    if (!EMPTIABLE.has(el.localName)) continue;
    let content = false;
    for (let c = el.firstChild; c && !content; c = c.nextSibling)
      content = c.nodeType === 3 ? (c.nodeValue ?? '') !== '' : c.nodeType === 1 && !empty.has(c as Element);
    if (!content) empty.add(el);
  }
  const drop = entered.filter((el) => {
    const parent = el.parentElement;
    return empty.has(el) && parent !== null && !empty.has(parent) && !besideText(el);
  });
  for (const el of drop) el.remove();
}

const blank = (n: Node | null): boolean => n?.nodeType !== 3 || !/\S/.test(n.nodeValue ?? '');

/** An empty block between two runs of text still separates them into paragraphs: it stays. */
function besideText(el: Element): boolean {
  return !EMPTY_INLINE.has(el.localName) && (!blank(el.previousSibling) || !blank(el.nextSibling));
}

/** Both steps of pruneInTwoSteps at once, for a caller that does not look for consent in between. */
export function prepareForReadability(doc: Document): void {
  pruneInTwoSteps(doc).finish();
}
