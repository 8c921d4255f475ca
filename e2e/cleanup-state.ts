/**
 * What the always-on content script hides in a tab now, and its own time and work counters, asked
 * of the content script itself from an extension page (the `cleanupState` tab message).
 */
import type { PageCleanupState } from '../src/shared/messages.js';
import type { ExtensionBrowser } from './driver.js';

interface TabsApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

export async function cleanupState(browser: ExtensionBrowser, url: string): Promise<PageCleanupState> {
  const tabId = await browser.tabIdOf(url);
  const page = await browser.openExtensionPage('popup.html?tabId=-1');
  try {
    return await page.evaluate(async (id) => {
      const api =
        (globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi }).browser ??
        (globalThis as unknown as { chrome: TabsApi }).chrome;
      return (await api.tabs.sendMessage(id, { unwall: 'cleanupState', req: null })) as PageCleanupState;
    }, tabId);
  } finally {
    await page.close();
  }
}
