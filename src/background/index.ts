/**
 * Background (Chrome service worker, Firefox event page). Listeners are registered synchronously
 * at the top level so a suspended worker wakes up for them.
 */
import browser from '../shared/browser.js';
import { onBackgroundMessage, sendToTab } from '../shared/messages.js';
import { handleAutoconsent, startAutoconsent } from './autoconsent.js';
import { pageForTab } from './brief.js';
import { dropAutoconsentRegistration } from './registration.js';
import { clearTabState, liveTabState, setTabState } from './tab-state.js';

onBackgroundMessage({
  getPage: ({ tabId }) => pageForTab(tabId),
  reportCleanup: async (state, sender) => {
    if (sender.tab?.id !== undefined && sender.frameId === 0) await setTabState(sender.tab.id, state);
    return null;
  },
  getTabCleanup: ({ tabId }) => liveTabState(tabId),
  autoconsent: (message, sender) => handleAutoconsent(message, sender),
  startAutoconsent: async (_req, sender) => {
    const tab = sender.tab;
    if (tab?.id === undefined || sender.frameId !== 0) return false;
    return startAutoconsent(tab.id, tab.url ?? sender.url ?? '');
  },
});

// autoconsent is started per tab on demand (startAutoconsent); a registration left by an earlier
// version is dropped when the worker starts.
void dropAutoconsentRegistration().catch(() => undefined);

// Single-page apps change the address without a load: the content script stays and must rescan.
// A real load also reports a new URL, but then the message finds no content script yet (ignored).
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url && /^https?:/.test(change.url)) {
    void sendToTab(tabId, 'pageChanged', { url: change.url }).catch(() => undefined);
  }
});

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabState(tabId);
});
