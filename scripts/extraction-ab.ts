// Development aid for speed work on extraction: this checkout against another one, in one process.
//   git worktree add --detach ../unwall-base main
//   npx tsx scripts/extraction-ab.ts ../unwall-base same        identical output on every page?
//   npx tsx scripts/extraction-ab.ts ../unwall-base time [N]    CPU time, median of N rounds (5)
// `same` compares extractFromDocument (blocks, removed, metadata) and a whole-page ConsentScan
// (findings, and its work counters) on the shared corpus (Readability, Zyte, WCXB), the
// repository's fixtures and ../shared/repro. `time` times extraction on the speed pages (Readability,
// Zyte: those of `npm run bench`'s speed section) next to Readability.parse, the order of the three
// rotated per round. CPU time of the process (process.cpuUsage), not wall time: on a shared 2-core
// machine other people's work makes wall times swing by a factor of three.
import { Readability } from '@mozilla/readability';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FAKE_URL, SHARED, readabilityPages, wcxbPages, zytePages } from '../bench/corpus.js';
import { median } from '../bench/speed.js';

interface Side {
  extract: typeof import('../src/core/extract/index.js');
  consent: typeof import('../src/core/consent/index.js');
  node: typeof import('../src/node/index.js');
}
interface Page {
  id: string;
  html: string;
  url: string;
}

const [baseDir, mode = 'same', rounds = '5'] = process.argv.slice(2);
if (!baseDir || !existsSync(join(baseDir, 'src')) || !['same', 'time'].includes(mode)) {
  console.error('usage: npx tsx scripts/extraction-ab.ts OTHER_CHECKOUT same|time [ROUNDS]');
  process.exit(2);
}
if (!existsSync(SHARED)) {
  console.error(`needs the shared corpus in ${SHARED}`);
  process.exit(2);
}

async function side(root: string): Promise<Side> {
  const at = (p: string): string => resolve(root, p);
  return {
    extract: (await import(at('src/core/extract/index.ts'))) as Side['extract'],
    consent: (await import(at('src/core/consent/index.ts'))) as Side['consent'],
    node: (await import(at('src/node/index.ts'))) as Side['node'],
  };
}

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

function speedPages(): Page[] {
  return [
    ...readabilityPages().map((p) => ({ id: `readability/${p.name}`, html: p.source, url: FAKE_URL })),
    ...zytePages().map((p) => ({ id: `zyte/${p.id}`, html: p.html, url: p.url })),
  ];
}

function allPages(): Page[] {
  const files = [
    ...htmlFiles(resolve(import.meta.dirname, '..', 'fixtures')),
    ...htmlFiles(join(SHARED, 'repro')),
  ];
  return [
    ...speedPages(),
    ...wcxbPages().map((p) => ({ id: `wcxb/${p.id}`, html: p.html, url: p.url })),
    ...files.map((f) => ({ id: f, html: readFileSync(f, 'utf8'), url: 'https://news.example/article' })),
  ];
}

/** Everything a page gives: the extraction, and the consent findings with the scan's counters. */
function output(s: Side, p: Page): string {
  const extracted = s.extract.extractFromDocument(s.node.parseHtml(p.html, p.url), {
    url: p.url,
    owned: true,
  });
  const scan = new s.consent.ConsentScan(s.node.parseHtml(p.html, p.url));
  const found = s.consent.runToEnd(scan.run()).map((f) => ({
    kind: f.kind,
    text: f.text,
    source: f.source,
    provider: f.provider,
    url: f.url,
    tag: f.element.tagName,
    chars: (f.element.textContent ?? '').length,
  }));
  return JSON.stringify({ extracted, found, work: scan.work });
}

const cpuMs = (run: () => unknown): number => {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

const base = await side(baseDir);
const here = await side(resolve(import.meta.dirname, '..'));
if (mode === 'same') {
  const differ: string[] = [];
  const pages = allPages();
  for (const p of pages) if (output(base, p) !== output(here, p)) differ.push(p.id);
  console.log(`${pages.length - differ.length} of ${pages.length} pages identical`);
  for (const id of differ) console.log(`differs: ${id}`);
  process.exitCode = differ.length ? 1 : 0;
} else {
  const pages = speedPages();
  const n = Number(rounds);
  const runs = {
    base: (p: Page) => (d: Document) => base.extract.extractFromDocument(d, { url: p.url, owned: true }),
    here: (p: Page) => (d: Document) => here.extract.extractFromDocument(d, { url: p.url, owned: true }),
    readability: () => (d: Document) => new Readability(d).parse(),
  };
  const names = Object.keys(runs) as (keyof typeof runs)[];
  const t = Object.fromEntries(names.map((k) => [k, pages.map((): number[] => [])])) as Record<
    keyof typeof runs,
    number[][]
  >;
  for (let round = 0; round <= n; round++)
    pages.forEach((p, i) => {
      for (const k of [...names.slice(round % 3), ...names.slice(0, round % 3)]) {
        const doc = here.node.parseHtml(p.html, p.url);
        const ms = cpuMs(() => runs[k](p)(doc));
        if (round > 0) t[k][i]!.push(ms); // round 0 warms the JIT
      }
    });
  const total = (k: keyof typeof runs): number => t[k].reduce((a, xs) => a + median(xs), 0);
  const [b, h, r] = [total('base'), total('here'), total('readability')];
  console.log(
    `${pages.length} pages, median of ${n} rounds, CPU ms: Readability.parse ${r.toFixed(0)}; ` +
      `extraction ${b.toFixed(0)} (other, ${(b / r).toFixed(2)}x) -> ${h.toFixed(0)} (this, ` +
      `${(h / r).toFixed(2)}x): ${(100 * (h / b - 1)).toFixed(1)} %`,
  );
}
