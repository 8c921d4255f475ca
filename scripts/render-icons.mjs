#!/usr/bin/env node
// Renders icons/icon.svg to the PNG sizes the manifest lists, with headless Chromium.
// Run by hand after editing the SVG (`node scripts/render-icons.mjs`); the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from './browsers.mjs';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'icons/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: join(root, `icons/icon-${size}.png`), omitBackground: true });
}
await browser.close();
console.log('wrote icons/icon-{16,32,48,128}.png');
