/**
 * autoconsent is no longer a registered content script: the always-on content script asks for it
 * (startAutoconsent) only on pages where the cleanup found a consent banner or wall, and the
 * background injects it then (autoconsent.ts). Registered in every frame at document_start it
 * cost about 6 ms of main-thread script on every page, banner or not (issue 10). Earlier versions
 * registered it with persistAcrossSessions: that registration is dropped here.
 */
import browser from '../shared/browser.js';

const ID = 'unwall-autoconsent';

export async function dropAutoconsentRegistration(): Promise<void> {
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [ID] })).length > 0;
  if (registered) await browser.scripting.unregisterContentScripts({ ids: [ID] });
}
