/** Roles next to lists of people and given names that end like professions. */
import { describe, expect, it } from 'vitest';
import { actor, run } from './test-helpers.js';

describe('roles in lists of people', () => {
  it('gives no one the next list item, a role word and a two-word name, as a role', () => {
    const a = run('de', [
      'Die neue Leitung stellte ihr Team vor – Chefdramaturgin Lena Brandt, Oberspielleiterin Julia Sommer, Karl Ott als Leiter der Werkstätten – und sprach über den Spielplan.',
      '„Wir wollen ein offenes Haus“, sagte Brandt.',
    ]);
    expect(actor(a, 'Lena Brandt')?.role ?? '').not.toMatch(/Sommer/u);
  });

  it('reads a German noun in -iker as a profession before a name', () => {
    const a = run('de', ['„Das Ergebnis hat uns überrascht“, sagt der Chemiker Ruprecht Hallmann.']);
    expect(actor(a, 'Ruprecht Hallmann')?.role).toBe('Chemiker');
  });

  it('does not read a given name that ends like a profession as a role', () => {
    const a = run('de', ['„Ich war sprachlos“, erzählt der Physiker Theodor Kranzberg.']);
    expect(actor(a, 'Theodor Kranzberg')?.role).toBe('Physiker');
  });
});
