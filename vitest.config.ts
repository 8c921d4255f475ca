import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// The shared corpus (../shared) sits next to the repository, not in it: without it, the tests that
// measure on it skip (describe.skipIf / it.skipIf on HAS_SHARED in bench/corpus.ts), and this is
// the one line that says so. Behaviour tests run on the repository's own fixtures either way.
if (!existsSync(resolve(import.meta.dirname, '..', 'shared')))
  console.log('../shared not found: the tests that measure on the shared corpus are skipped.');

// Unit tests run the pure core in Node; DOMs come from linkedom (src/node/index.ts parseHtml).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
    maxWorkers: 2,
  },
});
