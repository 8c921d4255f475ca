import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- plain ES module shared with the npm scripts
import { chromiumPath } from '../scripts/browsers.mjs';
import { DIST, type ExtensionBrowser, type PageHandle } from './driver.js';

function handle(page: Page): PageHandle {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    waitFor: async (selector, timeout = 10_000) => {
      await page.waitForSelector(selector, { timeout, state: 'attached' });
    },
    click: (selector) => page.click(selector),
    text: async (selector) => (await page.textContent(selector)) ?? '',
    screenshot: async (path, selector) => {
      await (selector
        ? page.locator(selector).screenshot({ path })
        : page.screenshot({ path, fullPage: true }));
    },
    reload: async () => {
      await page.reload();
    },
    wheel: async (deltaY) => {
      await page.mouse.move(500, 400);
      await page.mouse.wheel(0, deltaY);
      await page.waitForTimeout(300);
    },
    close: () => page.close(),
  };
}

export async function launchChromium(): Promise<
  ExtensionBrowser & { context: BrowserContext; worker: Worker }
> {
  const extensionDir = join(DIST, 'chrome');
  const profile = mkdtempSync(join(tmpdir(), 'unwall-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: (chromiumPath as () => string)(),
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    name: 'chromium',
    context,
    requests,
    worker,
    openPage: async (url) => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return handle(page);
    },
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return handle(page);
    },
    tabIdOf: async (url) => {
      const id = await worker.evaluate(
        async (u) =>
          (await chrome.tabs.query({})).findLast((t) => t.url === u || (u === 'about:blank' && !t.url))?.id ??
          -1,
        url,
      );
      if (id < 0) throw new Error(`no tab shows ${url}`);
      return id;
    },
    storage: () => worker.evaluate(() => chrome.storage.local.get(null)),
    registeredScripts: () =>
      worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)),
    setStorage: (values) => worker.evaluate((v) => chrome.storage.local.set(v), values),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
