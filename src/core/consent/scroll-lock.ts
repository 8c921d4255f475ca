/**
 * Scroll locks a consent UI leaves on the page (design/consent-catalog.md §1.3, §3.2): lock
 * classes on html/body, inline overflow:hidden, position:fixed with the scroll offset saved in
 * `top: -Npx`, blur filters, pointer-events:none, and the padding-right that stands in for the
 * hidden scrollbar. Pure description of what to undo; the content script applies it.
 */
import { CONSENT_CLASS_PATTERN, LOCK_CLASSES, LOCK_CLASS_PATTERN } from './rules.js';

export type ScrollLockKind =
  'class' | 'overflow' | 'position' | 'blur' | 'pointer-events' | 'scrollbar-padding';

export interface ScrollLock {
  element: Element;
  kind: ScrollLockKind;
  /** Classes to remove (kind "class"). */
  classes: string[];
  /** Inline style properties to clear. */
  properties: string[];
  /** Scroll position to restore after unfixing (kind "position"), in px. */
  scrollY: number | null;
  /** Named for a consent UI (safe to undo even when no consent UI was found). */
  consent: boolean;
}

/** Reads a computed style when the host has one (browsers); Node falls back to inline styles. */
export type StyleReader = (el: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'> | null;

const KNOWN = new Set(LOCK_CLASSES.map((c) => c.toLowerCase()));

function inlineStyle(el: Element): Pick<CSSStyleDeclaration, 'getPropertyValue'> | null {
  return (el as HTMLElement).style ?? null;
}

function lockClasses(el: Element): string[] {
  return Array.from(el.classList).filter(
    (c) =>
      KNOWN.has(c.toLowerCase()) ||
      LOCK_CLASS_PATTERN.test(c) ||
      (CONSENT_CLASS_PATTERN.test(c) && /open|show|visible|active|lock|modal/i.test(c)),
  );
}

function px(v: string): number | null {
  const m = /^(-?\d+(?:\.\d+)?)px$/.exec(v.trim());
  return m ? Number(m[1]) : null;
}

function describe(
  el: Element,
  style: Pick<CSSStyleDeclaration, 'getPropertyValue'>,
  anyLock: boolean,
): ScrollLock[] {
  const out: ScrollLock[] = [];
  const get = (p: string): string => style.getPropertyValue(p).trim().toLowerCase();
  const base = { element: el, classes: [], scrollY: null, consent: false };
  // Only the vertical axis locks reading: `overflow-x: hidden` on body is common and legitimate.
  // The shorthand is "x" or "x y" (computed styles serialise both axes).
  const shorthand = get('overflow').split(/\s+/);
  const yLocked =
    /^(hidden|clip)$/.test(get('overflow-y')) ||
    /^(hidden|clip)$/.test(shorthand[shorthand.length - 1] ?? '');
  if (yLocked)
    out.push({
      ...base,
      kind: 'overflow',
      properties: ['overflow', 'overflow-y'].filter((p) => get(p) !== ''),
    });
  if (get('position') === 'fixed' && el.tagName === 'BODY') {
    const top = px(get('top'));
    out.push({
      ...base,
      kind: 'position',
      properties: ['position', 'top', 'left', 'right', 'width'],
      scrollY: top !== null && top < 0 ? -top : null,
    });
  }
  if (/blur\(/.test(get('filter')) || /blur\(/.test(get('-webkit-filter')))
    out.push({ ...base, kind: 'blur', properties: ['filter', '-webkit-filter'] });
  if (get('pointer-events') === 'none')
    out.push({ ...base, kind: 'pointer-events', properties: ['pointer-events'] });
  const pad = px(get('padding-right'));
  // A few pixels of padding stand in for the scrollbar only while something locks the page.
  if ((anyLock || out.length > 0) && pad !== null && pad > 0 && pad <= 24)
    out.push({ ...base, kind: 'scrollbar-padding', properties: ['padding-right'] });
  return out;
}

/**
 * What locks scrolling now. Checks html and body (classes, styles) and, for blur, the direct
 * children of body. `readStyle` defaults to inline styles; pass getComputedStyle in a browser to
 * see stylesheet locks too (those are undone by override, not by clearing a property).
 */
export function findScrollLocks(doc: Document, readStyle: StyleReader = inlineStyle): ScrollLock[] {
  const out: ScrollLock[] = [];
  const roots = [doc.documentElement, doc.body].filter(
    (e): e is HTMLElement => e !== null && e !== undefined,
  );
  const classLocks = new Map<Element, string[]>();
  for (const el of roots) {
    const classes = lockClasses(el);
    if (classes.length) classLocks.set(el, classes);
  }
  for (const [el, classes] of classLocks) {
    out.push({
      element: el,
      kind: 'class',
      classes,
      properties: [],
      scrollY: null,
      consent: classes.some((c) => KNOWN.has(c.toLowerCase()) || CONSENT_CLASS_PATTERN.test(c)),
    });
  }
  // Without a style attribute an element has no inline declarations: nothing to read.
  const inline = readStyle === inlineStyle;
  for (const el of roots) {
    if (inline && !el.hasAttribute('style')) continue;
    const style = readStyle(el);
    if (style) out.push(...describe(el, style, classLocks.size > 0));
  }
  for (const child of Array.from(doc.body?.children ?? [])) {
    if (inline && !child.hasAttribute('style')) continue;
    const style = readStyle(child);
    const f = style?.getPropertyValue('filter') ?? '';
    if (/blur\(/.test(f))
      out.push({
        element: child,
        kind: 'blur',
        classes: [],
        properties: ['filter', '-webkit-filter'],
        scrollY: null,
        consent: false,
      });
  }
  return out;
}
