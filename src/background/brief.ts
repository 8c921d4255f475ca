/**
 * Briefs on demand: the brief script (with the heavy lexicons) is injected only when a brief is
 * asked for, so the always-on content script stays lean.
 */
import type { Removed } from '../core/types.js';
import browser from '../shared/browser.js';
import { type BriefResponse, sendToTab } from '../shared/messages.js';
import { restrictedReason } from './restricted.js';
import { getTabState } from './tab-state.js';

async function ensureBriefScript(tabId: number): Promise<void> {
  // A tab with only the content script answers nothing (the polyfill resolves `undefined`), a tab
  // without any script rejects: both mean the brief script is not there yet.
  const ready: unknown = await sendToTab(tabId, 'pingBrief', null).catch(() => false);
  if (ready === true) return;
  await browser.scripting.executeScript({ target: { tabId }, files: ['brief.js'] });
}

/** The page's own findings and the content script's cleanup, without duplicates. */
function mergeRemoved(a: Removed[], b: Removed[]): Removed[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((r) => {
    const k = `${r.kind}\u0000${r.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export async function briefForTab(tabId: number): Promise<BriefResponse> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { ok: false, reason: 'no-tab', message: 'That tab is gone.' };
  }
  const restricted = restrictedReason(url);
  if (restricted) return { ok: false, reason: 'restricted', message: restricted };
  try {
    await ensureBriefScript(tabId);
    const brief = await sendToTab(tabId, 'computeBrief', null);
    if (!brief) throw new Error('The page did not answer; reload it and try again.');
    const cleaned = await getTabState(tabId);
    return { ok: true, brief: { ...brief, removed: mergeRemoved(cleaned.removed, brief.removed) } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Chrome and Firefox refuse scripting on some pages we cannot know in advance (other
    // extensions' pages, pages a policy protects, the PDF viewer without a .pdf address).
    if (/cannot (access|be scripted)|missing host permission|not allowed|extensions gallery/i.test(message)) {
      return {
        ok: false,
        reason: 'restricted',
        message: 'The browser does not let extensions read this page.',
      };
    }
    return { ok: false, reason: 'error', message };
  }
}
