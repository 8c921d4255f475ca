import { Readability } from '@mozilla/readability';
import { briefFromHtmlWith } from '../src/core/index.js';
import { parseHtml } from '../src/node/index.js';
import { FAKE_URL, readabilityPages, zytePages } from './corpus.js';

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

interface Times {
  parse: number[];
  readability: number[];
  brief: number[];
}

/**
 * A brief's time vs Readability's own parse of the same page, on every corpus page. Each side gets
 * its own freshly parsed document that it may change (Readability.parse alone; the whole brief:
 * consent removal, extraction, boilerplate, metadata, quotes, people, summary). The HTML row adds
 * linkedom's parse to both, as briefFromHtml and a Readability user on an HTML string pay it.
 * A first pass warms the JIT; the second is measured.
 */
export function benchSpeed(): Promise<void> {
  const pages = [
    ...readabilityPages().map((p) => ({ html: p.source, url: FAKE_URL })),
    ...zytePages().map((p) => ({ html: p.html, url: p.url })),
  ];
  const t: Times = { parse: [], readability: [], brief: [] };
  for (const pass of [0, 1]) {
    for (const { html, url } of pages) {
      const t0 = performance.now();
      const forReadability = parseHtml(html, url);
      const t1 = performance.now();
      new Readability(forReadability).parse();
      const t2 = performance.now();
      const forBrief = parseHtml(html, url);
      const t3 = performance.now();
      briefFromHtmlWith(() => forBrief, '', { url }); // the document is ours, as in briefFromHtml
      const t4 = performance.now();
      if (pass === 1) {
        t.parse.push(t1 - t0);
        t.readability.push(t2 - t1);
        t.brief.push(t4 - t3);
      }
    }
  }
  report(pages.length, t);
  return Promise.resolve();
}

function report(n: number, t: Times): void {
  const withParse = (xs: number[]): number[] => xs.map((x, i) => x + (t.parse[i] ?? 0));
  const row = (name: string, xs: number[]): string =>
    `| ${name} | ${median(xs).toFixed(1)} | ${sum(xs).toFixed(0)} |`;
  console.log(`pages: ${n} (Readability test pages + Zyte benchmark pages)\n`);
  console.log('| | median ms/page | total ms |');
  console.log('|---|---|---|');
  console.log(row('Readability.parse, parsed document', t.readability));
  console.log(row('Unwall brief, parsed document', t.brief));
  console.log(row('HTML → Readability.parse (linkedom parse included)', withParse(t.readability)));
  console.log(row('HTML → Unwall brief (briefFromHtml)', withParse(t.brief)));
  console.log(
    `\nratio, total time: ${(sum(t.brief) / sum(t.readability)).toFixed(2)}× Readability's parse on a parsed document; ` +
      `${(sum(withParse(t.brief)) / sum(withParse(t.readability))).toFixed(2)}× from HTML (goal ≤ 1.25×)`,
  );
}
