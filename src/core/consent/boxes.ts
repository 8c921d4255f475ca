/**
 * In-article boilerplate that comes as a box rather than a paragraph: a newsletter signup (heading,
 * pitch, form), a "Lire aussi"/"Mehr zum Thema" list, a share bar, an app or podcast promo, an
 * ad slot with its label. The kinds are judged by the rules the extraction uses
 * (src/core/boilerplate); this file finds where a box starts (its label, its form, its links) and
 * how far it reaches: up while the parent adds only box material, never past prose, never out of
 * the article flow (sidebars and footers are the page's own business).
 */
import { boilerplateKindOf, isShareRow, linkKind, type BoxKind } from '../boilerplate/box.js';
import { isShareBar } from '../boilerplate/share-bar.js';
import { claimed, type Finding, type ScanState } from './finding.js';
import { holdsProseExcept, inArticleFlow, inDataTable, inlineInText } from './guard.js';
import type { Lang } from './phrases.js';
import { segmentsOf } from './segments.js';
import { closestWhere, linkDensity, tagOf, visibleText, visibleTextLength } from './text.js';
import { shorten } from '../text/normalize.js';

const STOP = /^(BODY|HTML|MAIN|ARTICLE)$/;
const MAX_CLIMB = 6;
/** Most text a box of each kind may show: more is an article section, not a box. */
export const LIMIT: Record<BoxKind, number> = {
  consent: 600,
  related: 1200,
  newsletter: 700,
  share: 160,
  app: 500,
  podcast: 600,
  ad: 60,
};
/** Words of a share label around the buttons ("Share this page", "Partager", "Jetzt teilen"). */
const SHARE_LABEL = /\b(share|partag\w*|teilen|compart\w*|condivid\w*|deel|delen)\b/i;
/**
 * Page chrome that is never a box inside the article: navigation, footers, the site header. The
 * selector 'nav, footer, [role="navigation"], [role="contentinfo"]' as a test (see closestWhere;
 * role is compared with case, as HTML's selectors do).
 */
const isChrome = (e: Element): boolean => {
  const tag = tagOf(e);
  if (tag === 'nav' || tag === 'footer') return true;
  const role = e.getAttribute('role');
  return role === 'navigation' || role === 'contentinfo';
};
/** Longest run of text a box may add around its start (a heading, a one-line pitch, a privacy note). */
const BOX_LINE = 320;
/** Words that say what a promo box promotes: without one, links to a store are not a promo. */
const PROMO_WORDS =
  /\b(app|apps|application|appli|applicazione|aplicación|podcasts?|pódcast|download|télécharg\w*|herunterladen|scarica|descarga|listen|écoute[zr]?|escucha|ascolta|hören|luister|episodes?|épisodes?|folgen?|episodi|episodios|afleveringen)\b/i;

/** What `parent` shows besides `child`, by run of text. */
function added(parent: Element, child: Element): string[] {
  return segmentsOf(parent, child).map((s) => s.text);
}

/** Whether `parent` adds only material of a `kind` box around `child`. */
function fits(parent: Element, child: Element, kind: BoxKind): boolean {
  const extra = added(parent, child);
  if (extra.length === 0) return true;
  switch (kind) {
    case 'ad':
      return extra.every((t) => boilerplateKindOf(t) === 'ad');
    case 'share':
      // Icon names and share labels ("Copied!", "If you like it, please share it!"); not a byline.
      return extra.every((t) => t.length <= 24 || SHARE_LABEL.test(t));
    case 'related':
      // On the way up a label may first meet a single "See all" link; the box has headlines. A
      // kicker inside a teaser's link (Guardian rich links) climbs through the link's own parts.
      // A single teaser card (a linked headline with its standfirst) is box material too.
      return (
        linkDensity(parent) >= 0.5 ||
        closestWhere(parent, isHref) !== null ||
        headlines(parent) ||
        card(parent)
      );
    default:
      // A heading, a pitch, a privacy note: a few lines, no list or table of the page's own.
      return (
        extra.length <= 8 &&
        extra.every((t) => t.length <= BOX_LINE) &&
        extra.join(' ').length <= BOX_LINE * 2 &&
        !Array.from(parent.querySelectorAll('ul, ol, table')).some(
          (l) => !child.contains(l) && !l.contains(child),
        )
      );
  }
}

