/**
 * Reversible scroll unlock: removes the lock classes and inline lock properties that
 * findScrollLocks describes, scrolls back to the offset a position:fixed lock saved, and marks
 * html/body so the owned stylesheet overrides locks set by the page's stylesheets, and inline
 * locks the page sets again later (the marker stays; restore() puts it back if the page strips
 * it). Every change is recorded; undo puts the class and style attributes back exactly as they
 * were, unless the page changed them since (then only what was taken away is given back).
 */
import type { ScrollLock } from '../../core/consent/index.js';
import { UNLOCK_ATTR, type Hider } from './hide.js';

interface Saved {
  classAttr: string | null;
  styleAttr: string | null;
  /** Attribute values right after our change, to tell whether the page touched them since. */
  classAfter: string | null;
  styleAfter: string | null;
  classes: string[];
  props: { name: string; value: string; priority: string }[];
  /** Unlock marker tokens this cleanup set on the element. */
  tokens: Set<string>;
}

function priorityOf(style: CSSStyleDeclaration, name: string): string {
  return typeof style.getPropertyPriority === 'function' ? style.getPropertyPriority(name) : '';
}

export class Unlocker {
  readonly #saved = new Map<Element, Saved>();

  readonly #hider: Hider;

  constructor(hider: Hider) {
    this.#hider = hider;
  }

  #entry(el: Element): Saved {
    let s = this.#saved.get(el);
    if (!s) {
      s = {
        classAttr: el.getAttribute('class'),
        styleAttr: el.getAttribute('style'),
        classAfter: null,
        styleAfter: null,
        classes: [],
        props: [],
        tokens: new Set(),
      };
      this.#saved.set(el, s);
    }
    return s;
  }

  /** Takes away the classes and inline properties of each lock, then restores a saved offset. */
  apply(locks: ScrollLock[], doc: Document): ScrollLock[] {
    let scrollY: number | null = null;
    const acted: ScrollLock[] = [];
    for (const lock of locks) {
      const el = lock.element;
      const s = this.#entry(el);
      let changed = false;
      for (const c of lock.classes) {
        if (!el.classList.contains(c)) continue;
        el.classList.remove(c);
        changed = true;
        if (!s.classes.includes(c)) s.classes.push(c);
      }
      const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
      for (const name of lock.properties) {
        const value = style?.getPropertyValue(name) ?? '';
        if (!style || !value) continue;
        // Already overridden by the marker: an inline lock set again is left to lose, unless the
        // page made it !important (which wins over the owned stylesheet).
        if (s.tokens.has(lock.kind) && priorityOf(style, name) !== 'important') continue;
        if (!s.props.some((p) => p.name === name))
          s.props.push({ name, value, priority: priorityOf(style, name) });
        style.removeProperty(name);
        changed = true;
      }
      if (!changed) continue;
      acted.push(lock);
      if (lock.scrollY !== null) scrollY = lock.scrollY;
      s.classAfter = el.getAttribute('class');
      s.styleAfter = el.getAttribute('style');
    }
    // The page may set the same inline lock again (some do, every few hundred ms): the marker
    // makes the owned stylesheet win over it for good.
    this.mark(acted.filter((l) => l.properties.length > 0));
    const view = doc.defaultView;
    if (scrollY !== null && view && typeof view.scrollTo === 'function') view.scrollTo(0, scrollY);
    return acted;
  }

  /**
   * Locks that come from the page's stylesheets (seen in computed styles) cannot be cleared on the
   * element: a marker makes the owned stylesheet override them.
   */
  mark(locks: ScrollLock[]): ScrollLock[] {
    const marked: ScrollLock[] = [];
    for (const lock of locks) {
      const el = lock.element;
      if (el.tagName !== 'HTML' && el.tagName !== 'BODY') continue;
      const token = lock.kind === 'scrollbar-padding' || lock.kind === 'class' ? null : lock.kind;
      if (!token) continue;
      const s = this.#entry(el);
      const classAfter = el.getAttribute('class');
      const styleAfter = el.getAttribute('style');
      s.tokens.add(token);
      if (this.#setTokens(el, s.tokens)) {
        // Only our marker changed: the attributes stay as they were right after our change.
        s.classAfter = classAfter;
        s.styleAfter = styleAfter;
        marked.push(lock);
      }
    }
    return marked;
  }

  /** Adds the tokens to the element's marker; whether anything changed. */
  #setTokens(el: Element, wanted: Set<string>): boolean {
    const tokens = new Set((el.getAttribute(UNLOCK_ATTR) ?? '').split(' ').filter(Boolean));
    const before = tokens.size;
    for (const t of wanted) tokens.add(t);
    if (tokens.size === before && el.hasAttribute(UNLOCK_ATTR)) return false;
    this.#hider.prepare(el);
    el.setAttribute(UNLOCK_ATTR, Array.from(tokens).join(' '));
    return true;
  }

  /** Puts back unlock markers the page stripped; returns how many elements needed it. */
  restore(): number {
    let restored = 0;
    for (const [el, s] of this.#saved) {
      if (s.tokens.size === 0 || !el.isConnected) continue;
      this.#hider.prepare(el);
      if (this.#setTokens(el, s.tokens)) restored++;
    }
    return restored;
  }

  /** Elements that carry an unlock marker (html, body). */
  markedElements(): Element[] {
    return Array.from(this.#saved).flatMap(([el, s]) => (s.tokens.size ? [el] : []));
  }

  get active(): boolean {
    return this.#saved.size > 0;
  }

  undo(): void {
    for (const [el, s] of this.#saved) {
      if (s.tokens.size) el.removeAttribute(UNLOCK_ATTR);
      if (s.classes.length) {
        if (el.getAttribute('class') === s.classAfter) restoreAttr(el, 'class', s.classAttr);
        else for (const c of s.classes) el.classList.add(c);
      }
      if (s.props.length) {
        const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
        if (el.getAttribute('style') === s.styleAfter) restoreAttr(el, 'style', s.styleAttr);
        else for (const p of s.props) style?.setProperty(p.name, p.value, p.priority);
      }
    }
    this.#saved.clear();
  }
}

function restoreAttr(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
