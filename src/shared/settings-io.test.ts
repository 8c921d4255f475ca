import { describe, expect, test } from 'vitest';
import { localeFor } from './i18n.js';
import { exportSettings, importSettings, MAX_IMPORT_CHARS, siteOf } from './settings-io.js';
import { DEFAULTS, parseSettings } from './settings-schema.js';

describe('siteOf', () => {
  test.each([
    ['lemonde.fr', 'lemonde.fr'],
    ['  LeMonde.FR ', 'lemonde.fr'],
    ['https://www.lemonde.fr/international/article.html?x=1', 'www.lemonde.fr'],
    ['http://127.0.0.1:8080/page', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['zeitung.de.', null],
    ['süddeutsche.de', 'xn--sddeutsche-9db.de'],
  ])('%j → %j', (input, host) => {
    expect(siteOf(input)).toBe(host);
  });

  test.each(['', 'lemonde', 'le monde.fr', 'javascript:alert(1)', 'ftp://x.com', 'https://u:p@x.com', '..'])(
    'refuses %j',
    (input) => {
      expect(siteOf(input)).toBeNull();
    },
  );
});

describe('export and import', () => {
  const settings = {
    ...DEFAULTS,
    cleanup: false,
    disabledSites: ['lemonde.fr', 'x.com'],
    uiLang: 'de' as const,
  };

  test('an exported file imports to the same settings', () => {
    const result = importSettings(exportSettings(settings));
    expect(result).toEqual({ ok: true, settings: { ...settings, schemaVersion: undefined } });
    expect(parseSettings({ ...(result.ok ? result.settings : {}) })).toEqual(settings);
  });

  test('missing settings take their defaults; sites are normalised and deduplicated', () => {
    const result = importSettings('{"disabledSites": ["LeMonde.fr", "https://lemonde.fr/a", "x.com"]}');
    expect(result.ok && result.settings).toEqual({
      cleanup: true,
      autoRefuse: true,
      uiLang: 'auto',
      disabledSites: ['lemonde.fr', 'x.com'],
    });
  });

  test('a v0 file (`enabled`) is migrated', () => {
    const result = importSettings('{"schemaVersion": 0, "enabled": false}');
    expect(result.ok && result.settings.cleanup).toBe(false);
  });

  test.each([
    ['{"cleanup": true,', 'importNotJson', 'Nothing was imported: the file is not valid JSON.'],
    [
      '[1, 2]',
      'importNotObject',
      'Nothing was imported: the file does not hold Unwall settings (a JSON object).',
    ],
    ['"cleanup"', 'importNotObject', undefined],
    ['{"cleanUp": false}', 'importUnknownKey', 'Nothing was imported: unknown setting “cleanUp”.'],
    ['{"autoRefuse": "no"}', 'importBadBoolean', 'Nothing was imported: “autoRefuse” must be true or false.'],
    ['{"disabledSites": "x.com"}', 'importBadSites', undefined],
    ['{"disabledSites": ["x.com", 3]}', 'importBadSites', undefined],
    [
      '{"disabledSites": ["not a site"]}',
      'importBadSite',
      'Nothing was imported: “not a site” is not a site name.',
    ],
    [
      '{"uiLang": "pt"}',
      'importBadLang',
      'Nothing was imported: “uiLang” must be one of auto, en, fr, de, es, it.',
    ],
    ['{"schemaVersion": "1"}', 'importBadVersion', undefined],
    ['{"schemaVersion": 7}', 'importNewer', undefined],
  ])('%s is refused (%s)', (text, key, message) => {
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.key).toBe(key);
    const en = localeFor('en');
    if (message) expect(en.t('importFailed', en.t(result.error.key, ...result.error.args))).toBe(message);
  });

  test('a file larger than a settings file is refused before parsing', () => {
    const result = importSettings(`{"x": "${'a'.repeat(MAX_IMPORT_CHARS)}"}`);
    expect(result.ok || result.error.key).toBe('importTooLarge');
  });

  test('the error reads right in French', () => {
    const result = importSettings('{"cleanUp": false}');
    const fr = localeFor('fr');
    const message = result.ok ? '' : fr.t('importFailed', fr.t(result.error.key, ...result.error.args));
    // No-break spaces before the colon and inside the guillemets (French typography).
    expect(message).not.toMatch(/ [:»]|« /u);
    expect(message.replace(/[\u00a0\u202f]/gu, ' ')).toBe(
      'Rien n’a été importé : réglage inconnu « cleanUp ».',
    );
  });
});
