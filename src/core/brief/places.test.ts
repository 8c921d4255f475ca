/** Places never speak: a dateline opening a paragraph (where the story was filed), a street. */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

describe('A dateline in capitals before a quote', () => {
  it('is not the speaker of the quote\'s second part ("TRENTO – «…» – spiega il tecnico Rossi – «…»")', () => {
    const a = run('it', [
      'Il campionato si chiude con una sconfitta indolore per la squadra di casa.',
      'TRENTO – «Sono contento della prova – spiega il tecnico Marco Rossi a fine gara – perché i giovani hanno giocato bene».',
    ]);
    expect(said(a)).toEqual([
      ['Sono contento della prova', 'Marco Rossi'],
      ['perché i giovani hanno giocato bene', 'Marco Rossi'],
    ]);
  });
  it('with its agency is no speaker either ("LYON (AFP) – « … », a-t-il dit")', () => {
    const a = run('fr', ['LYON (AFP) – « Nous allons rouvrir la ligne dès lundi », a indiqué le préfet.']);
    expect(said(a)).toEqual([['Nous allons rouvrir la ligne dès lundi', null]]);
  });
  it('leaves a person\'s name before a dash a speaker ("Mario Rossi – «…»")', () => {
    const a = run('it', [
      'Abbiamo incontrato il sindaco Mario Rossi.',
      'Mario Rossi – «La città è pronta per l’estate».',
    ]);
    expect(said(a)).toEqual([['La città è pronta per l’estate', 'Mario Rossi']]);
  });
});

describe('A street', () => {
  it('is no speaker in an apposition of address ("Tom Hale, 52, Mill Close said: “…”")', () => {
    const a = run('en', [
      'Neighbours met on Monday to discuss the plans for the old depot.',
      'Tom Hale, 52, Mill Close said: “The lorries will come past our windows all night.”',
    ]);
    expect(said(a)).toEqual([['The lorries will come past our windows all night.', 'Tom Hale']]);
  });
  it('is no speaker at the head of a Romance address either ("abitante di Piazza Garibaldi")', () => {
    const a = run('it', [
      'I residenti hanno protestato contro il nuovo parcheggio.',
      '“Non possiamo più dormire”, ha detto un abitante di Piazza Garibaldi.',
    ]);
    expect(said(a)).toEqual([['Non possiamo più dormire', null]]);
  });
});
