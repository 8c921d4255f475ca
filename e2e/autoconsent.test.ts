/**
 * Automatic refusal with autoconsent in real Chromium and Firefox: a Didomi-shaped banner is
 * refused (never accepted), the popup lists the refusal, autoconsent starts only on pages where the
 * cleanup found a consent banner or wall, and turning the setting off leaves the next page's
 * banner alone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanupState } from './cleanup-state.js';
import { poll } from './driver.js';
import { inBothBrowsers } from './suite.js';

inBothBrowsers('automatic refusal', (env) => {
  test('a Didomi banner is refused, never accepted, and the popup says so', async () => {
    // Not a registered content script any more: started by the cleanup when it finds a banner.
    assert.deepEqual(await env.browser.registeredScripts(), []);
    const url = env.server.url('e2e/pages/didomi-banner.html');
    const page = await env.browser.openPage(url);
    const choice = await poll(
      'the banner to be answered',
      () => page.evaluate(() => document.body.dataset.consent),
      15_000,
    );
    assert.equal(choice, 'refused');
    assert.equal((await cleanupState(env.browser, url)).autoconsent, true);
    const popup = await env.browser.openExtensionPage(`popup.html?tabId=${await env.browser.tabIdOf(url)}`);
    await popup.waitFor('#view[data-state="brief"] .cleaned', 20_000);
    assert.match(await popup.text('#view .cleaned'), /didomi/i);
    await popup.close();
    await page.close();
  });

  test('a page without a consent banner never starts autoconsent', async () => {
    const url = env.server.url('fixtures/consent/en-article-about-consent.html');
    const page = await env.browser.openPage(url);
    const state = await poll('the first pass to end', async () => {
      const s = await cleanupState(env.browser, url);
      return s.stats?.firstPassMs != null ? s : null;
    });
    assert.equal(state.autoconsent, false);
    await page.close();
  });

  test('with automatic refusal off, the banner is left to the reader', async () => {
    const settings = await env.browser.openExtensionPage('popup.html?tabId=-1');
    await settings.waitFor('#auto-refuse');
    await settings.click('#auto-refuse');
    await poll('the setting to be stored', async () => (await env.browser.storage()).autoRefuse === false);
    await settings.close();
    const page = await env.browser.openPage(env.server.url('e2e/pages/didomi-banner.html?off'));
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(await page.evaluate(() => document.body.dataset.consent ?? 'none'), 'none');
    assert.equal(await page.evaluate(() => document.getElementById('didomi-notice') !== null), true);
    await page.close();
  });
});
