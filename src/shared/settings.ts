/**
 * Settings in storage.local: load (validated, migrated), save, watch. The schema is settings-schema.ts.
 */
import browser from './browser.js';
import { DEFAULTS, parseSettings, type Settings } from './settings-schema.js';

export { DEFAULTS, cleanupEnabledFor, parseSettings, type Settings } from './settings-schema.js';

export async function loadSettings(): Promise<Settings> {
  const raw = await browser.storage.local.get(Object.keys(DEFAULTS));
  return parseSettings(raw);
}

export async function saveSettings(patch: Partial<Omit<Settings, 'schemaVersion'>>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set(next);
  return next;
}

/** Calls `listener` with the new settings whenever they change in any context. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (_changes: unknown, area: string): void => {
    if (area === 'local') void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    browser.storage.onChanged.removeListener(onChanged);
  };
}
