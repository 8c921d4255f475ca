/**
 * The content script's first pass, counted (issue 10): the same pages as the Chromium section
 * (bench/content-script.ts), the same core (ConsentScan) run in Node on linkedom, and per page the
 * work it does, counted: exact on any machine, where the browser's time swings by ±10 ms on a
 * shared 2-core machine. Counts (core/consent/work.ts): elements the scan handles, text nodes its
 * phrase walk reads and the characters its literal prefilter scans, candidate blocks it collects,
 * blocks that reach the phrase tests, characters the phrase regexps scan, and the regexp source a
 * page compiles (in a browser every page compiles anew). Layout reads happen only in the browser
 * (content/cleanup), not in the core. `--dump FILE` writes every page's findings (kind, text) as
 * JSON, to compare two builds finding by finding; `--all` counts every page, not every 4th.
 */
import { writeFileSync } from 'node:fs';
import { ConsentScan, runToEnd } from '../src/core/consent/index.js';
import { newCountScope, scanCounts } from '../src/core/consent/work.js';
import { parseHtml } from '../src/node/index.js';
import { readabilityPages, zytePages } from './corpus.js';
import { median } from './speed.js';

/** As in bench/content-script.ts: every 4th corpus page, scripts stripped. */
const STRIDE = 4;
const stripScripts = (html: string): string => html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
const p90 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))] ?? 0;

type Count = keyof typeof scanCounts | 'elements' | 'findings' | 'ms';
const LABELS: [Count, string][] = [
  ['elements', 'elements handled'],
  ['textNodes', 'text nodes read by the phrase walk'],
  ['prefilterChars', 'characters the literal prefilter scans'],
  ['candidateBlocks', 'candidate blocks collected'],
  ['phraseBlocks', 'blocks that reach the phrase tests'],
  ['regexChars', 'characters the phrase regexps scan'],
  ['compiledChars', 'regexp source compiled, characters'],
  ['findings', 'findings'],
  ['ms', 'time in Node, ms (warm after the first page; a hint only)'],
];

export interface PageCount {
  name: string;
  counts: Record<Count, number>;
  found: { kind: string; text: string }[];
}

export function countFirstPass(stride = STRIDE): PageCount[] {
  const pages = [
    ...readabilityPages().map((p) => ({ name: p.name, html: p.source })),
    ...zytePages().map((p) => ({ name: p.id, html: p.html })),
  ].filter((_, i) => i % stride === 0);
  return pages.map(({ name, html }) => {
    const doc = parseHtml(stripScripts(html), 'https://example.org/article');
    newCountScope();
    const before = { ...scanCounts };
    const start = performance.now();
    const scan = new ConsentScan(doc);
    const found = runToEnd(scan.run());
    const ms = performance.now() - start;
    const counts = { elements: scan.work.elements, findings: found.length, ms } as Record<Count, number>;
    for (const k of Object.keys(scanCounts) as (keyof typeof scanCounts)[])
      counts[k] = scanCounts[k] - before[k];
    return { name, counts, found: found.map((f) => ({ kind: f.kind, text: f.text })) };
  });
}

export function benchFirstPassCounts(dump?: string, stride = STRIDE): void {
  const per = countFirstPass(stride);
  if (dump) writeFileSync(dump, JSON.stringify(per, null, 1));
  console.log(
    `Node (linkedom), ${stride === STRIDE ? `the same ${per.length} corpus pages as the Chromium section` : `${per.length} corpus pages`}; per page, counted\n`,
  );
  console.log('| first pass | median | p90 | total |');
  console.log('|---|---|---|---|');
  for (const [k, label] of LABELS) {
    const xs = per.map((p) => p.counts[k]);
    const fmt = (x: number): string => (k === 'ms' ? x.toFixed(1) : String(Math.round(x)));
    console.log(
      `| ${label} | ${fmt(median(xs))} | ${fmt(p90(xs))} | ${fmt(xs.reduce((s, x) => s + x, 0))} |`,
    );
  }
}

if (process.argv[1]?.endsWith('first-pass-counts.ts')) {
  const at = process.argv.indexOf('--dump');
  // --all: every page of the Readability and Zyte corpora, not every 4th.
  benchFirstPassCounts(
    at > 0 ? process.argv[at + 1] : undefined,
    process.argv.includes('--all') ? 1 : STRIDE,
  );
}
