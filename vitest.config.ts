import { defineConfig } from 'vitest/config';

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
