/** The CLI as users run it: real files, pipes and folders, exit codes and one-line errors. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Brief } from '../core/types.js';
import { MAX_DEPTH, MAX_INPUT_BYTES } from './limits.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TEXT_ARTICLE = join(ROOT, 'fixtures/articles/fr-urgences-nuit.txt');
const EXAMPLE = join(ROOT, 'examples/lemonde-ukraine/index.html');
const tmp = mkdtempSync(join(tmpdir(), 'unwall-cli-'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
/**
 * The CLI and its worker bundled from source as build.mjs does, so the test needs no previous
 * build (and each run starts in a fraction of a second, where tsx transpiling the core took seconds).
 */
const BUILT = join(ROOT, 'node_modules/.cache/unwall-cli-test');
const CLI = join(BUILT, 'cli.js');
beforeAll(async () => {
  await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'src/cli/unwall.ts', 'cli-worker': 'src/cli/worker.ts' },
    outdir: BUILT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
});

function run(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: 'utf8',
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
/** One clear line on stderr, no stack trace. */
function expectOneLine(r: Run, code: number, message: RegExp): void {
  expect(r.code, r.stderr).toBe(code);
  expect(r.stderr.split('\n')[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('unwall brief', () => {
  let json: Brief;
  beforeAll(() => {
    const r = run(['brief', EXAMPLE, '--format', 'json', '--url', 'https://example.org/a.html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    json = JSON.parse(r.stdout) as Brief;
  });

  test('prints one Brief object for the example page', () => {
    expect(json.article).toBe(true);
    expect(json.url).toBe('https://example.org/a.html');
    expect(json.lang).toBe('fr');
    expect(json.title).toMatch(/^Guerre en Ukraine/);
    expect(json.text).toContain('Selon le porte-parole de la présidence russe, Dmitri Peskov');
    expect(json.summary.length).toBeGreaterThanOrEqual(2);
    expect(json.summary.length).toBeLessThanOrEqual(5);
    for (const s of json.summary) expect(json.text + (json.title ?? '')).toContain(s);
    expect(json.timings.totalMs).toBeGreaterThan(0);
  });

  test('markdown and text in the article language or --ui-lang; short flags; standard input', () => {
    const md = run(['brief', EXAMPLE, '-f', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Guerre en Ukraine/);
    expect(md.stdout).toContain('## Acteurs clés');
    const text = run(['brief', '-', '--format', 'text'], readFileSync(TEXT_ARTICLE));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('RÉSUMÉ'); // a French article: the brief speaks French by default
    const german = run(['brief', '-', '-f', 'text', '-L', 'de'], readFileSync(TEXT_ARTICLE));
    expect(german.stdout).toContain('ZUSAMMENFASSUNG');
  });

  test('--explain prints, for each quote, the speakers considered and their evidence', () => {
    const page = run(['brief', EXAMPLE, '--explain']);
    expect(page.code).toBe(0);
    expect(page.stdout).toMatch(/^People:/);
    // Every quote of the brief is in the trace, each with the option of naming nobody.
    const quotes = json.quotes.length;
    expect(quotes).toBeGreaterThan(0);
    expect(page.stdout.match(/^ {2}\[\d+\] «/gmu)?.length).toBe(quotes);
    expect(page.stdout.match(/nobody: score/g)?.length).toBe(quotes);
    for (const q of json.quotes.filter((x) => x.speaker)) expect(page.stdout).toContain(`→ ${q.speaker} (p `);
    const text = run(['brief', '-', '-x'], readFileSync(TEXT_ARTICLE));
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^People:/);
    expectOneLine(
      run(['brief', EXAMPLE, EXAMPLE, '-f', 'jsonl', '--explain']),
      1,
      /--explain takes one input/,
    );
  });

  test('help, version and usage errors that say what to type', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/unwall brief <input>/);
    const briefHelp = run(['brief', '--help']);
    expect(briefHelp.stdout).toMatch(/Exit codes:[\s\S]*4 {2}beyond the limits/);
    expect(briefHelp.stdout).toMatch(/-f, --format/);
    const version = run(['--', '--version']); // as `npx unwall -- --version` passes it on
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
    expectOneLine(
      run(['brief', EXAMPLE, '--fromat', 'md']),
      1,
      /unknown option --fromat \(did you mean --format\?\)/,
    );
    expectOneLine(run(['breif', EXAMPLE]), 1, /unknown command "breif" \(did you mean brief\?\)/);
  });

  test.each([
    [['brief', join(tmp, 'missing.html')], /no such file/],
    [['brief', EXAMPLE, '--format', 'xml'], /unknown format "xml"/],
    [['brief', EXAMPLE, '--url', 'not a url'], /not an absolute http\(s\) address/],
    [['brief', '-', '--lang', 'xx'], /--lang "xx" is not a language Unwall reads: en, fr, de/],
    [['brief', EXAMPLE, EXAMPLE], /several inputs need --format jsonl/],
  ])('bad usage %j gives one clear line and exit 1', (args, message) => {
    expectOneLine(run(args, ''), 1, message);
  });

  test('empty and binary files are refused with one line', () => {
    writeFileSync(join(tmp, 'empty.txt'), '');
    writeFileSync(join(tmp, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expectOneLine(run(['brief', join(tmp, 'empty.txt')]), 1, /empty/);
    expectOneLine(run(['brief', join(tmp, 'image.png')]), 1, /binary/);
  });

  test('a page that is not an article: exit 3, and the JSON says article:false', () => {
    const home = join(ROOT, 'e2e/pages/not-article.html');
    expectOneLine(run(['brief', home]), 3, /not an article/);
    const json = run(['brief', home, '--format', 'json']);
    expect(json.code).toBe(3);
    expect((JSON.parse(json.stdout) as Brief).article).toBe(false);
  });
});

describe('plain text', () => {
  const article = readFileSync(TEXT_ARTICLE, 'utf8');
  test('a first line that reads as a headline is the title', () => {
    const r = run(['brief', '-', '-f', 'json'], `Saint-Nazaire : les urgences fermées la nuit\n\n${article}`);
    expect((JSON.parse(r.stdout) as Brief).title).toBe('Saint-Nazaire : les urgences fermées la nuit');
  });
  test('the language is detected; a --lang the text contradicts is reported on stderr', () => {
    const detected = run(['brief', '-', '-f', 'json'], article);
    expect((JSON.parse(detected.stdout) as Brief).lang).toBe('fr');
    expect(detected.stderr).toBe('');
    const contradicted = run(['brief', '-', '-f', 'json', '--lang', 'de'], article);
    expect(contradicted.code).toBe(0);
    expect(contradicted.stderr).toMatch(/^unwall: warning: --lang de, but the text reads as French \(fr\)/);
    expect((JSON.parse(contradicted.stdout) as Brief).lang).toBe('de');
  });
});

describe('limits', () => {
  test('/dev/zero as a file or piped in: read up to the limit, then one line and exit 4', () => {
    expectOneLine(run(['brief', '/dev/zero']), 4, /larger than 4 MB, the limit/);
    const piped = spawnSync('sh', ['-c', `cat /dev/zero | "${process.execPath}" "${CLI}" brief -`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(piped.status).toBe(4);
    expect(piped.stderr).toMatch(/^unwall: -: the input is larger than 4 MB, the limit/);
  });

  test('a gzipped page is read; a gzip bomb is refused once unpacked beyond the limit', () => {
    writeFileSync(join(tmp, 'page.html.gz'), gzipSync(readFileSync(EXAMPLE)));
    expect((JSON.parse(run(['brief', join(tmp, 'page.html.gz'), '-f', 'json']).stdout) as Brief).lang).toBe(
      'fr',
    );
    writeFileSync(join(tmp, 'bomb.txt.gz'), gzipSync(Buffer.alloc(MAX_INPUT_BYTES * 3, 'a')));
    expectOneLine(run(['brief', join(tmp, 'bomb.txt.gz')]), 4, /unpacked input is larger than 4 MB/);
  });

  test('deeper nesting than the limit is refused before parsing', () => {
    const n = MAX_DEPTH + 1;
    writeFileSync(
      join(tmp, 'deep.html'),
      `<!doctype html><html><body>${'<q>'.repeat(n)}x${'</q>'.repeat(n)}</body></html>`,
    );
    expectOneLine(run(['brief', join(tmp, 'deep.html')]), 4, /nests elements more than 5,000 levels deep/);
  });

  test('a page slower than --timeout is stopped with one line and exit 4', () => {
    const p = '<p>« Nous irons jusqu’au bout », a déclaré la ministre du travail, Claire Morel, mardi.</p>\n';
    writeFileSync(
      join(tmp, 'long.html'),
      `<!doctype html><html lang="fr"><body><article>${p.repeat(6000)}</article></body></html>`,
    );
    expectOneLine(
      run(['brief', join(tmp, 'long.html'), '--timeout', '0.05']),
      4,
      /took longer than 0.05 s, the time limit/,
    );
  });
});

describe('many pages: --format jsonl', () => {
  test('one line per file in input order, an error line for each failure, a summary, exit 5', () => {
    const dir = join(tmp, 'archive');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a.html'), readFileSync(EXAMPLE));
    writeFileSync(join(dir, 'sub', 'b.txt'), readFileSync(TEXT_ARTICLE));
    writeFileSync(join(dir, 'c.txt'), '');
    writeFileSync(join(dir, 'notes.md'), 'not briefed: not an HTML or text file name');
    const r = run(['brief', dir, join(tmp, 'missing.html'), '-f', 'jsonl', '-j', '2']);
    expect(r.code).toBe(5);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Partial<Brief> & { file: string; error?: string });
    expect(lines.map((l) => l.file)).toEqual([
      join(dir, 'a.html'),
      join(dir, 'c.txt'),
      join(dir, 'sub', 'b.txt'),
      join(tmp, 'missing.html'),
    ]);
    expect(lines[0]!.title).toMatch(/^Guerre en Ukraine/);
    expect(lines[1]!.error).toBe('the input is empty');
    expect(lines[2]!.article).toBe(true);
    expect(lines[3]!.error).toMatch(/no such file/);
    expect(r.stderr).toMatch(
      /^unwall: 4 pages in [\d.]+ s \([\d.]+ pages\/s\): 2 articles, \d+ quotes, 2 failed\n$/,
    );
  });
});
