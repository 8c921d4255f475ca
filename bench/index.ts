/**
 * `npm run bench`: every figure side by side with its baseline, measured in this one run.
 * Each section lives in its own file and prints its own table.
 */
import { benchBatch } from './batch.js';
import { benchBrief } from './brief.js';
import { benchBriefReal, benchBriefSize } from './brief-real.js';
import { benchConsistency } from './consistency.js';
import { benchContentScript } from './content-script.js';
import { HAS_SHARED, SHARED } from './corpus.js';
import { benchExtraction } from './extraction.js';
import { benchFirstPassCounts } from './first-pass-counts.js';
import { benchLongTasks } from './long-tasks.js';
import { benchSpeed } from './speed.js';
import { benchWallVisible } from './wall-visible.js';
// @ts-expect-error -- plain ES module shared with the npm scripts
import { chromiumPath, firefoxPath, HOW_TO_INSTALL } from '../scripts/browsers.mjs';

// Every figure is measured on the shared corpus, gold labels and scorers, which live next to the
// repository (not in it): say so plainly instead of failing on the first missing file.
if (!HAS_SHARED) {
  console.error(
    `npm run bench measures on the shared corpus, gold labels and scorers, expected in ${SHARED}\n` +
      '(corpus/, gold/, scoring/, seed/), which is not there. Put that folder next to this repository ' +
      'and run again; `npm test` does not need it.',
  );
  process.exit(1);
}
const hasChromium = Boolean((chromiumPath as () => string | null)());
const hasFirefox = Boolean((firefoxPath as () => string | null)());

const sections: [string, () => Promise<void>][] = [
  ['Speed: brief vs Readability parse', benchSpeed],
  ['Extraction (Zyte and WCXB benchmarks)', benchExtraction],
  ['Boilerplate on the page and in the brief: corpus consistency (Zyte and WCXB)', benchConsistency],
  [
    'Content script first pass, counted in Node (always-on cost)',
    () => {
      benchFirstPassCounts();
      return Promise.resolve();
    },
  ],
  [
    'Content script in Chromium (always-on cost)',
    hasChromium
      ? benchContentScript
      : () => {
          console.log(`skipped: needs Chromium.\n${HOW_TO_INSTALL as string}`);
          return Promise.resolve();
        },
  ],
  [
    'Consent UI on screen after load: default settings vs cleanup only (Chromium)',
    hasChromium
      ? benchWallVisible
      : () => {
          console.log(`skipped: needs Chromium.\n${HOW_TO_INSTALL as string}`);
          return Promise.resolve();
        },
  ],
  [
    'Longest task on hostile pages (Chromium, Firefox)',
    hasChromium && hasFirefox
      ? benchLongTasks
      : () => {
          console.log(`skipped: needs Chromium and Firefox.\n${HOW_TO_INSTALL as string}`);
          return Promise.resolve();
        },
  ],
  ['Brief accuracy (gold)', benchBrief],
  ['CLI: many pages at once, and its limits', benchBatch],
  ['Brief on real news labelled blind, next to the naive baseline', benchBriefReal],
  [
    'Brief time by text size',
    () => {
      benchBriefSize();
      return Promise.resolve();
    },
  ],
];

// `npm run bench -- WORD…` runs only the sections whose title holds one of the words.
const only = process.argv.slice(2).map((w) => w.toLowerCase());
for (const [title, run] of sections) {
  if (only.length && !only.some((w) => title.toLowerCase().includes(w))) continue;
  console.log(`\n## ${title}\n`);
  await run();
}
