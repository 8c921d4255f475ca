/**
 * Briefs as Markdown and as plain text: one formatter for the CLI and the popup's "copy" button.
 * Every label comes from the reader's locale (labels, plurals, dates, typography); the article's
 * own words (title, names, roles, quotes) are never translated, only freed of direction controls.
 */
import type { Brief, Quote, Removed } from './types.js';

/** What the formatter needs from an interface language (src/shared/i18n.ts builds one). */
export interface Locale {
  lang: string;
  /** A message with its arguments. */
  t(key: string, ...args: (string | number)[]): string;
  /** A message chosen by the plural category of `count` (key_one, key_other…), count filled in. */
  plural(key: string, count: number): string;
  /** A publication date as the reader writes dates, or null. */
  date(iso: string | null): string | null;
  upper(s: string): string;
}

export interface FormatOptions {
  /** The analysis was stopped by its time budget: say so at the top. */
  partial?: boolean;
}

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) in page text would
 * reorder everything after them on the line, our labels included: they are dropped.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
export const withoutDirectionControls = (s: string): string => s.replace(DIRECTION_CONTROLS, '');

const PROVIDERS = new Set(['x', 'youtube', 'instagram', 'tiktok', 'facebook', 'spotify', 'podcast']);

function hostOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/** "Post on X", "YouTube video"…; an unknown provider is named by its address's host. */
export function embedLabel(removed: Removed, locale: Locale): string {
  if (removed.provider && PROVIDERS.has(removed.provider)) return locale.t(`embed_${removed.provider}`);
  const host = hostOf(removed.url);
  return host ? locale.t('embedFrom', host) : locale.t('embed_other');
}

/** Capitalises a label that starts a line ("publication X" in French is lower case mid-sentence). */
export const upperFirst = (s: string, locale: Locale): string =>
  s ? locale.upper(s.charAt(0)) + s.slice(1) : s;

/** One line for a removed item: "Cookie wall: …", "Post on X → https://…". */
export function removedLine(r: Removed, locale: Locale): string {
  const kind = locale.t(`kind_${r.kind.replace(/-/g, '_')}`);
  if (r.kind !== 'consent-embed') return locale.t('labelled', kind, withoutDirectionControls(r.text));
  const what = embedLabel(r, locale);
  return locale.t('labelled', kind, r.url ? `${what} → ${r.url}` : `${what} (${locale.t('addressNotKept')})`);
}

export function metaLine(brief: Brief, locale: Locale): string {
  return [
    brief.siteName,
    brief.byline,
    locale.date(brief.publishedTime),
    brief.readingMinutes ? locale.plural('readingTime', brief.readingMinutes) : null,
  ]
    .filter((x): x is string => Boolean(x))
    .map(withoutDirectionControls)
    .join(' · ');
}

/** Quotes of at most this many words are fragments ("constructives"), not quotes of their own. */
export const FRAGMENT_MAX_WORDS = 2;

export type QuoteItem =
  | { kind: 'quote'; quote: Quote }
  /** A speaker's one- or two-word fragments, together where the first one appears. */
  | { kind: 'fragments'; speaker: string | null; quotes: Quote[] };

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * Quotes in reading order, with each speaker's short fragments grouped under that speaker: a
 * reader gets "« constructives », « utiles » — Witkoff" once rather than two bare words.
 */
export function groupQuotes(quotes: readonly Quote[]): QuoteItem[] {
  const items: QuoteItem[] = [];
  const groups = new Map<string | null, Quote[]>();
  for (const quote of quotes) {
    if (words(quote.text) > FRAGMENT_MAX_WORDS) {
      items.push({ kind: 'quote', quote });
      continue;
    }
    const group = groups.get(quote.speaker);
    if (group) group.push(quote);
    else {
      const fresh = [quote];
      groups.set(quote.speaker, fresh);
      items.push({ kind: 'fragments', speaker: quote.speaker, quotes: fresh });
    }
  }
  return items;
}

