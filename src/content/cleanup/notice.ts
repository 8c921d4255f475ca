/**
 * The extension's own notice in place of a hidden embed placeholder: "Post on X blocked by a
 * consent setting — open it". A host element with a shadow root keeps the page's CSS out; all
 * text goes in through textContent; the link opens the original with rel="noopener noreferrer".
 */
import { planEmbedNotice, type Finding } from '../../core/consent/index.js';

export const NOTICE_ATTR = 'data-unwall-notice';

const CSS = `:host { all: initial; display: block; margin: 1em 0; }
p { margin: 0; padding: 10px 14px; border: 1px dashed #8a8a8a; border-radius: 6px; background: #f6f6f6; color: #333;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: #0b57d0; }
.mark { font-weight: 600; margin-right: 0.4em; }`;

/** Builds the notice for `finding` and inserts it right before the hidden placeholder. */
export function insertNotice(finding: Finding, lang: string | null): Element {
  const el = finding.element;
  const doc = el.ownerDocument;
  const plan = planEmbedNotice(finding, lang);
  const host = doc.createElement('div');
  host.setAttribute(NOTICE_ATTR, plan.provider);
  host.setAttribute('role', 'note');
  // Inline reset for the host itself: the page's stylesheets still reach the host element.
  host.setAttribute('style', 'all: initial; display: block; margin: 1em 0;');
  const root: ShadowRoot | Element =
    typeof host.attachShadow === 'function' ? host.attachShadow({ mode: 'open' }) : host;
  const style = doc.createElement('style');
  style.textContent = CSS;
  const p = doc.createElement('p');
  const mark = doc.createElement('span');
  mark.setAttribute('class', 'mark');
  mark.textContent = 'Unwall';
  p.append(mark, doc.createTextNode(` ${plan.label}`));
  if (plan.url && plan.linkText) {
    const a = doc.createElement('a');
    a.setAttribute('href', plan.url);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
    a.textContent = plan.linkText;
    p.append(doc.createTextNode(' — '), a);
  }
  root.append(style, p);
  el.before(host);
  return host;
}
