/**
 * Longest main-thread task on hostile pages, in Chromium and Firefox, default settings: the
 * generated pages of e2e/hostile.ts and, when ../shared is there, its hardening reproductions.
 *
 * Two measures per page. A heartbeat (a zero-delay timer loop the page runs from its first script)
 * sees every task, the page's own included: its longest gap is printed with and without the
 * extension, side by side. The extension's own counter (performance entries `unwall:task:<what>`, one
 * per slice of work it ran) names its longest task exactly.
 *
 * Each cell is the median of LOADS loads of the page (each measure on its own): one load swung the
 * longest task from 30 to 123 ms on a busy 2-core machine, a single stall of the renderer.
 */
import puppeteer from 'puppeteer-core';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
// @ts-expect-error -- plain ES module shared with the npm scripts
import { firefoxPath } from '../scripts/browsers.mjs';
import { hasRepro, REPRO_DIR, startServer } from '../e2e/server.js';
import { launchChromium } from './chromium.js';

const DIST = resolve(import.meta.dirname, '..', 'dist');
/** How long to watch each page after its load event (the watcher and the refusal grace run then). */
const WATCH_MS = 3000;
/** Loads per page and configuration; a cell is their median. */
const LOADS = 3;

/** Runs in the page before its own scripts: records the longest gap between timer ticks. */
const HEARTBEAT = `(() => {
  const hb = { max: 0, gaps: [] };
  window.__unwallHeartbeat = hb;
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    const gap = now - last;
    if (gap > hb.max) hb.max = gap;
    if (gap > 50) hb.gaps.push(Math.round(gap));
    last = now;
    if (now < 60000) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
})();`;

export interface Measure {
  /** Longest gap the heartbeat saw (any task, the page's included), ms. */
  heartbeat: number;
  /** Longest task the extension reports for itself, ms (null: it reported none). */
  own: number | null;
  /** Sum of the extension's tasks, ms. */
  ownTotal: number | null;
  /** Passes the extension stopped at their time cap (performance marks unwall:capped:*). */
  capped: number;
}

interface Target {
  name: string;
  path: string;
  /** Also measured without the extension (the heartbeat's baseline): the generated pages. */
  baseline: boolean;
}

function targets(): Target[] {
  const list: Target[] = [
    { name: 'generated: 1,000 "Lire aussi" lines', path: 'hostile/related-lines.html?n=1000' },
    { name: 'generated: 2,000 "Lire aussi" lines', path: 'hostile/related-lines.html?n=2000' },
    { name: 'generated: 10,000 paragraphs + banner', path: 'hostile/paragraphs.html?n=10000' },
    { name: 'generated: inline relock', path: 'hostile/relock.html' },
    { name: 'generated: strips the marker', path: 'hostile/strips-marker.html' },
    { name: 'generated: 6 nested frames', path: 'hostile/nest.html?level=0&depth=6' },
  ].map((t) => ({ ...t, baseline: true }));
  if (hasRepro()) {
    for (const f of readdirSync(REPRO_DIR)
      .filter((f) => f.endsWith('.html'))
      .sort())
      list.push({ name: `repro: ${f}`, path: `repro/${f}`, baseline: false });
    list.push({ name: 'repro: nest/l0.html', path: 'nest/l0.html', baseline: false });
  }
  return list;
}

const READ = `(() => {
  const own = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('unwall:task:'));
  return {
    heartbeat: window.__unwallHeartbeat ? window.__unwallHeartbeat.max : -1,
    own: own.length ? Math.max(...own.map((e) => e.duration)) : null,
    ownTotal: own.length ? own.reduce((s, e) => s + e.duration, 0) : null,
    capped: performance.getEntriesByType('mark').filter((e) => e.name.startsWith('unwall:capped:')).length,
  };
})()`;

const mid = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
/** Each measure's median over the loads of one page (null when the extension reported none). */
function medianOf(loads: Measure[]): Measure {
  const nullable = (f: (m: Measure) => number | null): number | null => {
    const xs = loads.map(f).filter((x): x is number => x !== null);
    return xs.length * 2 > loads.length ? mid(xs) : null;
  };
  return {
    heartbeat: mid(loads.map((m) => m.heartbeat)),
    own: nullable((m) => m.own),
    ownTotal: nullable((m) => m.ownTotal),
    capped: mid(loads.map((m) => m.capped)),
  };
}