/** Prose a box may not hold: any long paragraph the boilerplate rules do not name. */
function holdsBoxProse(el: Element, state: ScanState): boolean {
  return holdsProseExcept(
    el,
    state.stats,
    // A paragraph that is a link (a teaser's standfirst inside its card) leads elsewhere.
    (p) =>
      formField(p) ||
      boilerplateKindOf(visibleText(p)) !== null ||
      linkDensity(p) >= 0.8 ||
      closestWhere(p, isHref) !== null ||
      (promoLinks(p) >= 2 && promoTitled(el, p)),
  );
}

/**
 * A field of a form: a list item or paragraph that holds a control, or the text of a label. Its
 * words are a field's (a drop-down's options, a checkbox's "By checking this box, you agree to
 * receive marketing emails…"), never the article's sentences.
 */
function formField(p: Element): boolean {
  return (
    closestWhere(p, (e) => tagOf(e) === 'label') !== null ||
    p.querySelector('input, select, textarea') !== null
  );
}

/** Whether `box` has, besides `p`, a line the rules name an app or podcast promo. */
function promoTitled(box: Element, p: Element): boolean {
  if (box === p) return false;
  return segmentsOf(box, p).some((s) => {
    const kind = boilerplateKindOf(s.text);
    return kind === 'podcast' || kind === 'app';
  });
}

/**
 * Links to app stores and podcast platforms: under a promo's title ("Écoutez notre podcast…"), a
 * paragraph that leads to two of them is its pitch ("Chaque vendredi… Disponible sur Apple
 * Podcasts, Spotify et Deezer"), whatever its length. Alone, such a paragraph is the article's.
 */
function promoLinks(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const kind = linkKind(a.getAttribute('href') ?? '');
    if (kind === 'app' || kind === 'podcast') n++;
  }
  return n;
}

/** The selector 'a[href]' as a test (see closestWhere). */
const isHref = (e: Element): boolean => tagOf(e) === 'a' && e.hasAttribute('href');

/** p.matches('[itemprop="articleBody"], [role="main"]') without compiling the selector per call. */
const articleRoot = (p: Element): boolean =>
  p.getAttribute('itemprop') === 'articleBody' || p.getAttribute('role') === 'main';

/** The whole box a start element belongs to. */
export function boxOf(start: Element, kind: BoxKind, state: ScanState): Element {
  let cur = start;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const p = cur.parentElement;
    if (!p || STOP.test(p.tagName) || articleRoot(p)) break;
    // Measured only as far as the limit: the parent of a label may be the whole page.
    if (visibleTextLength(p, LIMIT[kind]) > LIMIT[kind] || holdsBoxProse(p, state) || !fits(p, cur, kind))
      break;
    cur = p;
  }
  return cur;
}

/**
 * Most prose paragraphs a named aside may hold (see push): an aside named "related" or "ad" that
 * holds more is a section of text, whatever its markup says.
 */
const ASIDE_MAX_PROSE = 2;

/** The page's main content, marked as such: never inside a box, whatever the box's markup. */
const MARKED_MAIN = 'main, [role="main"], [itemprop="articleBody"], [itemprop="articlebody"]';

/**
 * What keeps a named aside on the page: the main content marked inside it, or a text of its own.
 * Its teaser cards may be <article>s with a summary each (not the short, link-dense cards
 * holdsProseExcept lets through): the aside's name already says they lead elsewhere.
 */
function holdsAsideText(el: Element, state: ScanState): boolean {
  return el.querySelector(MARKED_MAIN) !== null || state.stats.proseAtLeast(el, ASIDE_MAX_PROSE + 1, true);
}

/**
 * `text`: the element's visibleText when the caller has read it already. `aside`: the element is
 * an aside named for its kind (box-finders.ts): tangential content by its markup, whose teasers and
 * summaries may read like prose, so only a text of its own (three prose paragraphs) or the
 * article's main content stops it.
 */
