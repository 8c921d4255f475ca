/**
 * The brief script, injected on demand by the background (scripting.executeScript) when the popup
 * asks for a brief. It does no analysis in the page: it hands over a serialisation of the
 * document (the browser's own serialiser, tens of milliseconds on a 5 MB page), and the popup
 * briefs it in a worker, off the page's main thread, so the page never freezes.
 *
 * Light DOM only, as the brief read it before: open shadow roots hold widgets (and Unwall's own
 * notices), not article text, and the cleanup reports what it found in them on its own.
 */
import { onTabMessage } from '../shared/messages.js';

declare global {
  var __unwallBriefReady: boolean | undefined;
}

export function serializeDocument(doc: Document): string {
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  return doctype + (doc.documentElement?.outerHTML ?? '');
}

// executeScript may run this file twice in one page (two popups, a race): listen only once.
if (!globalThis.__unwallBriefReady) {
  globalThis.__unwallBriefReady = true;
  onTabMessage({
    pingBrief: () => true,
    serializePage: () => ({ html: serializeDocument(document), url: location.href }),
  });
}
