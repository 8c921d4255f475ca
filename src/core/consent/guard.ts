/**
 * Guards that keep article text whole. A finding may never be, or contain, the page's main
 * content: not html/body, not an <article>/<main>/articleBody, and not a container of the page's
 * prose paragraphs (long paragraphs that do not talk about consent).
 */
import { CONSENT_VOCABULARY } from './phrases.js';
import { addressesReader, coverage } from './segments.js';
import { matchForm, visibleText } from './text.js';

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
  if (CONSENT_VOCABULARY.test(folded) && addressesReader(folded)) return false;
  // Placeholder wording without consent vocabulary ("An dieser Stelle finden Sie einen externen Inhalt…").
  return coverage(t, ['placeholder', 'banner', 'explanation']) < 0.5;
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
        const ps = root.querySelectorAll('p');
        for (let i = 0; i < ps.length; i++) if (isProse(ps[i]!)) prose.add(ps[i]!);
      }
      return prose;
    },
  };
}

function proseInside(el: Element, stats: PageStats): number {
  let n = 0;
  for (const p of stats.prose) if (el === p || el.contains(p)) n++;
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
export function inArticleFlow(el: Element, stats: PageStats): boolean {
  let p = el.parentElement;
  for (let i = 0; i < 4 && p; i++, p = p.parentElement) {
    if (p.tagName === 'BODY') return false;
    if (proseInside(p, stats) >= 2) return true;
  }
  return false;
}
