/**
 * Hiding without removing: an element is hidden by a marker attribute that one extension-owned
 * <style> per root (the document, a shadow root, a same-origin frame's document) turns into
 * `display: none`. Undo removes the markers and the styles; page nodes are never removed.
 */
export const HIDDEN_ATTR = 'data-unwall-hidden';
export const UNLOCK_ATTR = 'data-unwall-unlock';
export const STYLE_ATTR = 'data-unwall-style';

/**
 * Rules of the owned stylesheet. The unlock rules cover locks set by the page's own stylesheets.
 * Static, so the extension may also declare them as a content-script CSS file (pages whose CSP
 * blocks inline <style> elements).
 */
export const CLEANUP_CSS = `[${HIDDEN_ATTR}] { display: none !important; }
[${UNLOCK_ATTR}~="overflow"] { overflow-y: visible !important; }
[${UNLOCK_ATTR}~="position"] { position: static !important; top: auto !important; }
[${UNLOCK_ATTR}~="blur"] { filter: none !important; -webkit-filter: none !important; }
[${UNLOCK_ATTR}~="pointer-events"] { pointer-events: auto !important; }`;

type StyleRoot = Document | ShadowRoot;

function styleRootOf(el: Element): StyleRoot {
  const r = el.getRootNode();
  return r.nodeType === 11 ? (r as ShadowRoot) : (el.ownerDocument ?? (r as Document));
}

export class Hider {
  private readonly styles = new Map<StyleRoot, HTMLStyleElement>();
  private readonly hidden = new Set<Element>();

  private ensureStyle(root: StyleRoot): void {
    const existing = this.styles.get(root);
    if (existing?.isConnected) return;
    const doc = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
    const style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = CLEANUP_CSS;
    if (root.nodeType === 9) {
      const d = root as Document;
      (d.head ?? d.documentElement).append(style);
    } else root.append(style);
    this.styles.set(root, style);
  }

  hide(el: Element, kind: string): void {
    if (this.hidden.has(el)) return;
    this.ensureStyle(styleRootOf(el));
    el.setAttribute(HIDDEN_ATTR, kind);
    this.hidden.add(el);
  }

  isHidden(el: Element): boolean {
    return this.hidden.has(el);
  }

  /** The owned stylesheet of the element's root, for unlock markers on html/body. */
  prepare(el: Element): void {
    this.ensureStyle(styleRootOf(el));
  }

  /** Whether a node is one the cleanup itself added (its mutations are not page activity). */
  static owns(node: Node): boolean {
    return (
      node.nodeType === 1 &&
      ((node as Element).hasAttribute(STYLE_ATTR) || (node as Element).hasAttribute('data-unwall-notice'))
    );
  }

  undo(): void {
    for (const el of this.hidden) el.removeAttribute(HIDDEN_ATTR);
    this.hidden.clear();
    for (const style of this.styles.values()) style.remove();
    this.styles.clear();
  }
}