export function push(
  state: ScanState,
  el: Element,
  lang: Lang | null,
  text?: string,
  aside = false,
): boolean {
  if (
    claimed(state, el) ||
    (aside ? holdsAsideText(el, state) : holdsBoxProse(el, state)) ||
    inlineInText(el) ||
    inDataTable(el) ||
    closestWhere(el, isChrome) !== null
  )
    return false;
  const shown = shorten(text ?? visibleText(el));
  if (!inArticleFlow(el, state.stats) && !copyOfFound(state, shown)) return false;
  const f: Finding = {
    element: el,
    kind: 'boilerplate',
    text: shown,
    source: 'box',
    lang,
  };
  state.found.push(f);
  return true;
}

/**
 * A second copy of a box already found in the article's flow: responsive layouts render the same
 * box twice (a sidebar for wide screens, a copy in the post footer for narrow ones), the copy
 * often far from the paragraphs. A box by its own evidence, with the text of one found.
 */
export function copyOfFound(state: ScanState, text: string): boolean {
  if (text === '') return false;
  // A set kept in step with the findings, as claimed() does: a page of many boxes out of the flow
  // would make a walk over every finding per box quadratic.
  const index = (state.boilerplateTexts ??= { texts: new Set(), synced: 0 });
  while (index.synced < state.found.length) {
    const f = state.found[index.synced++]!;
    if (f.kind === 'boilerplate') index.texts.add(f.text);
  }
  return index.texts.has(text);
}

/** A box found from its text (scan.ts): an ad label, a share row, a related heading, a promo line. */
export function pushTextBox(state: ScanState, start: Element, kind: BoxKind, lang: Lang | null): boolean {
  // A tab of a tablist ("Comments | Restacks" over a comment section) switches the section's own
  // panels: the section's control, not a share or comment launcher.
  if (inDataTable(start) || (kind === 'share' && start.closest('[role="tablist"]'))) return false;
  const box = boxOf(start, kind, state);
  const text = visibleText(box);
  if (text.length > LIMIT[kind]) return false;
  if (kind === 'related') {
    // A "Lire aussi" heading heads links: inside its box, or in the lists right after it.
    if (box === start && !linkListAfter(start)) return false;
    if (box !== start && !headlines(box) && !teaser(box, 0.5) && !card(box)) return false;
  }
  if ((kind === 'app' || kind === 'podcast') && !PROMO_WORDS.test(text)) return false;
  // "Share this information, please?" heads an article's last section; a share bar has buttons.
  if (kind === 'share' && box === start && !isShareBar(text) && !isShareRow(text) && !shareControlsNear(box))
    return false;
  const ok = push(state, box, lang, text);
  if (ok && kind === 'related' && box === start) for (const s of listAfter(start)) push(state, s, lang);
  return ok;
}

/** Share links or icon buttons in the element or right after it (a label over a row of icons). */
export function shareControlsNear(el: Element): boolean {
  for (const x of [el, el.nextElementSibling]) {
    if (!x) continue;
    for (const a of Array.from(x.querySelectorAll('a[href], button')))
      if (
        linkKind(a.getAttribute('href') ?? '') === 'share' ||
        (a.tagName === 'BUTTON' && visibleText(a).length <= 20)
      )
        return true;
  }
  return false;
}

/** Longest run of text in a list of headlines (a kicker, a headline, a one-line standfirst). */
const HEADLINE_MAX = 160;

/**
 * Links to other pages and short lines only: a "related" list, whether its headlines are the links'
 * text or sit beside links wrapped around pictures (teaser rails).
 */
export function headlines(el: Element): boolean {
  // Links within the page (a table of contents) are the article's own navigation.
  const hrefs = new Set<string>();
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const h = a.getAttribute('href') ?? '';
    if (h && !h.startsWith('#') && !/^(javascript|mailto):/i.test(h)) hrefs.add(h);
  }
  if (hrefs.size < 2) return false;
  return linkDensity(el) >= 0.5 || segmentsOf(el).every((s) => s.text.length <= HEADLINE_MAX);
}

