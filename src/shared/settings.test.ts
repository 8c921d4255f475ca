import { describe, expect, test } from 'vitest';
import { DEFAULTS, SCHEMA_VERSION, cleanupEnabledFor, parseSettings } from './settings-schema.js';

describe('parseSettings', () => {
  test('empty storage gives the defaults', () => {
    expect(parseSettings({})).toEqual(DEFAULTS);
  });

  test('bad values fall back to their default, key by key', () => {
    const s = parseSettings({
      schemaVersion: 1,
      cleanup: 'yes',
      autoRefuse: false,
      disabledSites: ['a.fr', 3],
    });
    expect(s.cleanup).toBe(true);
    expect(s.autoRefuse).toBe(false);
    expect(s.disabledSites).toEqual([]);
  });

  test('a v0 store (`enabled`) is migrated', () => {
    const s = parseSettings({ enabled: false, disabledSites: ['x.com'] });
    expect(s).toEqual({
      ...DEFAULTS,
      cleanup: false,
      disabledSites: ['x.com'],
      schemaVersion: SCHEMA_VERSION,
    });
    expect(s).not.toHaveProperty('enabled');
  });

  test('the defaults object is never shared with a result', () => {
    parseSettings({}).disabledSites.push('mutated.example');
    expect(DEFAULTS.disabledSites).toEqual([]);
  });
});

test('cleanup per site follows the global switch and the site list', () => {
  const s = parseSettings({ schemaVersion: 1, disabledSites: ['lemonde.fr'] });
  expect(cleanupEnabledFor(s, 'lemonde.fr')).toBe(false);
  expect(cleanupEnabledFor(s, 'spiegel.de')).toBe(true);
  expect(cleanupEnabledFor({ ...s, cleanup: false }, 'spiegel.de')).toBe(false);
});
