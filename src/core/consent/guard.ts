/**
 * Guards that keep article text whole. A finding may never be, or contain, the page's main
 * content: not html/body, not an <article>/<main>/articleBody, and not a container of the page's
 * prose paragraphs (long paragraphs that do not talk about consent).
 */
import { isPrompt } from '../boilerplate/box.js';
import { CONSENT_VOCABULARY, type Category } from './phrases.js';
import { EMBED_FALLBACK, addressesReader, coverage } from './segments.js';
import { closestWhere, linkDensity, matchForm, showsText, tagOf, visibleText } from './text.js';

const CONSENT_CATS: Category[] = ['placeholder', 'banner', 'explanation'];

/** A paragraph this long that does not mention consent reads as article prose. */
const PROSE_MIN_CHARS = 120;

/** Longest teaser card (kicker, headline, standfirst) of a list of other stories. */
const TEASER_MAX_CHARS = 400;

export interface PageStats {
  /** Whether `el` holds (or is) at least `n` of the page's prose paragraphs (`<p>` only if asked). */
  proseAtLeast(el: Element, n: number, onlyParagraphs?: boolean): boolean;
  /** Whether the page holds fewer than `n` prose paragraphs. */
  pageProseBelow(n: number): boolean;
  /** Whether `el` is one of the page's prose paragraphs. */
  isProse(el: Element): boolean;
  /** Whether `el` holds (or is) a prose paragraph that passes `test`. */
  someProse(el: Element, test: (p: Element) => boolean): boolean;
}

export function isProse(el: Element): boolean {
  const t = visibleText(el);
  if (t.length < PROSE_MIN_CHARS) return false;
  const folded = matchForm(t);
  // Consent vocabulary that speaks to the reader is a notice ("Wir und unsere Partner verwenden
  // Cookies…"); in the third person it is news about consent ("La CNIL a rappelé que refuser les
  // cookies doit être aussi simple…"), which stays prose unless phrases cover most of it.
  // The vocabulary first: the address regexp (letters of every script) is costly to compile, and
  // the content script compiles it only on pages where a long paragraph talks about consent.
  if (CONSENT_VOCABULARY.test(folded) && addressesReader(folded) && coverage(t, CONSENT_CATS) > 0)
    return false;
  // A newsletter or promo prompt ("Sign up for … to get the free daily newsletter") is no prose
  // either, while a report that mentions a newsletter is.
  if (isPrompt(t)) return false;
  // Placeholder wording without consent vocabulary ("An dieser Stelle finden Sie einen externen Inhalt…").
  return coverage(t, CONSENT_CATS) < 0.5;
}

/**
 * Whether `el` or an ancestor is a blockquote, which every EMBED_FALLBACK selector requires: a walk
 * up that is much cheaper than closest() with the whole list (linkedom compiles a selector list on
 * every call), asked first.
 */
function inBlockquote(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement)
    if (n.localName.toLowerCase() === 'blockquote') return true;
  return false;
}

/**
 * The page's main content by markup, as el.matches('article, main, [role="main"],
 * [itemprop="articleBody"], [itemprop="articlebody"]') without the selector (linkedom compiles
 * one on every call): the same tags and exact attribute values (neither attribute is one HTML
 * compares without case).
 */
function isMainContent(el: Element): boolean {
  const tag = el.localName.toLowerCase();
  if (tag === 'article' || tag === 'main' || el.getAttribute('role') === 'main') return true;
  const prop = el.getAttribute('itemprop');
  return prop === 'articleBody' || prop === 'articlebody';
}

/**
 * The elements under `scope` in document order, one at a time, as querySelectorAll visits them
 * (not inside a <template>, whose content is not part of the tree): the questions below stop at
 * the first or second match, where linkedom's querySelectorAll compiles its selector and lists the
 * whole subtree on every call.
 */
function* descendants(scope: ParentNode): Generator<Element, void, undefined> {
  let n = scope.firstElementChild;
  while (n) {
    yield n;
    const down = n.localName.toLowerCase() === 'template' ? null : n.firstElementChild;
    if (down) {
      n = down;
      continue;
    }
    while (n && !n.nextElementSibling) {
      const up: Element | null = n.parentElement;
      n = up && up !== scope ? up : null;
    }
    n = n ? n.nextElementSibling : null;
  }
}

/** A paragraph (`p`) or any element where prose lives, by its tag as a selector reads it. */
const isParagraph = (el: Element): boolean => el.localName.toLowerCase() === 'p';
const isProseHolder = (el: Element): boolean => {
  const tag = el.localName.toLowerCase();
  return tag === 'p' || tag === 'li' || tag === 'dd';
};

/** Whether main content (isMainContent) is inside `el`, without compiling a selector list. */
function holdsMainContentTag(el: Element): boolean {
  for (const d of descendants(el)) if (isMainContent(d)) return true;
  return false;
}

