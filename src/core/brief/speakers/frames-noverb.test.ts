/**
 * Attributions the first reading missed: the verb inside a relative clause before a colon, a noun of
 * saying after the quote with the speaker in its genitive, a gerund after "that", an inverted subject
 * after a fronted clause, a party in parentheses, a signature line, a long dash incise.
 */
import { describe, expect, it } from 'vitest';
import { run, said } from '../test-helpers.js';

describe('A colon after a relative clause with the verb of saying', () => {
  it('is the name before the relative ("echoed by Roger Jones, who said: “…”")', () => {
    const a = run('en', [
      'Andrew Musty, a resident, said the plan was wrong.',
      'His thoughts were echoed by Roger Jones, who said: “At both committee hearings, members wanted to reject it.”',
    ]);
    expect(said(a)).toEqual([['At both committee hearings, members wanted to reject it.', 'Roger Jones']]);
  });
  it('is the same in French ("… rejoint par Paul Roux, qui a déclaré : « … »")', () => {
    const a = run('fr', [
      'Marie Dupont, une habitante, a critiqué le projet.',
      'Elle a été rejointe par Paul Roux, qui a déclaré : « Nous irons jusqu’au bout de cette affaire. »',
    ]);
    expect(said(a)).toEqual([['Nous irons jusqu’au bout de cette affaire.', 'Paul Roux']]);
  });
});

describe('A noun of saying after the quote', () => {
  it('names its genitive as the speaker ("“…”, il primo commento da sindaco di Alan Fabbri")', () => {
    const a = run('it', [
      '“Abbiamo vinto”: così il leader della Lega, Matteo Salvini, ha commentato i risultati. “È una vittoria storica per tutta la regione”, il primo commento da sindaco di Alan Fabbri dopo il voto.',
    ]);
    expect(said(a)).toEqual([
      ['Abbiamo vinto', 'Matteo Salvini'],
      ['È una vittoria storica per tutta la regione', 'Alan Fabbri'],
    ]);
  });
  it('does not read a name further on as its genitive ("“…”, un commento. Poi Anna Bianchi …")', () => {
    const a = run('it', [
      'Il sindaco Marco Neri ha parlato a lungo. “È una vittoria storica”, un commento breve. Anna Bianchi è rimasta in silenzio.',
    ]);
    expect(said(a)).not.toContainEqual(['È una vittoria storica', 'Anna Bianchi']);
  });
});

describe('A gerund of saying in a clause after "that"', () => {
  it('keeps the main clause’s subject ("Liu said that the Army could be deployed, warning: “…”")', () => {
    const a = run('en', [
      'Chinese ambassador Liu Xiaoming said China has the “resolution and power” to end the unrest. Liu said that the People’s Liberation Army could be deployed in Beijing, warning: “They are already there in the garrison.”',
    ]);
    const [, speaker] = said(a).find(([q]) => q.startsWith('They are')) ?? [];
    expect(speaker).toMatch(/^Liu\b/u);
  });
});

describe('A fronted clause about an organisation before a verb of saying and its inverted subject', () => {
  it('is said by the person after the verb ("Propositiva sarà l’opposizione …, ha annunciato in Aula la consigliera …, Roberta Della Casa, “…”")', () => {
    const a = run('it', [
      'Propositiva sarà l’opposizione del Movimento alla Giunta regionale, ha annunciato in Aula la consigliera del Movimento, Roberta Della Casa, "ma se dovesse venir meno la trasparenza, l’opposizione sarà dura".',
    ]);
    expect(said(a)).toEqual([
      ['ma se dovesse venir meno la trasparenza, l’opposizione sarà dura', 'Roberta Della Casa'],
    ]);
  });
});

describe('A party in parentheses after a name', () => {
  it('is the person’s, not the speaker ("La primera teniente de alcalde María Villalba (Partido Popular) respondió: “…”")', () => {
    const a = run('es', [
      'La primera teniente de alcalde María Villalba (Partido Popular) respondió ayer a los vecinos asegurándoles: "el ayuntamiento no se está inhibiendo del problema".',
    ]);
    const speakers = said(a).map(([, s]) => s);
    expect(speakers).toHaveLength(1);
    expect(speakers).not.toContain('Partido Popular');
  });
});

describe('A signature line after a quote that ends its sentence', () => {
  it('names the speaker ("“… les parents.” Gina Guillemette, porte-parole de la commission scolaire.")', () => {
    const a = run('fr', [
      'Des parents de l’école Saint-Jean ont demandé une rencontre avec la direction. Le directeur Paul Martin n’a pas répondu.',
      '"On comprend l’inquiétude des parents. On va être disponible pour les rencontrer." Gina Guillemette, porte-parole de la commission scolaire.',
    ]);
    expect(said(a)).toEqual([
      [
        'On comprend l’inquiétude des parents. On va être disponible pour les rencontrer.',
        'Gina Guillemette',
      ],
    ]);
  });
  it('is no signature when a verb follows the name ("“…” Paul Martin a ensuite quitté la salle.")', () => {
    const a = run('fr', [
      'La réunion a duré deux heures. "Nous allons revoir le projet." Paul Martin, le directeur, a ensuite quitté la salle.',
    ]);
    expect(a.quotes.map((q) => q.speaker)).not.toContain('Paul Martin');
  });
});

describe('A long dash incise inside a quote', () => {
  it('splits the quote at its attribution ("“All’inizio - spiega l’avvocato X, difensore di Y, dirigente di … - il mio cliente …”")', () => {
    const a = run('it', [
      '"All’inizio - spiega l’avvocato Romano Raimondo, difensore di Gianfranco Delponte, dirigente di Protezione civile del Comune di Genova - il mio cliente era indagato solo per il falso".',
    ]);
    expect(said(a)).toEqual([
      ['All’inizio', 'Romano Raimondo'],
      ['il mio cliente era indagato solo per il falso', 'Romano Raimondo'],
    ]);
  });
});
