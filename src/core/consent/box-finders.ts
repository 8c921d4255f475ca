/**
 * Boxes found by what the markup says rather than by their text: signup forms (an email field),
 * app-store, podcast and share links, and elements named for a box kind (class or id). The box's
 * reach and the finding itself are boxes.ts's (boxOf, pushTextBox, push).
 */
import {
  boilerplateKindOf,
  boxKindOfName,
  isShareRow,
  isAdLabel,
  linkKind,
  type BoxKind,
} from '../boilerplate/box.js';
import { matchPageBoilerplate } from '../boilerplate/page-match.js';
import { isShareBar } from '../boilerplate/share-bar.js';
import { LIMIT, boxOf, headlines, push, pushTextBox, shareControlsNear, teaser } from './boxes.js';
import { inDataTable } from './guard.js';
import { claimed, type ScanState } from './finding.js';
import { below, type ScanRoot } from './roots.js';
import { visibleText, visibleTextLength } from './text.js';
import { handled } from './work.js';

/** Email fields of a signup: not a comment or contact form (a text area), not a login (a password). */
function signupField(input: Element): boolean {
  const form = input.closest('form');
  return !form || !form.querySelector('textarea, input[type="password"]');
}

/** Parts of the addresses of app stores, podcast platforms, share links and newsletter signups. */
// prettier-ignore
const PROMO_HREF_PARTS = [
  'apps.apple.com', 'itunes.apple.com', 'play.google.com/store/apps', 'podcasts.apple.com',
  'open.spotify.com/show', 'open.spotify.com/episode', 'deezer.com', 'podcasts.google.com', 'sharer',
  '/intent/', 'wa.me/', 'api.whatsapp.com/send', 'linkedin.com/share', 'share=',
  // Newsletter signups (NEWSLETTER_HREF): the site's page or a mailing service.
  'ewsletter', 'nieuwsbrie', 'infolettre', 'boletin', 'eepurl.com', 'list-manage.com', 'substack.com',
  'beehiiv.com', 'buttondown.',
];
/** The same links as a selector, for a rescan's subtrees (see ScanRoot.tagged). */
const PROMO_LINKS = [...PROMO_HREF_PARTS.map((p) => `a[href*="${p}"]`), 'a[href^="mailto:?"]'].join(', ');
const EMAIL_INPUTS =
  'input[type="email"], input[name="EMAIL"], input[name="email"], input[autocomplete="email"]';

/** What PROMO_LINKS matches, on a link. */
function promoLink(a: Element): boolean {
  const h = a.getAttribute('href');
  return h !== null && (h.startsWith('mailto:?') || PROMO_HREF_PARTS.some((p) => h.includes(p)));
}

/** What EMAIL_INPUTS matches, on an input (HTML matches the type attribute's value in any case). */
function emailInput(input: Element): boolean {
  const name = input.getAttribute('name');
  return (
    (input.getAttribute('type') ?? '').toLowerCase() === 'email' ||
    name === 'EMAIL' ||
    name === 'email' ||
    input.getAttribute('autocomplete') === 'email'
  );
}

/**
 * Where a newsletter's call to action leads: the site's newsletter page ("/newsletters/morning/",
 * "/newsletter/anmelden", "/nieuwsbrief") or a mailing service's signup (a Mailchimp short link or
 * hosted form, Substack, Beehiiv, Buttondown). A pitch without the usual words ("The Echo Morning.
 * Five local stories before 7am… Get it free") says what it is by where its button goes.
 */
