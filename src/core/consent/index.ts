/**
 * Consent detection (pure, runs on any Document or clone). Filled in by issue #3.
 * Contract used by extraction and by the content script:
 *   findConsent(doc) → Finding[]: elements to hide, in document order, outermost only.
 */
import type { RemovedKind } from '../types.js';

export interface Finding {
  element: Element;
  kind: RemovedKind;
  /** Visible text, shortened. */
  text: string;
  provider?: string | null;
  url?: string | null;
}

export function findConsent(_doc: Document): Finding[] {
  return [];
}
