/**
 * Thinning the working document before Readability. Readability walks every element several
 * times (scoring, cleaning, and a whole retry per failed attempt), so each subtree that can never
 * be article text costs it time. One walk over the body removes:
 * - inert markup: SVG icons, style sheets, templates, form option lists, stylesheet links, scripts
 *   (JSON-LD scripts stay: Readability reads its metadata from them), noscript fallbacks without an
 *   image (Readability swaps noscript images in for lazy placeholders), comments;
 * - page chrome outside the article: nav, footer, header and aside elements (or the same landmark
 *   roles) that sit outside any
 *   article or main element and hold no headline, article, byline or metadata. Readability drops
 *   footers and asides from its result anyway; on sites whose whole page is one flat container it
 *   otherwise keeps the site's menu ("Sign In Home Local News Sports …") at the top of the article.
 * Checked on the Readability test pages (identical output) and the Zyte pages (the only changes are
 * menus no longer kept).
 */

// prettier-ignore
const INERT = new Set(['SVG', 'STYLE', 'TEMPLATE', 'SELECT', 'DATALIST', 'LINK', 'SCRIPT', 'NOSCRIPT']);
const CHROME = new Set(['NAV', 'FOOTER', 'HEADER', 'ASIDE']);
/** Containers of the article: chrome elements inside them may be the article's own header. */
const ARTICLE = new Set(['ARTICLE', 'MAIN']);
/** What a chrome element must not hold to be removed: the headline, the article, its byline, metadata. */
const KEEP_INSIDE =
  'h1, article, main, [role="main"], [itemprop="articleBody"], [rel="author"], [itemprop~="author"], meta, script[type="application/ld+json"]';

function isInert(el: Element, tag: string): boolean {
  if (tag === 'SCRIPT') return (el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json';
  // Readability replaces a lazy image's placeholder with the image of the noscript next to it.
  if (tag === 'NOSCRIPT') return !el.querySelector('img') && !(el.textContent ?? '').includes('<img');
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

/** Hidden elements that hold metadata stay: Readability reads it before it removes them. */
const METADATA = 'meta, script[type="application/ld+json"]';

function isChrome(el: Element, tag: string): boolean {
  const role = el.getAttribute('role');
  if (role === 'main' || !(CHROME.has(tag) || (role !== null && CHROME_ROLES.has(role)))) return false;
  return !el.querySelector(KEEP_INSIDE);
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
    const tag = el.tagName.toUpperCase();
    if ((INERT.has(tag) && isInert(el, tag)) || (tag === 'META' && !isMetaTag(el))) el.remove();
  }
}

/** Removes what can never be article text from `doc`, which the caller owns (see the file comment). */
export function prepareForReadability(doc: Document): void {
  thinHead(doc.head);
  const body = doc.body as Element | null;
  if (!body) return;
  const drop: Node[] = [];
  // Explicit stack: [node, inside an article container]. Removal waits until the walk ends.
  const stack: [Node, boolean][] = [[body, false]];
  while (stack.length) {
    const [node, inArticle] = stack.pop()!;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 8) {
        drop.push(c);
        continue;
      }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      const tag = el.tagName.toUpperCase();
      if (INERT.has(tag) && isInert(el, tag)) drop.push(el);
      else if (!inArticle && isChrome(el, tag)) drop.push(el);
      else if (isHidden(el) && !el.querySelector(METADATA)) drop.push(el);
      else stack.push([el, inArticle || ARTICLE.has(tag) || el.getAttribute('role') === 'main']);
    }
  }
  for (const n of drop) n.parentNode?.removeChild(n);
}
