/**
 * Boilerplate found by markup rather than by wording: elements inside Readability's article whose
 * class or id names a kind of page chrome (share bars, related stories, newsletter boxes, author
 * bios, photo credits), and lists made of links (navigation, "more stories"). Readability keeps
 * some of these because they sit inside the article container.
 */
import type { Removed } from '../types.js';
import { chromeWordOf, METADATA_WORDS } from '../boilerplate/names.js';
import { normalizeSpace, shorten } from '../text/normalize.js';
import { dropTrace, tally, type Work } from './work.js';

const textLength = (el: Element): number => normalizeSpace(el.textContent ?? '').length;

function linkLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += normalizeSpace(a.textContent ?? '').length;
  return n;
}

/** Share of the article an element may hold and still be dropped by its name alone. */
const MAX_SHARE_BY_NAME = 0.25;
/** Lists at least this much link text are navigation or related stories, not article lists. */
const LIST_LINK_DENSITY = 0.8;
/** Share of a list's items that must be links for the list to be one of links. */
const LINKED_ITEMS = 0.8;
/** Average characters per item of a navigation or related-stories list (headlines, section names). */
const LIST_ITEM_MAX_CHARS = 90;

/**
 * A list of links to other pages (navigation, related stories): nearly every item is a link and
 * items are short. A changelog or a reading list, with sentences around the links, stays.
 */
function isHeadlineList(list: Element): boolean {
  const items = Array.from(list.children).filter((c) => c.tagName.toUpperCase() === 'LI');
  if (items.length < 2) return false;
  let linked = 0;
  let chars = 0;
  for (const li of items) {
    const len = textLength(li);
    chars += len;
    if (len > 0 && linkLength(li) / len >= LIST_LINK_DENSITY) linked++;
  }
  return linked / items.length >= LINKED_ITEMS && chars / items.length <= LIST_ITEM_MAX_CHARS;
}

/**
 * The elements below `root` in document order, as querySelectorAll gives them: one walk serves both
 * passes of pruneChrome (linkedom compiles and matches a selector over the tree on every call).
 */
function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (el !== root) out.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

/**
 * Phrasing elements: a linked word inside a sentence ("lift trade sanctions on <span class="meta">
 * Sudan</span>"), a glossary tooltip or a highlighted code comment is part of the text around it,
 * whatever its class. Only a phrasing element that is itself a box (a picture, or two links or
 * more: a hover card of related stories, share links) goes by its name; see isInlineBox.
 */
// prettier-ignore
const PHRASING = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);

/**
 * A chrome-named phrasing element that holds a box rather than words: a picture, or two links or
 * more. Read innermost first, so that a hover card goes and the linked name it hangs on stays
 * ("Rep. <span class=rollover><a>Ilhan Omar</a><span class=rollover-block>…</span></span>").
 */
function isInlineBox(el: Element): boolean {
  return el.getElementsByTagName('img').length > 0 || el.getElementsByTagName('a').length >= 2;
}

/**
 * Whether a phrasing element sits inside a sentence: its parent holds words of its own around it
 * ("sanctions on <span>Sudan</span> and"), or, when the parent is itself phrasing (the wrapper of a
 * hover card: "Rep. <span class=rollover><a class=rollover-link>Ilhan Omar</a>…</span>"), the
 * nearest phrasing ancestor that does. A run of labelled spans with no text between them (a
 * caption's credit, a date next to a byline) is a row of fields, which its class names.
 */
function inSentence(el: Element): boolean {
  for (let e: Element = el, up = e.parentElement; up; e = up, up = up.parentElement) {
    for (let n = up.firstChild; n; n = n.nextSibling)
      if (n.nodeType === 3 && /[\p{L}\p{N}]/u.test(n.nodeValue ?? '')) return true;
    if (!PHRASING.has(up.localName)) return false;
  }
  return false;
}

/**
 * Marks a tooltip that spells out what a picture beside it means (see markPictureLabels); the
 * mark outlives Readability, which removes the picture's button but keeps the tooltip's text.
 */
const PICTURE_LABEL = 'data-unwall-picture-label';
/** Pictures and controls whose accessible name a tooltip may spell out. */
const LABELLED = ['img', 'button'];
const NAME_ATTRS = ['aria-label', 'alt', 'title'];

/**
 * Whether a tooltip's text is the accessible name (aria-label, alt, title) of an icon or an icon
 * button in it or in its parent: a product's "Gluten free" badge. The reader sees the picture, so
 * its words are the article's; a "Copied!" or "Click to copy" hint names no picture and stays
 * chrome.
 */
function namesPicture(el: Element): boolean {
  const text = normalizeSpace(el.textContent ?? '').toLowerCase();
  if (!text) return false;
  for (const scope of [el, el.parentElement])
    for (const tag of LABELLED)
      for (const pic of Array.from(scope?.getElementsByTagName(tag) ?? []))
        for (const attr of NAME_ATTRS)
          if (normalizeSpace(pic.getAttribute(attr) ?? '').toLowerCase() === text) return true;
  return false;
}

