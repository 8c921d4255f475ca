/**
 * The CLI as a newsroom archive or a research corpus would use it: `unwall brief <folder> -f jsonl`
 * over the shared corpora, pages per second with one worker (the baseline) and with one per core,
 * in the same run. Then the CLI's limits: time and peak memory on generated articles just under the
 * size limit, and on inputs it must refuse at once (a 50 MB page, /dev/zero).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MAX_INPUT_BYTES } from '../src/cli/limits.js';
import { READABILITY_DIR, SHARED } from './corpus.js';

const CLI = resolve(import.meta.dirname, '..', 'dist', 'node', 'cli.js');
const TIME = '/usr/bin/time';

interface Run {
  seconds: number;
  code: number | null;
  lines: string[];
  stderr: string;
  peakMb: number | null;
}

function runCli(args: string[]): Run {
  const measured = existsSync(TIME);
  const argv = measured
    ? [TIME, '-f', 'peak-kb=%M', process.execPath, CLI, ...args]
    : [process.execPath, CLI, ...args];
  const t = performance.now();
  const r = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, shell: false });
  const seconds = (performance.now() - t) / 1000;
  const peak = /peak-kb=(\d+)/.exec(r.stderr);
  return {
    seconds,
    code: r.status,
    lines: r.stdout.split('\n').filter(Boolean),
    stderr: r.stderr.replace(/peak-kb=\d+\n?/, ''),
    peakMb: peak ? Number(peak[1]) / 1024 : null,
  };
}

/** An article of short paragraphs with quotes and names (the worst shape for the analysis). */
function article(bytes: number): string {
  const p = [
    'Le gouvernement a présenté mardi le calendrier de sa réforme, examinée au Parlement à partir de mars.',
    '« Nous irons jusqu’au bout », a déclaré la ministre du travail, Claire Morel, après une réunion.',
    'Selon l’institut de statistique, la croissance a atteint 0,4 % au troisième trimestre.',
    '« Ce texte est injuste », a affirmé le secrétaire général du syndicat, Michel Fort, à Montreuil.',
  ];
  const out = [
    '<!doctype html><html lang="fr"><head><title>Réforme</title></head><body><article><h1>Réforme</h1>',
  ];
  let size = Buffer.byteLength(out[0]!) + 30; // and the closing tags
  for (let i = 0; ; i++) {
    const line = `<p>${p[i % 4]!} (${i})</p>\n`;
    if (size + Buffer.byteLength(line) > bytes) break;
    out.push(line);
    size += Buffer.byteLength(line);
  }
  out.push('</article></body></html>');
  return out.join('');
}

export function benchBatch(): Promise<void> {
  const cores = availableParallelism();
  const sets: [string, string[]][] = [
    ['Zyte benchmark (gzipped HTML)', [join(SHARED, 'corpus', 'zyte', 'html')]],
    ['WCXB (gzipped HTML)', [join(SHARED, 'corpus', 'wcxb', 'html')]],
    [
      'Readability test pages',
      readdirSync(READABILITY_DIR)
        .map((d) => join(READABILITY_DIR, d, 'source.html'))
        .filter((f) => existsSync(f)),
    ],
  ];
  console.log(`\`unwall brief <inputs> -f jsonl\`, built CLI, whole run timed (process start included)\n`);
  console.log('| corpus | pages | failed | 1 worker pages/s | ' + `${cores} workers pages/s | speed-up |`);
  console.log('|---|---|---|---|---|---|');
  for (const [name, inputs] of sets) {
    const one = runCli(['brief', ...inputs, '-f', 'jsonl', '-j', '1']);
    const many = runCli(['brief', ...inputs, '-f', 'jsonl', '-j', String(cores)]);
    const failed = many.lines.filter((l) => l.includes('"error":')).length;
    const rate = (r: Run): number => r.lines.length / r.seconds;
    console.log(
      `| ${name} | ${many.lines.length} | ${failed} | ${rate(one).toFixed(1)} | ${rate(many).toFixed(1)} | ${(rate(many) / rate(one)).toFixed(2)}× |`,
    );
  }

  const dir = mkdtempSync(join(tmpdir(), 'unwall-bench-cli-'));
  const limitMb = MAX_INPUT_BYTES / 1048576;
  const inputs: [string, string][] = [];
  for (const mb of [0.25, 0.5, 1, 2, limitMb]) {
    const file = join(dir, `article-${mb}MB.html`);
    writeFileSync(file, article(Math.min(mb * 1048576, MAX_INPUT_BYTES)));
    inputs.push([`generated article, ${mb} MB`, file]);
  }
  const huge = join(dir, 'article-50MB.html');
  writeFileSync(huge, article(50 * 1048576));
  inputs.push(['generated article, 50 MB (over the limit)', huge], ['/dev/zero', '/dev/zero']);
  console.log(`\nThe CLI's limits (${limitMb} MB; goal: any accepted input briefed in ≤ 10 s)\n`);
  console.log('| input | exit code | seconds | peak memory MB | stderr |');
  console.log('|---|---|---|---|---|');
  for (const [name, file] of inputs) {
    const r = runCli(['brief', file, '-f', 'json']);
    const note =
      r.stderr
        .trim()
        .split('\n')[0]
        ?.replace(/^unwall: \S+: /, '') ?? '';
    console.log(
      `| ${name} | ${r.code} | ${r.seconds.toFixed(2)} | ${r.peakMb?.toFixed(0) ?? '—'} | ${note} |`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
  return Promise.resolve();
}
