/** Where a person's name starts and ends, and which lone words are people (issue 9, kind 7). */
import { describe, expect, it } from 'vitest';
import { actor, run, said } from './test-helpers.js';

describe('names end before an affiliation', () => {
  it('stops a German name at "von der" before an organisation noun', () => {
    const a = run('de', [
      '„Der Keller stand unter Wasser“, erzählt Lena Marie Kolb von der Polizei Bremen. Die Straße blieb gesperrt.',
    ]);
    expect(a.actors.map((x) => x.name)).toEqual(['Lena Marie Kolb']);
    expect(said(a)).toEqual([['Der Keller stand unter Wasser', 'Lena Marie Kolb']]);
  });

  it('stops a French name at "de la" before an organisation noun', () => {
    const a = run('fr', [
      '« Le feu est maîtrisé », explique Paul Henri Morel de la Gendarmerie nationale. La route reste fermée.',
    ]);
    expect(a.actors.map((x) => x.name)).toEqual(['Paul Henri Morel']);
  });
});

describe('a German body in the genitive with its place', () => {
  it('reads "des Gemeinderats Tannhausen" as a council, not a person with that role', () => {
    const a = run('de', [
      'Die Sitzung des Gemeinderats Tannhausen dauerte bis spät in die Nacht. Eine Klage des Amtsgerichts Rosenfeld liegt vor.',
      '„Wir haben lange verhandelt“, sagte Bürgermeisterin Eva Lind danach.',
    ]);
    expect(a.actors.map((x) => x.name)).toEqual(['Eva Lind']);
    expect(said(a)).toEqual([['Wir haben lange verhandelt', 'Eva Lind']]);
  });

  it('still reads a title in the genitive before a surname as a person', () => {
    const a = run('de', [
      'Die Rede des Bürgermeisters Haberl sorgte für Unmut. „Das ist nicht hinnehmbar“, sagte Haberl.',
    ]);
    expect(a.actors.map((x) => x.name)).toEqual(['Haberl']);
  });
});

describe('a capitalised word after a numeral is a thing', () => {
  it('does not read a German noun after a number as a person, even as a source', () => {
    const a = run('de', [
      'Die Stadträtin Anna Berger war beim Eisstockschießen, wie sie gegenüber 7 Tage verrät.',
      '„Ich war überrascht“, lacht sie im Gespräch mit 7 Tage.',
    ]);
    expect(a.actors.map((x) => x.name)).toEqual(['Anna Berger']);
  });
});

describe('a surname written with D’', () => {
  it('keeps D’ on a surname that opens the sentence', () => {
    const a = run('it', [
      'Il consiglio si è riunito in serata. D’Amato ha detto: «Siamo pronti». Poi è uscito.',
    ]);
    expect(a.actors.map((x) => x.name)).toEqual(['D’Amato']);
  });

  it('still reads a sentence-opening D’ before a place as an elided preposition', () => {
    const a = run('fr', ['D’Abidjan, Marc Kouassi a suivi le match. « Nous sommes fiers », a-t-il dit.']);
    expect(a.actors.map((x) => x.name)).toEqual(['Marc Kouassi']);
  });
});

describe('a family name written first', () => {
  it('takes "Liu" alone for the "Liu Xiaoming" named before', () => {
    const a = run('en', [
      'Chinese ambassador Liu Xiaoming met the foreign secretary on Monday.',
      '"We want peace and trade," Liu said after the meeting.',
    ]);
    expect(a.actors.map((x) => x.name)).toEqual(['Liu Xiaoming']);
    expect(said(a)).toEqual([['We want peace and trade,', 'Liu Xiaoming']]);
  });
});

describe('offices written with a synonym', () => {
  it('reads "l’édile" (the mayor) before a name as its role', () => {
    const fr = run('fr', ['L’édile Jean Dupont a reçu les élus du département à la mairie.']);
    expect(actor(fr, 'Jean Dupont')?.role).toBe('édile');
  });
});

describe('roles before a name that no list knows', () => {
  it('reads the German noun before a given name and a surname as the apposition', () => {
    const a = run('de', [
      'Zur Eröffnung sprach Pfarrer Rudolf Klein ein kurzes Gebet.',
      'Für das Lob bedankte sich Architekt Tobias Brandner bei den Gästen.',
    ]);
    expect(actor(a, 'Rudolf Klein')?.role).toBe('Pfarrer');
    expect(actor(a, 'Tobias Brandner')?.role).toBe('Architekt');
  });

  it('reads a Spanish role written with a fused "ex"', () => {
    const a = run('es', [
      'Desde la oposición, la exedil de Cultura Marta Ruiz señaló que hay un error grave.',
    ]);
    expect(actor(a, 'Marta Ruiz')?.role).toBe('exedil de Cultura');
  });
});

describe('a name followed by "who"', () => {
  it('is a person even when only the extended list knows the given name', () => {
    const a = run('en', [
      'Jim Davies said the meeting had gone well.',
      'Giles Ratcliffe, who farms at Whixall, has seen large numbers of stock go missing.',
      'He said: “Last season we had 120 sheep stolen.”',
    ]);
    expect(said(a)).toEqual([['Last season we had 120 sheep stolen.', 'Giles Ratcliffe']]);
  });
});

describe('Spanish double surnames', () => {
  it('takes a person up by the first of two surnames', () => {
    const a = run('es', [
      'Yolanda Ticona Apaza, vecina del mercado, contó que el agua entró de noche.',
      '«Perdimos toda la mercadería», dijo Ticona, que vende fruta desde hace veinte años.',
    ]);
    expect(a.actors.map((x) => x.name)).toEqual(['Yolanda Ticona Apaza']);
    expect(said(a)).toEqual([['Perdimos toda la mercadería', 'Yolanda Ticona Apaza']]);
  });

  it('does not read a second given name as a surname', () => {
    const a = run('es', [
      'Juan Carlos Ibarra, alcalde de la ciudad, visitó la zona.',
      'Más tarde llegó Carlos, su hermano. «Es terrible», dijo Carlos.',
    ]);
    expect(actor(a, 'Juan Carlos Ibarra')?.aliases).not.toContain('Carlos');
    expect(said(a)).not.toContainEqual(['Es terrible', 'Juan Carlos Ibarra']);
  });
});
