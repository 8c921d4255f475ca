/**
 * Consent detection (pure, runs on any Document or clone; never changes it).
 * Contract used by extraction and by the content script:
 *   findConsent(doc) → Finding[]: elements to hide, in document order, outermost only.
 * Order of evidence: known platforms' containers, placeholder markup, containers named for
 * consent that read like a banner, then phrases. Each later pass skips what an earlier one found.
 */
import type { Finding, ScanState } from './finding.js';
import { holdsMainContent, pageStats } from './guard.js';
import { visibleText } from './text.js';
import {
  findCmpContainers,
  findDeferredFrames,
  findNamedContainers,
  findPlaceholderMarkup,
} from './markup.js';
import { collectRoots, compareKeys, composedContains, orderKey, type Scope } from './roots.js';
import { scanPhrases } from './scan.js';
import { findMarkupBoxes, findNamedBoxes } from './boxes.js';

export type { Finding } from './finding.js';
export type { EmbedProvider, EmbedInfo } from './embed.js';
export { providerOfUrl, cleanUrl } from './embed.js';
export { findScrollLocks, type ScrollLock, type ScrollLockKind, type StyleReader } from './scroll-lock.js';
export { planEmbedNotice, noticeLang, pageNoticeLang, type NoticePlan, type NoticeLang } from './notice.js';
export { PHRASES, matchesCategory, type Category, type Lang } from './phrases.js';
export { matchForm } from './text.js';
export { paragraphKind, paragraphKinds } from './text-input.js';

/**
 * A consent UI found inside a shadow root is reported as its host when the host shows nothing
 * else: hiding the host is simpler and survives the shadow tree being rebuilt.
 */
function liftToHost(f: Finding, state: ScanState): Finding {
  const root = f.element.getRootNode();
  if (root.nodeType !== 11) return f;
  const host = (root as ShadowRoot).host;
  if (holdsMainContent(host, state.stats) || /^(HTML|BODY)$/.test(host.tagName)) return f;
  const own = visibleText(f.element);
  return visibleText(host).length <= own.length + 40 ? { ...f, element: host } : f;
}

function baseUrl(doc: Document): string | null {
  const u = doc.URL || doc.documentURI;
  return u && /^https?:/.test(u) ? u : null;
}

/** Outermost findings only, in document order (shadow and frame content after its holder). */
function outermost(found: Finding[], scope: Scope): Finding[] {
  const kept = found.filter(
    (f) =>
      !found.some(
        (g) => g !== f && g.element !== f.element && composedContains(g.element, f.element, scope.holders),
      ),
  );
  const unique = kept.filter((f, i) => kept.findIndex((g) => g.element === f.element) === i);
  if (unique.length < 2) return unique;
  const keys = new Map(unique.map((f) => [f.element, orderKey(scope, f.element)]));
  return unique.sort((a, b) => compareKeys(keys.get(a.element), keys.get(b.element)));
}

export function findConsent(doc: Document): Finding[] {
  if (!doc.documentElement) return [];
  const scope = collectRoots(doc);
  const state: ScanState = { scope, stats: pageStats(doc), base: baseUrl(doc), found: [] };
  for (const r of scope.roots) findCmpContainers(state, r);
  for (const r of scope.roots) findPlaceholderMarkup(state, r);
  for (const r of scope.roots) findDeferredFrames(state, r);
  for (const r of scope.roots) findNamedContainers(state, r);
  for (const { root } of scope.roots) scanPhrases(state, root);
  for (const r of scope.roots) findNamedBoxes(state, r);
  for (const { root } of scope.roots) findMarkupBoxes(state, root);
  return outermost(
    state.found.map((f) => liftToHost(f, state)),
    scope,
  );
}
