/**
 * Prints the issue-10 table for the real-markup pages in both browsers:
 *   node --import tsx e2e/score-real-pages.ts [real|held-out] [--verbose]
 * Drives real browsers: run it under the shared lock (flock /tmp/unwall-heavy.lock …), after
 * `npm run build`.
 */
import { launchChromium } from './chromium.js';
import type { ExtensionBrowser } from './driver.js';
import { launchFirefox } from './firefox.js';
import { HELD_OUT_DIR, MEASURES, REAL_DIR, pagesIn, scorePage, total, type PageScore } from './real-pages.js';
import { startServer } from './server.js';

const which = process.argv[2] === 'held-out' ? 'held-out' : 'real';
const verbose = process.argv.includes('--verbose');
const dir = which === 'held-out' ? HELD_OUT_DIR : REAL_DIR;
const pages = pagesIn(dir);

const results: Record<string, PageScore[]> = {};
for (const [name, launch] of [
  ['Chromium', launchChromium],
  ['Firefox', launchFirefox],
] as const) {
  const server = await startServer();
  const browser: ExtensionBrowser = await launch();
  try {
    results[name] = [];
    for (const p of pages) {
      const s = await scorePage(browser, server, `e2e/pages/${which}/${p}`);
      results[name].push(s);
      if (verbose)
        for (const [key] of MEASURES) for (const m of s[key].missed) console.log(`${name} ${p} ${key}: ${m}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

console.log(`\n${which} pages (${pages.length}), cleanup on, automatic refusal off\n`);
console.log('| measure | Chromium | Firefox |');
console.log('|---|---|---|');
for (const [key, label] of MEASURES) {
  const c = total(results.Chromium!, key);
  const f = total(results.Firefox!, key);
  console.log(`| ${label} | ${c.ok} / ${c.total} | ${f.ok} / ${f.total} |`);
}
