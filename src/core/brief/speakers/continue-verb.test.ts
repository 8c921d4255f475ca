/** A verb of going on with a pronoun subject continues the last speaker (issue 9, session 15). */
import { describe, expect, it } from 'vitest';
import { run, said } from '../test-helpers.js';

describe('« … », poursuit-il / „…“, fügte er hinzu after another person is named', () => {
  it('French: the last speaker goes on, not the man named in between', () => {
    const a = run('fr', [
      'Le chantier du collège a pris six mois de retard. L’architecte Bruno Vasseur a rencontré jeudi le maire, Gérard Lemoine.',
      '« Les entreprises manquent de bras », a reconnu Bruno Vasseur. D’après lui, Gérard Lemoine était prévenu depuis l’été. « Personne ne pouvait ignorer le calendrier », poursuit-il.',
    ]);
    expect(said(a)).toEqual([
      ['Les entreprises manquent de bras', 'Bruno Vasseur'],
      ['Personne ne pouvait ignorer le calendrier', 'Bruno Vasseur'],
    ]);
  });
  it('German: the last speaker goes on, not the subject of the reported sentence in between', () => {
    const a = run('de', [
      'Der Bau der Schule liegt sechs Monate hinter dem Zeitplan. Architekt Bruno Vasel traf am Donnerstag Bürgermeister Gerd Lehmann.',
      '„Den Firmen fehlen die Leute“, räumte Vasel ein. Lehmann sei seit dem Sommer informiert gewesen. „Den Zeitplan kannte jeder“, fügte er hinzu.',
    ]);
    expect(said(a)).toEqual([
      ['Den Firmen fehlen die Leute', 'Bruno Vasel'],
      ['Den Zeitplan kannte jeder', 'Bruno Vasel'],
    ]);
  });
});
