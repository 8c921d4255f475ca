/**
 * The Node library (package.json `exports["."]`): the core with linkedom as the HTML parser.
 * linkedom rather than jsdom: jsdom throws on some real pages' CSS, and linkedom reproduces
 * Readability's published benchmark scores exactly.
 */
import { parseHTML } from 'linkedom';
import { briefFromDocument, briefFromHtmlWith, briefFromText, type DocumentOptions } from '../core/index.js';
import type { Brief } from '../core/types.js';

export type * from '../core/types.js';
export { briefFromDocument, briefFromText };

/** Parses HTML into a Document with linkedom; the document's URL is set when one is given. */
export function parseHtml(html: string, url?: string): Document {
  const { document } = parseHTML(html);
  if (url) {
    // linkedom documents have no URL of their own; Readability resolves links against it.
    Object.defineProperty(document, 'URL', { value: url, configurable: true });
    Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
  }
  return document;
}

export function briefFromHtml(html: string, options: DocumentOptions = {}): Brief {
  return briefFromHtmlWith((h) => parseHtml(h, options.url), html, options);
}