/** Paragraphs of one element read so far, in document order, and how many were prose. */
interface Count {
  ps: Generator<Element, void, undefined>;
  /** Whether the walk reached the end of the element. */
  done: boolean;
  prose: number;
}

/** Where prose lives: list items and definitions carry prose too ("While you may be focused…"). */
const isProseTag = (el: Element): boolean => el.tagName === 'P' || el.tagName === 'LI' || el.tagName === 'DD';

/**
 * Prose paragraphs of the page (`p`, `li`, `dd` of `root`'s own tree: not of shadow roots or
 * frames; the text of a tweet or post in its embed's fallback blockquote is the embed's, not the
 * article's), counted per element on demand and only as far as a question needs ("at least one",
 * "at least two"): each paragraph is judged once per scan and each element's paragraphs are read
 * at most once per question kind, so the guards cost about one read of the page however many
 * findings ask them. (A set of every prose paragraph, tested with contains() per finding, made
 * many findings quadratic.)
 */
export function pageStats(root: Document | ShadowRoot): PageStats {
  const judged = new Map<Element, boolean>();
  const counts = new Map<Element, Count>();
  const pCounts = new Map<Element, Count>();
  const prose = (p: Element): boolean => {
    let v = judged.get(p);
    if (v === undefined) {
      v = isProse(p) && !(inBlockquote(p) && p.closest(EMBED_FALLBACK));
      judged.set(p, v);
    }
    return v;
  };
  const atLeast = (key: Element | null, scope: ParentNode, n: number, onlyParagraphs: boolean): boolean => {
    const k = key ?? (root as unknown as Element);
    const map = onlyParagraphs ? pCounts : counts;
    let c = map.get(k);
    if (!c) {
      // A paragraph counts itself (contains() is true of an element and itself).
      const self = key !== null && (onlyParagraphs ? key.tagName === 'P' : isProseTag(key)) && prose(key);
      c = { ps: descendants(scope), done: false, prose: self ? 1 : 0 };
      map.set(k, c);
    }
    const holds = onlyParagraphs ? isParagraph : isProseHolder;
    while (c.prose < n && !c.done) {
      const next = c.ps.next();
      if (next.done) c.done = true;
      else if (holds(next.value) && prose(next.value)) c.prose++;
    }
    return c.prose >= n;
  };
  return {
    proseAtLeast: (el, n, onlyParagraphs = false) => {
      if (n <= 0) return true;
      // Only the page's own tree: elements in shadow roots or frames hold none.
      if (el.getRootNode() !== root) return false;
      return atLeast(el, el, n, onlyParagraphs);
    },
    pageProseBelow: (n) => !atLeast(null, root, n, false),
    isProse: (el) => isProseTag(el) && el.getRootNode() === root && prose(el),
    someProse: (el, test) => {
      if (el.getRootNode() !== root) return false;
      if (isProseTag(el) && prose(el) && test(el)) return true;
      for (const p of descendants(el)) if (isProseHolder(p) && prose(p) && test(p)) return true;
      return false;
    },
  };
}

/**
 * For strong evidence (a known consent platform's container): reject only what holds main content.
 * Consent dialogs have long paragraphs too, but they mention cookies, partners or data.
 */
export function holdsMainContent(el: Element, stats: PageStats): boolean {
  const tag = el.tagName;
  if (tag === 'HTML' || tag === 'BODY' || tag === 'HEAD') return true;
  if (isMainContent(el) || holdsMainContentTag(el)) return true;
  if (stats.proseAtLeast(el, 3)) return true;
  // Two prose paragraphs are main content when they are at least half of the page's (≤ 4 in all).
  return stats.proseAtLeast(el, 2) && stats.pageProseBelow(5);
}

const HEADING = /^H[1-6]$/;

/**
 * An intertitle of the article: a heading whose next block is a prose paragraph. "Sign up for the
 * newsletter, pay for the rest" heads a section of an article; a newsletter box's heading heads
 * a form.
 */
function headsProse(el: Element, stats: PageStats): boolean {
  if (!HEADING.test(el.tagName)) return false;
  for (let s = el.nextElementSibling, i = 0; s && i < 3; s = s.nextElementSibling, i++) {
    if (stats.isProse(s)) return true;
    if (visibleText(s)) return false;
  }
  return false;
}

/**
 * Prose inside `el` other than what `except` accepts (a box may hold a long privacy note that the
 * boilerplate rules name as such: "Privacy Notice: Newsletters may contain info about…").
 */
export function holdsProseExcept(el: Element, stats: PageStats, except: (p: Element) => boolean): boolean {
  if (/^(HTML|BODY|HEAD)$/.test(el.tagName) || isMainContent(el)) return true;
  // Teaser cards of a list of other stories are often <article>s: a short one that is mostly
  // link text is a headline leading elsewhere, not this page's main content.
  for (const m of descendants(el))
    if (
      isMainContent(m) &&
      (m.tagName !== 'ARTICLE' || visibleText(m).length > TEASER_MAX_CHARS || linkDensity(m) < 0.5)
    )
      return true;
  if (stats.someProse(el, (p) => !except(p))) return true;
  return headsProse(el, stats);
}

