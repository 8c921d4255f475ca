/**
 * Settings in storage.local: load (validated, migrated), save, watch. The schema is settings-schema.ts.
 */
import { ext } from './ext.js';
import { DEFAULTS, parseSettings, type Settings } from './settings-schema.js';

export { DEFAULTS, cleanupEnabledFor, parseSettings, type Settings } from './settings-schema.js';

export async function loadSettings(): Promise<Settings> {
  const raw = await ext.storage.get(Object.keys(DEFAULTS));
  return parseSettings(raw);
}

export async function saveSettings(patch: Partial<Omit<Settings, 'schemaVersion'>>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await ext.storage.set(next);
  return next;
}

/** Calls `listener` with the new settings whenever they change in any context. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (_changes: unknown, area: string): void => {
    if (area === 'local') void loadSettings().then(listener);
  };
  ext.storage.onChanged.addListener(onChanged);
  return () => {
    ext.storage.onChanged.removeListener(onChanged);
  };
}
