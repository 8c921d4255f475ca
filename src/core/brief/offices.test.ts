/** Offices in descriptions: offices of government exclude each other, and compare across gender. */
import { describe, expect, it } from 'vitest';
import { actor, run, said } from './test-helpers.js';

describe('Offices of government in descriptions', () => {
  it('does not give "la ministra" to the one introduced as presidente del Senato', () => {
    const a = run('it', [
      'Durante il dibattito la presidente del Senato, Anna Verdi, ha chiesto più volte silenzio.',
      '«Non accetto lezioni da nessuno», ha risposto la ministra.',
    ]);
    expect(said(a)).toEqual([['Non accetto lezioni da nessuno', null]]);
  });

  it('reads "la ministra" as the one introduced as ministro, whatever the gender of the noun', () => {
    const a = run('it', [
      'Il ministro per il Sud, Carla Neri, ha incontrato in mattinata Giulia Blu.',
      '«Il piano è pronto», ha detto la ministra.',
    ]);
    expect(said(a)).toEqual([['Il piano è pronto', 'Carla Neri']]);
  });

  it('keeps the other languages apart too: a mayor is not the minister', () => {
    const fr = run('fr', [
      'La maire de la ville, Anne Dubois, a reçu les élus du département.',
      '« Nous ne céderons pas », a déclaré la ministre.',
    ]);
    expect(said(fr)).toEqual([['Nous ne céderons pas', null]]);
    const de = run('de', [
      'Die Bürgermeisterin Anna Schmidt begrüßte die Gäste.',
      '„Wir bleiben dabei“, sagte die Ministerin.',
    ]);
    expect(said(de)).toEqual([['Wir bleiben dabei', null]]);
  });

  it('starts the name after a role\'s complement: "il ministro per il Sud Barara Lezzi"', () => {
    const a = run('it', [
      'C’è stata la rissa tra il ministro per il Sud Barara Lezzi e una senatrice dell’opposizione.',
      '«Chi sei tu?», ha risposto Lezzi.',
    ]);
    expect(actor(a, 'Barara Lezzi')?.role).toBe('ministro per il Sud');
    expect(said(a)).toEqual([['Chi sei tu?', 'Barara Lezzi']]);
  });
});
