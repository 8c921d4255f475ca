/**
 * Many inputs at once (`--format jsonl`): every HTML or text file of the inputs, one JSON line
 * each in input order, briefed in parallel by a pool of worker threads; a progress bar on standard
 * error when it is a terminal, and a summary line at the end. A file that fails gets a line with
 * its error, and the run goes on.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BriefArgs } from './args.js';
import { EXIT, type ExitCode } from './limits.js';
import { Pool } from './pool.js';
import { Progress } from './progress.js';

const BRIEFABLE = /\.(html?|xhtml|txt)(\.gz)?$/i;

/** Files of the inputs: files as given, folders walked (hidden entries skipped), sorted. */
export function expandInputs(inputs: readonly string[]): { files: string[] } | { error: string } {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && BRIEFABLE.test(entry.name)) files.push(path);
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      if (inputs.length > 1) return { error: '"-" (standard input) cannot be mixed with other inputs' };
      files.push(input);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      files.push(input); // the worker reports it as missing, on its own line
      continue;
    }
    if (isDir) walk(input);
    else files.push(input);
  }
  return { files };
}

export interface BatchSummary {
  pages: number;
  articles: number;
  quotes: number;
  failed: number;
  seconds: number;
}

/** Briefs `files`, writing one line per file to `out`; resolves with the summary. */
export async function runBatch(
  files: readonly string[],
  args: BriefArgs,
  out: (line: string) => void,
  stdinBytes?: Uint8Array,
): Promise<BatchSummary> {
  const started = performance.now();
  const jobs = Math.max(1, Math.min(args.jobs, files.length));
  const pool = new Pool(jobs, args.timeoutS * 1000);
  const progress = process.stderr.isTTY ? new Progress(files.length, process.stderr) : null;
  const summary: BatchSummary = { pages: 0, articles: 0, quotes: 0, failed: 0, seconds: 0 };
  // Lines leave in input order; a window keeps memory bounded when one file is slow.
  const window = jobs * 4;
  const pending = new Map<number, string>();
  let printed = 0;
  let next = 0;
  await new Promise<void>((done) => {
    if (!files.length) done();
    const launch = (): void => {
      while (next < files.length && next - printed < window) {
        const index = next++;
        const file = files[index]!;
        const options = { url: args.url, lang: args.lang };
        void pool
          .run(file === '-' ? { bytes: stdinBytes, options } : { path: file, options })
          .then((outcome) => {
            summary.pages++;
            if (outcome.ok) {
              summary.articles += Number(outcome.brief.article);
              summary.quotes += outcome.brief.quotes.length;
              pending.set(index, JSON.stringify({ file, ...outcome.brief }));
            } else {
              summary.failed++;
              pending.set(index, JSON.stringify({ file, error: outcome.message, exitCode: outcome.code }));
            }
            progress?.update(summary.pages, summary.failed);
            while (pending.has(printed)) {
              out(pending.get(printed)!);
              pending.delete(printed++);
            }
            if (printed === files.length) done();
            else launch();
          });
      }
    };
    launch();
  });
  await pool.close();
  progress?.clear();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

export function summaryLine(s: BatchSummary): string {
  const n = (x: number): string => x.toLocaleString('en');
  const rate = s.seconds > 0 ? s.pages / s.seconds : 0;
  return (
    `${n(s.pages)} pages in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)} pages/s): ` +
    `${n(s.articles)} articles, ${n(s.quotes)} quotes, ${n(s.failed)} failed`
  );
}

export const batchExit = (s: BatchSummary): ExitCode => (s.failed ? EXIT.SOME_FAILED : EXIT.OK);