const escapeMd = (s: string): string => withoutDirectionControls(s).replace(/([\\`*_[\]<>#|])/g, '\\$1');

function quoteItemText(item: QuoteItem, locale: Locale, esc: (s: string) => string): [string, string] {
  const quotes = item.kind === 'quote' ? [item.quote] : item.quotes;
  const speaker = item.kind === 'quote' ? item.quote.speaker : item.speaker;
  return [
    quotes.map((q) => locale.t('quoted', esc(q.text))).join(', '),
    speaker ? esc(speaker) : locale.t('unattributed'),
  ];
}

export function briefToMarkdown(brief: Brief, locale: Locale, options: FormatOptions = {}): string {
  const out: string[] = [`# ${escapeMd(brief.title ?? locale.t('untitled'))}`];
  const meta = metaLine(brief, locale);
  if (meta) out.push('', `_${escapeMd(meta)}_`);
  if (brief.url) out.push('', `<${brief.url}>`);
  if (!brief.article) {
    out.push('', locale.t('notArticle'));
    return `${out.join('\n')}\n`;
  }
  if (options.partial) out.push('', `**${locale.t('partialNote')}**`);
  if (brief.summary.length)
    out.push('', `## ${locale.t('summary')}`, '', ...brief.summary.map((s) => `- ${escapeMd(s)}`));
  if (brief.actors.length) {
    out.push('', `## ${locale.t('keyActors')}`, '', `_${locale.t('legendMarkdown')}_`, '');
    for (const a of brief.actors) {
      const role = a.role ? ` — ${escapeMd(a.role)}` : '';
      const quotes = a.quotes ? ` (${locale.plural('quoteCount', a.quotes)})` : '';
      const name = escapeMd(a.name);
      out.push(`- ${a.key ? `**${name}**` : name}${role}${quotes}`);
    }
  }
  if (brief.quotes.length) {
    out.push('', `## ${locale.t('quotes')}`, '');
    for (const item of groupQuotes(brief.quotes)) {
      const [said, by] = quoteItemText(item, locale, escapeMd);
      out.push(`> ${said} — ${by}`, '');
    }
    out.pop();
  }
  const embeds = brief.removed.filter((r) => r.kind === 'consent-embed');
  if (embeds.length) {
    out.push('', `## ${locale.t('blockedEmbeds')}`, '');
    for (const e of embeds) {
      const what = upperFirst(embedLabel(e, locale), locale);
      out.push(`- ${locale.t('labelled', what, e.url ? `<${e.url}>` : locale.t('addressNotKept'))}`);
    }
  }
  if (brief.removed.length) out.push('', `_${locale.plural('itemsCleaned', brief.removed.length)}_`);
  return `${out.join('\n')}\n`;
}

export function briefToText(brief: Brief, locale: Locale, options: FormatOptions = {}): string {
  const plain = withoutDirectionControls;
  const heading = (key: string): string => locale.upper(locale.t(key));
  const out: string[] = [plain(brief.title ?? locale.t('untitled'))];
  const meta = metaLine(brief, locale);
  if (meta) out.push(meta);
  if (!brief.article) return `${out.join('\n')}\n\n${locale.t('notArticle')}\n`;
  if (options.partial) out.push('', locale.t('partialNote'));
  if (brief.summary.length) out.push('', heading('summary'), ...brief.summary.map((s) => `  ${plain(s)}`));
  if (brief.actors.length) {
    out.push('', `${heading('keyActors')}  (${locale.t('legendText')})`);
    for (const a of brief.actors) {
      const role = a.role ? ` — ${plain(a.role)}` : '';
      const quotes = a.quotes ? ` [${locale.plural('quoteCount', a.quotes)}]` : '';
      out.push(`  ${a.key ? '*' : '-'} ${plain(a.name)}${role}${quotes}`);
    }
  }
  if (brief.quotes.length) {
    out.push('', heading('quotes'));
    for (const item of groupQuotes(brief.quotes)) {
      const [said, by] = quoteItemText(item, locale, plain);
      out.push(`  ${said}`, `      — ${by}`);
    }
  }
  if (brief.removed.length) {
    out.push('', heading('cleaned'));
    for (const r of brief.removed) out.push(`  - ${removedLine(r, locale)}`);
  }
  return `${out.join('\n')}\n`;
}
