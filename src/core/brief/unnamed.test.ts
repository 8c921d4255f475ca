/** Unnamed people: a description that takes up someone an indefinite brought in, not the person named earlier. */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

describe('A generic description after an unnamed person brought in by an indefinite', () => {
  it('is that unnamed person, not the one named earlier ("un 22enne … Il giovane sosteneva: “…”")', () => {
    const a = run('it', [
      'È accusato di usurpazione di funzioni pubbliche il 40enne Antonio Arone, residente a Carmagnola.',
      'Arone era stato identificato in base al riconoscimento fotografico, effettuato da un 22enne di Barge. Il giovane sosteneva che fossero in tre: “Si erano presentati dopo le nove di sera su un’auto civile”.',
    ]);
    expect(said(a)).toEqual([['Si erano presentati dopo le nove di sera su un’auto civile', null]]);
  });
  it('is still the named person when the indefinite is his apposition ("Mario Rossi, un uomo di 50 anni")', () => {
    const a = run('it', [
      'Mario Rossi, un uomo di 50 anni, è stato fermato ieri sera.',
      'L’uomo ha spiegato: “Non ho fatto nulla”.',
    ]);
    expect(said(a)).toEqual([['Non ho fatto nulla', 'Mario Rossi']]);
  });
});
