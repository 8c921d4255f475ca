/**
 * How long a consent banner or wall stays on screen after a page loads, in Chromium with the built
 * extension: default settings (automatic refusal on) against cleanup only (refusal off), the same
 * pages in every round, beside a baseline without the extension (the banner's own time on screen:
 * the proof the watcher sees it). Pages: the repository's pages with a consent UI (fixtures/consent, the
 * example page, e2e/pages — the held-out pages excepted: they are scored once, not measured on),
 * with their scripts. The consent UIs of a page are the banners and walls the core finds in it in
 * Node (a UI the core misses is not measured: the e2e and corpus figures cover misses); each is
 * located in the browser by its element path. A script the bench adds to the page (before the
 * page's own) checks on every animation frame whether any of them is on screen (laid out, not
 * transparent, not invisible); the time on screen is the sum of the frames during which one was.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, type BenchChromium } from './chromium.js';
import { startServer } from '../e2e/server.js';
import { findConsent } from '../src/core/consent/index.js';
import { parseHtml } from '../src/node/index.js';
import { median } from './speed.js';

const ROOT = resolve(import.meta.dirname, '..');
/** Two loads per page and configuration: 30 pages keep the section under 10 minutes. */
const ROUNDS = 2;
/** How long each page is watched after its load event: the refusal's grace period (2.5 s) and 1 s. */
const WATCH_MS = 3500;

export const p90 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))] ?? 0;

/** Element path from <html>, by child position: the same in the browser for parsed markup. */
function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && e.parentElement; e = e.parentElement) {
    let i = 1;
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) i++;
    parts.unshift(`:scope > :nth-child(${i})`);
  }
  return parts
    .join(' ')
    .replace(/^:scope > /, 'html > ')
    .replace(/ :scope > /g, ' > ');
}

interface WallPage {
  path: string;
  selectors: string[];
}

/** Repository pages with a consent banner or wall in the page's own tree. */
function wallPages(): WallPage[] {
  const files: string[] = ['examples/lemonde-ukraine/index.html'];
  for (const dir of ['fixtures/consent', 'e2e/pages', 'e2e/pages/real']) {
    if (!existsSync(join(ROOT, dir))) continue;
    for (const f of readdirSync(join(ROOT, dir)).sort()) if (f.endsWith('.html')) files.push(`${dir}/${f}`);
  }
  const out: WallPage[] = [];
  for (const path of files) {
    const doc = parseHtml(readFileSync(join(ROOT, path), 'utf8'), 'https://www.example.org/a.html');
    const selectors = findConsent(doc)
      .filter((f) => f.kind === 'consent-banner' || f.kind === 'consent-wall')
      .filter((f) => f.element.getRootNode() === doc)
      .map((f) => pathOf(f.element));
    if (selectors.length) out.push({ path, selectors });
  }
  return out;
}

