/**
 * The options page in both browsers: the settings drawn from storage in the chosen language, the
 * sites where cleanup is off (remove one, add one, a bad or repeated one refused with a message),
 * a switch and the language saved at once, export to a JSON file and import from one (a bad file
 * named and refused, nothing changed; a good one applied).
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { test } from 'node:test';
import { poll, type PageHandle } from './driver.js';
import { inBothBrowsers } from './suite.js';

const ARTIFACTS = new URL('../.e2e-artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

const START = {
  schemaVersion: 1,
  cleanup: true,
  autoRefuse: true,
  disabledSites: ['lemonde.fr', 'x.com'],
  uiLang: 'fr',
};

const hosts = (page: PageHandle): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#sites li')].map((li) => li.dataset.host ?? ''),
  );

/** Types into the add-a-site field and submits the form, as a reader pressing Enter. */
const addSite = (page: PageHandle, text: string): Promise<void> =>
  page.evaluate((value) => {
    (document.getElementById('site-input') as HTMLInputElement).value = value;
    (document.getElementById('site-form') as HTMLFormElement).requestSubmit();
  }, text);

/** Gives the import field a file, as the file picker does. */
const importText = (page: PageHandle, text: string): Promise<void> =>
  page.evaluate((json) => {
    const input = document.getElementById('import-file') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([json], 'settings.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);

inBothBrowsers('the options page', (env) => {
  const storedSites = async (): Promise<unknown> => (await env.browser.storage()).disabledSites;

  test('settings, sites and language, saved at once', async () => {
    await env.browser.setStorage(START);
    const page = await env.browser.openExtensionPage('options.html');
    await page.waitFor('body[data-ready="true"]');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.equal(await page.text('h1'), 'Réglages d’Unwall');
    const checked = (id: string): Promise<boolean> =>
      page.evaluate((i) => (document.getElementById(i) as HTMLInputElement).checked, id);
    assert.equal(await checked('setting-cleanup'), true);
    assert.equal(await checked('setting-autoRefuse'), true);
    assert.deepEqual(await hosts(page), ['lemonde.fr', 'x.com']);
    await page.screenshot(`${ARTIFACTS}options-fr-${env.browser.name}.png`, 'body');

    await page.click('#sites li[data-host="x.com"] button');
    await poll(
      'x.com removed from storage',
      async () => JSON.stringify(await storedSites()) === '["lemonde.fr"]',
    );
    await poll('the list redrawn', async () => (await hosts(page)).join() === 'lemonde.fr');

    await addSite(page, ' https://www.Spiegel.de/politik/artikel.html ');
    await poll('the site added', async () => (await hosts(page)).join() === 'lemonde.fr,www.spiegel.de');
    assert.deepEqual(await storedSites(), ['lemonde.fr', 'www.spiegel.de']);
    assert.equal(
      await page.evaluate(() => (document.getElementById('site-input') as HTMLInputElement).value),
      '',
    );

    await addSite(page, 'pas un site');
    await poll('the error', async () => /pas un site/.test(await page.text('#site-error')));
    assert.match(await page.text('#site-error'), /n’est pas un nom de site/);
    await addSite(page, 'LEMONDE.fr');
    await poll('the error', async () =>
      /lemonde\.fr est déjà dans la liste/.test(await page.text('#site-error')),
    );
    assert.deepEqual(await storedSites(), ['lemonde.fr', 'www.spiegel.de'], 'nothing added');

    await page.click('#setting-autoRefuse');
    await poll('autoRefuse off in storage', async () => (await env.browser.storage()).autoRefuse === false);

    await page.evaluate(() => {
      const select = document.getElementById('ui-lang') as HTMLSelectElement;
      select.value = 'de';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await poll('the page in German', async () => (await page.text('h1')) === 'Unwall-Einstellungen');
    assert.equal((await env.browser.storage()).uiLang, 'de');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    // Each language is offered by its own name.
    assert.match(await page.text('#ui-lang'), /Français.*Deutsch/s);
    await page.screenshot(`${ARTIFACTS}options-de-${env.browser.name}.png`, 'body');
    await page.close();
  });

  test('export to a JSON file, import from one (a bad file changes nothing)', async () => {
    await env.browser.setStorage({ ...START, uiLang: 'de' });
    const page = await env.browser.openExtensionPage('options.html');
    await page.waitFor('body[data-ready="true"]');

    // The download link is clicked by the page; the test keeps the file instead of saving it.
    await page.evaluate(() => {
      document.addEventListener(
        'click',
        (event) => {
          const link = event.target as HTMLAnchorElement;
          if (link.download) {
            event.preventDefault();
            document.body.dataset.exported = link.href;
            document.body.dataset.fileName = link.download;
          }
        },
        true,
      );
    });
    await page.click('#export');
    await page.waitFor('body[data-exported]');
    const exported = await page.evaluate(async () => {
      // The Blob link the page made (blob: URL of the extension's own origin, no network).
      const response = await fetch(document.body.dataset.exported ?? '');
      return { name: document.body.dataset.fileName, json: JSON.parse(await response.text()) as unknown };
    });
    assert.equal(exported.name, 'unwall-settings.json');
    assert.deepEqual(exported.json, { ...START, uiLang: 'de' });

    await importText(page, '{"cleanup": false, "cleanUp": false}');
    await poll('the error', async () => (await page.text('#import-status')).length > 0);
    assert.equal(
      await page.text('#import-status'),
      'Nichts wurde importiert: unbekannte Einstellung „cleanUp“.',
    );
    assert.equal(
      await page.evaluate(() => document.getElementById('import-status')?.getAttribute('role')),
      'alert',
    );
    assert.equal((await env.browser.storage()).cleanup, true, 'nothing imported');

    await importText(page, '{"disabledSites": ["x.com"], "autoRefuse": "nein"}');
    await poll('the second error', async () => /„autoRefuse“/.test(await page.text('#import-status')));

    const good = {
      schemaVersion: 1,
      cleanup: false,
      autoRefuse: true,
      disabledSites: ['Example.org'],
      uiLang: 'en',
    };
    await importText(page, JSON.stringify(good));
    await poll('imported', async () => (await page.text('#import-status')) === 'Settings imported.');
    const stored = await env.browser.storage();
    assert.deepEqual(
      {
        cleanup: stored.cleanup,
        autoRefuse: stored.autoRefuse,
        sites: stored.disabledSites,
        lang: stored.uiLang,
      },
      { cleanup: false, autoRefuse: true, sites: ['example.org'], lang: 'en' },
    );
    await poll('the page redrawn in English', async () => (await page.text('h1')) === 'Unwall settings');
    assert.deepEqual(await hosts(page), ['example.org']);
    assert.equal(
      await page.evaluate(() => (document.getElementById('setting-cleanup') as HTMLInputElement).checked),
      false,
    );
    await page.close();
  });
});
