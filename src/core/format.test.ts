import { describe, expect, test } from 'vitest';
import { localeFor } from '../shared/i18n.js';
import { briefToMarkdown, briefToText, groupQuotes } from './format.js';
import type { Brief } from './types.js';

const brief: Brief = {
  article: true,
  url: 'https://example.org/a',
  lang: 'en',
  title: 'Talks *resume*',
  byline: 'A. Writer',
  siteName: 'Courier',
  publishedTime: '2026-01-24T23:30:00+01:00',
  readingMinutes: 3,
  text: 'One.\n\nTwo.',
  summary: ['One.', 'Two.'],
  actors: [
    { name: 'Jane Doe', role: 'minister', aliases: ['Doe'], mentions: 3, quotes: 2, key: true },
    { name: 'John Roe', role: null, aliases: [], mentions: 1, quotes: 1, key: false },
  ],
  quotes: [
    { text: 'We are [not] done', speaker: 'Jane Doe', paragraph: 1 },
    { text: 'constructive', speaker: 'John Roe', paragraph: 1 },
    { text: 'useful', speaker: 'John Roe', paragraph: 1 },
  ],
  removed: [
    { kind: 'consent-embed', text: 'Blocked', provider: 'x', url: 'https://x.com/a/status/1' },
    { kind: 'consent-wall', text: 'Accept or pay' },
  ],
  timings: { totalMs: 1 },
};
const en = localeFor('en');
const fr = localeFor('fr');
const de = localeFor('de');

test('markdown escapes page text and lists embeds with their links', () => {
  const md = briefToMarkdown(brief, en);
  expect(md).toContain('# Talks \\*resume\\*');
  expect(md).toContain('- **Jane Doe** — minister (2 quotes)');
  expect(md).toContain('- John Roe (1 quote)');
  expect(md).toContain('_Key actors in bold._');
  expect(md).toContain('> “We are \\[not\\] done” — Jane Doe');
  expect(md).toContain('- Post on X: <https://x.com/a/status/1>');
  expect(md).toContain('_Unwall cleaned 2 items from this page._');
  // The publisher's calendar date, whatever the reader's time zone.
  expect(md).toContain('_Courier · A. Writer · January 24, 2026 · 3 min read_');
});

test('French: labels, plurals, dates and typography follow the reader; page text is untouched', () => {
  const md = briefToMarkdown(brief, fr);
  expect(md).toContain('## Résumé');
  expect(md).toContain('## Acteurs clés');
  expect(md).toContain('_En gras\u00a0: les acteurs clés._');
  expect(md).toContain('- **Jane Doe** — minister (2 citations)');
  expect(md).toContain('- John Roe (1 citation)');
  expect(md).toContain('> «\u202fWe are \\[not\\] done\u202f» — Jane Doe');
  expect(md).toContain('24 janvier 2026 · 3 min de lecture');
  expect(md).toContain('- Publication X\u00a0: <https://x.com/a/status/1>');
  expect(md).toContain('_Unwall a nettoyé 2 éléments de cette page._');
  const text = briefToText(brief, fr);
  expect(text).toContain('RÉSUMÉ\n  One.');
  expect(text).toContain('Mur de cookies\u00a0: Accept or pay');
  expect(text).toContain('Contenu intégré bloqué\u00a0: publication X → https://x.com/a/status/1');
  expect(text).not.toMatch(/[A-Za-z] [:;!?]/); // no ordinary space before French high punctuation
});

test('German: labels and quote marks', () => {
  const text = briefToText(brief, de);
  expect(text).toContain('WICHTIGE PERSONEN  (* wichtige Person, - weitere Person)');
  expect(text).toContain('  * Jane Doe — minister [2 Zitate]');
  expect(text).toContain('„We are [not] done“');
  expect(text).toContain('24. Januar 2026 · 3 Min. Lesezeit');
  expect(briefToMarkdown({ ...brief, removed: brief.removed.slice(1) }, de)).toContain(
    '_Unwall hat 1 Element von dieser Seite entfernt._',
  );
});

test('text format and the not-an-article case', () => {
  expect(briefToText(brief, en)).toContain('  * Jane Doe — minister [2 quotes]');
  expect(briefToText(brief, en)).toContain('KEY ACTORS  (* key actor, - other person)');
  expect(briefToText({ ...brief, article: false }, en)).toContain('This page is not an article.');
  expect(briefToText({ ...brief, article: false }, fr)).toContain('Cette page n’est pas un article.');
});

test("short fragments are grouped under their speaker, at the first one's place", () => {
  expect(briefToText(brief, en)).toContain('  “constructive”, “useful”\n      — John Roe');
  const items = groupQuotes([
    { text: 'a long enough quote here', speaker: 'A', paragraph: 0 },
    { text: 'word', speaker: 'B', paragraph: 0 },
    { text: 'another quote by A', speaker: 'A', paragraph: 1 },
    { text: 'two words', speaker: 'B', paragraph: 2 },
    { text: 'lone', speaker: null, paragraph: 2 },
  ]);
  expect(items.map((i) => (i.kind === 'quote' ? i.quote.text : i.quotes.map((q) => q.text)))).toEqual([
    'a long enough quote here',
    ['word', 'two words'],
    'another quote by A',
    ['lone'],
  ]);
});

describe('page text is freed of direction controls', () => {
  const hostile: Brief = {
    ...brief,
    siteName: 'Evil\u202Esite',
    actors: [{ ...brief.actors[0]!, name: 'Jane\u2067 Doe' }],
    quotes: [{ text: 'Said \u202Ethis', speaker: 'Jane\u2067 Doe', paragraph: 0 }],
  };
  test.each([
    ['markdown', briefToMarkdown(hostile, en)],
    ['text', briefToText(hostile, en)],
  ])('%s', (_name, out) => {
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(out).toContain('Evilsite');
    expect(out).toContain('Jane Doe');
  });
});

test('unknown providers are named by their host', () => {
  const md = briefToMarkdown(
    {
      ...brief,
      removed: [{ kind: 'consent-embed', text: 'x', provider: 'other', url: 'https://v.example/1' }],
    },
    en,
  );
  expect(md).toContain('- Embedded content from v.example: <https://v.example/1>');
});
