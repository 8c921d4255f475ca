import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FAKE_URL, HAS_SHARED, READABILITY_DIR } from '../../bench/corpus.js';
import { briefFromHtml } from '../node/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const pages: [string, string][] = [
  ['example', readFileSync(join(ROOT, 'examples/lemonde-ukraine/index.html'), 'utf8')],
  // Real pages from the shared corpus when it is there (a lone clone has the example only).
  ...(HAS_SHARED ? ['guardian-1', 'nytimes-3', 'wapo-1', 'lemonde-1'] : []).map((name): [string, string] => [
    name,
    readFileSync(join(READABILITY_DIR, name, 'source.html'), 'utf8'),
  ]),
];

describe.each(pages)('%s: the Brief holds together', (_name, html) => {
  const brief = briefFromHtml(html, { url: FAKE_URL });
  const paragraphs = brief.text.split('\n\n');

  test('every quote points at the paragraph of the text that holds it', () => {
    expect(brief.quotes.length).toBeGreaterThan(0);
    for (const quote of brief.quotes) {
      expect(quote.paragraph).toBeGreaterThanOrEqual(0);
      expect(quote.paragraph).toBeLessThan(paragraphs.length);
      // A quote only found in a caption (captions are not part of the text) points nearby instead.
      if (paragraphs.some((p) => p.includes(quote.text)))
        expect(paragraphs[quote.paragraph]).toContain(quote.text);
    }
  });

  test('the summary is 2 to 5 sentences taken verbatim from the text', () => {
    expect(brief.summary.length).toBeGreaterThanOrEqual(2);
    expect(brief.summary.length).toBeLessThanOrEqual(5);
    for (const sentence of brief.summary) expect(`${brief.title ?? ''}\n${brief.text}`).toContain(sentence);
  });

  test('actors are ranked with at most six key people, key ones first', () => {
    const keys = brief.actors.map((a) => a.key);
    expect(keys.filter(Boolean).length).toBeLessThanOrEqual(6);
    expect(keys.indexOf(false) === -1 || !keys.slice(keys.indexOf(false)).includes(true)).toBe(true);
  });
});
