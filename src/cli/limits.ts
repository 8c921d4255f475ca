/**
 * What the CLI accepts, and how it exits. The size limit is one the CLI meets: a page of that
 * size is briefed within 10 s on a 2-core machine (measured on generated articles of short
 * paragraphs, the worst shape for the analysis; `npm run bench` prints the figures). Beyond the
 * limits the CLI says so in one line and exits with LIMIT, rather than running for minutes.
 */
import { MAX_HTML_DEPTH } from '../node/html-depth.js';

export const MAX_INPUT_MB = 4;
export const MAX_INPUT_BYTES = MAX_INPUT_MB * 1024 * 1024;
/** Elements nested deeper than this are refused before parsing (see html-depth.ts). */
export const MAX_DEPTH = MAX_HTML_DEPTH;
export const DEFAULT_TIMEOUT_S = 30;
/** Memory for the worker that briefs one page; a 4 MB page needs about 300 MB. */
export const WORKER_HEAP_MB = 1536;

export const EXIT = {
  OK: 0,
  /** Bad usage, or an input that cannot be read: missing, a directory, empty, binary. */
  USAGE: 1,
  NOT_ARTICLE: 3,
  /** Too large, too deeply nested, slower than --timeout, or out of memory. */
  LIMIT: 4,
  /** jsonl: at least one input failed (its line holds the error). */
  SOME_FAILED: 5,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
