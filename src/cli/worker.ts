/**
 * A worker thread that briefs one input at a time for the CLI (pool.ts): the main thread stays
 * free to enforce the time limit (it terminates a worker that runs too long) and, with many
 * inputs, several workers brief in parallel.
 */
import { parentPort } from 'node:worker_threads';
import { briefBytes, type BriefOptions, type Outcome } from './brief-input.js';
import { EXIT } from './limits.js';
import { ReadError, readBounded } from './read.js';

export interface Job {
  id: number;
  /** The input itself (standard input, read by the main thread), or a file for the worker to read. */
  bytes?: Uint8Array;
  path?: string;
  options: BriefOptions;
}
export interface Done {
  id: number;
  outcome: Outcome;
}

async function run(job: Job): Promise<Outcome> {
  try {
    return briefBytes(job.bytes ?? (await readBounded(job.path ?? '')), job.options);
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, code: EXIT.USAGE, message: error.message };
    if (error instanceof RangeError && /call stack/.test(error.message))
      return {
        ok: false,
        code: EXIT.LIMIT,
        message: 'the page is too deeply built to read (call stack exhausted)',
      };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: EXIT.USAGE, message: `unexpected error: ${message}` };
  }
}

parentPort?.on('message', (job: Job) => {
  void run(job).then((outcome) => {
    parentPort?.postMessage({ id: job.id, outcome } satisfies Done);
  });
});
