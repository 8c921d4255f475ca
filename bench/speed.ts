import { Readability } from '@mozilla/readability';
import { briefFromDocument } from '../src/core/index.js';
import { parseHtml } from '../src/node/index.js';
import { FAKE_URL, readabilityPages, zytePages } from './corpus.js';

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Brief time per page vs Readability's own parse of the same page. HTML parsing is left out of
 * both: each gets its own freshly parsed document. The first pass warms the JIT; the second counts.
 */
export function benchSpeed(): Promise<void> {
  const pages = [
    ...readabilityPages().map((p) => ({ html: p.source, url: FAKE_URL })),
    ...zytePages().map((p) => ({ html: p.html, url: p.url })),
  ];
  const ours: number[] = [];
  const theirs: number[] = [];
  for (const pass of [0, 1]) {
    for (const { html, url } of pages) {
      const forReadability = parseHtml(html, url);
      const forUs = parseHtml(html, url);
      let t = performance.now();
      new Readability(forReadability).parse();
      const r = performance.now() - t;
      t = performance.now();
      briefFromDocument(forUs, { url });
      const o = performance.now() - t;
      if (pass === 1) {
        theirs.push(r);
        ours.push(o);
      }
    }
  }
  console.log(`pages: ${ours.length} (Readability test pages + Zyte benchmark pages)\n`);
  console.log('| | median ms/page | total ms |');
  console.log('|---|---|---|');
  console.log(`| Readability.parse alone | ${median(theirs).toFixed(1)} | ${sum(theirs).toFixed(0)} |`);
  console.log(
    `| Unwall brief (clone + consent + extraction + analysis) | ${median(ours).toFixed(1)} | ${sum(ours).toFixed(0)} |`,
  );
  console.log(`\nratio, total time: ${(sum(ours) / sum(theirs)).toFixed(2)}× Readability (goal ≤ 1.25×)`);
  return Promise.resolve();
}
