/**
 * What the browser benches and their scripts (content-script.ts, scripts/profile-cleanup.ts,
 * scripts/trace-content.ts) share: corpus pages served on 127.0.0.1 at /page/<index>, and Chromium
 * with the built extension and given settings, every other host answered with an empty response
 * (tests and benches never load live sites).
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- plain ES module shared with the npm scripts
import { chromiumPath } from '../scripts/browsers.mjs';

export interface PageServer {
  origin: string;
  close: () => void;
}

export async function servePages(pages: readonly string[]): Promise<PageServer> {
  const server = createServer((req, res) => {
    const page = pages[Number(/^\/page\/(\d+)/.exec(req.url ?? '')?.[1] ?? -1)];
    if (page === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => server.close(),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  dispose: () => Promise<void>;
}

/** Chromium (headless, a fresh profile) with the extension in `ext` and these settings stored. */
export async function launchWithExtension(
  ext: string,
  settings: Record<string, unknown>,
): Promise<ExtensionBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'unwall-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: (chromiumPath as () => string)(),
    headless: true,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--no-first-run'],
  });
  const dispose = async (): Promise<void> => {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate((s) => chrome.storage.local.set(s), settings);
    await new Promise((r) => setTimeout(r, 300));
  } catch (e) {
    await dispose();
    throw e;
  }
  return { context, dispose };
}
