/**
 * Extraction quality on the Zyte article-extraction benchmark pages, with the benchmark's own metric
 * (../shared/scoring/shingles.mjs): Unwall vs Readability alone (run here, same process) vs the
 * systems whose outputs the benchmark published. Time on these pages: the speed section (speed.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { briefFromHtml, parseHtml } from '../src/node/index.js';
import { SHARED, ZYTE_DIR, zytePages } from './corpus.js';

type Counts = [number, number, number];
interface Shingles {
  pageCounts: (truth: string, pred: string) => Counts;
  score: (counts: Counts[]) => { f1: number; precision: number; recall: number; pages: number };
}

interface Row {
  system: string;
  f1: number;
  precision: number;
  recall: number;
}

export async function benchExtraction(): Promise<void> {
  const metric = (await import(pathToFileURL(join(SHARED, 'scoring', 'shingles.mjs')).href)) as Shingles;
  const pages = zytePages();
  const ours: Counts[] = [];
  const theirs: Counts[] = [];
  for (const page of pages) {
    const parsed = new Readability(parseHtml(page.html, page.url)).parse();
    theirs.push(metric.pageCounts(page.truth, parsed?.textContent ?? ''));
    const brief = briefFromHtml(page.html, { url: page.url });
    // Brief.text as users get it (captions are not part of it, as in the benchmark's articleBody).
    ours.push(metric.pageCounts(page.truth, brief.text));
  }
  const rows: Row[] = [
    { system: '**Unwall** (this run; Brief.text)', ...metric.score(ours) },
    { system: 'Readability.js (this run)', ...metric.score(theirs) },
  ];
  const publishedDir = join(ZYTE_DIR, 'published');
  for (const file of readdirSync(publishedDir).filter((f) => f.endsWith('.json'))) {
    const out = (
      JSON.parse(readFileSync(join(publishedDir, file), 'utf8')) as {
        output: Record<string, { articleBody?: string } | undefined>;
      }
    ).output;
    const counts = pages.map((p) => metric.pageCounts(p.truth, out[p.id]?.articleBody ?? ''));
    rows.push({ system: `${file.replace(/\.json$/, '')} (published)`, ...metric.score(counts) });
  }
  rows.sort((a, b) => b.f1 - a.f1);
  console.log(`pages: ${pages.length}, metric: 4-token shingles, precision/recall averaged per page\n`);
  console.log('| system | F1 | precision | recall |');
  console.log('|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.system} | ${r.f1.toFixed(3)} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} |`);
  }
  console.log('\ntime on these pages: see the speed section (row "Zyte benchmark pages")');
}
