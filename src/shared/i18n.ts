/**
 * The interface's words in five languages, from the extension's own message files
 * (src/_locales/<lang>/messages.json, which the browser also reads for the manifest). Pure: no
 * extension API, so the popup, the options page, the CLI and the tests share one path, and the
 * reader's choice of language (settings.uiLang) can differ from the browser's.
 *
 * Hand-written rather than browser.i18n.getMessage: that API has no plurals, cannot be asked for
 * another language than the browser's, and does not exist in Node. The message format is Chrome's
 * ($NAME$ placeholders whose content is $1…$9), so the files stay valid extension locales.
 */
import de from '../_locales/de/messages.json';
import en from '../_locales/en/messages.json';
import es from '../_locales/es/messages.json';
import fr from '../_locales/fr/messages.json';
import it from '../_locales/it/messages.json';
import type { Locale } from '../core/format.js';
import { UI_LANGS, type UiLang, type UiLangSetting } from './settings-schema.js';

export { UI_LANGS, type UiLang };
export type MessageKey = keyof typeof en;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Table = Record<string, Message | undefined>;

const TABLES: Record<UiLang, Table> = { en, fr, de, es, it };

export function isUiLang(tag: unknown): tag is UiLang {
  return typeof tag === 'string' && (UI_LANGS as readonly string[]).includes(tag);
}

/** The interface language for a language tag ("fr-CA" → fr); English for any other language. */
export function uiLangOf(tag: string | null | undefined): UiLang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isUiLang(primary) ? primary : 'en';
}

/** The language the reader chose, or the browser's when the setting is 'auto'. */
export function chosenUiLang(setting: UiLangSetting, browserLang: string): UiLang {
  return setting === 'auto' ? uiLangOf(browserLang) : setting;
}

/** Chrome's substitution: $NAME$ → the placeholder's content, in which $1…$9 are the arguments. */
function fill(entry: Message, args: readonly string[]): string {
  const arg = (s: string): string => s.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      return content === undefined ? whole : arg(content);
    })
    .replace(/\$\$/g, '$');
}

export interface UiLocale extends Locale {
  lang: UiLang;
  t(key: MessageKey, ...args: (string | number)[]): string;
}

/** Words, plurals, numbers and dates for one interface language. */
export function localeFor(lang: UiLang): UiLocale {
  const table = TABLES[lang];
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  const text = (key: string, args: (string | number)[]): string => {
    const entry = table[key] ?? TABLES.en[key];
    if (!entry) return key;
    return fill(
      entry,
      args.map((a) => (typeof a === 'number' ? numbers.format(a) : a)),
    );
  };
  return {
    lang,
    t: (key, ...args) => text(key, args),
    // CLDR categories beyond one/other (French "many" for millions) fall back to "other".
    plural: (key, count) => {
      const category = plurals.select(count);
      const exact = `${key}_${category}`;
      return text((table[exact] ?? TABLES.en[exact]) ? exact : `${key}_other`, [count]);
    },
    date: (iso) => formatDate(iso, lang),
    upper: (s) => s.toLocaleUpperCase(lang),
  };
}

/**
 * A publication date for readers: "24 janvier 2026". The calendar date is the one the publisher
 * wrote (its own offset), not the reader's time zone, so "2026-01-24T23:30:00+01:00" stays the 24th.
 */
export function formatDate(iso: string | null, lang: string): string | null {
  if (!iso) return null;
  const written = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  const date = written
    ? new Date(Date.UTC(Number(written[1]), Number(written[2]) - 1, Number(written[3])))
    : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: written ? 'UTC' : undefined,
  }).format(date);
}
