/** Quote conventions the span finder must read: TeX-style ``…'' marks, an opening mark spaced
 * from its first word after a colon, and French quotes running over paragraphs without marks. */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

describe('TeX-style marks (``…’’ typed as two backticks and two apostrophes)', () => {
  it('reads two backticks … two apostrophes as a quote, with its speaker after it', () => {
    const a = run('en', [
      'The harbour authority closed the north pier on Monday after a storm damaged its deck.',
      "``We will not reopen it until the engineers have checked every beam,'' said Marion Leclair, the port manager.",
    ]);
    expect(said(a)).toEqual([
      ['We will not reopen it until the engineers have checked every beam,', 'Marion Leclair'],
    ]);
  });
});

describe('An opening mark spaced from its first word after a colon', () => {
  it('opens a quote at ": ” Word" (Italian pages typing the mark by hand)', () => {
    const a = run('it', [
      'La squadra di casa ha perso la quarta partita di fila davanti al proprio pubblico.',
      'In sala stampa arriva l’allenatore Paolo Ferretti: ” Abbiamo giocato male per tre quarti e adesso dobbiamo lavorare di più in settimana”.',
    ]);
    expect(said(a)).toEqual([
      [
        'Abbiamo giocato male per tre quarti e adesso dobbiamo lavorare di più in settimana',
        'Paolo Ferretti',
      ],
    ]);
  });
});

describe('A French quote over paragraphs that carry no marks', () => {
  it('gives one quote per paragraph from the open « to the paragraph that closes it', () => {
    const a = run('fr', [
      'Le conseil départemental a voté son budget dans un climat tendu, jeudi.',
      '« Nous avions préparé ce budget pendant six mois avec les services',
      'Il fallait financer les collèges et les routes du département',
      'Au lieu de cela, la séance a tourné à la polémique », a regretté Hélène Marchetti, présidente du groupe centriste.',
    ]);
    expect(said(a).map((q) => q[0])).toEqual([
      'Nous avions préparé ce budget pendant six mois avec les services',
      'Il fallait financer les collèges et les routes du département',
      'Au lieu de cela, la séance a tourné à la polémique',
    ]);
  });
});

describe('Mixed marks: « opened, ” closed', () => {
  it('closes a « at a ” when no » follows (Spanish pages that mix the two)', () => {
    const a = run('es', [
      'El festival de cine de la ciudad abrió el jueves con una película sobre la emigración.',
      '«Hemos rodado en cuatro países y con actores que nunca habían trabajado en el cine”, afirmó la directora Lucía Ferrer en la rueda de prensa.',
    ]);
    expect(said(a)).toEqual([
      ['Hemos rodado en cuatro países y con actores que nunca habían trabajado en el cine', 'Lucía Ferrer'],
    ]);
  });

  it('keeps a “…” inside an open « as a nested quote, not its end', () => {
    const a = run('es', [
      'El festival de cine de la ciudad abrió el jueves con una película sobre la emigración.',
      'La directora Lucía Ferrer afirmó: «Mi abuela decía “no hay vuelta atrás” y así se llama la película',
      'Tardamos seis años en rodarla y nadie quería producirla», recordó.',
    ]);
    expect(said(a)[0]?.[0]).toBe('Mi abuela decía “no hay vuelta atrás” y así se llama la película');
  });
});
