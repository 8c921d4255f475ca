import { expect, test } from 'vitest';
import { briefToMarkdown, briefToText } from './format.js';
import type { Brief } from './types.js';

const brief: Brief = {
  article: true,
  url: 'https://example.org/a',
  lang: 'en',
  title: 'Talks *resume*',
  byline: 'A. Writer',
  siteName: 'Courier',
  publishedTime: '2026-01-24',
  readingMinutes: 3,
  text: 'One.\n\nTwo.',
  summary: ['One.', 'Two.'],
  actors: [{ name: 'Jane Doe', role: 'minister', aliases: ['Doe'], mentions: 3, quotes: 2, key: true }],
  quotes: [{ text: 'We are [not] done', speaker: 'Jane Doe', paragraph: 1 }],
  removed: [{ kind: 'consent-embed', text: 'Blocked', provider: 'x', url: 'https://x.com/a/status/1' }],
  timings: { totalMs: 1 },
};

test('markdown escapes page text and lists embeds with their links', () => {
  const md = briefToMarkdown(brief);
  expect(md).toContain('# Talks \\*resume\\*');
  expect(md).toContain('- **Jane Doe** — minister (2 quotes)');
  expect(md).toContain('> “We are \\[not\\] done” — Jane Doe');
  expect(md).toContain('- Post on X: <https://x.com/a/status/1>');
});

test('text format and the not-an-article case', () => {
  expect(briefToText(brief)).toContain('* Jane Doe — minister [2 quotes]');
  expect(briefToText({ ...brief, article: false })).toContain('This page is not an article.');
});
