/** A dateline opening a paragraph says where the story was filed: it never speaks. */
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
