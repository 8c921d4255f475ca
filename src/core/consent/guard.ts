/**
 * Guards that keep article text whole. A finding may never be, or contain, the page's main
 * content: not html/body, not an <article>/<main>/articleBody, and not a container of the page's
 * prose paragraphs (long paragraphs that do not talk about consent).
 */
import { isPrompt } from '../boilerplate/box.js';
import { CONSENT_VOCABULARY, type Category } from './phrases.js';
import { EMBED_FALLBACK, addressesReader, coverage } from './segments.js';
import { matchForm, visibleText } from './text.js';

const CONSENT_CATS: Category[] = ['placeholder', 'banner', 'explanation'];

/** A paragraph this long that does not mention consent reads as article prose. */
const PROSE_MIN_CHARS = 120;

const MAIN_CONTENT = 'article, main, [role="main"], [itemprop="articleBody"], [itemprop="articlebody"]';

export interface PageStats {
  /** Prose paragraphs of the page (see PROSE_MIN_CHARS). */
  readonly prose: Set<Element>;
}

export function isProse(el: Element): boolean {
  const t = visibleText(el);
  if (t.length < PROSE_MIN_CHARS) return false;
  const folded = matchForm(t);
  // Consent vocabulary that speaks to the reader is a notice ("Wir und unsere Partner verwenden
  // Cookies…"); in the third person it is news about consent ("La CNIL a rappelé que refuser les
  // cookies doit être aussi simple…"), which stays prose unless phrases cover most of it.
  const address = addressesReader(folded);
  if (CONSENT_VOCABULARY.test(folded) && address && coverage(t, CONSENT_CATS) > 0) return false;
  // A newsletter or promo prompt ("Sign up for … to get the free daily newsletter") is no prose
  // either, while a report that mentions a newsletter is.
  if (isPrompt(t)) return false;
  // Placeholder wording without consent vocabulary ("An dieser Stelle finden Sie einen externen Inhalt…").
  return coverage(t, CONSENT_CATS) < 0.5;
}

/**
 * Prose paragraphs, read on first use: most pages have nothing that needs the guards, and
 * reading every paragraph is one of the larger costs of a scan.
 */
export function pageStats(root: Document | ShadowRoot): PageStats {
  let prose: Set<Element> | null = null;
  return {
    get prose(): Set<Element> {
      if (!prose) {
        prose = new Set<Element>();
        // List items and definitions carry prose too ("While you may be focused on growth now…").
        // The text of a tweet or post in its embed's fallback blockquote is the embed's, not the
        // article's: a blocked embed's placeholder may hold it.
        const ps = root.querySelectorAll('p, li, dd');
        for (let i = 0; i < ps.length; i++)
          if (isProse(ps[i]!) && !ps[i]!.closest(EMBED_FALLBACK)) prose.add(ps[i]!);
      }
      return prose;
    },
  };
}

function proseInside(el: Element, stats: PageStats, onlyParagraphs = false): number {
  let n = 0;
  for (const p of stats.prose)
    if ((!onlyParagraphs || p.tagName === 'P') && (el === p || el.contains(p))) n++;
  return n;
}

/**
 * For strong evidence (a known consent platform's container): reject only what holds main content.
 * Consent dialogs have long paragraphs too, but they mention cookies, partners or data.
 */
export function holdsMainContent(el: Element, stats: PageStats): boolean {
  const tag = el.tagName;
  if (tag === 'HTML' || tag === 'BODY' || tag === 'HEAD') return true;
  if (el.matches(MAIN_CONTENT) || el.querySelector(MAIN_CONTENT)) return true;
  const inside = proseInside(el, stats);
  return inside >= 3 || (inside >= 2 && inside * 2 >= stats.prose.size);
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
    if (stats.prose.has(s)) return true;
    if (visibleText(s)) return false;
  }
  return false;
}

/**
 * Prose inside `el` other than what `except` accepts (a box may hold a long privacy note that the
 * boilerplate rules name as such: "Privacy Notice: Newsletters may contain info about…").
 */
export function holdsProseExcept(el: Element, stats: PageStats, except: (p: Element) => boolean): boolean {
  if (/^(HTML|BODY|HEAD)$/.test(el.tagName) || el.matches(MAIN_CONTENT) || el.querySelector(MAIN_CONTENT))
    return true;
  for (const p of stats.prose) if ((el === p || el.contains(p)) && !except(p)) return true;
  return headsProse(el, stats);
}

/** For phrase-based evidence: not a single prose paragraph may be inside, nor be an intertitle. */
export function holdsProse(el: Element, stats: PageStats): boolean {
  const tag = el.tagName;
  if (tag === 'HTML' || tag === 'BODY' || tag === 'HEAD') return true;
  if (el.matches(MAIN_CONTENT) || el.querySelector(MAIN_CONTENT)) return true;
  return proseInside(el, stats) > 0 || headsProse(el, stats);
}

/**
 * Between the article's paragraphs: an ancestor a few levels up holds two prose paragraphs.
 * "Read more" links and newsletter boxes count as boilerplate only there, never in navigation.
 */
export function inArticleFlow(el: Element, stats: PageStats, levels = 4): boolean {
  let p = el.parentElement;
  for (let i = 0; i < levels && p; i++, p = p.parentElement) {
    if (p.tagName === 'BODY') return false;
    // Paragraphs only: long list items also fill mega menus and teaser lists.
    if (proseInside(p, stats, true) >= 2) return true;
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
  const cell = el.closest('td, th');
  if (!cell && el.tagName !== 'TR' && el.tagName !== 'TBODY' && el.tagName !== 'TABLE') return false;
  const row = (cell ?? el).closest('tr') ?? el.querySelector('tr');
  return row !== null && row.querySelectorAll('td, th').length >= 2;
}
