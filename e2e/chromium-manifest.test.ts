/**
 * Chromium loads dist/chrome without manifest warnings or errors. Warnings only show in developer
 * mode, so the test turns it on from chrome://extensions and reloads the unpacked extension
 * (recipe: ../shared/design/browser-testing.md).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchChromium } from './chromium.js';

interface ExtensionInfo {
  id: string;
  installWarnings: string[];
  manifestErrors: unknown[];
  runtimeErrors: unknown[];
}
interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }, done: () => void): void;
  reload(id: string, options: { failQuietly: boolean }, done: () => void): void;
  getExtensionsInfo(options: { includeDisabled: boolean }, done: (info: ExtensionInfo[]) => void): void;
}

test('Chromium loads dist/chrome without manifest warnings', async () => {
  const browser = await launchChromium();
  try {
    const id = new URL(browser.worker.url()).host;
    const page = await browser.context.newPage();
    await page.goto('chrome://extensions');
    const info = await page.evaluate(async (extensionId) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome
        .developerPrivate;
      await new Promise<void>((ok) => {
        api.updateProfileConfiguration({ inDeveloperMode: true }, ok);
      });
      await new Promise<void>((ok) => {
        api.reload(extensionId, { failQuietly: true }, ok);
      });
      await new Promise((ok) => setTimeout(ok, 1500));
      return new Promise<ExtensionInfo | undefined>((ok) => {
        api.getExtensionsInfo({ includeDisabled: true }, (all) => {
          ok(all.find((e) => e.id === extensionId));
        });
      });
    }, id);
    assert.ok(info, 'the extension is installed');
    assert.deepEqual(info.installWarnings, []);
    assert.deepEqual(info.manifestErrors, []);
    assert.deepEqual(info.runtimeErrors, []);
  } finally {
    await browser.close();
  }
});
