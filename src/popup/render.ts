/**
 * Renders a brief as DOM nodes. Page text only ever reaches the DOM through textContent, each
 * field in its own <bdi> (isolated: a right-to-left name or a stray direction control cannot
 * reorder our labels) and without direction controls; long names are cut, the full text on hover.
 */
import { embedLabel, groupQuotes, withoutDirectionControls, type QuoteItem } from '../core/format.js';
import type { Brief, Removed, RemovedKind } from '../core/types.js';
import type { MessageKey, UiLocale } from '../shared/i18n.js';

/** Where a reveal should land: the text to find, and the sentence around it in the article. */
export interface RevealTarget {
  text: string;
  context?: string;
}

export interface RenderOptions {
  locale: UiLocale;
  /** Called when the reader picks an actor or a quote: leads back to its place in the page. */
  onReveal: (target: RevealTarget) => void;
  /** Shown when the site asks to accept tracking or pay. */
  payWall: boolean;
  /** The analysis was stopped by its time budget (title, text and what was cleaned are complete). */
  partialAfterSeconds?: number;
}

const KIND_LABELS: Record<RemovedKind, MessageKey> = {
  'consent-banner': 'kind_consent_banner',
  'consent-wall': 'kind_consent_wall',
  'consent-embed': 'kind_consent_embed',
  boilerplate: 'kind_boilerplate',
};

/** Longest page-supplied name, role or site name shown whole; longer ones end in "…". */
export const NAME_MAX_CHARS = 80;
const ROLE_MAX_CHARS = 160;
const TITLE_MAX_CHARS = 300;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

/** Page text as an isolated, control-free node; cut to `max` characters with the whole on hover. */
export function pageText(text: string, max = Infinity, className?: string): HTMLElement {
  const clean = withoutDirectionControls(text);
  const chars = Array.from(clean);
  const cut = chars.length > max;
  const node = el('bdi', { className, text: cut ? `${chars.slice(0, max - 1).join('')}…` : clean });
  if (cut) node.title = clean;
  return node;
}

function revealButton(
  target: RevealTarget,
  label: Node,
  className: string,
  onReveal: RenderOptions['onReveal'],
): HTMLButtonElement {
  const button = el('button', { className: `link ${className}` }, label);
  button.type = 'button';
  button.addEventListener('click', () => {
    onReveal(target);
  });
  return button;
}