/** Runs in every page before its scripts: sums the frames during which a watched UI was on screen. */
function watchScript(byPath: Record<string, string[]>): void {
  const sels = byPath[location.pathname];
  if (!sels) return;
  const w = window as unknown as {
    __wall: { ms: number; frames: number; firstShown: number | null; lastShown: number | null };
  };
  const out = (w.__wall = {
    ms: 0,
    frames: 0,
    firstShown: null as number | null,
    lastShown: null as number | null,
  });
  const shown = (el: Element | null): boolean => {
    if (!el || el.getClientRects().length === 0) return false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.opacity === '0' || cs.visibility === 'hidden') return false;
    }
    return true;
  };
  let last: number | null = null;
  let wasShown = false;
  const frame = (now: number): void => {
    if (last !== null && wasShown) out.ms += now - last;
    wasShown = sels.some((s) => shown(document.querySelector(s)));
    if (wasShown && out.firstShown === null) out.firstShown = now;
    if (wasShown) out.lastShown = now;
    last = now;
    out.frames++;
    if (now < 20_000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * tsx keeps function names by wrapping functions in __name(), which a page does not have: without
 * this shim the watch script threw at its first inner function, left { ms: 0 } behind, and every
 * page read 0 ms (the figure of the runs before the baseline was added).
 */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

interface Config {
  name: string;
  /** null: no extension at all, the baseline (the page as a reader without Unwall sees it). */
  autoRefuse: boolean | null;
  rounds: number;
}

async function launch(config: Config, byPath: Record<string, string[]>): Promise<BenchChromium> {
  const browser = await launchChromium(
    config.autoRefuse === null
      ? { extension: false }
      : { extension: true, settings: { schemaVersion: 1, cleanup: true, autoRefuse: config.autoRefuse } },
  );
  await browser.context.addInitScript(NAME_SHIM);
  await browser.context.addInitScript(watchScript, byPath);
  return browser;
}

export async function benchWallVisible(): Promise<void> {
  const pages = wallPages();
  const byPath = Object.fromEntries(pages.map((p) => [`/${p.path}`, p.selectors]));
  const server = await startServer();
  const configs: Config[] = [
    // The pages are static: without the extension a banner stays the whole watch; one load is enough.
    { name: 'no extension (baseline)', autoRefuse: null, rounds: 1 },
    { name: 'default settings (automatic refusal on)', autoRefuse: true, rounds: ROUNDS },
    { name: 'cleanup only (automatic refusal off)', autoRefuse: false, rounds: ROUNDS },
  ];
  const times = new Map(configs.map((c) => [c, pages.map(() => [] as number[])]));
  /** Per configuration with the extension: how long a UI stayed on screen after the cleanup started. */
  const after = new Map(configs.map((c) => [c, [] as number[]]));
  let missing = 0;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const config of configs) {
        if (round >= config.rounds) continue;
        const browser = await launch(config, byPath);
        const { context } = browser;
        for (const [i, p] of pages.entries()) {
          const page = await context.newPage();
          await page.goto(server.url(p.path), { waitUntil: 'load' }).catch(() => undefined);
          await page.waitForTimeout(WATCH_MS);
          const wall = await page
            .evaluate(() => ({
              ...(window as unknown as { __wall?: { ms: number; frames: number; lastShown: number | null } })
                .__wall,
              cleanupStart: performance.getEntriesByName('unwall:cleanup')[0]?.startTime ?? null,
            }))
            .catch(() => undefined);
          // A watch that saw no frame measured nothing: not a zero.
          if (!wall?.frames || wall.ms === undefined) missing++;
          else {
            times.get(config)![i]!.push(wall.ms);
            if (wall.cleanupStart !== null)
              after.get(config)!.push(Math.max(0, (wall.lastShown ?? 0) - wall.cleanupStart));
          }
          await page.close();
        }
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(
    `Chromium, ${pages.length} pages with a consent banner or wall (the repository's, with their scripts); ` +
      `time a consent UI is on screen after the page starts to render, per page the median of ${ROUNDS} loads ` +
      `(1 without the extension), each watched ${WATCH_MS / 1000} s after load` +
      `${missing ? ` (${missing} loads not measured)` : ''}\n`,
  );
  console.log(`| page | ${configs.map((c) => `${c.name} ms`).join(' | ')} |`);
  console.log(`|---|${configs.map(() => '---').join('|')}|`);
  const perPage = new Map(configs.map((c) => [c, times.get(c)!.map((xs) => (xs.length ? median(xs) : NaN))]));
  pages.forEach((p, i) => {
    console.log(`| ${p.path} | ${configs.map((c) => perPage.get(c)![i]!.toFixed(0)).join(' | ')} |`);
  });
  for (const c of configs) {
    const xs = perPage.get(c)!.filter((x) => !Number.isNaN(x));
    console.log(
      `\n${c.name}: median ${median(xs).toFixed(0)} ms, p90 ${p90(xs).toFixed(0)} ms, worst ${Math.max(...xs).toFixed(0)} ms`,
    );
  }
  // Where the time goes: before the content script runs (document_idle, about the load event), or
  // after the cleanup started (its first pass, the refusal's grace period).
  for (const c of configs.slice(1)) {
    const xs = after.get(c)!;
    if (xs.length)
      console.log(
        `${c.name}: on screen after the cleanup started: median ${median(xs).toFixed(0)} ms, p90 ${p90(xs).toFixed(0)} ms, worst ${Math.max(...xs).toFixed(0)} ms (${xs.length} loads); the rest is before the content script runs`,
      );
  }
  // The watcher must see what it watches: without the extension every banner is on screen.
  const base = perPage.get(configs[0]!)!.filter((x) => !Number.isNaN(x));
  const seen = base.filter((x) => x > 0).length;
  console.log(
    `\nWatcher check: without the extension a consent UI was seen on screen on ${seen} of ${pages.length} pages` +
      (seen < pages.length ? ' (the others: a UI the page itself keeps hidden, or a watch that failed)' : ''),
  );
  console.log('\nGoal: a consent UI on screen ≤ 300 ms after load, default settings.');
}
