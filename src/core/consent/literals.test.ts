import { describe, expect, it } from 'vitest';
import { literals } from './literals.js';
import { newCountScope, scanCounts } from './work.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('literals', () => {
  const words = ['cooki', 'lire aussi', ' app', 'a.b', '(x|y)', 'möchten sie', 'c-nt'];
  const texts = [
    'nous utilisons des cookies',
    'Lire aussi : le reste',
    'lire aussi : le reste',
    'the app store',
    'happy',
    'aXb',
    'a.b',
    'x|y',
    '(x|y)',
    'möchten sie mehr',
    'c-nt',
    '',
    'rien du tout',
  ];

  it('answers as one regexp of the escaped strings, before and after building it', () => {
    const re = new RegExp(words.map(escape).join('|'));
    const lit = literals(words);
    newCountScope();
    const before = scanCounts.compiledChars;
    const seen: boolean[] = [];
    // Enough rounds for the regexp to be built part-way through.
    for (let round = 0; round < 60; round++) for (const t of texts) seen.push(lit(t) === re.test(t));
    expect(scanCounts.compiledChars).toBeGreaterThan(before);
    expect(seen.every(Boolean)).toBe(true);
  });

  it('builds no regexp for a list asked about a few texts (a cold page pays no compile)', () => {
    const lit = literals(words);
    newCountScope();
    const before = scanCounts.compiledChars;
    for (const t of texts) lit(t);
    expect(scanCounts.compiledChars).toBe(before);
  });

  it('an empty list holds nothing, an empty string is in every text', () => {
    const none = literals([]);
    const empty = literals(['']);
    for (let i = 0; i < 200; i++) {
      expect(none('cookies')).toBe(false);
      expect(empty('x')).toBe(true);
    }
  });
});
