/**
 * A page for the popup to brief: the brief script (tiny: it only serialises the document) is
 * injected on demand, and the popup briefs the HTML in a worker, so that no analysis ever runs on
 * the page's main thread (a 5 MB paragraph used to freeze a tab for minutes).
 */
import browser from '../shared/browser.js';
import { type PageResponse, sendToTab } from '../shared/messages.js';
import { restrictedReason } from './restricted.js';

/** Larger documents are not sent through extension messaging (Chrome's limit is 64 MB of JSON). */
const MAX_PAGE_CHARS = 32 * 1024 * 1024;

async function ensureBriefScript(tabId: number): Promise<void> {
  // A tab with only the content script answers nothing (the polyfill resolves `undefined`), a tab
  // without any script rejects: both mean the brief script is not there yet.
  const ready: unknown = await sendToTab(tabId, 'pingBrief', null).catch(() => false);
  if (ready === true) return;
  await browser.scripting.executeScript({ target: { tabId }, files: ['brief.js'] });
}

export async function pageForTab(tabId: number): Promise<PageResponse> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { ok: false, reason: 'no-tab', message: 'That tab is gone.' };
  }
  const restricted = restrictedReason(url);
  if (restricted) return { ok: false, reason: 'restricted', message: restricted };
  try {
    await ensureBriefScript(tabId);
    const page = await sendToTab(tabId, 'serializePage', null);
    if (!page) throw new Error('The page did not answer; reload it and try again.');
    if (page.html.length > MAX_PAGE_CHARS)
      return { ok: false, reason: 'error', message: 'This page is too large to brief.' };
    return { ok: true, page };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Chrome and Firefox refuse scripting on some pages we cannot know in advance (other
    // extensions' pages, pages a policy protects, the PDF viewer without a .pdf address).
    if (/cannot (access|be scripted)|missing host permission|not allowed|extensions gallery/i.test(message)) {
      return {
        ok: false,
        reason: 'restricted',
        message: 'The browser does not let extensions read this page.',
      };
    }
    return { ok: false, reason: 'error', message };
  }
}
