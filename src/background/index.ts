/**
 * Background (Chrome service worker, Firefox event page). Listeners are registered synchronously
 * at the top level so a suspended worker wakes up for them.
 */
import browser from '../shared/browser.js';
import { onBackgroundMessage } from '../shared/messages.js';
import { briefForTab } from './brief.js';
import { clearTabState, getTabState, setTabState } from './tab-state.js';

onBackgroundMessage({
  getBrief: ({ tabId }) => briefForTab(tabId),
  reportCleanup: async (state, sender) => {
    if (sender.tab?.id !== undefined && sender.frameId === 0) await setTabState(sender.tab.id, state);
    return null;
  },
  getTabCleanup: ({ tabId }) => getTabState(tabId),
});

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabState(tabId);
});
