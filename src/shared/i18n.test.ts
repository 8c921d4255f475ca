/** The five message files: same keys and placeholders, French typography, Chrome's format. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDate, localeFor, uiLangOf, UI_LANGS } from './i18n.js';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Messages =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '..', '_locales', lang, 'messages.json'), 'utf8'),
  ) as Messages;
const tables = Object.fromEntries(UI_LANGS.map((l) => [l, read(l)]));

describe('message files', () => {
  test.each(UI_LANGS.filter((l) => l !== 'en'))(
    '%s has exactly the English keys and placeholders',
    (lang) => {
      const en = tables.en!;
      const other = tables[lang]!;
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(en)) {
        expect(other[key]!.placeholders, key).toEqual(entry.placeholders);
        const names = (s: string): string[] => [...s.matchAll(/\$([A-Z]+)\$/g)].map((m) => m[1]!).sort();
        expect(names(other[key]!.message), `${lang} ${key}`).toEqual(names(entry.message));
      }
    },
  );

  test('every placeholder a message uses is defined (Chrome refuses the extension otherwise)', () => {
    for (const lang of UI_LANGS)
      for (const [key, entry] of Object.entries(tables[lang]!))
        for (const m of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g))
          expect(entry.placeholders?.[m[1]!.toLowerCase()], `${lang} ${key}`).toBeDefined();
  });

  test('French puts a no-break space before : ; ! ? and inside « »', () => {
    for (const [key, { message }] of Object.entries(tables.fr!)) {
      expect(message, key).not.toMatch(/ [:;!?»]|« |\S[:;!?»]|«\S/u);
    }
  });
});

describe('localeFor', () => {
  test('fills placeholders and formats numbers for the language', () => {
    expect(localeFor('de').plural('quoteCount', 1200)).toBe('1.200 Zitate');
    expect(localeFor('fr').plural('quoteCount', 1)).toBe('1 citation');
    expect(localeFor('fr').plural('quoteCount', 2)).toBe('2 citations');
    expect(localeFor('en').t('labelled', 'A', 'B')).toBe('A: B');
    expect(localeFor('it').t('siteExists', 'corriere.it')).toBe('corriere.it è già nell’elenco.');
  });

  test('the interface language of a tag, English for others', () => {
    expect(uiLangOf('fr-CA')).toBe('fr');
    expect(uiLangOf('de_AT')).toBe('de');
    expect(uiLangOf('pt-BR')).toBe('en');
    expect(uiLangOf(undefined)).toBe('en');
  });

  test('dates keep the calendar day the publisher wrote', () => {
    expect(formatDate('2026-01-24T23:30:00-05:00', 'en')).toBe('January 24, 2026');
    expect(formatDate('2026-01-24', 'it')).toBe('24 gennaio 2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDate(null, 'en')).toBeNull();
  });
});
