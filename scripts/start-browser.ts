/**
 * `npm run start:chromium` / `npm run start:firefox`: a desktop trial. Serves the example page on
 * 127.0.0.1 and opens it in a fresh profile of the browser with the dev build of the extension
 * loaded. Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../e2e/server.js';
// @ts-expect-error -- plain ES module shared with the npm scripts
import { HOW_TO_INSTALL, chromiumPath, firefoxPath } from './browsers.mjs';

const target = process.argv[2];
const root = resolve(import.meta.dirname, '..');
const server = await startServer();
const start = server.url('examples/lemonde-ukraine/index.html');
console.log(`Serving the example at ${start}`);

if (target === 'chromium') {
  const bin = (chromiumPath as () => string | null)();
  if (!bin) throw new Error(`Chromium not found.\n${HOW_TO_INSTALL as string}`);
  const dir = join(root, 'dist/chrome');
  const child = spawn(
    bin,
    [
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'unwall-'))}`,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-first-run',
      start,
    ],
    { stdio: 'inherit' },
  );
  child.on('exit', () => void server.close());
} else if (target === 'firefox') {
  const bin = (firefoxPath as () => string | null)();
  if (!bin) throw new Error(`Firefox not found.\n${HOW_TO_INSTALL as string}`);
  const child = spawn(
    join(root, 'node_modules/.bin/web-ext'),
    ['run', '--source-dir', join(root, 'dist/firefox'), '--firefox', bin, '--start-url', start, '--no-input'],
    { stdio: 'inherit' },
  );
  child.on('exit', () => void server.close());
} else {
  console.error('usage: tsx scripts/start-browser.ts chromium|firefox');
  process.exit(1);
}
