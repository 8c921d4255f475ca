/**
 * Reversible scroll unlock: removes the lock classes and inline lock properties that
 * findScrollLocks describes, scrolls back to the offset a position:fixed lock saved, and marks
 * html/body so the owned stylesheet overrides locks set by the page's stylesheets. Every change
 * is recorded; undo puts the class and style attributes back exactly as they were, unless the
 * page changed them since (then only what was taken away is given back).
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
  marked: boolean;
}

function priorityOf(style: CSSStyleDeclaration, name: string): string {
  return typeof style.getPropertyPriority === 'function' ? style.getPropertyPriority(name) : '';
}

export class Unlocker {
  private readonly saved = new Map<Element, Saved>();

  constructor(private readonly hider: Hider) {}

  private entry(el: Element): Saved {
    let s = this.saved.get(el);
    if (!s) {
      s = {
        classAttr: el.getAttribute('class'),
        styleAttr: el.getAttribute('style'),
        classAfter: null,
        styleAfter: null,
        classes: [],
        props: [],
        marked: false,
      };
      this.saved.set(el, s);
    }
    return s;
  }

  /** Takes away the classes and inline properties of each lock, then restores a saved offset. */
  apply(locks: ScrollLock[], doc: Document): void {
    let scrollY: number | null = null;
    for (const lock of locks) {
      const el = lock.element;
      const s = this.entry(el);
      for (const c of lock.classes) {
        if (!el.classList.contains(c)) continue;
        el.classList.remove(c);
        if (!s.classes.includes(c)) s.classes.push(c);
      }
      const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
      for (const name of lock.properties) {
        const value = style?.getPropertyValue(name) ?? '';
        if (!style || !value) continue;
        if (!s.props.some((p) => p.name === name))
          s.props.push({ name, value, priority: priorityOf(style, name) });
        style.removeProperty(name);
      }
      if (lock.scrollY !== null) scrollY = lock.scrollY;
      s.classAfter = el.getAttribute('class');
      s.styleAfter = el.getAttribute('style');
    }
    const view = doc.defaultView;
    if (scrollY !== null && view && typeof view.scrollTo === 'function') view.scrollTo(0, scrollY);
  }

  /**
   * Locks that come from the page's stylesheets (seen in computed styles) cannot be cleared on the
   * element: a marker makes the owned stylesheet override them.
   */
  mark(locks: ScrollLock[]): void {
    for (const lock of locks) {
      const el = lock.element;
      if (el.tagName !== 'HTML' && el.tagName !== 'BODY') continue;
      const token = lock.kind === 'scrollbar-padding' || lock.kind === 'class' ? null : lock.kind;
      if (!token) continue;
      const s = this.entry(el);
      const tokens = new Set((el.getAttribute(UNLOCK_ATTR) ?? '').split(' ').filter(Boolean));
      if (tokens.has(token)) continue;
      tokens.add(token);
      this.hider.prepare(el);
      el.setAttribute(UNLOCK_ATTR, Array.from(tokens).join(' '));
      s.marked = true;
      s.classAfter = el.getAttribute('class');
      s.styleAfter = el.getAttribute('style');
    }
  }

  get active(): boolean {
    return this.saved.size > 0;
  }

  undo(): void {
    for (const [el, s] of this.saved) {
      if (s.marked) el.removeAttribute(UNLOCK_ATTR);
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
    this.saved.clear();
  }
}

function restoreAttr(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