/**
 * Before Readability (which drops buttons, and the icons in them): marks the tooltips among
 * `elements` that name a picture, so that pruneChrome keeps their text.
 */
export function markPictureLabels(elements: readonly Element[]): void {
  for (const el of elements) {
    const name = el.getAttribute('class');
    if (name !== null && name.includes('tooltip') && namesPicture(el)) el.setAttribute(PICTURE_LABEL, '');
  }
}

/** Chrome words that name a person: the page's author, unless the element attributes a quotation. */
const PERSON_WORDS = new Set(['author', 'byline']);

/**
 * Whether an element sits in a quotation or in the figure around one: a pull quote's or a
 * testimonial's "author" is its speaker ("<figcaption class=testimonial__author>Christine Hodge
 * <span>Clearview Washing</span>"), whom the brief needs, not the page's byline.
 */
function attributesQuote(el: Element): boolean {
  if (el.closest('blockquote, q')) return true;
  const figure = el.closest('figure');
  return figure !== null && figure.querySelector('blockquote, q') !== null;
}

/** A paragraph this long is prose: a list of links after the last one closes the article. */
const PROSE_WORDS = 20;

/**
 * Whether most of the list's links lead to other pages of this site (more stories, sections), not
 * to places in the page (a table of contents) or to other sites (sources, products, tools).
 */
function linksToSite(list: Element, pageUrl: string | null): boolean {
  const base = pageUrl ?? 'http://page.invalid/';
  const host = (u: URL): string => u.host.replace(/^www\./, '');
  let here: string;
  let page: string;
  try {
    const b = new URL(base);
    [here, page] = [host(b), b.origin + b.pathname];
  } catch {
    return false;
  }
  let site = 0;
  let links = 0;
  for (const a of Array.from(list.getElementsByTagName('a'))) {
    const href = a.getAttribute('href');
    if (!href) continue;
    links++;
    try {
      const u = new URL(href, base);
      if (host(u) === here && !(u.hash && u.origin + u.pathname === page)) site++;
    } catch {
      // An address that does not parse leads nowhere on this site.
    }
  }
  return links > 0 && site * 2 >= links;
}

/**
 * Whether `id` is an anchor made from the element's own text ("h-what-is-social-shopping" on the
 * heading "What is Social Shopping?", as CMSs generate them for a table of contents): its words
 * are the text's, not a kind of chrome, whatever they are.
 */
