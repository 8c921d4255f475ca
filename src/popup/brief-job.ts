/**
 * The popup's side of the brief worker (brief-worker.ts): starts it on a page's HTML, reports
 * its stages, and stops it when the time budget is spent. What the reader then gets: the whole
 * brief; or, when the analysis did not finish, the brief without it (title, text, what was
 * cleaned), marked partial; or, when not even the article was read, a plain "could not finish".
 */
import type { Brief } from '../core/types.js';
import type { SerializedPage } from '../shared/messages.js';

export type Stage = 'page' | 'parse' | 'extract' | 'analyse';
export interface ToWorker {
  html: string;
  url: string;
  budgetMs: number;
}
export type FromWorker =
  | { kind: 'stage'; stage: Stage; partial?: Brief }
  | { kind: 'done'; brief: Brief }
  | { kind: 'error'; message: string };

export type JobResult =
  | { kind: 'done'; brief: Brief }
  | { kind: 'partial'; brief: Brief }
  | { kind: 'too-slow' }
  | { kind: 'error'; message: string };

/** Long enough for any real page (a brief takes well under a second), short enough to wait for. */
export const DEFAULT_BUDGET_MS = 20_000;

export function runBriefJob(
  page: SerializedPage,
  budgetMs: number,
  onStage: (stage: Stage) => void,
): Promise<JobResult> {
  return new Promise((resolve) => {
    const worker = new Worker('brief-worker.js');
    let partial: Brief | null = null;
    const end = (result: JobResult): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => {
      end(partial ? { kind: 'partial', brief: partial } : { kind: 'too-slow' });
    }, budgetMs);
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.kind === 'stage') {
        if (m.partial) partial = m.partial;
        onStage(m.stage);
      } else if (m.kind === 'done') end({ kind: 'done', brief: m.brief });
      else end({ kind: 'error', message: m.message });
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      end({ kind: 'error', message: event.message || 'the brief worker failed' });
    });
    worker.postMessage({ html: page.html, url: page.url, budgetMs } satisfies ToWorker);
  });
}
