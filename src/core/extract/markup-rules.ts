/**
 * Boilerplate found by markup rather than by wording: elements inside Readability's article whose
 * class or id names a kind of page chrome (share bars, related stories, newsletter boxes, author
 * bios, photo credits), and lists made of links (navigation, "more stories"). Readability keeps
 * some of these because they sit inside the article container.
 */
import type { Removed } from '../types.js';
import { chromeWordOf, METADATA_WORDS } from '../boilerplate/names.js';
import { normalizeSpace, shorten } from '../text/normalize.js';
import { tally, type Work } from './work.js';

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
 * Removes chrome elements from `root` (Readability's detached article, which we own) and reports
 * them as boilerplate. Never removes an element that holds a large part of the article's text.
 */
export function pruneChrome(root: Element, removed: Removed[], work?: Work): void {
  const total = Math.max(1, textLength(root));
  let read = total;
  const drop = (el: Element, report = true): void => {
    const text = report ? normalizeSpace(el.textContent ?? '') : '';
    if (text) removed.push({ kind: 'boilerplate', text: shorten(text) });
    el.remove();
  };
  const all = descendants(root);
  for (const el of all) {
    if (!el.hasAttribute('class') && !el.hasAttribute('id')) continue;
    if (!el.isConnected && !root.contains(el)) continue;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const word = chromeWordOf(name);
    if (word === null) continue;
    const len = textLength(el);
    read += len;
    if (len / total <= MAX_SHARE_BY_NAME) drop(el, !METADATA_WORDS.has(word));
  }
  for (const list of all) {
    const tag = list.localName.toLowerCase();
    if (tag !== 'ul' && tag !== 'ol') continue;
    if (!root.contains(list)) continue;
    const len = textLength(list);
    read += 2 * len; // the list's text, then its items' and links' text
    if (len / total > MAX_SHARE_BY_NAME) continue;
    if (isHeadlineList(list)) drop(list);
  }
  tally(work, 'chrome', all.length + read);
}