/** For phrase-based evidence: not a single prose paragraph may be inside, nor be an intertitle. */
export function holdsProse(el: Element, stats: PageStats): boolean {
  const tag = el.tagName;
  if (tag === 'HTML' || tag === 'BODY' || tag === 'HEAD') return true;
  if (isMainContent(el) || holdsMainContentTag(el)) return true;
  return stats.proseAtLeast(el, 1) || headsProse(el, stats);
}

/**
 * Wrappers that show nothing besides the element they wrap are free on the way up (see
 * inArticleFlow), up to this many: a site builder's template inside a template (Elementor nests a
 * widget in a dozen of them) is no further from the article than its widget.
 */
const MAX_WRAPPERS = 16;

/** Whether `parent` shows text outside its child `child` (a sibling element or text). */
function addsText(parent: Element, child: Element): boolean {
  for (let c = parent.firstChild; c; c = c.nextSibling) if (c !== child && showsText(c)) return true;
  return false;
}

/** Children of an element read for loose prose: a long list of elements is no article text. */
const LOOSE_MAX_CHILDREN = 400;

/**
 * An article written as loose text between <br>s, without paragraphs: two runs of the element's
 * own text as long as a prose paragraph.
 */
function looseProse(el: Element): boolean {
  let runs = 0;
  let n = 0;
  for (let c = el.firstChild; c && n < LOOSE_MAX_CHILDREN; c = c.nextSibling, n++) {
    if (c.nodeType !== 3) continue;
    const t = (c.nodeValue ?? '').trim();
    // Loose consent wording is a notice's, not the article's (see isProse).
    if (t.length >= PROSE_MIN_CHARS && !CONSENT_VOCABULARY.test(matchForm(t)) && ++runs >= 2) return true;
  }
  return false;
}

/**
 * Between the article's paragraphs: an ancestor a few levels up holds two prose paragraphs.
 * "Read more" links and newsletter boxes count as boilerplate only there, never in navigation.
 * A level is an ancestor that shows something besides the way up: wrappers that add nothing
 * (builders' sections, columns and widget containers) are not counted.
 */
export function inArticleFlow(el: Element, stats: PageStats, levels = 4): boolean {
  let cur = el;
  let p = el.parentElement;
  for (let i = 0, free = 0; i < levels && p; cur = p, p = p.parentElement) {
    // The document's body, not any <body> tag: an HTML parser drops a nested one, linkedom keeps
    // it as an element in the middle of the article (a pasted page fragment).
    if (p.tagName === 'BODY' && p === p.ownerDocument.body) return false;
    // Paragraphs only: long list items also fill mega menus and teaser lists.
    if (stats.proseAtLeast(p, 2, true) || looseProse(p)) return true;
    if (free < MAX_WRAPPERS && !addsText(p, cur)) free++;
    else i++;
  }
  return false;
}

/** Block-level tags a sentence lives in: a link inside one is part of its sentence. */
const TEXT_BLOCKS = /^(P|LI|DD|DT|TD|TH|H[1-6]|BLOCKQUOTE|FIGCAPTION)$/;

/**
 * Whether `el` is a piece of a longer sentence: a link or a word inside a paragraph that says
 * more ("Read more about it in our report", "…on Facebook and WhatsApp…"). Such a piece is never
 * a finding on its own.
 */
export function inlineInText(el: Element): boolean {
  let block: Element | null = el.parentElement;
  while (
    block &&
    !TEXT_BLOCKS.test(block.tagName) &&
    /^(A|SPAN|STRONG|B|EM|I|SMALL|MARK|SUP|SUB|U|S|Q|CITE|ABBR|TIME|LABEL|BUTTON)$/.test(block.tagName)
  )
    block = block.parentElement;
  if (!block || !TEXT_BLOCKS.test(block.tagName) || block === el) return false;
  return visibleText(block).length > visibleText(el).length + 20;
}

/**
 * A cell, row or header of a data table, or inside one: tables are content ("Facebook $0.50 –
 * $3.00", a "most popular" badge in a ranking), never a box of boilerplate.
 */
export function inDataTable(el: Element): boolean {
  // closest() as walks up (see closestWhere).
  const cell = closestWhere(el, (e) => tagOf(e) === 'td' || tagOf(e) === 'th');
  if (!cell && el.tagName !== 'TR' && el.tagName !== 'TBODY' && el.tagName !== 'TABLE') return false;
  const row = closestWhere(cell ?? el, (e) => tagOf(e) === 'tr') ?? el.querySelector('tr');
  return row !== null && row.querySelectorAll('td, th').length >= 2;
}
