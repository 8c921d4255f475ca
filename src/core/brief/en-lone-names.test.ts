/** English: a lone surname no list knows, vouched for as a person by what the text says of it. */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

describe('English lone names that report about themselves', () => {
  it('takes "Varga said he would" as a person; "Corvex said it would" stays a company', () => {
    const a = run('en', [
      'Varga said he would return to the town in March, after the vote.',
      '“Nobody has done more for this valley,” Varga told the crowd.',
      'Corvex said it would cut two hundred jobs at the plant.',
      '“The market has changed,” Corvex said.',
    ]);
    expect(said(a)).toEqual([
      ['Nobody has done more for this valley,', 'Varga'],
      ['The market has changed,', null],
    ]);
    expect(a.actors.map((x) => x.name)).toEqual(['Varga']);
  });

  it('does not take a plural opening the sentence for the speaker ("Witnesses said he ran")', () => {
    const a = run('en', [
      'Witnesses said he ran towards the river before the police arrived.',
      '“He was very fast,” Witnesses said.',
    ]);
    expect(a.actors).toEqual([]);
  });
});
