/**
 * Every end-to-end scenario runs in both real browsers: a fresh browser with the built extension
 * and a fresh page server per browser, closed afterwards. Tests read them from `env` once the
 * suite's `before` has run.
 */
import { after, before, describe } from 'node:test';
import { launchChromium } from './chromium.js';
import type { ExtensionBrowser } from './driver.js';
import { launchFirefox } from './firefox.js';
import { startServer, type PageServer } from './server.js';

export interface Env {
  server: PageServer;
  browser: ExtensionBrowser;
}

export function inBothBrowsers(
  title: string,
  body: (env: Env) => void,
  setup?: (env: Env) => Promise<void>,
): void {
  for (const [name, launch] of [
    ['Chromium', launchChromium],
    ['Firefox', launchFirefox],
  ] as const) {
    void describe(`${name}: ${title}`, () => {
      const env = {} as Env;
      before(async () => {
        env.server = await startServer();
        env.browser = await launch();
        await setup?.(env);
      });
      after(async () => {
        await env.browser?.close();
        await env.server?.close();
      });
      body(env);
    });
  }
}
