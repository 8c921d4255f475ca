/** German reported speech: a short quoted fragment in a Konjunktiv sentence is someone's words (issue 9, session 15). */
import { describe, expect, it } from 'vitest';
import { run, said } from '../test-helpers.js';

describe('German: „…“ fragments in a sentence of reported speech (Konjunktiv I)', () => {
  // (Who said it is left to the context: here, with no frame in its own sentence, it stays
  // unattributed rather than going to the wrong person.)
  it('keeps the fragment, and gives it to no one else than the one reported', () => {
    const a = run('de', [
      'Nach dem Sturm sind viele Straßen gesperrt. Landrat Peter Kühne hat am Morgen die Schäden besichtigt.',
      'Kühne zufolge sollen Hilfen fließen. Die Schäden seien „gewaltig“.',
    ]);
    expect(said(a).map(([q]) => q)).toEqual(['gewaltig']);
    expect([null, 'Peter Kühne']).toContain(said(a)[0]![1]);
  });
  it('still drops a fragment in a sentence of the text’s own (indicative)', () => {
    const a = run('de', [
      'Nach dem Sturm sind viele Straßen gesperrt. Landrat Peter Kühne hat am Morgen die Schäden besichtigt.',
      'Die Schäden sind „gewaltig“.',
    ]);
    expect(said(a)).toEqual([]);
  });
});
