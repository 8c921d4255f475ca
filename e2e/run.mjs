#!/usr/bin/env node
// Runs the end-to-end tests (node's test runner, TypeScript through tsx) against the built extension.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
if (
  !existsSync(join(dir, '../dist/chrome/manifest.json')) ||
  !existsSync(join(dir, '../dist/firefox/manifest.json'))
) {
  console.error('test:e2e: the extension is not built; run `npm run build` first.');
  process.exit(1);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts'))
  .sort()
  .map((f) => join(dir, f));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
