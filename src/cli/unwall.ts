/**
 * `unwall brief <input>... [options]`: see `unwall brief --help` (args.ts) for options, limits
 * and exit codes. The brief itself runs in a worker thread (pool.ts) so that a time limit can stop
 * it; this thread reads input (bounded), formats and prints.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { briefToMarkdown, briefToText } from '../core/format.js';
import type { Brief } from '../core/types.js';
import { localeFor, uiLangOf } from '../shared/i18n.js';
import { briefHelp, mainHelp, parseArgs, type BriefArgs } from './args.js';
import { batchExit, expandInputs, runBatch, summaryLine } from './batch.js';
import { classifyInput } from './input.js';
import { EXIT, type ExitCode } from './limits.js';
import { Pool } from './pool.js';
import { ReadError, readBounded } from './read.js';

/** The version in the package.json above this file (dist/node/cli.js, or a test's own build). */
function version(): string {
  for (let dir = new URL('./', import.meta.url); dir.pathname !== '/'; dir = new URL('../', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (pkg.name === 'unwall') return pkg.version;
    } catch {
      // no package.json here: look one folder up
    }
  }
  return 'unknown';
}

function fail(message: string, code: ExitCode): ExitCode {
  process.stderr.write(`unwall: ${message}\n`);
  return code;
}

async function briefOne(args: BriefArgs): Promise<ExitCode> {
  const file = args.inputs[0]!;
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(file);
  } catch (error) {
    if (error instanceof ReadError) return fail(error.message, EXIT.USAGE);
    throw error;
  }
  // Too large is known without the worker (which takes a moment to load the parser and the core).
  const early = classifyInput(bytes);
  if (early.kind === 'error' && early.tooLarge) return fail(`${file}: ${early.message}`, EXIT.LIMIT);
  const pool = new Pool(1, args.timeoutS * 1000);
  const outcome = await pool.run({
    bytes,
    options: { url: args.url, lang: args.lang, explain: args.explain },
  });
  await pool.close();
  if (!outcome.ok) return fail(`${file}: ${outcome.message}`, outcome.code);
  for (const warning of outcome.warnings) process.stderr.write(`unwall: warning: ${warning}\n`);
  const brief: Brief = outcome.brief;
  if (outcome.explanation !== undefined) process.stdout.write(`${outcome.explanation}\n`);
  else if (args.format === 'json') process.stdout.write(`${JSON.stringify(brief, null, 2)}\n`);
  else if (brief.article) {
    const locale = localeFor(args.uiLang ?? uiLangOf(brief.lang));
    process.stdout.write((args.format === 'md' ? briefToMarkdown : briefToText)(brief, locale));
  }
  if (!brief.article) {
    const why = brief.text ? 'too little article text' : 'no article content found';
    return fail(`${file}: not an article (${why})`, EXIT.NOT_ARTICLE);
  }
  return EXIT.OK;
}

async function briefMany(args: BriefArgs): Promise<ExitCode> {
  const expanded = expandInputs(args.inputs);
  if ('error' in expanded) return fail(expanded.error, EXIT.USAGE);
  if (!expanded.files.length) return fail('no .html, .htm, .xhtml or .txt file in the inputs', EXIT.USAGE);
  const stdin = expanded.files[0] === '-' ? await readBounded('-') : undefined;
  const summary = await runBatch(expanded.files, args, (line) => process.stdout.write(`${line}\n`), stdin);
  process.stderr.write(`unwall: ${summaryLine(summary)}\n`);
  return batchExit(summary);
}

async function main(argv: string[]): Promise<ExitCode> {
  const jobs = availableParallelism();
  const parsed = parseArgs(argv, jobs);
  switch (parsed.kind) {
    case 'version':
      process.stdout.write(`${version()}\n`);
      return EXIT.OK;
    case 'help':
      process.stdout.write(parsed.topic === 'main' ? mainHelp(version()) : briefHelp(jobs));
      return EXIT.OK;
    case 'error':
      return fail(
        `${parsed.message}\nRun "unwall --help" or "unwall brief --help" for the usage.`,
        EXIT.USAGE,
      );
    case 'brief':
      return parsed.args.format === 'jsonl' ? briefMany(parsed.args) : briefOne(parsed.args);
  }
}

// `unwall … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.OK);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Last resort: never a stack trace for the user; the message says what went wrong.
    process.exitCode = fail(
      `unexpected error: ${error instanceof Error ? error.message : String(error)}`,
      EXIT.USAGE,
    );
  },
);