function isTextAnchor(id: string, el: Element): boolean {
  const parts = id
    .toLowerCase()
    .split(/[-_\s]+/)
    .filter(Boolean);
  if (parts.length < 2) return false;
  const words = new Set(
    normalizeSpace(el.textContent ?? '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
  const own = parts.filter((part) => words.has(part)).length;
  // One part may be the CMS's prefix or a counter ("h-", "toc-", "-2").
  return (own >= 2 && own >= parts.length - 1) || namesOwnHeading(parts, el);
}

/**
 * Whether the id's words are those of the heading that opens the element, but for one (a prefix:
 * "section_credits" on a section headed "Credits"): the id anchors a section of the page by its
 * title, as CMSs generate them, however short the title. A one-word title is enough here because
 * the heading, not the whole text, must spell it.
 */
function namesOwnHeading(parts: readonly string[], el: Element): boolean {
  let heading: Element | null = null;
  for (let c = el.firstElementChild; c && !heading; c = c.nextElementSibling)
    if (/^h[1-6]$/.test(c.localName)) heading = c;
    else if (normalizeSpace(c.textContent ?? '')) return false;
  if (!heading) return false;
  const words =
    normalizeSpace(heading.textContent ?? '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 && words.every((w) => parts.includes(w)) && parts.length <= words.length + 1;
}

/** A heading's or a link's words, for matching one against the other ("2. Costs:" = "Costs"). */
const headingKey = (text: string): string =>
  normalizeSpace(text)
    .toLowerCase()
    .replace(/^(\d+[.):]?|step \d+[.:]?)\s+/, '')
    .replace(/[\s\p{P}]+$/u, '');

/** Class or id words of a table of contents (plugins: ez-toc, lwptoc, pk-toc, toc_container…). */
const TOC_NAME = /(^|[\s_-])(\w*toc|table-?of-?contents)([\s_-]|$)/i;

/** Whether the list or one of its two nearest containers is named a table of contents. */
function namedToc(list: Element): boolean {
  for (let el: Element | null = list, i = 0; el && i < 3; el = el.parentElement, i++)
    if (TOC_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return true;
  return false;
}

/**
 * A table of contents: a list named so, of links to places in this page, most of them named like
 * the article's own headings ("Why events demand a different approach" over the section that
 * follows). Its text repeats the headings, so it leaves the text (unreported: it is the article's
 * own navigation, which the page keeps). An unnamed list of section links stays: the prose before
 * it may present it ("Use the section links below to skip ahead"), and then it is the article's.
 */
function isTableOfContents(list: Element, headings: ReadonlySet<string>, pageUrl: string | null): boolean {
  const links = Array.from(list.getElementsByTagName('a'));
  if (links.length < 2 || !namedToc(list)) return false;
  let inPage = 0;
  let named = 0;
  let linked = 0;
  for (const a of links) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#') || (pageUrl !== null && href.startsWith(`${pageUrl.split('#')[0]!}#`))) inPage++;
    const text = normalizeSpace(a.textContent ?? '');
    linked += text.length;
    if (headings.has(headingKey(text))) named++;
  }
  return inPage === links.length && named * 2 >= links.length && linked >= 0.8 * textLength(list);
}

/** Most of the article a form may hold and still be a widget (a page-wide ASP.NET form holds it all). */
const MAX_FORM_SHARE = 0.5;

/**
 * A form inside the article is a widget: a contact or lead form (its field labels: "First Name*",
 * "This field is for validation purposes…"), a product comparison, a quiz. Readability removes its
 * fields and keeps their labels. A form that holds a paragraph of prose wraps the article itself
 * (ASP.NET pages put the whole page in one form) and stays.
 */
function isWidgetForm(form: Element, total: number): boolean {
  if (textLength(form) / total > MAX_FORM_SHARE) return false;
  for (const p of Array.from(form.getElementsByTagName('p'))) {
    const t = p.textContent ?? '';
    if (t.length >= PROSE_WORDS * 4 && t.trim().split(/\s+/).length >= PROSE_WORDS) return false;
  }
  return true;
}

/**
 * Removes chrome elements from `root` (Readability's detached article, which we own) and reports
 * them as boilerplate: boxes whose class or id names chrome, and the list of links to more of the
 * site that closes an article. Never removes an element that holds a large part of the article's
 * text, a phrasing element, or anything inside preformatted text or code.
 */
export function pruneChrome(
  root: Element,
  removed: Removed[],
  work?: Work,
  pageUrl: string | null = null,
): void {
  const total = Math.max(1, textLength(root));
  let read = total;
  const drop = (el: Element, report = true, why = 'headline list'): void => {
    dropTrace.fn?.('chrome', why, el.textContent ?? '');
    const text = report ? normalizeSpace(el.textContent ?? '') : '';
    if (text) removed.push({ kind: 'boilerplate', text: shorten(text) });
    el.remove();
  };
  const all = descendants(root);
  // The last paragraph of prose, by position in `all`: lists after it close the article.
  let lastProse = -1;
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (el.localName !== 'p') continue;
    const t = el.textContent ?? '';
    read += t.length;
    if (t.length >= PROSE_WORDS * 4 && t.trim().split(/\s+/).length >= PROSE_WORDS) lastProse = i;
  }
  const byName = (el: Element): void => {
    if (!el.hasAttribute('class') && !el.hasAttribute('id')) return;
    if (!el.isConnected && !root.contains(el)) return;
    const id = el.getAttribute('id') ?? '';
    const name = `${el.getAttribute('class') ?? ''} ${id && isTextAnchor(id, el) ? '' : id}`;
    const word = chromeWordOf(name);
    if (word === null || el.closest('pre, code') || (PERSON_WORDS.has(word) && attributesQuote(el))) return;
    const len = textLength(el);
    read += len;
    if (PHRASING.has(el.localName) && !isInlineBox(el) && inSentence(el)) return;
    if (word === 'tooltip' && el.hasAttribute(PICTURE_LABEL)) return;
    if (len / total <= MAX_SHARE_BY_NAME) drop(el, !METADATA_WORDS.has(word), `class ${word}`);
  };
  for (const el of all) if (!PHRASING.has(el.localName)) byName(el);
  for (const el of all)
    if (el.localName === 'form' && root.contains(el) && isWidgetForm(el, total)) drop(el, true, 'form');
  const headings = new Set<string>();
  for (const el of all) if (/^h[1-6]$/.test(el.localName)) headings.add(headingKey(el.textContent ?? ''));
  for (const el of all)
    if ((el.localName === 'ul' || el.localName === 'ol') && root.contains(el))
      if (isTableOfContents(el, headings, pageUrl)) drop(el, false, 'table of contents');
  for (let i = all.length - 1; i >= 0; i--) if (PHRASING.has(all[i]!.localName)) byName(all[i]!);
  for (let i = lastProse + 1; i < all.length; i++) {
    const list = all[i]!;
    const tag = list.localName;
    if (tag !== 'ul' && tag !== 'ol') continue;
    if (!root.contains(list)) continue;
    const len = textLength(list);
    read += 2 * len; // the list's text, then its items' and links' text
    if (len / total > MAX_SHARE_BY_NAME) continue;
    if (isHeadlineList(list) && linksToSite(list, pageUrl)) drop(list);
  }
  tally(work, 'chrome', all.length + read);
}
