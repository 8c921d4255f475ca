/** A paragraph going on with an open quote left unattributed is not the earlier speaker's (issue 9). */
import { describe, expect, it } from 'vitest';
import { run, said } from '../test-helpers.js';

const lastSpeaker = (lang: string, paragraphs: string[]): string | null | undefined =>
  said(run(lang, paragraphs)).at(-1)?.[1];

describe('a quote over several paragraphs whose speaker is not named', () => {
  it('English: the organisation quoted before does not take the continued paragraph', () => {
    expect(
      lastSpeaker('en', [
        '“The depot will close in March,” the Harbour Bus Company said in a statement on Monday. The company said it would move the routes to its Eastfield site.',
        'Drivers were angry. “We were told nothing until last week. Some of us have driven these routes for twenty years.',
        '“Now the early buses will come from the other side of the river.”',
      ]),
    ).toBeNull();
  });
  it('French: « re-opened in the paragraph that goes on', () => {
    expect(
      lastSpeaker('fr', [
        '« Le dépôt fermera en mars », a indiqué la Régie des transports du littoral dans un communiqué lundi. La Régie déplacera les lignes vers son site d’Estrée.',
        'Les conducteurs sont en colère. « On nous a prévenus la semaine dernière. Certains roulent sur ces lignes depuis vingt ans.',
        '« Maintenant, les premiers bus partiront de l’autre rive. »',
      ]),
    ).toBeNull();
  });
  it('German: „ re-opened in the paragraph that goes on', () => {
    expect(
      lastSpeaker('de', [
        '„Das Depot schließt im März“, teilte die Hafenbus GmbH am Montag mit. Die Hafenbus GmbH verlegt die Linien nach Ostfeld.',
        'Die Fahrer sind wütend. „Wir haben es erst letzte Woche erfahren. Manche fahren diese Linien seit zwanzig Jahren.',
        '„Jetzt kommen die Frühbusse von der anderen Flussseite.“',
      ]),
    ).toBeNull();
  });
  it('an attributed open quote still carries its speaker into the next paragraph', () => {
    expect(
      lastSpeaker('en', [
        '“The depot will close in March,” the Harbour Bus Company said in a statement on Monday.',
        'Driver Agnes Morrow said: “We were told nothing until last week. Some of us have driven these routes for twenty years.',
        '“Now the early buses will come from the other side of the river.”',
      ]),
    ).toBe('Agnes Morrow');
  });
});

describe('a sentence after the last paragraph of a quote that names no speaker (asked, declined)', () => {
  it('English: “The company has been asked for comment.” does not make the company the speaker', () => {
    expect(
      lastSpeaker('en', [
        'The Harbour Bus Company said on Monday that the depot would close in March and the routes would move to Eastfield.',
        '“We were told nothing until last week,” union rep Agnes Morrow said.',
        '“Some of us have driven these routes for twenty years.”',
        '“Now the early buses will come from the other side of the river.” The company has been asked for comment.',
      ]),
    ).toBe('Agnes Morrow');
  });
  it('English: “The company declined to comment.” names no speaker', () => {
    expect(
      lastSpeaker('en', [
        'The Harbour Bus Company said on Monday that the depot would close in March and the routes would move to Eastfield.',
        '“We were told nothing until last week,” union rep Agnes Morrow said.',
        '“Some of us have driven these routes for twenty years.”',
        '“Now the early buses will come from the other side of the river.” The company declined to comment.',
      ]),
    ).toBe('Agnes Morrow');
  });
  it('German: „Die Firma wollte sich nicht äußern.“ names no speaker', () => {
    expect(
      lastSpeaker('de', [
        'Die Hafenbus GmbH kündigte am Montag an, das Depot im März zu schließen.',
        '„Wir haben es erst letzte Woche erfahren“, sagte Betriebsrätin Agnes Moser.',
        '„Manche fahren diese Linien seit zwanzig Jahren.“',
        '„Jetzt kommen die Frühbusse von der anderen Flussseite.“ Die Hafenbus GmbH wollte sich dazu nicht äußern.',
      ]),
    ).toBe('Agnes Moser');
  });
  it('English: “The company said it would …” is the company’s next statement, not the attribution', () => {
    expect(
      lastSpeaker('en', [
        'The Harbour Bus Company said on Monday that the depot would close in March and the routes would move to Eastfield.',
        '“We were told nothing until last week,” union rep Agnes Morrow said.',
        '“Some of us have driven these routes for twenty years.”',
        '“Now the early buses will come from the other side of the river.” The company said it would review the timetable.',
      ]),
    ).toBe('Agnes Morrow');
  });
  it('French: « La Régie a indiqué que … » neither', () => {
    expect(
      lastSpeaker('fr', [
        'La Régie des transports du littoral a annoncé lundi que le dépôt fermera en mars.',
        '« On nous a prévenus la semaine dernière », dénonce Agnès Moreau, déléguée syndicale.',
        '« Certains roulent sur ces lignes depuis vingt ans. »',
        '« Maintenant, les premiers bus partiront de l’autre rive. » La Régie a indiqué que les horaires seront revus.',
      ]),
    ).toBe('Agnès Moreau');
  });
});