/**
 * One linked headline to another page: a line of a list, or with its label a "rich link" card
 * ("Related" over a headline), where the label's words lower the share of linked text.
 */
export function teaser(el: Element, minDensity = 0.8): boolean {
  const links = Array.from(el.querySelectorAll('a[href]'));
  const h = links[0]?.getAttribute('href') ?? '';
  return (
    links.length === 1 &&
    !h.startsWith('#') &&
    !/^(javascript|mailto):/i.test(h) &&
    linkDensity(el) >= minDensity
  );
}

/** Most lines of a teaser card: a label, the linked headline, a standfirst. */
const CARD_LINES = 3;

/**
 * A teaser card: one link to another page whose text is a line of its own (the headline, often a
 * heading inside the link), beside at most a label and a one-line standfirst ("À lire aussi" over
 * "Tramway : ce que les habitants ont dit…" and "Plus de 2 000 contributions…"). Its standfirst
 * lowers the share of linked text below what teaser() asks; its shape still says it leads elsewhere.
 */
export function card(el: Element): boolean {
  const links = Array.from(el.querySelectorAll('a[href]'));
  const hrefs = new Set(links.map((a) => a.getAttribute('href') ?? ''));
  const h = [...hrefs][0] ?? '';
  if (hrefs.size !== 1 || !h || h.startsWith('#') || /^(javascript|mailto):/i.test(h)) return false;
  const segments = segmentsOf(el);
  if (segments.length > CARD_LINES || segments.some((s) => s.text.length > HEADLINE_MAX)) return false;
  // The headline is a line of its own: a link inside a sentence is the sentence's, not a card's.
  const linked = new Set(links.filter((a) => !inlineInText(a)).map((a) => visibleText(a)));
  const heads = segments.filter((s) => linked.has(s.text));
  return heads.length === 1 && heads[0]!.text.length >= CARD_HEADLINE_MIN;
}
/** Shortest headline of a card: shorter linked lines are labels ("More", "Video"). */
const CARD_HEADLINE_MIN = 20;

/** A list of links to other pages: headlines, not sentences. */
function linkList(el: Element): boolean {
  const text = visibleText(el);
  return text.length > 0 && text.length <= LIMIT.related && headlines(el);
}

/**
 * The headlines right after a label: one or two lists of links, or a run of single linked
 * headlines, one per paragraph or list ("You may also like…" then three <p><a>…</a></p>).
 */
function listAfter(label: Element): Element[] {
  const out: Element[] = [];
  let teasers = 0;
  for (let s = label.nextElementSibling; s && out.length < 8; s = s.nextElementSibling) {
    if (linkList(s)) {
      if (teasers > 0 || out.length >= 2) break;
      out.push(s);
    } else if (teaser(s) && visibleText(s).length <= HEADLINE_MAX) {
      teasers++;
      out.push(s);
    } else if (out.length === 0 && card(s)) {
      // A card is a headline by its shape, not one linked line that may be the article's sentence.
      return [s];
    } else break;
  }
  // One linked line after a label may be the article's own sentence; a run of them is a list.
  return teasers === 1 && out.length === 1 ? [] : out;
}

function linkListAfter(el: Element): boolean {
  return listAfter(el).length > 0;
}

/** Labels of a link that leads to another article ("Read more", "Lire la suite", "Weiterlesen"). */
const READ_ON =
  /^(read more|read the (full )?(story|article)|lire la suite|lire plus|weiterlesen|mehr lesen|leer más|seguir leyendo|leggi di più|continua a leggere|lees meer|verder lezen)\W*$/i;

/**
 * A lone "Read more" link to another page (`text`: its visibleText). Never a button or a link
 * within the page: those usually unfold the article itself (CNN's "Read More" expands the story).
 */
export function pushReadOn(state: ScanState, el: Element, text: string): boolean {
  if (el.tagName !== 'A' || !READ_ON.test(text.trim())) return false;
  const href = el.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return false;
  return push(state, el, null, text);
}
