/** What consent detection reports, and the shared state of one scan. */
import type { RemovedKind } from '../types.js';
import type { EmbedProvider } from './embed.js';
import type { PageStats } from './guard.js';
import type { Lang } from './phrases.js';
import { composedParent, type Scope } from './roots.js';

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
  /**
   * Elements hidden with `element` as one thing cleaned: the rest of a loose line that no element
   * holds ("<b>Related:</b> <a>…</a><br>": the links and the <br> after the label, loose-lines.ts).
   */
  parts?: Element[];
}

export interface ScanState {
  scope: Scope;
  stats: PageStats;
  base: string | null;
  found: Finding[];
  /** The elements of `found`, as a set (see claimed); kept in step lazily. */
  foundSet?: { elements: Set<Node>; synced: number };
  /** The texts of the boilerplate in `found`, as a set (see boxes.ts copyOfFound); kept in step lazily. */
  boilerplateTexts?: { texts: Set<string>; synced: number };
}

/**
 * Whether `el` is already inside (or is) something found: a walk up from `el` (across shadow and
 * frame boundaries) against the set of found elements, so each test costs the element's depth,
 * not the number of findings (testing each finding made pages with many findings quadratic).
 */
export function claimed(state: ScanState, el: Element): boolean {
  const index = (state.foundSet ??= { elements: new Set(), synced: 0 });
  while (index.synced < state.found.length) index.elements.add(state.found[index.synced++]!.element);
  if (index.elements.size === 0) return false;
  for (let n: Node | null = el; n; n = composedParent(n, state.scope.holders))
    if (index.elements.has(n)) return true;
  return false;
}
