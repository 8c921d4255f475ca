/** Short quoted fragments as the object or predicate of a verb of calling or judging (issue 9, session 15). */
import { describe, expect, it } from 'vitest';
import { run, said } from '../test-helpers.js';

const intro = {
  de: 'Im Stadtrat wurde am Dienstag über den neuen Busbahnhof gestritten. Bürgermeisterin Hanna Vogt leitete die Sitzung.',
  en: 'The council met on Tuesday to discuss the new bus station. Mayor Ellen Brooks chaired the meeting.',
  es: 'El pleno debatió el martes la nueva estación de autobuses. La alcaldesa Marta Ibáñez presidió la sesión.',
  fr: 'Le conseil municipal a débattu mardi de la nouvelle gare routière. La maire Claire Dumont présidait la séance.',
  it: 'Il consiglio comunale ha discusso martedì della nuova stazione degli autobus. La sindaca Laura Galli presiedeva la seduta.',
};
const kept = (lang: keyof typeof intro, s: string): string[] =>
  said(run(lang, [intro[lang], s])).map(([q]) => q);

describe('a fragment a verb of calling or judging governs is someone’s words', () => {
  it.each([
    // (An organisation, a group or a gerund clause for subject: no person to support the fragment.)
    ['de', 'Die Opposition sprach von einer „völlig überzogenen Forderung“.', 'völlig überzogenen Forderung'],
    ['de', 'Als „überflüssig“ bezeichnen die Anwohner den Bau.', 'überflüssig'],
    ['it', 'Molti pendolari definiscono la linea «inaffidabile» da anni.', 'inaffidabile'],
    ['es', 'Los vecinos tildan la obra de «innecesaria» desde hace meses.', 'innecesaria'],
    ['fr', 'Les riverains jugent le chantier « interminable » depuis des mois.', 'interminable'],
    ['en', 'The union described the proposal as "reckless" in a statement.', 'reckless'],
    ['es', 'La oposición calificó la propuesta de «precipitada» en un comunicado.', 'precipitada'],
    ['fr', 'Les commerçants parlent de « gâchis » après le vote.', 'gâchis'],
    ['it', 'La minoranza ha replicato in una nota, definendo il progetto «affrettato».', 'affrettato'],
  ] as const)('%s: %s', (lang, s, q) => {
    expect(kept(lang, s)).toEqual([q]);
  });
});

describe('a term, a name or a scare quote with no such verb is still dropped', () => {
  it.each([
    ['de', 'Der Bau soll im „Frühjahr“ beginnen.'],
    ['en', 'A similar delay last year was described as "unusual" at the time.'],
    ['en', 'The so-called "bus hub" will open next year.'],
    ['es', 'La obra seguirá el modelo «Ciudad Viva» del gobierno.'],
    ['fr', 'Le dispositif « Ville propre » sera prolongé.'],
    ['it', 'Il progetto «Bus Facile» partirà in autunno.'],
  ] as const)('%s: %s', (lang, s) => {
    expect(kept(lang, s)).toEqual([]);
  });
});

describe('a group’s fragment does not go to the person quoted before', () => {
  it.each([
    [
      'de',
      'Hanna Vogt sagte: „Wir bauen ab Mai.“ Viele Pendler sprechen von einem „teuren Umweg“.',
      'teuren Umweg',
    ],
    [
      'it',
      'Laura Galli ha detto: «Si parte a maggio». Molti pendolari definiscono la linea «inaffidabile».',
      'inaffidabile',
    ],
  ] as const)('%s: %s', (lang, s, q) => {
    expect(said(run(lang, [intro[lang], s])).find(([t]) => t === q)).toEqual([q, null]);
  });
});
