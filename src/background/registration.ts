/**
 * The autoconsent content script exists only while automatic refusal is on: registered and
 * unregistered at run time, so turning the setting off removes its cost from every page.
 */
import browser from '../shared/browser.js';
import type { Settings } from '../shared/settings.js';

const ID = 'unwall-autoconsent';

export async function syncAutoconsentScript(settings: Settings): Promise<void> {
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [ID] })).length > 0;
  const wanted = settings.autoRefuse && settings.cleanup;
  if (wanted && !registered) {
    await browser.scripting.registerContentScripts([
      {
        id: ID,
        js: ['autoconsent.js'],
        matches: ['http://*/*', 'https://*/*'],
        allFrames: true,
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!wanted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [ID] });
  }
}
