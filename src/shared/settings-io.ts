/**
 * Settings in and out of the options page (pure, unit-tested in Node): a site typed by the reader
 * → the host that `disabledSites` holds; settings → a JSON file; a JSON file → settings, checked
 * strictly. Storage itself is forgiving (a bad stored value quietly falls back to its default, see
 * settings-schema.ts), but an imported file the reader chose deserves a clear answer: the first
 * problem is named, and nothing is imported.
 */
import type { MessageKey } from './i18n.js';
import {
  DEFAULTS,
  SCHEMA_VERSION,
  UI_LANGS,
  isValidSetting,
  migrateSettings,
  type Settings,
} from './settings-schema.js';

/** A settings file is a few hundred bytes; a larger file is not one (and is not parsed). */
export const MAX_IMPORT_CHARS = 256 * 1024;

/**
 * The host of a site as the reader types it ("lemonde.fr", "https://www.lemonde.fr/article",
 * "LeMonde.FR"), or null when it is not one. Cleanup is switched off per host (the popup's switch
 * stores `location.hostname`), so this is the URL parser's hostname: lower case, punycode.
 */
export function siteOf(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password) return null;
  const host = url.hostname;
  // A name with a dot (lemonde.fr, an IPv4 address), localhost, or an IPv6 address.
  if (host === 'localhost' || /^\[[0-9a-f:.]+\]$/.test(host)) return host;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && !host.split('.').some((l) => !l) ? host : null;
}

type Stored = Omit<Settings, 'schemaVersion'>;

/** The settings file: the schema version first, then every setting; readable and diffable. */
export function exportSettings(settings: Settings): string {
  const out: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  for (const key of Object.keys(DEFAULTS) as (keyof Settings)[])
    if (key !== 'schemaVersion') out[key] = settings[key];
  return `${JSON.stringify(out, null, 2)}\n`;
}

export interface ImportError {
  key: MessageKey;
  args: string[];
}
export type ImportResult = { ok: true; settings: Stored } | { ok: false; error: ImportError };

const fail = (key: MessageKey, ...args: string[]): ImportResult => ({ ok: false, error: { key, args } });

/** One setting's value → a problem, or null. Sites are normalised into `sites`. */
function problemWith(key: keyof Stored, value: unknown, sites: string[]): ImportResult | null {
  if (key === 'disabledSites') {
    if (!Array.isArray(value)) return fail('importBadSites');
    for (const entry of value as unknown[]) {
      if (typeof entry !== 'string') return fail('importBadSites');
      const host = siteOf(entry);
      if (!host) return fail('importBadSite', entry.slice(0, 80));
      if (!sites.includes(host)) sites.push(host);
    }
    return null;
  }
  if (key === 'uiLang')
    return isValidSetting(key, value) ? null : fail('importBadLang', ['auto', ...UI_LANGS].join(', '));
  return isValidSetting(key, value) ? null : fail('importBadBoolean', key);
}

/**
 * A settings file → the settings to save, or the first problem. Files of older schema versions are
 * migrated; missing settings take their defaults; unknown settings and bad values are refused.
 */
export function importSettings(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return fail('importTooLarge');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('importNotJson');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('importNotObject');
  const record = raw as Record<string, unknown>;
  const version = record.schemaVersion;
  if (version !== undefined && !(typeof version === 'number' && Number.isInteger(version) && version >= 0))
    return fail('importBadVersion');
  if (typeof version === 'number' && version > SCHEMA_VERSION) return fail('importNewer', String(version));
  // A file without a version is read as the current version (a hand-written file), not as v0.
  const data = migrateSettings({ ...record, schemaVersion: version ?? SCHEMA_VERSION });
  const settings: Stored = { ...structuredClone(DEFAULTS), disabledSites: [] };
  delete (settings as Partial<Settings>).schemaVersion;
  const sites: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (key === 'schemaVersion') continue;
    if (!Object.hasOwn(DEFAULTS, key)) return fail('importUnknownKey', key.slice(0, 80));
    const problem = problemWith(key as keyof Stored, value, sites);
    if (problem) return problem;
    (settings as Record<string, unknown>)[key] = value;
  }
  settings.disabledSites = sites;
  return { ok: true, settings };
}
