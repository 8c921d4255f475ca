// Development aid for extraction quality (issue 11): the bench's extraction figures, quicker, and
// page by page. Scores this checkout on the shared corpus (Zyte shingles, WCXB words and snippets,
// never worse than Readability, the not-an-article decision), tuned-on and held-out parts apart,
// and writes every page's scores to a JSON file; given a second file, lists the tuned-on pages
// whose scores changed (the held-out third is only counted, never listed).
//   npx tsx scripts/extraction-pages.ts out.json [before.json]
// Readability's text does not depend on this checkout: it is cached in /tmp (delete it after a
// Readability upgrade).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import {
  FAKE_URL,
  SHARED,
  isHeldOut,
  nonArticlePages,
  readabilityPages,
  wcxbPages,
  zytePages,
  type WcxbTruth,
} from '../bench/corpus.js';
import { judge, wcxbMetric } from '../bench/never-worse.js';
import { briefFromHtml, parseHtml } from '../src/node/index.js';

type Counts = [number, number, number];
interface Shingles {
  pageCounts: (truth: string, pred: string) => Counts;
  score: (counts: Counts[]) => { f1: number; precision: number; recall: number };
}
interface PageScore {
  id: string;
  corpus: string;
  held: boolean;
  article: boolean;
  f1: number;
  precision: number;
  recall: number;
  rRecall: number;
  worse: boolean;
  /** The ground truth holds no text: no article to find (left out of the not-an-article figures). */
  empty: boolean;
  with?: number;
  without?: number;
  counts?: Counts;
}

const [out, before] = process.argv.slice(2);
if (!out) {
  console.error('usage: npx tsx scripts/extraction-pages.ts OUT.json [BEFORE.json]');
  process.exit(2);
}
const CACHE = '/tmp/unwall-readability-text.json';
const cache = (existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {}) as Record<string, string>;
const theirs = (key: string, html: string, url: string): string =>
  (cache[key] ??= new Readability(parseHtml(html, url)).parse()?.textContent ?? '');

const metric = await wcxbMetric();
const shingles = (await import(pathToFileURL(join(SHARED, 'scoring', 'shingles.mjs')).href)) as Shingles;
const pages: PageScore[] = [];
function add(
  corpus: string,
  id: string,
  held: boolean,
  html: string,
  url: string,
  truth: string,
  gt?: WcxbTruth,
): void {
  const brief = briefFromHtml(html, { url });
  const reading = { article: brief.article, ours: brief.text, theirs: theirs(`${corpus}/${id}`, html, url) };
  const j = judge(metric, reading, truth);
  const s: PageScore = {
    id: `${corpus}/${id}`,
    corpus,
    held,
    article: brief.article,
    ...j.ours,
    rRecall: j.theirs.recall,
    worse: j.worse,
    empty: !/[\p{L}\p{N}]/u.test(truth),
  };
  if (gt) {
    const w = metric.scorePage(gt, brief.text);
    Object.assign(s, {
      f1: w.f1,
      precision: w.precision,
      recall: w.recall,
      with: w.with,
      without: w.without,
    });
  }
  if (corpus === 'zyte') s.counts = shingles.pageCounts(truth, brief.text);
  pages.push(s);
}
for (const p of readabilityPages()) {
  const truth = parseHtml(`<!doctype html><html><body>${p.expected}</body></html>`).body.textContent;
  add('readability', p.name, false, p.source, FAKE_URL, truth);
}
for (const p of zytePages()) add('zyte', p.id, isHeldOut('zyte', p.id), p.html, p.url, p.truth);
for (const p of wcxbPages()) add('wcxb', p.id, isHeldOut('wcxb', p.id), p.html, p.url, p.truth, p.gt);
writeFileSync(CACHE, JSON.stringify(cache));
writeFileSync(out, JSON.stringify(pages, null, 1));

const f = (x: number): string => x.toFixed(4);
const avg = (xs: PageScore[], k: keyof PageScore): number =>
  xs.reduce((s, x) => s + (x[k] as number), 0) / Math.max(1, xs.length);
for (const [part, keep] of [
  ['tuned', (p: PageScore) => !p.held],
  ['held', (p: PageScore) => p.held],
] as const) {
  const z = shingles.score(pages.filter((p) => p.corpus === 'zyte' && keep(p)).map((p) => p.counts!));
  const w = pages.filter((p) => p.corpus === 'wcxb' && keep(p));
  console.log(
    `${part.padEnd(5)} zyte F1 ${f(z.f1)} P ${f(z.precision)} R ${f(z.recall)} | wcxb F1 ${f(avg(w, 'f1'))} P ${f(avg(w, 'precision'))} R ${f(avg(w, 'recall'))} with ${f(avg(w, 'with'))} leak ${(100 * avg(w, 'without')).toFixed(2)} %`,
  );
}
for (const c of ['readability', 'zyte', 'wcxb']) {
  const ws = pages.filter((p) => p.corpus === c && p.worse);
  console.log(
    `never worse ${c}: ${ws.length} (not article ${ws.filter((p) => !p.article).length}; tuned ${ws.filter((p) => !p.held).length}) ${ws
      .filter((p) => !p.held)
      .map((p) => p.id.replace(/^\w+\//, '').slice(0, 8))
      .join(' ')}`,
  );
}
const others = nonArticlePages().map((p) => briefFromHtml(p.html, { url: p.url }).article);
const flaggedOthers = others.filter((a) => !a).length;
const notArticles = pages.filter((p) => !p.article && !p.empty);
console.log(
  `not an article: non-articles flagged ${flaggedOthers}/${others.length}; articles flagged ${notArticles.length}: ${notArticles.map((p) => p.id).join(' ')}`,
);

if (before) {
  const old = new Map((JSON.parse(readFileSync(before, 'utf8')) as PageScore[]).map((p) => [p.id, p]));
  let heldChanged = 0;
  for (const p of pages) {
    const o = old.get(p.id);
    if (!o || (Math.abs(o.f1 - p.f1) < 1e-9 && o.article === p.article && o.without === p.without)) continue;
    if (p.held) {
      heldChanged++;
      continue;
    }
    console.log(
      `  ${p.id.slice(0, 24).padEnd(24)} F1 ${f(o.f1)} -> ${f(p.f1)}  P ${f(o.precision)} -> ${f(p.precision)}  R ${f(o.recall)} -> ${f(p.recall)}${o.without !== p.without ? `  leak ${f(o.without ?? 0)} -> ${f(p.without ?? 0)}` : ''}${o.article !== p.article ? `  article ${o.article} -> ${p.article}` : ''}`,
    );
  }
  console.log(`held-out pages changed: ${heldChanged}`);
}
