/**
 * What was cleaned per tab. Kept in storage.session, not in memory, because the MV3 service
 * worker (Chrome) and event page (Firefox) are suspended when idle and lose their globals.
 */
import browser from '../shared/browser.js';
import type { TabCleanupState } from '../shared/messages.js';

const key = (tabId: number): string => `tab:${tabId}`;
const EMPTY: TabCleanupState = { removed: [], payWall: false };

export async function getTabState(tabId: number): Promise<TabCleanupState> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabCleanupState | undefined;
  return stored && Array.isArray(stored.removed) ? stored : EMPTY;
}

export async function setTabState(tabId: number, state: TabCleanupState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
  await showBadge(tabId, state.removed.length);
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

async function showBadge(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f5d50' });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch {
    // The tab closed in the meantime: nothing to show.
  }
}
