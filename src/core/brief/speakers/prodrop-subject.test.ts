/** A dropped subject goes on with the narration's subject, not a person named in a reported clause (issue 9). */
import { describe, expect, it } from 'vitest';
import { run, said } from '../test-helpers.js';

describe("'«…», puntualizó.' / '«…», ha aggiunto.' after a reported clause naming someone else", () => {
  it('Spanish: the councillor named in her reported answer does not speak', () => {
    const a = run('es', [
      'La alcaldesa Lucía Ferrándiz Mora defendió el presupuesto ante el pleno del ayuntamiento de Elche.',
      '“Las cuentas están equilibradas”, afirmó en la sesión.',
      'Al ser preguntada por la dimisión, respondió que el concejal Tomás Beltrán Ruiz fue quien decidió marcharse.',
      '“Nadie le pidió que se fuera. Fue una decisión personal y la respetamos”, puntualizó ante los periodistas.',
    ]);
    // The senator of her reported answer is not who goes on; with the provisional weight the quote
    // is left unattributed (her own continuation is below the threshold until the refit).
    expect(said(a)[0]).toEqual(['Las cuentas están equilibradas', 'Lucía Ferrándiz Mora']);
    expect(said(a)[1]?.[1]).not.toBe('Tomás Beltrán Ruiz');
  });
});
