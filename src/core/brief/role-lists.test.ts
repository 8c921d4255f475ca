/** Roles next to lists of people, given names that end like professions, and English residences. */
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

describe('English residence as a role', () => {
  it('reads "X of Place said" and "X, aged N, of Place, said" as where the person lives', () => {
    const a = run('en', [
      'The council approved the plan on Tuesday. Tom Ashby of Willow Crescent said: "Nobody asked us."',
      'Mary Quill, aged 61, of Orchard Rise, said: "The traffic will be terrible."',
      'Ruth Denby, also of Orchard Rise, said she would appeal.',
    ]);
    expect(actor(a, 'Tom Ashby')?.role).toBe('of Willow Crescent');
    expect(actor(a, 'Mary Quill')?.role).toBe('of Orchard Rise');
    expect(actor(a, 'Ruth Denby')?.role).toBe('of Orchard Rise');
  });

  it('reads no residence from a lowercase phrase after "of"', () => {
    const a = run('en', ['Tom Ashby of the residents group said: "Nobody asked us."']);
    expect(actor(a, 'Tom Ashby')?.role ?? null).toBeNull();
  });
});
