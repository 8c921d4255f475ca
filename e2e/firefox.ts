import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error -- plain ES module shared with the npm scripts
import { firefoxPath } from '../scripts/browsers.mjs';
import { DIST, poll, type ExtensionBrowser, type PageHandle } from './driver.js';

/** A fixed moz-extension:// host, so tests know the popup's address in advance. */
const UUID = '6c1c2a9e-0d43-4f7e-9a51-5b1f3e0c9d21';

function handle(page: Page): PageHandle {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    waitFor: async (selector, timeout = 10_000) => {
      await page.waitForSelector(selector, { timeout });
    },
    click: (selector) => page.click(selector),
    text: (selector) => page.$eval(selector, (el) => el.textContent ?? ''),
    screenshot: async (path, selector) => {
      const element = selector ? await page.$(selector) : null;
      await (element ? element.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
    },
    reload: async () => {
      // Like goto, reload of a moz-extension:// page never resolves over BiDi: mark the old
      // document, reload, and wait for a new one to be complete.
      await page.evaluate(() => {
        (window as { unwallOld?: boolean }).unwallOld = true;
      });
      void page.reload().catch(() => undefined);
      await poll('the page to reload', async () =>
        page
          .evaluate(
            () => !(window as { unwallOld?: boolean }).unwallOld && document.readyState === 'complete',
          )
          .catch(() => false),
      );
    },
    wheel: async (deltaY) => {
      await page.mouse.move(500, 400);
      await page.mouse.wheel({ deltaY });
      await new Promise((r) => setTimeout(r, 300));
    },
    close: () => page.close(),
  };
}

/** `goto` to a moz-extension:// page never resolves over BiDi: start it, then poll until it is there. */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await poll(`${url} to load`, async () => {
    const state = await page.evaluate(() => [location.href, document.readyState] as const).catch(() => null);
    return state && state[0] === url && state[1] === 'complete';
  });
}

export async function launchFirefox(): Promise<ExtensionBrowser & { browser: Browser }> {
  const manifest = JSON.parse(readFileSync(join(DIST, 'firefox', 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: (firefoxPath as () => string)(),
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // Pages opened by tests are background tabs once the popup's tab opens; Firefox would clamp
      // their timers to 1 s, and a heartbeat test would count seconds, not beats.
      'dom.min_background_timeout_value': 20,
    },
  });
  await ff.installExtension(join(DIST, 'firefox'));
  const base = `moz-extension://${UUID}/`;
  const requests: string[] = [];
  ff.on('targetcreated', (target) => {
    // Workers (the popup's brief worker) are targets without a page: nothing to listen to.
    void target
      .page()
      .then((page) => page?.on('request', (request) => requests.push(request.url())))
      .catch(() => undefined);
  });

  // A page of the extension's own, to call its APIs from (Firefox has no service worker to drive).
  let apiPage: Page | null = null;
  const api = async (): Promise<Page> => {
    if (!apiPage) {
      apiPage = await ff.newPage();
      await gotoExtensionPage(apiPage, `${base}popup.html?tabId=-1`);
    }
    return apiPage;
  };

  return {
    name: 'firefox',
    browser: ff,
    requests,
    openPage: async (url) => {
      const page = await ff.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return handle(page);
    },
    openExtensionPage: async (path) => {
      const page = await ff.newPage();
      await gotoExtensionPage(page, base + path);
      return handle(page);
    },
    tabIdOf: async (url) => {
      // Match patterns take no port in Firefox: query every tab and filter here.
      const id = await (
        await api()
      ).evaluate(
        async (u) =>
          (await browser.tabs.query({})).findLast((t) => t.url === u || (u === 'about:blank' && !t.url))
            ?.id ?? -1,
        url,
      );
      if (id < 0) throw new Error(`no tab shows ${url}`);
      return id;
    },
    storage: async () => (await api()).evaluate(() => browser.storage.local.get(null)),
    registeredScripts: async () =>
      (await api()).evaluate(async () =>
        (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id),
      ),
    setStorage: async (values) => {
      await (await api()).evaluate((v) => browser.storage.local.set(v), values);
    },
    close: () => ff.close(),
  };
}
