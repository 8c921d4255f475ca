/**
 * Automatic refusal with autoconsent in real Chromium and Firefox: a Didomi-shaped banner is
 * refused (never accepted), the popup lists the refusal, and turning the setting off leaves the
 * next page's banner alone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { poll } from './driver.js';
import { inBothBrowsers } from './suite.js';

inBothBrowsers('automatic refusal', (env) => {
  test('a Didomi banner is refused, never accepted, and the popup says so', async () => {
    // The background registers autoconsent's script when it starts; a page opened in the same
    // instant would not get it (a first-second-after-install race, not a user-facing one).
    await poll('the autoconsent script to be registered', async () =>
      (await env.browser.registeredScripts()).includes('unwall-autoconsent'),
    );
    const url = env.server.url('e2e/pages/didomi-banner.html');
    const page = await env.browser.openPage(url);
    const choice = await poll(
      'the banner to be answered',
      () => page.evaluate(() => document.body.dataset.consent),
      15_000,
    );
    assert.equal(choice, 'refused');
    const popup = await env.browser.openExtensionPage(`popup.html?tabId=${await env.browser.tabIdOf(url)}`);
    await popup.waitFor('#view[data-state="brief"] .cleaned', 20_000);
    assert.match(await popup.text('#view .cleaned'), /didomi/i);
    await popup.close();
    await page.close();
  });

  test('with automatic refusal off, the banner is left to the reader', async () => {
    const settings = await env.browser.openExtensionPage('popup.html?tabId=-1');
    await settings.waitFor('#auto-refuse');
    await settings.click('#auto-refuse');
    await poll('the setting to be stored', async () => (await env.browser.storage()).autoRefuse === false);
    await settings.close();
    await new Promise((r) => setTimeout(r, 500)); // the background unregisters the script
    const page = await env.browser.openPage(env.server.url('e2e/pages/didomi-banner.html?off'));
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(await page.evaluate(() => document.body.dataset.consent ?? 'none'), 'none');
    assert.equal(await page.evaluate(() => document.getElementById('didomi-notice') !== null), true);
    await page.close();
  });
});
