/**
 * Settings, typed from their defaults (pure: no extension APIs, so it is unit-tested in Node). Whatever storage returns is validated key by key (a bad or
 * missing value falls back to its default) and migrated from older schema versions.
 */
/** Languages of the interface (src/_locales); the i18n layer lives in i18n.ts, kept out of content scripts. */
export const UI_LANGS = ['en', 'fr', 'de', 'es', 'it'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export type UiLangSetting = UiLang | 'auto';

export const DEFAULTS = {
  schemaVersion: 1,
  /** Hide consent leftovers and boilerplate on pages. */
  cleanup: true,
  /** Refuse consent banners automatically (reject only; never accept, never pay). */
  autoRefuse: true,
  /** Hosts where cleanup is off. */
  disabledSites: [] as string[],
  /** Language of the popup, the options page and copied briefs; 'auto' follows the browser. */
  uiLang: 'auto' as UiLangSetting,
};

export type Settings = typeof DEFAULTS;
type Key = keyof Settings;

export const SCHEMA_VERSION = DEFAULTS.schemaVersion;

/** Migrations from version N (index N-1... ) to the next; each takes and returns raw stored data. */
const MIGRATIONS: ((raw: Record<string, unknown>) => Record<string, unknown>)[] = [
  // v0 → v1: early builds stored `enabled` instead of `cleanup`.
  (raw) => {
    const { enabled, ...rest } = raw;
    return { ...rest, cleanup: typeof enabled === 'boolean' ? enabled : rest.cleanup, schemaVersion: 1 };
  },
];

const VALIDATORS: { [K in Key]: (v: unknown) => v is Settings[K] } = {
  schemaVersion: (v): v is number => typeof v === 'number' && Number.isInteger(v),
  cleanup: (v): v is boolean => typeof v === 'boolean',
  autoRefuse: (v): v is boolean => typeof v === 'boolean',
  disabledSites: (v): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string'),
  uiLang: (v): v is UiLangSetting => v === 'auto' || (UI_LANGS as readonly unknown[]).includes(v),
};

/** Raw data of any older schema version → raw data of the current one (values not yet checked). */
export function migrateSettings(raw: Record<string, unknown>): Record<string, unknown> {
  let data = raw;
  const from =
    typeof raw.schemaVersion === 'number' ? raw.schemaVersion : Object.keys(raw).length ? 0 : SCHEMA_VERSION;
  for (let v = from; v < SCHEMA_VERSION; v++) data = MIGRATIONS[v]?.(data) ?? data;
  return data;
}

/** Is this a valid value for this setting? */
export function isValidSetting<K extends Key>(key: K, value: unknown): value is Settings[K] {
  return VALIDATORS[key](value);
}

/** Pure: raw storage contents → valid, current settings. */
export function parseSettings(raw: Record<string, unknown>): Settings {
  const data = migrateSettings(raw);
  const out = structuredClone(DEFAULTS);
  for (const key of Object.keys(DEFAULTS) as Key[]) {
    const value = data[key];
    if (VALIDATORS[key](value)) (out as Record<Key, unknown>)[key] = value;
  }
  out.schemaVersion = SCHEMA_VERSION;
  return out;
}

/** Is cleanup on for this host? */
export function cleanupEnabledFor(settings: Settings, host: string): boolean {
  return settings.cleanup && !settings.disabledSites.includes(host);
}
