/**
 * Automatic refusal of consent banners with DuckDuckGo's autoconsent (opt-out only). Registered as
 * a content script only while the "refuse automatically" setting is on (background/registration.ts),
 * in every frame, at document_start. The rules are not bundled here: the background sends only the
 * rules that can apply to this frame's address (filterCompactRules), keeping this script lean.
 */
import AutoConsent, { type ContentScriptMessage } from '@duckduckgo/autoconsent';
import { sendToBackground } from '../shared/messages.js';

declare global {
  var __unwallAutoconsent: boolean | undefined;
}

if (!globalThis.__unwallAutoconsent) {
  globalThis.__unwallAutoconsent = true;
  // Every message to the background may come back with the answer autoconsent waits for (its
  // rules, an eval result): one request/response instead of background-to-frame messages.
  const send = async (message: ContentScriptMessage): Promise<void> => {
    const reply = await sendToBackground('autoconsent', message).catch(() => null);
    if (reply) await consent.receiveMessageCallback(reply);
  };
  const consent: AutoConsent = new AutoConsent(send);
}
