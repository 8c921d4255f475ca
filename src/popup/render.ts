/**
 * Renders a brief as DOM nodes. Page text only ever reaches the DOM through textContent.
 */
import { embedLabel } from '../core/format.js';
import type { Brief, Removed } from '../core/types.js';

export type Translate = (key: string, substitution?: string) => string;

export interface RenderOptions {
  t: Translate;
  /** Called when the reader picks an actor or a quote: leads back to its place in the page. */
  onReveal: (text: string) => void;
  /** Shown when the site asks to accept tracking or pay. */
  payWall: boolean;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  ...children: (Node | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const child of children) if (child) node.append(child);
  return node;
}

function revealButton(
  text: string,
  label: Node,
  className: string,
  onReveal: (t: string) => void,
): HTMLButtonElement {
  const button = el('button', { className: `link ${className}` }, label);
  button.type = 'button';
  button.addEventListener('click', () => {
    onReveal(text);
  });
  return button;
}

function formatDate(iso: string | null, lang: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return date.toLocaleDateString(lang === 'und' ? undefined : lang, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
  } catch {
    return date.toDateString();
  }
}

function cleanedItem(r: Removed, t: Translate): HTMLLIElement {
  if (r.kind === 'consent-embed') {
    const li = el('li', { text: `${embedLabel(r)} ${t('blockedBy')} — ` });
    if (r.url) {
      const a = el('a', { text: t('openOriginal') });
      a.href = r.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      li.append(a);
    } else {
      li.append(t('addressNotKept'));
    }
    return li;
  }
  return el('li', { text: `${t(`kind_${r.kind.replace('-', '_')}`)}: ${r.text}` });
}

/**
 * Consent items one per line (embeds first, with their links); boilerplate folded into one
 * expandable line, since a reader rarely needs each "Read also" spelled out.
 */
function renderCleaned(removed: Removed[], t: Translate): DocumentFragment {
  const frag = document.createDocumentFragment();
  const consent = removed
    .filter((r) => r.kind !== 'boilerplate')
    .sort((a, b) => Number(b.kind === 'consent-embed') - Number(a.kind === 'consent-embed'));
  if (consent.length)
    frag.append(el('ul', { className: 'cleaned' }, ...consent.map((r) => cleanedItem(r, t))));
  const boilerplate = removed.filter((r) => r.kind === 'boilerplate');
  if (boilerplate.length) {
    const details = el(
      'details',
      { className: 'cleaned' },
      el('summary', { text: t('boilerplateCount', String(boilerplate.length)) }),
      el('ul', { className: 'cleaned' }, ...boilerplate.map((r) => el('li', { text: r.text }))),
    );
    frag.append(details);
  }
  return frag;
}

export function renderBrief(brief: Brief, { t, onReveal, payWall }: RenderOptions): DocumentFragment {
  const frag = document.createDocumentFragment();
  frag.append(el('h1', { text: brief.title ?? brief.url ?? '' }));
  const meta = [
    brief.siteName,
    brief.byline,
    formatDate(brief.publishedTime, brief.lang),
    brief.readingMinutes ? t('minRead', String(brief.readingMinutes)) : null,
  ].filter((x): x is string => Boolean(x));
  if (meta.length) frag.append(el('p', { className: 'meta', text: meta.join(' · ') }));
  if (payWall) frag.append(el('p', { className: 'meta', text: t('payWall') }));

  if (brief.summary.length) {
    frag.append(
      el('h2', { text: t('summary') }),
      el('ul', { className: 'summary' }, ...brief.summary.map((s) => el('li', { text: s }))),
    );
  }
  if (brief.actors.length) {
    const items = brief.actors.map((a) => {
      const name = revealButton(
        a.name,
        document.createTextNode(a.name),
        `actor-name${a.key ? ' key' : ''}`,
        onReveal,
      );
      const role = a.role ? el('span', { className: 'role', text: ` — ${a.role}` }) : null;
      const count = a.quotes
        ? el('span', {
            className: 'count',
            text: ` · ${a.quotes > 1 ? t('quoteCount', String(a.quotes)) : t('oneQuote')}`,
          })
        : null;
      return el('li', {}, name, role, count);
    });
    frag.append(el('h2', { text: t('keyActors') }), el('ul', { className: 'actors' }, ...items));
  }
  if (brief.quotes.length) {
    const items = brief.quotes.map((q) =>
      el(
        'li',
        {},
        revealButton(q.text, el('span', { className: 'quote-text', text: q.text }), 'quote', onReveal),
        el('span', { className: 'speaker', text: `— ${q.speaker ?? t('unattributed')}` }),
      ),
    );
    frag.append(el('h2', { text: t('quotes') }), el('ul', { className: 'quotes' }, ...items));
  }
  if (brief.removed.length) frag.append(el('h2', { text: t('cleaned') }), renderCleaned(brief.removed, t));
  return frag;
}

/** A message in place of the brief: not an article, a page we cannot read, an error. */
export function renderState(state: string, title: string, body: string): HTMLElement {
  const p = el('div', { className: 'state' }, el('strong', { text: title }), document.createTextNode(body));
  p.dataset.state = state;
  return p;
}
