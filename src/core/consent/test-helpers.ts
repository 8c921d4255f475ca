/** Test helpers of the page scan: whether an element is inside a finding, and that no prose is. */
import { expect } from 'vitest';
import { findConsent } from './index.js';

export function isHidden(doc: Document, el: Element | null): boolean {
  expect(el).not.toBeNull();
  return findConsent(doc).some((f) => f.element.contains(el));
}

/** Every paragraph holding one of the article's sentences (`prose`) stays outside every finding. */
export function noProseHidden(doc: Document, prose: readonly string[]): void {
  for (const p of Array.from(doc.querySelectorAll('p')))
    if (prose.some((t) => p.textContent.includes(t.slice(20, 80)))) expect(isHidden(doc, p)).toBe(false);
}
