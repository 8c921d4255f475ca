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
