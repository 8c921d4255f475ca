/**
 * `npm run bench`: every figure side by side with its baseline, measured in this one run.
 * Each section lives in its own file and prints its own table.
 */
import { benchBrief } from './brief.js';
import { benchContentScript } from './content-script.js';
import { benchExtraction } from './extraction.js';
import { benchSpeed } from './speed.js';

const sections: [string, () => Promise<void>][] = [
  ['Speed: brief vs Readability parse', benchSpeed],
  ['Extraction (Zyte benchmark)', benchExtraction],
  ['Content script in Chromium (always-on cost)', benchContentScript],
  ['Brief accuracy (gold)', benchBrief],
];

for (const [title, run] of sections) {
  console.log(`\n## ${title}\n`);
  await run();
}
