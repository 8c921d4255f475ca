/**
 * The always-on cost in a real browser: Chromium with the built extension, on corpus pages served
 * on 127.0.0.1 with their scripts stripped (the Zyte pages were captured with JavaScript off, and
 * page scripts would only add noise). Three main-thread measures per load:
 * - the renderer's script counter (CDP Performance.getMetrics → ScriptDuration). It counts the
 *   top-level run of content.js but neither its compilation nor promise continuations (microtasks):
 *   the cleanup pass runs in those (after the settings promise, and after every yield of a slice,
 *   a timer that resolves a promise), so this counter leaves the pass out (a Chromium trace of
 *   corpus pages: ScriptDuration equals the v8.run of content.js's evaluation to within 3 %, while
 *   the pass's slices, untraced script in microtasks, took several times more);
 * - the renderer's task counter (TaskDuration): all main-thread task time, the extension's
 *   compile, evaluation and pass included, but also the page's own parsing and layout, so its
 *   difference from the page without the extension is noisier;
 * - the extension's own tasks (User Timing `unwall:task:*`, the pass's slices, reports, timers):
 *   all its work after the evaluation of content.js.
 * Three configurations on the same pages: without the extension, cleanup only (automatic refusal
 * off), and default settings (refusal on: autoconsent starts on pages with a consent UI), each
 * timed in every round (ROUNDS); the differences page by page between the per-page medians are
 * what the extension adds.
 */
import type { BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.js';
import { readabilityPages, zytePages } from './corpus.js';
import { median } from './speed.js';

/** UNWALL_DIST: another build's dist folder, to time two builds in alternation on the same machine. */
const DIST = resolve(process.env.UNWALL_DIST ?? resolve(import.meta.dirname, '..', 'dist'));
/** Every Nth page of the corpus: enough for stable medians in about a minute per configuration. */
const STRIDE = 4;
/**
 * Rounds over the three configurations, one after the other: the renderer's counter swings by a
 * few milliseconds from one minute to the next on a busy machine, so each configuration is timed
 * in every round and a page's time is its median over the rounds.
 */
const ROUNDS = 3;
const SETTLE_MS = 1200;

const p90 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))] ?? 0;
const stripScripts = (html: string): string => html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');

interface Config {
  name: string;
  settings: Record<string, unknown> | null;
}
const CONFIGS: Config[] = [
  { name: 'no extension', settings: null },
  {
    name: 'cleanup only (automatic refusal off)',
    settings: { schemaVersion: 1, cleanup: true, autoRefuse: false },
  },
  {
    name: 'default settings (automatic refusal on)',
    settings: { schemaVersion: 1, cleanup: true, autoRefuse: true },
  },
];

interface Load {
  /** ScriptDuration, ms. */
  script: number;
  /** TaskDuration, ms. */
  task: number;
  /** The extension's own tasks together (User Timing unwall:task:*), ms. */
  own: number;
}

async function scriptTimes(
  context: BrowserContext,
  origin: string,
  count: number,
  passes: number[],
): Promise<Load[]> {
  const times: Load[] = [];
  for (let i = 0; i < count; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/page/${i}`, { waitUntil: 'load' }).catch(() => undefined);
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const own = await page
      .evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((e) => e.name.startsWith('unwall:task:'))
          .reduce((sum, e) => sum + e.duration, 0),
      )
      .catch(() => 0);
    times.push({ script: metric('ScriptDuration'), task: metric('TaskDuration'), own });
    // The first automatic pass, measured by the content script itself (performance.measure).
    const pass = await page
      .evaluate(() => performance.getEntriesByName('unwall:cleanup')[0]?.duration)
      .catch(() => undefined);
    if (pass !== undefined) passes.push(pass);
    await page.close();
  }
  return times;
}

export async function benchContentScript(): Promise<void> {
  const pages = [...readabilityPages().map((p) => p.source), ...zytePages().map((p) => p.html)]
    .filter((_, i) => i % STRIDE === 0)
    .map(stripScripts);
  const server = createServer((req, res) => {
    const page = pages[Number(/^\/page\/(\d+)/.exec(req.url ?? '')?.[1] ?? -1)];
    if (page === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  const rounds = new Map<Config, Load[][]>(CONFIGS.map((c) => [c, pages.map(() => [])]));
  const passRounds: number[][] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const config of CONFIGS) {
      const browser = await launchChromium({
        extension: config.settings !== null,
        ...(config.settings ? { settings: config.settings } : {}),
      });
      const { context } = browser;
      if (config.settings) await new Promise((r) => setTimeout(r, 300));
      const passes: number[] = [];
      const times = await scriptTimes(context, origin, pages.length, config === CONFIGS[1] ? passes : []);
      times.forEach((t, i) => rounds.get(config)![i]!.push(t));
      if (config === CONFIGS[1]) passRounds.push(passes);
      await browser.close();
    }
  }
  server.close();
  /** Per page, the median over the rounds of one measure. */
  const perPage = (c: Config, f: (l: Load) => number): number[] =>
    rounds.get(c)!.map((loads) => median(loads.map(f)));
  // The pass is timed by the page itself: one list of every measured pass.
  const passes = passRounds.flat();

  console.log(
    `Chromium, ${pages.length} corpus pages (every ${STRIDE}th), scripts stripped; main-thread time per page, ` +
      `its median over ${ROUNDS} rounds of the three configurations\n`,
  );
  const table = (title: string, f: (l: Load) => number): void => {
    const base = perPage(CONFIGS[0]!, f);
    console.log(`| ${title} | median ms | p90 ms | added by the extension: median ms | p90 ms |`);
    console.log('|---|---|---|---|---|');
    for (const config of CONFIGS) {
      const t = perPage(config, f);
      const added = t.map((x, i) => x - (base[i] ?? 0));
      const extra = config.settings ? `${median(added).toFixed(2)} | ${p90(added).toFixed(2)}` : '— | —';
      console.log(`| ${config.name} | ${median(t).toFixed(2)} | ${p90(t).toFixed(2)} | ${extra} |`);
    }
    console.log('');
  };
  table('script counter (ScriptDuration: evaluation of content.js only)', (l) => l.script);
  table('all main-thread tasks (TaskDuration)', (l) => l.task);
  console.log("| the extension's own tasks after its evaluation (User Timing) | median ms | p90 ms |");
  console.log('|---|---|---|');
  for (const config of CONFIGS.slice(1)) {
    const own = perPage(config, (l) => l.own);
    console.log(`| ${config.name} | ${median(own).toFixed(2)} | ${p90(own).toFixed(2)} |`);
  }
  console.log(
    `\nThe first cleanup pass alone (scan + hiding, its slices' main-thread time, User Timing; cleanup only; in microtasks, which the script counter leaves out): median ${median(passes).toFixed(2)} ms, p90 ${p90(passes).toFixed(2)} ms over ${passes.length} page loads.`,
  );
  console.log('\n| bundle | minified bytes | gzip bytes |');
  console.log('|---|---|---|');
  for (const file of ['content.js', 'autoconsent.js']) {
    const code = readFileSync(join(DIST, 'chrome', file));
    console.log(`| ${file} | ${code.length} | ${gzipSync(code).length} |`);
  }
  console.log(
    '\nBudget: what Unwall adds stays under 5 ms median on article pages (all main-thread tasks; the script counter alone leaves the pass out).',
  );
}
