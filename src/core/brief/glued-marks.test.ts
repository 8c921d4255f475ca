/** Copies that lose the space after a closing mark: the mark still closes after the quote's punctuation. */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

describe('A closing mark glued to the next word', () => {
  it('closes after the quote’s punctuation ("…,"said Jane Moss)', () => {
    const a = run('en', [
      'Councillor Mark Hill opposed the plan on Tuesday.',
      '"It is a disgrace,"said Jane Moss, who lives nearby.',
    ]);
    expect(said(a)).toEqual([['It is a disgrace,', 'Jane Moss']]);
  });
});
