import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { parseHtml } from '../node/index.js';
import { sentenceAround } from '../popup/render.js';
import { briefFromHtml } from '../node/index.js';
import { REVEAL_ATTR, reveal, spanOf } from './reveal.js';

const EXAMPLE = readFileSync(
  resolve(import.meta.dirname, '../../examples/lemonde-ukraine/index.html'),
  'utf8',
);

test('a one-word quote the headline repeats lands on its own sentence', () => {
  const brief = briefFromHtml(EXAMPLE);
  const quote = brief.quotes.find((q) => q.text === 'constructives')!;
  expect(brief.title).toContain('« constructives »'); // the headline holds the word too
  const context = sentenceAround(brief.text.split('\n\n')[quote.paragraph]!, quote.text);
  expect(context).toMatch(/constructives/);
  const doc = parseHtml(EXAMPLE);
  expect(reveal(doc, quote.text, context)).toBe(true);
  const marked = doc.querySelector(`[${REVEAL_ATTR}]`)!;
  expect(marked.localName).toBe('p');
  expect(marked.textContent).toContain(context!.slice(0, 60));
  // Without the sentence, the first block holding the word is the headline: what readers saw before.
  const plain = parseHtml(EXAMPLE);
  reveal(plain, quote.text);
  expect(plain.querySelector(`[${REVEAL_ATTR}]`)!.localName).toBe('h1');
});

test('sentenceAround takes the sentence holding the quote', () => {
  const p = 'Il est venu. Il a parlé de discussions « utiles » et longues. Puis il est parti.';
  expect(sentenceAround(p, 'utiles')).toBe('Il a parlé de discussions « utiles » et longues.');
  expect(sentenceAround(p, 'absent')).toBeUndefined();
});

test('the span of a quote crosses inline markup and odd spacing', () => {
  const doc = parseHtml('<p id="p">He said <em>We are</em>\n  almost <b>done</b> today.</p>');
  const span = spanOf(doc.getElementById('p')!, 'we are almost done')!;
  expect([span.start[0].data, span.start[1]]).toEqual(['We are', 0]);
  expect([span.end[0].data, span.end[1]]).toEqual(['done', 4]);
  expect(spanOf(doc.getElementById('p')!, 'not there')).toBeNull();
});
