/**
 * Italian and Spanish speaker constructions found by reading unlabelled news (issue 9, session 12);
 * every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

describe('Italian and Spanish speakers', () => {
  it('reads a surname with its particle opening the sentence as the subject (Di Lorenzo ha concluso)', () => {
    const a = run('it', [
      'Il pugile Marco Bianchi ha incontrato il suo allenatore, Angelo Di Lorenzo, dopo la sconfitta di ieri sera a Torino.',
      'Di Lorenzo ha quindi concluso: «Marco è tranquillo, vuole solo tornare sul ring».',
    ]);
    expect(said(a)).toEqual([['Marco è tranquillo, vuole solo tornare sul ring', 'Angelo Di Lorenzo']]);
  });
});