async function inChromium(urls: string[], extension: boolean): Promise<Measure[]> {
  // No route on other hosts: these pages are all local, and interception would add to the heartbeat.
  const browser = await launchChromium({ extension, blockOtherHosts: false });
  const { context } = browser;
  try {
    await context.addInitScript(HEARTBEAT);
    const out: Measure[] = [];
    for (const url of urls) {
      const loads: Measure[] = [];
      for (let k = 0; k < LOADS; k++) {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 }).catch(() => undefined);
        await page.waitForTimeout(WATCH_MS);
        loads.push(await page.evaluate<Measure>(READ));
        await page.close();
      }
      out.push(medianOf(loads));
    }
    return out;
  } finally {
    await browser.close();
  }
}

async function inFirefox(urls: string[], extension: boolean): Promise<Measure[]> {
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: (firefoxPath as () => string)(),
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false },
  });
  try {
    if (extension) {
      await ff.installExtension(join(DIST, 'firefox'));
      await new Promise((r) => setTimeout(r, 1500)); // the event page starts
    }
    const out: Measure[] = [];
    for (const url of urls) {
      const loads: Measure[] = [];
      for (let k = 0; k < LOADS; k++) {
        const page = await ff.newPage();
        await page.evaluateOnNewDocument(HEARTBEAT);
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 }).catch(() => undefined);
        await new Promise((r) => setTimeout(r, WATCH_MS));
        loads.push((await page.evaluate(READ)) as Measure);
        await page.close();
      }
      out.push(medianOf(loads));
    }
    return out;
  } finally {
    await ff.close();
  }
}

const f0 = (x: number | null): string => (x === null || Number.isNaN(x) ? '—' : x < 0 ? '?' : x.toFixed(0));
const cap = (m: Measure): string => (m.capped > 0 ? ` (capped ${m.capped})` : '');

export async function benchLongTasks(): Promise<void> {
  const server = await startServer();
  const list = targets();
  const urls = list.map((t) => server.url(t.path));
  try {
    if (!hasRepro()) console.log('(../shared/repro/hardening not found: generated pages only)');
    console.log(
      `Default settings; each page loaded ${LOADS} times and watched ${WATCH_MS / 1000} s after each load, ` +
        `every figure the median of the ${LOADS} loads. Heartbeat: longest gap between ` +
        'zero-delay timer ticks (any task, the page parsing itself included), without Unwall (generated pages) and with it. ' +
        'Unwall: its own longest task and the sum of its tasks (performance entries unwall:task:*); ' +
        '"capped n": n passes stopped at their cap (work, or the time backstop), what they had found applied.\n',
    );
    console.log(
      '| page | Chromium heartbeat, no ext / Unwall ms | Chromium Unwall longest / total ms | Firefox heartbeat, no ext / Unwall ms | Firefox Unwall longest / total ms |',
    );
    console.log('|---|---|---|---|---|');
    const base = urls.filter((_, i) => list[i]!.baseline);
    const cBase = await inChromium(base, false);
    const cExt = await inChromium(urls, true);
    const fBase = await inFirefox(base, false);
    const fExt = await inFirefox(urls, true);
    const none: Measure = { heartbeat: NaN, own: null, ownTotal: null, capped: 0 };
    list.forEach((t, i) => {
      const b = base.indexOf(urls[i]!);
      const [cb, ce, fb, fe] = [cBase[b] ?? none, cExt[i]!, fBase[b] ?? none, fExt[i]!];
      console.log(
        `| ${t.name} | ${f0(cb.heartbeat)} / ${f0(ce.heartbeat)} | ${f0(ce.own)} / ${f0(ce.ownTotal)}${cap(ce)} | ${f0(fb.heartbeat)} / ${f0(fe.heartbeat)} | ${f0(fe.own)} / ${f0(fe.ownTotal)}${cap(fe)} |`,
      );
    });
    const worst = Math.max(...[...cExt, ...fExt].map((m) => m.own ?? 0));
    console.log(
      `\nGoal: no Unwall task over 50 ms on any of these pages; longest now ${worst.toFixed(0)} ms.`,
    );
  } finally {
    await server.close();
  }
}