/** The sentence of `paragraph` that holds `quote`, so a one-word quote leads to its own sentence. */
export function sentenceAround(paragraph: string, quote: string): string | undefined {
  const at = paragraph.indexOf(quote);
  if (at < 0) return undefined;
  const end = /[.!?…]["»”’)]*(?=\s|$)/g;
  let start = 0;
  let stop = paragraph.length;
  for (let m = end.exec(paragraph); m; m = end.exec(paragraph)) {
    const after = m.index + m[0].length;
    if (after <= at) start = after;
    else if (m.index >= at + quote.length) {
      stop = after;
      break;
    }
  }
  return paragraph.slice(start, stop).trim();
}

function cleanedItem(r: Removed, locale: UiLocale): HTMLLIElement {
  if (r.kind !== 'consent-embed') {
    // Our label around the page's text: only the page's part is isolated.
    const [before = '', after = ''] = locale
      .t('labelled', locale.t(KIND_LABELS[r.kind]), '\u0001')
      .split('\u0001');
    return el('li', {}, before, pageText(r.text), after);
  }
  const li = el('li', { text: locale.t('embedBlocked', embedLabel(r, locale)) });
  if (r.url) {
    const a = el('a', { text: locale.t('openOriginal') });
    a.href = r.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    li.append(' — ', a);
  } else {
    li.append(` — ${locale.t('addressNotKept')}`);
  }
  return li;
}

/**
 * Consent items one per line (embeds first, with their links); boilerplate folded into one
 * expandable line, since a reader rarely needs each "Read also" spelled out.
 */
function renderCleaned(removed: Removed[], locale: UiLocale): DocumentFragment {
  const frag = document.createDocumentFragment();
  const consent = removed
    .filter((r) => r.kind !== 'boilerplate')
    .sort((a, b) => Number(b.kind === 'consent-embed') - Number(a.kind === 'consent-embed'));
  if (consent.length)
    frag.append(el('ul', { className: 'cleaned' }, ...consent.map((r) => cleanedItem(r, locale))));
  const boilerplate = removed.filter((r) => r.kind === 'boilerplate');
  if (boilerplate.length) {
    frag.append(
      el(
        'details',
        { className: 'cleaned' },
        el('summary', { text: locale.plural('boilerplateCount', boilerplate.length) }),
        el('ul', { className: 'cleaned' }, ...boilerplate.map((r) => el('li', {}, pageText(r.text)))),
      ),
    );
  }
  return frag;
}

function quoteItem(item: QuoteItem, brief: Brief, { locale, onReveal }: RenderOptions): HTMLLIElement {
  const paragraphs = brief.text.split('\n\n');
  const quotes = item.kind === 'quote' ? [item.quote] : item.quotes;
  const speaker = item.kind === 'quote' ? item.quote.speaker : item.speaker;
  const li = el('li', { className: item.kind === 'fragments' ? 'fragments' : undefined });
  quotes.forEach((q, i) => {
    if (i) li.append(', ');
    const target = { text: q.text, context: sentenceAround(paragraphs[q.paragraph] ?? '', q.text) };
    li.append(revealButton(target, pageText(q.text, Infinity, 'quote-text'), 'quote', onReveal));
  });
  li.append(
    el(
      'span',
      { className: 'speaker' },
      '— ',
      speaker ? pageText(speaker, NAME_MAX_CHARS) : locale.t('unattributed'),
    ),
  );
  return li;
}

export function renderBrief(brief: Brief, options: RenderOptions): DocumentFragment {
  const { locale, onReveal, payWall, partialAfterSeconds } = options;
  const frag = document.createDocumentFragment();
  frag.append(el('h1', {}, pageText(brief.title ?? brief.url ?? locale.t('untitled'), TITLE_MAX_CHARS)));
  const meta: (Node | string)[] = [];
  for (const [value, max] of [
    [brief.siteName, NAME_MAX_CHARS],
    [brief.byline, NAME_MAX_CHARS],
  ] as const)
    if (value) meta.push(pageText(value, max));
  const date = locale.date(brief.publishedTime);
  if (date) meta.push(pageText(date));
  if (brief.readingMinutes) meta.push(locale.plural('readingTime', brief.readingMinutes));
  if (meta.length)
    frag.append(el('p', { className: 'meta' }, ...meta.flatMap((m, i) => (i ? [' · ', m] : [m]))));
  if (payWall) frag.append(el('p', { className: 'meta', text: locale.t('payWall') }));
  if (partialAfterSeconds !== undefined) {
    const note = el(
      'p',
      { className: 'partial' },
      el('strong', { text: locale.t('partialTitle') }),
      ' ',
      locale.t('partialBody', partialAfterSeconds),
    );
    note.dataset.state = 'partial';
    frag.append(note);
  }

  if (brief.summary.length) {
    frag.append(
      el('h2', { text: locale.t('summary') }),
      el('ul', { className: 'summary' }, ...brief.summary.map((s) => el('li', {}, pageText(s)))),
    );
  }
  if (brief.actors.length) {
    const items = brief.actors.map((a) => {
      const name = revealButton(
        { text: a.name },
        pageText(a.name, NAME_MAX_CHARS),
        `actor-name${a.key ? ' key' : ''}`,
        onReveal,
      );
      const role = a.role ? el('span', { className: 'role' }, ' — ', pageText(a.role, ROLE_MAX_CHARS)) : null;
      const count = a.quotes
        ? el('span', { className: 'count', text: ` · ${locale.plural('quoteCount', a.quotes)}` })
        : null;
      return el('li', {}, name, role, count);
    });
    frag.append(el('h2', { text: locale.t('keyActors') }), el('ul', { className: 'actors' }, ...items));
  }
  if (brief.quotes.length) {
    const items = groupQuotes(brief.quotes).map((item) => quoteItem(item, brief, options));
    frag.append(el('h2', { text: locale.t('quotes') }), el('ul', { className: 'quotes' }, ...items));
  }
  if (brief.removed.length)
    frag.append(el('h2', { text: locale.t('cleaned') }), renderCleaned(brief.removed, locale));
  return frag;
}

/** A message in place of the brief: not an article, a page we cannot read, an error. */
export function renderState(state: string, title: string, body: string): HTMLElement {
  const p = el('div', { className: 'state' }, el('strong', { text: title }), document.createTextNode(body));
  p.dataset.state = state;
  return p;
}
