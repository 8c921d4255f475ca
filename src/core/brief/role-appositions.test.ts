/** Roles in appositions that lose their second comma, age nouns, and short forms of given names. */
import { describe, expect, it } from 'vitest';
import { actor, run } from './test-helpers.js';

describe('an apposition ended by a verb of saying instead of a comma', () => {
  it('ends the role at the verb in Spanish, Italian and French', () => {
    const es = run('es', [
      'Lucía Ferrán, directora de Tráfico de Vigo explicó que las obras acabarán en mayo. «No habrá cortes», dijo.',
    ]);
    expect(actor(es, 'Lucía Ferrán')?.role).toBe('directora de Tráfico de Vigo');
    const it_ = run('it', [
      'Carlo Benzi, assessore alla Mobilità di Pavia ha spiegato che i lavori finiranno a maggio. «Nessun disagio», ha detto.',
    ]);
    expect(actor(it_, 'Carlo Benzi')?.role).toBe('assessore alla Mobilità di Pavia');
    const fr = run('fr', [
      'Odile Garnier, adjointe aux transports de Tours a assuré que les travaux finiront en mai. « Pas de coupure », a-t-elle dit.',
    ]);
    expect(actor(fr, 'Odile Garnier')?.role).toBe('adjointe aux transports de Tours');
  });

  it('keeps the English clause "X, an official said" out of the role', () => {
    const a = run('en', [
      'Police detained Rowan Clegg, an official said. "He was calm," Clegg told reporters.',
    ]);
    expect(actor(a, 'Rowan Clegg')?.role ?? '').not.toMatch(/official/u);
  });
});

describe('roles the lexicons name', () => {
  it('reads an Italian age noun as what the article says of the person', () => {
    const a = run('it', ['«Non ho visto nulla», ha detto ai carabinieri il 19enne Davide Orsenigo.']);
    expect(actor(a, 'Davide Orsenigo')?.role).toBe('19enne');
  });

  it('reads US council titles and a news anchor as roles', () => {
    const a = run('en', [
      'Councilmember Dale Hutchins said the vote was rushed. "We needed another month," Hutchins said.',
      'Evening News anchor Carla Ruiz said on air that the station would cover the meeting.',
    ]);
    expect(actor(a, 'Dale Hutchins')?.role).toBe('Councilmember');
    expect(actor(a, 'Carla Ruiz')?.role).toBe('Evening News anchor');
  });

  it('knows common short forms of given names', () => {
    const a = run('en', [
      'Pete Garland said the road had been closed for a week. "Nobody told us," he said.',
    ]);
    expect(a.quotes[0]?.speaker).toBe('Pete Garland');
  });
});
