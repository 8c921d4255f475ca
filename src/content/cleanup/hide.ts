/**
 * Hiding without removing: an element is hidden by a marker attribute that one extension-owned
 * <style> per root (the document, a shadow root, a same-origin frame's document) turns into
 * `display: none`. Undo removes the markers and the styles; page nodes are never removed.
 *
 * A consent banner that automatic refusal still has to answer is "prehidden" instead: made
 * transparent and click-through, the way autoconsent prehides (it still finds the banner, which
 * keeps its layout, and clicks it). Markers the page strips are put back by restore().
 */
import { gone } from '../../core/consent/roots.js';

export const HIDDEN_ATTR = 'data-unwall-hidden';
export const PREHIDE_ATTR = 'data-unwall-prehide';
export const UNLOCK_ATTR = 'data-unwall-unlock';
export const STYLE_ATTR = 'data-unwall-style';

/**
 * Whether a node is in a page and can be read: not detached, and not in a frame document that
 * navigated away (Firefox then throws on any access, see gone()). What the cleanup marked in a
 * frame stays in its lists after the frame navigates; every walk over them asks this first.
 */
export function inPage(node: Node): boolean {
  return !gone(node) && node.isConnected;
}

/**
 * Rules of the owned stylesheet. The unlock rules cover locks set by the page's own stylesheets,
 * and inline locks the page sets again after they were cleared (an `!important` author rule wins
 * over an inline declaration without it). Static, so the extension also declares them as a
 * content-script CSS file (pages whose CSP blocks inline <style> elements).
 */
export const CLEANUP_CSS = `[${HIDDEN_ATTR}] { display: none !important; }
[${PREHIDE_ATTR}] { opacity: 0 !important; z-index: -1 !important; pointer-events: none !important; }
[${UNLOCK_ATTR}~="overflow"] { overflow-y: visible !important; }
[${UNLOCK_ATTR}~="position"] { position: static !important; top: auto !important; }
[${UNLOCK_ATTR}~="blur"] { filter: none !important; -webkit-filter: none !important; }
[${UNLOCK_ATTR}~="pointer-events"] { pointer-events: auto !important; }`;

type StyleRoot = Document | ShadowRoot;

function styleRootOf(el: Element): StyleRoot {
  const r = el.getRootNode();
  return r.nodeType === 11 ? (r as ShadowRoot) : (el.ownerDocument ?? (r as Document));
}

/** How an element is hidden: the marker attribute and its value. */
interface Mark {
  attr: typeof HIDDEN_ATTR | typeof PREHIDE_ATTR;
  value: string;
}

export class Hider {
  readonly #styles = new Map<StyleRoot, HTMLStyleElement>();
  readonly #marks = new Map<Element, Mark>();

  #ensureStyle(root: StyleRoot): void {
    const existing = this.#styles.get(root);
    if (existing && inPage(existing)) return;
    const doc = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
    const style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = CLEANUP_CSS;
    if (root.nodeType === 9) {
      const d = root as Document;
      (d.head ?? d.documentElement).append(style);
    } else root.append(style);
    this.#styles.set(root, style);
  }

  #mark(el: Element, mark: Mark): void {
    this.#ensureStyle(styleRootOf(el));
    const before = this.#marks.get(el);
    if (before && before.attr !== mark.attr) el.removeAttribute(before.attr);
    el.setAttribute(mark.attr, mark.value);
    this.#marks.set(el, mark);
  }

  /** Hides `el` (display: none). A prehidden element is hidden fully. */
  hide(el: Element, kind: string): void {
    if (this.#marks.get(el)?.attr === HIDDEN_ATTR) return;
    this.#mark(el, { attr: HIDDEN_ATTR, value: kind });
  }

  /** Makes `el` transparent and click-through, keeping its layout (see the file comment). */
  prehide(el: Element, kind: string): void {
    if (this.#marks.has(el)) return;
    this.#mark(el, { attr: PREHIDE_ATTR, value: kind });
  }

  /** Takes the marker off one element (a prehidden banner the page answered and took away). */
  release(el: Element): void {
    const mark = this.#marks.get(el);
    if (!mark) return;
    el.removeAttribute(mark.attr);
    this.#marks.delete(el);
  }

  /** Whether the cleanup hides or prehides `el` (whatever the page did to the marker since). */
  isHidden(el: Element): boolean {
    return this.#marks.has(el);
  }

  /** Whether `el` is hidden right now: in the page, with its marker. */
  hiddenNow(el: Element): boolean {
    const mark = this.#marks.get(el);
    return mark !== undefined && inPage(el) && el.getAttribute(mark.attr) === mark.value;
  }

  /** Whether `el` is prehidden (not yet hidden fully). */
  isPrehidden(el: Element): boolean {
    return this.#marks.get(el)?.attr === PREHIDE_ATTR;
  }

  /** The owned stylesheet of the element's root, for unlock markers on html/body. */
  prepare(el: Element): void {
    this.#ensureStyle(styleRootOf(el));
  }

  /**
   * Puts back markers and stylesheets the page took away, on elements still in the page.
   * Returns how many markers were put back.
   */
  restore(): number {
    let restored = 0;
    for (const [el, mark] of this.#marks) {
      if (!inPage(el)) continue;
      this.#ensureStyle(styleRootOf(el));
      if (el.getAttribute(mark.attr) === mark.value) continue;
      el.setAttribute(mark.attr, mark.value);
      restored++;
    }
    return restored;
  }

  /** The elements the cleanup marked. */
  marked(): IterableIterator<Element> {
    return this.#marks.keys();
  }

  /** Whether a node is one the cleanup itself added (its mutations are not page activity). */
  static owns(node: Node): boolean {
    return (
      node.nodeType === 1 &&
      ((node as Element).hasAttribute(STYLE_ATTR) || (node as Element).hasAttribute('data-unwall-notice'))
    );
  }

  undo(): void {
    for (const [el, mark] of this.#marks) if (!gone(el)) el.removeAttribute(mark.attr);
    this.#marks.clear();
    for (const style of this.#styles.values()) if (!gone(style)) style.remove();
    this.#styles.clear();
  }
}
