/**
 * countWords scans characters instead of calling a pattern once per word (issue 13, a 1 MB brief):
 * it must count exactly what the pattern matched, on the repository's articles and on random
 * strings of letters, digits, joiners, marks, astral letters and lone surrogates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords } from './normalize.js';

const PATTERN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const reference = (text: string): number => (text.match(PATTERN) ?? []).length;

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

describe('countWords counts what the word pattern matches', () => {
  it('on every article of fixtures/articles, and on each of its paragraphs', () => {
    const dir = join(ROOT, 'fixtures', 'articles');
    let words = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(countWords(text), f).toBe(reference(text));
      for (const p of text.split('\n')) expect(countWords(p), p).toBe(reference(p));
      words += reference(text);
    }
    expect(words).toBeGreaterThan(5_000);
  });

  it('on random strings of awkward characters', () => {
    // Letters (ASCII, accented, decomposed accents, astral), digits (also non-ASCII), the three
    // joiners, other punctuation, an emoji, lone surrogates.
    const alphabet = [
      'a',
      'Z',
      '7',
      'é',
      'ß',
      'e\u0301',
      '٣',
      '𝐀',
      '😀',
      "'",
      '’',
      '-',
      '--',
      ' ',
      '.',
      '«',
      '\ud835',
      '\udc00',
      '_',
    ];
    let seed = 13;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let k = 0; k < 3000; k++) {
      let s = '';
      const n = Math.floor(random() * 30);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(random() * alphabet.length)]!;
      expect(countWords(s), JSON.stringify(s)).toBe(reference(s));
    }
    expect(countWords('')).toBe(0);
  });
});
