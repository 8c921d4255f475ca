/** English: which person a sentence is about, for the quote or the pronoun after it. */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

describe('English names inside a fronted prepositional phrase', () => {
  it('does not take "Despite Mayor X …, said Y" for a sentence whose subject is X', () => {
    const a = run('en', [
      'Tenants in Eastfield will march to the town hall on Monday over the rent rise.',
      'Despite Mayor Clara Whitlow promising a review of the rents, the march would go ahead, said Dominic Fairley, who chairs the tenants’ association.',
      '“We have heard promises before and nothing has changed.”',
      '“We will march until the rise is withdrawn,” he said.',
    ]);
    expect(said(a).map(([, s]) => s)).toEqual(['Dominic Fairley', 'Dominic Fairley']);
  });
});

describe('English plural groups with no article', () => {
  it('leaves the words of "witnesses", "residents", "critics" unattributed, not to the one named before', () => {
    const a = run('en', [
      'Tom Haddow, the site manager, visited the depot on Monday after the fire. “It was total chaos,” witnesses said.',
      'Kettering Council defended its plan for the site, which campaigners described as “a disgrace to the town”.',
      'Haddow praised the firefighters, but critics said the response had been “far too slow”.',
    ]);
    expect(said(a)).toEqual([
      ['It was total chaos,', null],
      ['a disgrace to the town', null],
      ['far too slow', null],
    ]);
  });

  it('still gives a singular description to the person it stands for', () => {
    const a = run('en', [
      'Tom Haddow, 52, was walking his dog near the depot when the fire started.',
      '“I saw the flames from the bridge,” the man said.',
    ]);
    expect(said(a)).toEqual([['I saw the flames from the bridge,', 'Tom Haddow']]);
  });
});

describe('English indefinite subjects after a quote', () => {
  it('leaves "“…,” a protester said" and "“…,” one of them told the radio" unattributed', () => {
    const a = run('en', [
      'Dan Pryce, the council leader, spoke to the crowd outside the town hall on Monday.',
      '“We will not give up,” a protester said.',
      '“They have not listened to us once,” one of them told the radio.',
      '“I came with my children,” a woman in the crowd added.',
    ]);
    expect(said(a)).toEqual([
      ['We will not give up,', null],
      ['They have not listened to us once,', null],
      ['I came with my children,', null],
    ]);
  });
});

describe('English nouns of saying after a possessor', () => {
  it('gives "Y rejected X’s accusation that … “…”" to X, and "on allegations of …" to no one new', () => {
    const a = run('en', [
      'Councillor Ruth Abbott and Councillor Dan Pryce clashed at the budget meeting on Monday.',
      'Pryce rejected Abbott’s accusation that his party had been “asleep at the wheel” for years.',
      'Pryce said the mayor had “nothing to hide” on allegations of a deal with Marlow Freight.',
    ]);
    const speakers = said(a).map(([, s]) => s);
    expect(speakers[0]).toBe('Ruth Abbott');
    expect(speakers[1]).not.toBe('Marlow Freight');
  });
});
