/**
 * A short A/B run of the bench's content section (bench/content-script.ts takes ~17 min on a shared
 * machine, too long to time two builds twice in one session). Three Chromium browsers stay open
 * side by side: without the extension, with build A, with build B (both cleanup only). Every
 * corpus page (every STRIDE-th, scripts stripped, as in the bench) is loaded in the three in turn,
 * the order rotated from page to page and round to round, so the machine's load drifts alike over
 * both builds. Printed side by side, per build: the first pass (User Timing `unwall:cleanup`), the
 * extension's own tasks (`unwall:task:*`), what it adds to all main-thread tasks (TaskDuration
 * minus the page without the extension, per page) and the script counter; and, page by page, B − A.
 *
 *   flock /tmp/unwall-heavy.lock npx tsx bench/content-ab.ts --b DIST_B [--a DIST_A] [--stride 8]
 *     [--rounds 2] [--only 1,2: those pages of the strided list] [--each: one line per page]
 * DIST_* are dist folders (DIST/chrome is loaded); A defaults to this repository's dist. Copy a
 * build aside first (cp -r dist /tmp/dist-a) to compare it with the next one.
 */
import type { BrowserContext } from 'playwright-core';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.js';
import { readabilityPages, zytePages } from './corpus.js';
import { launchWithExtension, servePages } from './page-server.js';
import { median } from './speed.js';

const args = process.argv.slice(2);
const opt = (flag: string, dflt: string | undefined): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : dflt;
};
const distB = opt('--b', undefined);
if (!distB) {
  console.error('usage: npx tsx bench/content-ab.ts --b DIST_B [--a DIST_A] [--stride 8] [--rounds 2]');
  process.exit(2);
}
const distA = resolve(opt('--a', resolve(import.meta.dirname, '..', 'dist'))!);
const STRIDE = Number(opt('--stride', '8'));
const ROUNDS = Number(opt('--rounds', '2'));
const SETTLE_MS = 1200;
const CLEANUP_ONLY = { schemaVersion: 1, cleanup: true, autoRefuse: false };

interface Load {
  script: number;
  task: number;
  own: number;
  pass: number | null;
}

async function load(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const [own, pass] = await page
      .evaluate(() => [
        performance
          .getEntriesByType('measure')
          .filter((e) => e.name.startsWith('unwall:task:'))
          .reduce((sum, e) => sum + e.duration, 0),
        performance.getEntriesByName('unwall:cleanup')[0]?.duration ?? null,
      ])
      .catch(() => [0, null]);
    return {
      script: metric('ScriptDuration'),
      task: metric('TaskDuration'),
      own: own ?? 0,
      pass: pass ?? null,
    };
  } finally {
    await page.close();
  }
}

const only = opt('--only', undefined)?.split(',').map(Number);
const pages = [...readabilityPages().map((p) => p.source), ...zytePages().map((p) => p.html)]
  .filter((_, i) => i % STRIDE === 0)
  .filter((_, i) => !only || only.includes(i))
  .map((html) => html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, ''));
const server = await servePages(pages);
const none = await launchChromium({ extension: false });
const a = await launchWithExtension(resolve(distA, 'chrome'), CLEANUP_ONLY);
const b = await launchWithExtension(resolve(distB, 'chrome'), CLEANUP_ONLY);
const contexts = [none.context, a.context, b.context];
/** loads[browser][page]: one Load per round. */
const loads: Load[][][] = contexts.map(() => pages.map(() => []));
try {
  for (let round = 0; round < ROUNDS; round++)
    for (let i = 0; i < pages.length; i++)
      for (let k = 0; k < 3; k++) {
        const which = (i + round + k) % 3;
        loads[which]![i]!.push(await load(contexts[which]!, `${server.origin}/page/${i}`));
      }
} finally {
  await Promise.all([none.close(), a.dispose(), b.dispose()]);
  server.close();
}

const p90 = (xs: number[]): number =>
  [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))] ?? 0;
/** Per page, the median over the rounds. */
const perPage = (w: number, f: (l: Load) => number | null): number[] =>
  loads[w]!.map((ls) => median(ls.map(f).filter((x): x is number => x !== null)));
const base = perPage(0, (l) => l.task);
const rows: [string, (w: number) => number[]][] = [
  ['first pass (User Timing)', (w) => perPage(w, (l) => l.pass)],
  ["extension's own tasks", (w) => perPage(w, (l) => l.own)],
  ['all main-thread tasks added', (w) => perPage(w, (l) => l.task).map((t, i) => t - base[i]!)],
  ['script counter', (w) => perPage(w, (l) => l.script)],
];
console.log(
  `Chromium, ${pages.length} corpus pages (every ${STRIDE}th), ${ROUNDS} rounds, cleanup only; A = ${distA}, B = ${resolve(distB)}\n`,
);
console.log(
  '| measure, ms | A median | A p90 | B median | B p90 | B − A per page: median | B/A of medians |',
);
console.log('|---|---|---|---|---|---|---|');
for (const [name, f] of rows) {
  const [xa, xb] = [f(1), f(2)];
  const diff = xb.map((x, i) => x - xa[i]!).filter((x) => !Number.isNaN(x));
  const ratio = median(xb) / median(xa);
  console.log(
    `| ${name} | ${median(xa).toFixed(2)} | ${p90(xa).toFixed(2)} | ${median(xb).toFixed(2)} | ${p90(xb).toFixed(2)} | ${median(diff).toFixed(2)} | ${ratio.toFixed(3)} |`,
  );
}
if (args.includes('--each'))
  for (const [name, f] of rows) {
    const [xa, xb] = [f(1), f(2)];
    console.log(
      `${name}, A → B per page: ${xa.map((x, i) => `${x.toFixed(1)}→${xb[i]!.toFixed(1)}`).join('  ')}`,
    );
  }
console.log(`\n(page without the extension: all main-thread tasks median ${median(base).toFixed(2)} ms)`);
