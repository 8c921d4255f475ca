/**
 * The brief script, injected on demand by the background (scripting.executeScript) when the popup
 * asks for a brief, so the lexicons and Readability never weigh on pages nobody asked about.
 */
import { briefFromDocument } from '../core/index.js';
import { onTabMessage } from '../shared/messages.js';

declare global {
  var __unwallBriefReady: boolean | undefined;
}

// executeScript may run this file twice in one page (two popups, a race): listen only once.
if (!globalThis.__unwallBriefReady) {
  globalThis.__unwallBriefReady = true;
  onTabMessage({
    pingBrief: () => true,
    computeBrief: () => briefFromDocument(document, { url: location.href }),
  });
}
