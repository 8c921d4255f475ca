import { Readability } from '@mozilla/readability';
import { briefFromHtmlWith } from '../src/core/index.js';
import { parseHtml } from '../src/node/index.js';
import { FAKE_URL, readabilityPages, zytePages } from './corpus.js';

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** Measured rounds over every page, after one round that warms the JIT. */
const ROUNDS = 5;

interface Page {
  corpus: string;
  html: string;
  url: string;
}

/** Per page, one time per round for each side. */
interface Times {
  parse: number[][];
  readability: number[][];
  brief: number[][];
  extract: number[][];
  analyse: number[][];
}

/**
 * A brief's time vs Readability's own parse of the same page, on every corpus page. Each side gets
 * its own freshly parsed document that it may change (Readability.parse alone; the whole brief:
 * consent removal, extraction, boilerplate, metadata, quotes, people, summary). The HTML rows add
 * linkedom's parse to both, as briefFromHtml and a Readability user on an HTML string pay it.
 *
 * One round times every page once; a page's time is its median over the rounds, and a total is the
 * sum of those medians. Single rounds swing by ±20 % on this machine, mostly with garbage
 * collections landing on one side or the other (the order of the two sides alternates per round);
 * the median of five rounds moves by about 2 %.
 */
export function benchSpeed(): Promise<void> {
  const pages: Page[] = [
    ...readabilityPages().map((p) => ({ corpus: 'Readability test pages', html: p.source, url: FAKE_URL })),
    ...zytePages().map((p) => ({ corpus: 'Zyte benchmark pages', html: p.html, url: p.url })),
  ];
  const perPage = (): number[][] => pages.map(() => []);
  const t: Times = {
    parse: perPage(),
    readability: perPage(),
    brief: perPage(),
    extract: perPage(),
    analyse: perPage(),
  };
  for (let round = 0; round <= ROUNDS; round++) {
    pages.forEach(({ html, url }, i) => {
      const readability = (): void => {
        const t0 = performance.now();
        const doc = parseHtml(html, url);
        const t1 = performance.now();
        new Readability(doc).parse();
        const t2 = performance.now();
        if (round > 0) {
          t.parse[i]!.push(t1 - t0);
          t.readability[i]!.push(t2 - t1);
        }
      };
      const brief = (): void => {
        const doc = parseHtml(html, url);
        const t0 = performance.now();
        const b = briefFromHtmlWith(() => doc, '', { url }); // the document is ours, as in briefFromHtml
        const t1 = performance.now();
        if (round > 0) {
          t.brief[i]!.push(t1 - t0);
          t.extract[i]!.push(b.timings.extractMs ?? 0);
          t.analyse[i]!.push(b.timings.analyseMs ?? 0);
        }
      };
      if (round % 2) {
        brief();
        readability();
      } else {
        readability();
        brief();
      }
    });
  }
  report(pages, t);
  return Promise.resolve();
}

function report(pages: Page[], t: Times): void {
  const med = (list: number[][], keep: number[]): number => sum(keep.map((i) => median(list[i]!)));
  const groups = [...new Set(pages.map((p) => p.corpus)), 'all'];
  console.log(`pages: ${pages.length}; each page's time is its median over ${ROUNDS} rounds\n`);
  console.log(
    '| pages | n | Readability.parse ms | Unwall brief ms | ratio | ratio, HTML parse included | brief: extraction / analysis ms |',
  );
  console.log('|---|---|---|---|---|---|---|');
  let overall = { parsed: 0, html: 0 };
  for (const g of groups) {
    const keep = pages.flatMap((p, i) => (g === 'all' || p.corpus === g ? [i] : []));
    const [parse, r, b] = [med(t.parse, keep), med(t.readability, keep), med(t.brief, keep)];
    const ratio = { parsed: b / r, html: (b + parse) / (r + parse) };
    if (g === 'all') overall = ratio;
    console.log(
      `| ${g} | ${keep.length} | ${r.toFixed(0)} | ${b.toFixed(0)} | ${ratio.parsed.toFixed(2)}× | ` +
        `${ratio.html.toFixed(2)}× | ${med(t.extract, keep).toFixed(0)} / ${med(t.analyse, keep).toFixed(0)} |`,
    );
  }
  console.log(
    `\nbrief time: ${overall.parsed.toFixed(2)}× Readability's parse on a parsed document, ` +
      `${overall.html.toFixed(2)}× from HTML (goal ≤ 1.0×, issue 11)`,
  );
}
