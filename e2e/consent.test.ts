/**
 * Consent cleanup on the example page, in real Chromium and Firefox: the cookie wall and the
 * blocked X post's consent text are hidden, the page scrolls again, the post is replaced by the
 * extension's notice linking to it, turning cleanup off for the site restores the page exactly
 * (no reload), a single-page navigation is cleaned too, and nothing goes to the network but the
 * page itself.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { poll, type PageHandle } from './driver.js';
import { inBothBrowsers } from './suite.js';

const POST_URL = 'https://x.com/SEPeaceMissions/status/2015201784503529762';
/** How long the content script watches a page's changes (src/content/cleanup, observeMs). */
const WATCH_MS = 15_000;

/** The page as markup plus what the reader sees of the scroll lock: what undo must restore. */
function snapshot(page: PageHandle): Promise<string> {
  return page.evaluate(
    () =>
      `${document.documentElement.outerHTML}\n${getComputedStyle(document.documentElement).overflow}\n${getComputedStyle(document.body).overflow}`,
  );
}

inBothBrowsers(
  'consent cleanup',
  (env) => {
    test('the example page comes out clean, scrollable, with a link to the blocked post', async () => {
      const url = env.server.url('examples/lemonde-ukraine/index.html');
      const page = await env.browser.openPage(url);
      const href = await poll('the embed notice', () =>
        page.evaluate(
          () => document.querySelector('[data-unwall-notice]')?.shadowRoot?.querySelector('a')?.href,
        ),
      );
      assert.equal(href, POST_URL);
      // No named helpers inside evaluate: tsx's name-keeping wrapper does not exist in the page.
      const seen = await page.evaluate(() => ({
        wall: (document.querySelector('.gdpr-lmd-wall') as HTMLElement).offsetHeight > 0,
        consentText: document.body.innerText.includes('Ce contenu est bloqué'),
        buttons: document.body.innerText.includes('J’accepte tous les cookies'),
        paragraphs: [...document.querySelectorAll('.article__paragraph')].map(
          (p) => (p as HTMLElement).offsetHeight > 0,
        ),
        intertitle: (document.querySelector('.article__sub-title') as HTMLElement).offsetHeight > 0,
      }));
      assert.deepEqual(seen, {
        wall: false,
        consentText: false,
        buttons: false,
        paragraphs: Array(5).fill(true),
        intertitle: true,
      });
      const before = await page.evaluate(() => window.scrollY);
      await page.wheel(600);
      const after = await poll(
        'a real scroll to move',
        async () => {
          const y = await page.evaluate(() => window.scrollY);
          return y > before ? y : null;
        },
        3000,
      );
      assert.ok(after > before);
      await page.close();
    });

    test('turning cleanup off for the site restores the page exactly, at once', async () => {
      const url = env.server.url('examples/lemonde-ukraine/index.html?toggle');
      await env.browser.setStorage({ schemaVersion: 1, autoRefuse: false, disabledSites: ['127.0.0.1'] });
      const page = await env.browser.openPage(url);
      await new Promise((r) => setTimeout(r, 800));
      const untouched = await snapshot(page);
      assert.doesNotMatch(untouched, /data-unwall/);
      await env.browser.setStorage({ disabledSites: [] });
      await poll('cleanup to apply without a reload', () =>
        page.evaluate(() => document.querySelector('[data-unwall-notice]') !== null),
      );
      assert.notEqual(await snapshot(page), untouched);
      await env.browser.setStorage({ disabledSites: ['127.0.0.1'] });
      await poll('the page to be restored', async () => (await snapshot(page)) === untouched, 5000);
      await page.close();
    });

    test('a single-page navigation is cleaned like a new page, after the watcher has stopped', async () => {
      await env.browser.setStorage({ disabledSites: [] });
      const page = await env.browser.openPage(env.server.url('e2e/pages/spa-article.html'));
      // The content script watches a page's changes for its first seconds only (observeMs); after
      // that, only the navigation event from the background makes it look again.
      await new Promise((r) => setTimeout(r, WATCH_MS + 1000));
      await page.evaluate(() => {
        (window as unknown as { openNextStory: () => void }).openNextStory();
      });
      const href = await poll(
        'the blocked video of the next story to be replaced by a notice',
        () =>
          page.evaluate(
            () => document.querySelector('[data-unwall-notice]')?.shadowRoot?.querySelector('a')?.href,
          ),
        5000,
      );
      assert.equal(href, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
      const overlayShown = await page.evaluate(
        () => (document.querySelector('.embed-consent-overlay') as HTMLElement).offsetHeight > 0,
      );
      assert.equal(overlayShown, false);
      await page.close();
    });

    test('the extension asks the network for nothing', async () => {
      const from = env.browser.requests.length;
      const url = env.server.url('examples/lemonde-ukraine/index.html?network');
      await env.browser.setStorage({ autoRefuse: true, disabledSites: [] });
      const page = await env.browser.openPage(url);
      const popup = await env.browser.openExtensionPage(`popup.html?tabId=${await env.browser.tabIdOf(url)}`);
      await popup.waitFor('#view[data-state="brief"]', 20_000);
      const foreign = env.browser.requests
        .slice(from)
        .filter(
          (u) =>
            !u.startsWith(env.server.origin) && !/^(chrome-extension|moz-extension|data|blob|about):/.test(u),
        );
      assert.deepEqual(foreign, []);
      assert.ok(
        env.browser.requests.slice(from).some((u) => u.startsWith(env.server.origin)),
        'requests are being observed',
      );
      await popup.close();
      await page.close();
    });
  },
  async (env) => {
    // autoconsent is tested on its own (autoconsent.test.ts); here the page's DOM must be ours alone.
    await env.browser.setStorage({ schemaVersion: 1, autoRefuse: false });
  },
);
