/**
 * Background (Chrome service worker, Firefox event page). Listeners are registered synchronously
 * at the top level so a suspended worker wakes up for them.
 */
import browser from '../shared/browser.js';
import { onBackgroundMessage, sendToTab } from '../shared/messages.js';
import { loadSettings, watchSettings } from '../shared/settings.js';
import { handleAutoconsent } from './autoconsent.js';
import { pageForTab } from './brief.js';
import { syncAutoconsentScript } from './registration.js';
import { clearTabState, liveTabState, setTabState } from './tab-state.js';

onBackgroundMessage({
  getPage: ({ tabId }) => pageForTab(tabId),
  reportCleanup: async (state, sender) => {
    if (sender.tab?.id !== undefined && sender.frameId === 0) await setTabState(sender.tab.id, state);
    return null;
  },
  getTabCleanup: ({ tabId }) => liveTabState(tabId),
  autoconsent: (message, sender) => handleAutoconsent(message, sender),
});

// Each start of the worker re-checks the registration: cheap, and right after install or update.
void loadSettings().then(syncAutoconsentScript);
watchSettings((settings) => void syncAutoconsentScript(settings));

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
