/**
 * Why the first pass costs ~10× more in Chromium (bench content section, User Timing) than the
 * same ConsentScan in Node (bench "counted in Node"): the Node figure is warm (one process runs
 * every page, its code optimised after the first), while a content script starts cold on every
 * page. This measures the same core scan in Chromium, cold and warm, on the bench's corpus pages
 * (every STRIDE-th, scripts stripped), bundled and injected into the page (the main world: the
 * scan's own cost, not the extension's messaging). Three fresh loads per page:
 * - cold: the scan on a fresh page, then twice more on the same page (warm);
 * - nodes first: every node of the document read from script first (a DOM node gets a script
 *   wrapper the first time script reads it; a content script's world has none yet), then the scan;
 * - regexps first: the regexps a cold scan of this page uses (collected on a fourth load) are
 *   compiled and run once on a short text, then the scan (V8 shares the compiled regexp by its
 *   source and flags, so the scan finds them compiled).
 * Medians over pages; the differences from the cold scan are what each first-time cost takes.
 * A trace of the extension's pass (scripts/trace-content.ts) counts forced layouts (none on the
 * corpus pages: the page has laid itself out before document_idle).
 *
 *   flock /tmp/unwall-heavy.lock npx tsx scripts/cold-scan.ts [--pages N]
 */
import { build } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { resolve } from 'node:path';
import { readabilityPages, zytePages } from '../bench/corpus.js';
import { servePages } from '../bench/page-server.js';
import { median } from '../bench/speed.js';
// @ts-expect-error -- plain ES module shared with the npm scripts
import { chromiumPath } from './browsers.mjs';

const STRIDE = 4;
const at = process.argv.indexOf('--pages');
const N = at > 0 ? Number(process.argv[at + 1]) : 40;
const strip = (html: string): string => html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
const pages = [...readabilityPages().map((p) => p.source), ...zytePages().map((p) => p.html)]
  .filter((_, i) => i % STRIDE === 0)
  .map(strip)
  .slice(0, N);

/** What the page gets: the scan, a node walk, and a regexp collector (window.__unwallCold). */
const ENTRY = `
import { ConsentScan, runToEnd } from ${JSON.stringify(resolve(import.meta.dirname, '../src/core/consent/index.ts'))};
const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };
const scan = () => time(() => runToEnd(new ConsentScan(document).run()));
const nodes = () => time(() => {
  const stack = [document];
  while (stack.length) for (let c = stack.pop().firstChild; c; c = c.nextSibling) stack.push(c);
});
const regexps = (list) => time(() => { for (const [s, f] of list) new RegExp(s, f).test('Nous utilisons des cookies. Accept all'); });
const collect = () => {
  const seen = new Map();
  const note = (re) => { if (re instanceof RegExp) seen.set(re.source + '/' + re.flags, [re.source, re.flags]); };
  for (const [proto, names] of [[RegExp.prototype, ['exec', 'test']], [String.prototype, ['replace', 'match', 'split', 'search', 'matchAll', 'replaceAll']]])
    for (const name of names) {
      const orig = proto[name];
      proto[name] = function (...a) { note(proto === RegExp.prototype ? this : a[0]); return orig.apply(this, a); };
    }
  scan();
  return [...seen.values()];
};
window.__unwallCold = { scan, nodes, regexps, collect };
`;
const bundle = await build({
  stdin: { contents: ENTRY, resolveDir: import.meta.dirname, loader: 'js' },
  bundle: true,
  format: 'iife',
  minify: true,
  write: false,
});
const code = bundle.outputFiles[0]!.text;

interface Cold {
  scan: () => number;
  nodes: () => number;
  regexps: (list: [string, string][]) => number;
  collect: () => [string, string][];
}
declare const window: { __unwallCold: Cold };

type RegexpList = [string, string][];

/** Loads `url` in a new tab, injects the bundle, runs `fn(list)` in the page, closes the tab. */
async function onFreshPage<T>(
  context: BrowserContext,
  url: string,
  fn: (list: RegexpList) => T,
  list: RegexpList = [],
): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
    await page.waitForTimeout(200);
    await page.addScriptTag({ content: code });
    return await page.evaluate(fn, list);
  } finally {
    await page.close();
  }
}

const server = await servePages(pages);
const browser = await chromium.launch({
  executablePath: (chromiumPath as () => string)(),
  headless: true,
  args: ['--no-sandbox'],
});
const context = await browser.newContext();
await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.fulfill({ status: 204, body: '' }));
const rows: Record<string, number[]> = {};
const add = (k: string, v: number | undefined): void => {
  if (v === undefined) return;
  (rows[k] ??= []).push(v);
};
try {
  for (let i = 0; i < pages.length; i++) {
    const url = `${server.origin}/page/${i}`;
    const [cold, warm1, warm2] = await onFreshPage(context, url, () => [
      window.__unwallCold.scan(),
      window.__unwallCold.scan(),
      window.__unwallCold.scan(),
    ]);
    add('scan, cold (a fresh page)', cold);
    add('scan, warm (2nd run, same page)', warm1);
    add('scan, warm (3rd run, same page)', warm2);
    const [walk, afterWalk] = await onFreshPage(context, url, () => [
      window.__unwallCold.nodes(),
      window.__unwallCold.scan(),
    ]);
    add('every node read first: the walk', walk);
    add('every node read first: then the scan', afterWalk);
    const list = await onFreshPage(context, url, () => window.__unwallCold.collect());
    add('regexps the scan uses (count)', list.length);
    const [compile, afterCompile] = await onFreshPage(
      context,
      url,
      (l) => [window.__unwallCold.regexps(l), window.__unwallCold.scan()],
      list,
    );
    add('its regexps compiled first: compile + one run', compile);
    add('its regexps compiled first: then the scan', afterCompile);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(
  `Chromium, ${pages.length} corpus pages (every ${STRIDE}th, scripts stripped), main world; median ms over pages`,
);
for (const [k, v] of Object.entries(rows)) console.log(`| ${k} | ${median(v).toFixed(1)} |`);
