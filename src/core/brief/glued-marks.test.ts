/** Marks a copy garbled: a closing mark glued to the next word, a reopening mark dropped between paragraphs. */
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

describe('A mark the page dropped between two paragraphs of one quote', () => {
  it('joins a quote left open mid-paragraph to the next paragraph that closes it', () => {
    const a = run('en', [
      'The farmers of the valley have waited for rain since March.',
      'Ravi Kumar, 61, has spent his savings deepening his well. "If the well stays dry we will have to sell the land. We cannot pay the workers any more.',
      'Where will the money come from, if the rain does not?" Mr Kumar said.',
    ]);
    expect(said(a)).toEqual([
      [
        'If the well stays dry we will have to sell the land. We cannot pay the workers any more.',
        'Ravi Kumar',
      ],
      ['Where will the money come from, if the rain does not?', 'Ravi Kumar'],
    ]);
  });
});
