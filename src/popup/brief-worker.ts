/**
 * The brief, off every page's main thread: a dedicated worker of the popup parses the page's HTML
 * with linkedom (there is no DOMParser in workers) and runs the core, reporting each stage, so the
 * popup stays responsive and shows progress, and can stop the work when its time budget is spent.
 * Results match the CLI's, which parses with linkedom too.
 */
import { DOMParser as LinkedomParser } from 'linkedom';
import { briefStep, extractStep } from '../core/index.js';
import { htmlDepth, MAX_HTML_DEPTH } from '../node/html-depth.js';
import { parseHtml } from '../node/index.js';
import type { FromWorker, ToWorker } from './brief-job.js';

// Readability re-parses <noscript> images with DOMParser (see build.mjs): lend it linkedom's.
globalThis.DOMParser ??= LinkedomParser as unknown as typeof DOMParser;

const post = (message: FromWorker): void => {
  postMessage(message);
};

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const { html, url, budgetMs } = event.data;
  try {
    post({ kind: 'stage', stage: 'parse' });
    if (htmlDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
      post({ kind: 'error', message: `elements nested more than ${MAX_HTML_DEPTH} levels deep` });
      return;
    }
    const doc = parseHtml(html, url);
    post({ kind: 'stage', stage: 'extract' });
    // Half the budget for reading the article: past it, extraction takes its linear path.
    const step = extractStep(doc, { url, owned: true, budgetMs: budgetMs / 2 });
    post({ kind: 'stage', stage: 'analyse', partial: briefStep(step, false) });
    post({ kind: 'done', brief: briefStep(step) });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
