/**
 * What was cleaned per tab: the content script's report, plus the banners autoconsent refused.
 * Kept in storage.session, not in memory, because the MV3 service worker (Chrome) and event page
 * (Firefox) are suspended when idle and lose their globals.
 */
import type { Removed } from '../core/types.js';
import browser from '../shared/browser.js';
import { sendToTab, type TabCleanupState } from '../shared/messages.js';

const pageKey = (tabId: number): string => `tab:${tabId}`;
const refusedKey = (tabId: number): string => `refused:${tabId}`;

async function read<T>(key: string, fallback: T): Promise<T> {
  const value = (await browser.storage.session.get(key))[key] as T | undefined;
  return value ?? fallback;
}

function refusalEntry(cmp: string): Removed {
  return { kind: 'consent-banner', text: `${cmp}: cookies refused automatically` };
}

/** Everything cleaned on the tab's current page. */
export async function getTabState(tabId: number): Promise<TabCleanupState> {
  const page = await read<TabCleanupState>(pageKey(tabId), { removed: [], payWall: false });
  const refused = await read<string[]>(refusedKey(tabId), []);
  return { removed: [...refused.map(refusalEntry), ...page.removed], payWall: page.payWall };
}

/**
 * Everything cleaned on the tab's page, asked of the page itself first: the page may have taken
 * back or removed what was hidden since the last report. The stored state stands in when the page
 * does not answer (no content script, a browser page), and is brought up to date when it does.
 */
export async function liveTabState(tabId: number): Promise<TabCleanupState> {
  const live = await sendToTab(tabId, 'cleanupState', null).catch(() => null);
  if (live && Array.isArray(live.removed))
    await setTabState(tabId, { removed: live.removed, payWall: live.payWall });
  return getTabState(tabId);
}

export async function setTabState(tabId: number, state: TabCleanupState): Promise<void> {
  await browser.storage.session.set({ [pageKey(tabId)]: state });
  await showBadge(tabId);
}

/** A new page in the tab's top frame: earlier refusals belonged to the previous page. */
export async function resetRefusals(tabId: number): Promise<void> {
  await browser.storage.session.remove(refusedKey(tabId));
  await showBadge(tabId);
}

export async function addRefusal(tabId: number, cmp: string): Promise<void> {
  const refused = await read<string[]>(refusedKey(tabId), []);
  if (!refused.includes(cmp)) await browser.storage.session.set({ [refusedKey(tabId)]: [...refused, cmp] });
  await showBadge(tabId);
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove([pageKey(tabId), refusedKey(tabId)]);
}

async function showBadge(tabId: number): Promise<void> {
  const count = (await getTabState(tabId)).removed.length;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f5d50' });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch {
    // The tab closed in the meantime: nothing to show.
  }
}
