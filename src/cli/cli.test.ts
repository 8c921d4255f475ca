/** The CLI as users run it: the built bin, real files, exit codes and one-line errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Brief } from '../core/types.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TEXT_ARTICLE = join(ROOT, 'fixtures/articles/fr-urgences-nuit.txt');
const EXAMPLE = join(ROOT, 'examples/lemonde-ukraine/index.html');
const tmp = mkdtempSync(join(tmpdir(), 'unwall-cli-'));

function run(
  args: string[],
  input?: string | Buffer,
): { code: number | null; stdout: string; stderr: string } {
  // tsx runs the CLI from source, so the test does not depend on a previous build.
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/unwall.ts'), ...args], {
    input,
    encoding: 'utf8',
    cwd: ROOT,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
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

  test('markdown and text formats, and standard input', () => {
    const md = run(['brief', EXAMPLE, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Guerre en Ukraine/);
    const text = run(['brief', '-', '--format', 'text'], readFileSync(TEXT_ARTICLE));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('RÉSUMÉ'); // a French article: the brief speaks French by default
    const english = run(['brief', '-', '--format', 'text', '--ui-lang', 'en'], readFileSync(TEXT_ARTICLE));
    expect(english.stdout).toContain('SUMMARY');
  });

  test.each([
    [['brief', join(tmp, 'missing.html')], /no such file/],
    [['brief', tmp], /is a directory/],
    [['brief', EXAMPLE, '--format', 'xml'], /unknown format "xml"/],
    [['summarise', EXAMPLE], /expected one command "brief"/],
    [['brief', EXAMPLE, '--url', 'not a url'], /not an absolute URL/],
  ])('bad usage %j gives one clear line and exit 1', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('empty and binary files are refused with one line', () => {
    writeFileSync(join(tmp, 'empty.txt'), '');
    writeFileSync(join(tmp, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    for (const [file, message] of [
      ['empty.txt', /empty/],
      ['image.png', /binary/],
    ] as const) {
      const r = run(['brief', join(tmp, file)]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });

  test('a page that is not an article: exit 3, and the JSON says article:false', () => {
    const home = join(ROOT, 'e2e/pages/not-article.html');
    const text = run(['brief', home]);
    expect(text.code).toBe(3);
    expect(text.stderr).toMatch(/not an article/);
    const json = run(['brief', home, '--format', 'json']);
    expect(json.code).toBe(3);
    expect((JSON.parse(json.stdout) as Brief).article).toBe(false);
  });
});
