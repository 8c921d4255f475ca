/** What consent detection reports, and the shared state of one scan. */
import type { RemovedKind } from '../types.js';
import type { EmbedProvider } from './embed.js';
import type { PageStats } from './guard.js';
import type { Lang } from './phrases.js';
import { composedContains, type Scope } from './roots.js';

export interface Finding {
  element: Element;
  kind: RemovedKind;
  /** Visible text, shortened. */
  text: string;
  /** For consent-embed: "x", "youtube", "instagram", "tiktok", "facebook", "spotify", "podcast", "other". */
  provider?: EmbedProvider | null;
  /** For consent-embed: the original address when the page kept it. */
  url?: string | null;
  /** Which rule found it: a platform ("onetrust"), a markup family ("guardian") or "phrase". */
  source?: string;
  /** Language of the phrase that matched, when a phrase did. */
  lang?: Lang | null;
}

export interface ScanState {
  scope: Scope;
  stats: PageStats;
  base: string | null;
  found: Finding[];
}

/** Whether `el` is already inside (or is) something found. */
export function claimed(state: ScanState, el: Element): boolean {
  return state.found.some((f) => composedContains(f.element, el, state.scope.holders));
}