const NEWSLETTER_HREF =
  /(^|\/)(newsletters?|nieuwsbrie(f|ven)|infolettres?|boletin(es)?)([/?#._-]|$)|^https?:\/\/([\w-]+\.)*(eepurl\.com\/|list-manage\.com\/subscribe|substack\.com\/(subscribe|embed)|beehiiv\.com\/subscribe|embeds\.beehiiv\.com\/|buttondown\.(email|com)\/)/i;
/** Signup forms of mailing services embedded as a frame (Substack, Beehiiv): the form is the frame. */
const NEWSLETTER_FRAME = /^https?:\/\/([\w-]+\.substack\.com\/embed|embeds\.beehiiv\.com\/)/i;
/** Longest label of a call to action ("Get it free", "Je m’inscris", "Kostenlos bestellen"). */
const CTA_LABEL_MAX = 24;

/**
 * A link that is a newsletter's call to action: a short label leading to a signup (NEWSLETTER_HREF).
 * Inside a sentence it is the article's own link ("Our morning newsletter first reported…"): push
 * refuses what is inline in text, and the box never grows over prose.
 */
function newsletterLink(a: Element): boolean {
  return (
    NEWSLETTER_HREF.test(a.getAttribute('href') ?? '') && visibleTextLength(a, CTA_LABEL_MAX) <= CTA_LABEL_MAX
  );
}

/** Other pages a signup box may link to besides its signup: its privacy policy. */
const CTA_OTHER_PAGES = 1;

/**
 * The box of a newsletter's call to action, unless it is a list of the site's pages: a menu or a
 * footer has a "Newsletter" entry too ("Company About Subscribe Contact Jobs Press"), and is no pitch.
 */
function pushCallToAction(state: ScanState, a: Element): void {
  if (inDataTable(a)) return;
  const box = boxOf(a, 'newsletter', state);
  const own = a.getAttribute('href');
  const others = new Set<string>();
  for (const l of Array.from(box.querySelectorAll('a[href]'))) {
    const h = l.getAttribute('href') ?? '';
    if (h !== own && h && !h.startsWith('#') && !/^javascript:/i.test(h)) others.add(h);
  }
  if (others.size > CTA_OTHER_PAGES) return;
  const text = visibleText(box);
  if (text.length <= LIMIT.newsletter) push(state, box, null, text);
}

/**
 * Elements judged between two pauses of a box pass: each may read the text and links of its box
 * (a page of 2,000 "related" lines held the main thread 300 ms in Firefox in one go).
 */
const BOX_CHUNK = 16;

/**
 * Boxes found by markup: signup forms (an email field), promo links (app stores, podcast
 * platforms) and share links. Most pages have none of them in the article.
 */
export function* findMarkupBoxes(state: ScanState, r: ScanRoot): Generator<void> {
  for (const start of r.starts) {
    const inputs = r.tagged
      ? below(r.tagged.input, start, r.root).filter(emailInput)
      : Array.from((start as ParentNode).querySelectorAll(EMAIL_INPUTS));
    for (let i = 0; i < inputs.length; i++) {
      if (i % BOX_CHUNK === BOX_CHUNK - 1) yield;
      handled();
      const input = inputs[i]!;
      if (claimed(state, input) || !signupField(input)) continue;
      pushTextBox(state, input.closest('form') ?? input, 'newsletter', null);
    }
    yield;
    const links = r.tagged
      ? below(r.tagged.a, start, r.root).filter(promoLink)
      : Array.from((start as ParentNode).querySelectorAll(PROMO_LINKS));
    for (let i = 0; i < links.length; i++) {
      if (i % BOX_CHUNK === BOX_CHUNK - 1) yield;
      handled();
      const a = links[i]!;
      if (claimed(state, a)) continue;
      const kind = linkKind(a.getAttribute('href') ?? '');
      if (kind) pushTextBox(state, a, kind, null);
      else if (newsletterLink(a)) pushCallToAction(state, a);
    }
    yield;
    const frames = r.tagged
      ? below(r.tagged.iframe, start, r.root)
      : Array.from((start as ParentNode).querySelectorAll('iframe[src]'));
    for (let i = 0; i < frames.length; i++) {
      if (i % BOX_CHUNK === BOX_CHUNK - 1) yield;
      handled();
      const f = frames[i]!;
      if (NEWSLETTER_FRAME.test(f.getAttribute('src') ?? '') && !claimed(state, f))
        pushTextBox(state, f, 'newsletter', null);
    }
  }
}

/**
 * Boxes named for what they are (class or id: "share-bar", "related-posts", "newsletter-box",
 * "ad-slot", names.ts and box.ts), when what they show agrees: share links or icons, headlines,
 * a form or a signup phrase, an ad label or nothing.
 */
export function* findNamedBoxes(state: ScanState, root: ScanRoot): Generator<void> {
  const candidates = root.candidates;
  for (let i = 0; i < candidates.length; i++) {
    if (i % BOX_CHUNK === BOX_CHUNK - 1) yield;
    handled();
    const el = candidates[i]!;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const kind = boxKindOfName(name);
    if (
      !kind ||
      claimed(state, el) ||
      /^(BODY|HTML|MAIN|ARTICLE|INPUT|IMG|SCRIPT|STYLE)$/.test(el.tagName) ||
      (CONTROL.test(el.tagName) && !namedControl(el, kind))
    )
      continue;
    // A name like "related" may sit on a wrapper of the whole article: measure only up to the limit.
    if (visibleTextLength(el, LIMIT[kind]) > LIMIT[kind]) continue;
    const text = visibleText(el);
    const aside = namedAside(el);
    if (text.length > LIMIT[kind] || !(aside ? text.length > 0 : namedFits(el, kind, text))) continue;
    push(state, el, null, text, aside);
  }
}

/**
 * An aside (or complementary region) named for a box kind: content beside the article by its markup
 * and by its name ("aside.related-stories" with headings and summaries, "aside.ad-box"). Its text
 * may look like anything, so its shape is not asked (namedFits); push still keeps the article's
 * prose out. On the saved Zyte, WCXB and Readability pages, none of the 85 such asides holds a
 * line of the ground truth.
 */
function namedAside(el: Element): boolean {
  return el.tagName === 'ASIDE' || el.getAttribute('role') === 'complementary';
}

const CONTROL = /^(A|BUTTON)$/;
/** Longest label of a share button or a signup link ("Copied!", "Sign up", "Subscribe now"). */
const CONTROL_LABEL_MAX = 24;

/**
 * A link or button named for a box kind is one only as a share button or a signup link with a
 * short label (a "Copied!" tooltip, "Sign up"). A link named "related" or "read-more" is a
 * headline of another story or the button that unfolds this one (CNN's "Read More"): never.
 */
function namedControl(el: Element, kind: BoxKind): boolean {
  return (
    (kind === 'share' || kind === 'newsletter') &&
    visibleTextLength(el, CONTROL_LABEL_MAX) <= CONTROL_LABEL_MAX
  );
}

function namedFits(el: Element, kind: BoxKind, text: string): boolean {
  switch (kind) {
    case 'share':
      return text.length <= 60 || isShareRow(text) || isShareBar(text) || shareControlsNear(el);
    case 'related':
      // Its list of headlines, one linked headline (a "related post" line), or only its label
      // ("Trending", "Related"), the list a script would have filled being absent.
      return (
        text.length > 0 &&
        (headlines(el) ||
          teaser(el) ||
          (text.length <= 40 && (boilerplateKindOf(text) === 'related' || onlyHeading(el))))
      );
    case 'newsletter':
      return (
        el.querySelector('form, input, button') !== null ||
        (text.length > 0 && matchPageBoilerplate(text, ['newsletter']) !== null)
      );
    case 'ad':
      return text.length === 0 || isAdLabel(text);
    default:
      return false;
  }
}

/**
 * A box that shows nothing but a heading: the label of a list a script fills ('관련' over an
 * empty related-posts list, in a language the phrase lists do not know).
 */
function onlyHeading(el: Element): boolean {
  const h = el.querySelector('h1, h2, h3, h4, h5, h6');
  return (
    h !== null &&
    el.querySelector('a[href], p, li, img, iframe') === null &&
    visibleTextLength(h, 40) === visibleTextLength(el, 40)
  );
}
