/**
 * From a piece of consent wording to the element that holds the whole consent UI: climb while the
 * parent adds nothing but consent wording, buttons or invisible embed sources. Siblings that carry
 * the rest of a consent notice (explanations, "Gérer mes choix", "J'accepte") are collected too,
 * for pages that lay a placeholder out as loose paragraphs of the article.
 */
import { holdsProse, type PageStats } from './guard.js';
import { classifySegment, consentOnly, segmentsOf } from './segments.js';
import { isButtonLike, isHidden, matchForm, openShadowRoot, showsText, visibleTextLength } from './text.js';
import { matchesCategory } from './phrases.js';

const STOP_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);
const MAX_CLIMB = 8;
const MAX_CHARS = 3000;
/** Brackets and punctuation around a line ("(Read also: …)") belong to it. */
const PUNCTUATION = /^[\s()[\]:;,.|·•–—-]*$/;

function foreignMedia(parent: Element, inner: Element): boolean {
  for (const m of Array.from(parent.querySelectorAll('img, picture, video')))
    if (!inner.contains(m)) return true;
  return false;
}

/** Highest ancestor of `start` whose extra content is consent wording or UI only. */
export function climbConsent(start: Element, stats: PageStats): Element {
  let cur = start;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const p = cur.parentElement;
    if (!p || STOP_TAGS.has(p.tagName) || p.matches('[itemprop="articleBody"], [role="main"]')) break;
    if (visibleTextLength(p, MAX_CHARS) > MAX_CHARS) break;
    if (!consentOnly(p, cur) || foreignMedia(p, cur) || holdsProse(p, stats)) break;
    cur = p;
  }
  return cur;
}

/** Whether an element's open shadow root shows text. */
function shadowShowsText(el: Element): boolean {
  const sr = openShadowRoot(el);
  return sr !== null && showsText(sr);
}

/** Whether `parent` shows text outside its child `child` (other children, its shadow root). */
function showsMoreThan(parent: Element, child: Element): boolean {
  for (let c = parent.firstChild; c; c = c.nextSibling)
    if (c !== child && showsText(c) && !(c.nodeType === 3 && PUNCTUATION.test(c.nodeValue ?? '')))
      return true;
  return shadowShowsText(parent);
}

/**
 * Highest ancestor that shows exactly the same text (wrappers around a line). Asked as "does the
 * parent show anything besides this child", which stops at the first sibling with text: reading
 * the parent's whole text made a list of many lines quadratic.
 */
export function climbSameText(start: Element): Element {
  let cur = start;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const p = cur.parentElement;
    if (
      !p ||
      STOP_TAGS.has(p.tagName) ||
      isHidden(cur) ||
      shadowShowsText(cur) ||
      showsMoreThan(p, cur) ||
      foreignMedia(p, cur)
    )
      break;
    cur = p;
  }
  return cur;
}

/** A sibling that is part of a consent notice: consent wording or consent buttons, nothing else. */
function consentSibling(el: Element, stats: PageStats): boolean {
  if (holdsProse(el, stats)) return false;
  const segs = segmentsOf(el);
  if (segs.length === 0) return false;
  let strong = false;
  for (const s of segs) {
    const c = classifySegment(s);
    if (c === 'consent') strong = true;
    else if (c === 'ui' && (isButtonLike(s.el) || s.el.querySelector('button, [role="button"]'))) continue;
    else if (c === 'ui' && matchesCategory(matchForm(s.text), 'weakLabel')) continue;
    else return false;
  }
  return (
    strong || segs.every((s) => isButtonLike(s.el) || s.el.querySelector('button, [role="button"]') !== null)
  );
}

/** Siblings before and after `el` that continue its consent notice, nearest first. */
export function consentSiblings(el: Element, stats: PageStats): Element[] {
  const out: Element[] = [];
  for (const step of ['nextElementSibling', 'previousElementSibling'] as const) {
    let skippedEmpty = 0;
    for (let s = el[step]; s; s = s[step]) {
      if (!showsText(s) && !shadowShowsText(s)) {
        if (++skippedEmpty > 2) break;
        continue;
      }
      if (!consentSibling(s, stats)) break;
      out.push(s);
    }
  }
  return out;
}
