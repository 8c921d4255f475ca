/**
 * Chromium for the bench sections that drive a real browser: a throwaway profile, the built
 * extension when asked, other hosts than 127.0.0.1 answered empty. One helper so every section
 * shuts down the same way: the context is closed BEFORE its profile is deleted (deleting first
 * races with Chromium still writing into it: ENOTEMPTY).
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error -- plain ES module shared with the npm scripts
import { chromiumPath } from '../scripts/browsers.mjs';

/** UNWALL_DIST: another build's dist folder (bench/content-script.ts times two builds in alternation). */
const EXTENSION = resolve(process.env.UNWALL_DIST ?? resolve(import.meta.dirname, '..', 'dist'), 'chrome');

export interface BenchChromium {
  context: BrowserContext;
  /** Closes the browser, then deletes its profile. */
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /** Load the built extension (dist/chrome); its service worker has started when launch returns. */
  extension: boolean;
  /** Written to the extension's storage before any page loads (needs `extension`). */
  settings?: Record<string, unknown>;
  /**
   * Answer requests to other hosts with an empty 204 (saved pages reference images and CSS on their
   * sites; the bench never loads live sites). Default true.
   */
  blockOtherHosts?: boolean;
}

export async function launchChromium(options: LaunchOptions): Promise<BenchChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'unwall-bench-'));
  const removeProfile = (): void => {
    rmSync(profile, { recursive: true, force: true });
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: (chromiumPath as () => string)(),
      headless: true,
      args: [
        ...(options.extension
          ? [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`]
          : []),
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  } catch (err) {
    removeProfile();
    throw err;
  }
  const close = async (): Promise<void> => {
    await context.close();
    removeProfile();
  };
  try {
    if (options.blockOtherHosts ?? true) {
      await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
        route.fulfill({ status: 204, body: '' }),
      );
    }
    if (options.extension) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      if (options.settings) await worker.evaluate((s) => chrome.storage.local.set(s), options.settings);
      // Default settings are in place once the worker answers.
      else await worker.evaluate(() => chrome.storage.local.get(null));
    }
  } catch (err) {
    await close();
    throw err;
  }
  return { context, close };
}
