/**
 * "Leads back to its place in the page": scrolls to the first block holding a text (an actor's
 * name, a quote) and flashes it through one owned stylesheet and a marker attribute.
 */
import { normalizeSpace } from '../core/text/normalize.js';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, td, dd';
const MARK = 'data-unwall-reveal';
const STYLE_ID = 'unwall-reveal-style';

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `[${MARK}] { outline: 3px solid #e0a100 !important; outline-offset: 3px; transition: outline-color 1.5s; }`;
  (doc.head ?? doc.documentElement).append(style);
}

export function reveal(doc: Document, text: string): boolean {
  // Quotes may span paragraphs: the opening words are enough to find the place.
  const needle = normalizeSpace(text).slice(0, 80).toLowerCase();
  if (!needle) return false;
  for (const el of doc.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (
      !normalizeSpace(el.textContent ?? '')
        .toLowerCase()
        .includes(needle)
    )
      continue;
    ensureStyle(doc);
    el.setAttribute(MARK, '');
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setTimeout(() => {
      el.removeAttribute(MARK);
    }, 2000);
    return true;
  }
  return false;
}
