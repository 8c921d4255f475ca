#!/usr/bin/env node
// The CLI entry: the built code lives in dist/node (npm install builds it through `prepare`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/node/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('unwall: not built yet; run `npm install` (or `npm run build`) first\n');
  process.exit(1);
}
await import(cli.href);
