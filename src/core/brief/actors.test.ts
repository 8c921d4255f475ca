/** The people of a brief and their roles, per language and construction (issue 9, kinds 7 and 8). */
import { describe, expect, it } from 'vitest';
import { actor, run } from './test-helpers.js';

describe('German roles in their base form', () => {
  it('reads a declined role noun before a name, in the case it has alone', () => {
    const a = run('de', [
      'Die Regierung hat sich gegen die Äußerungen des Kärntner Landesrats Harald Dobernig gestellt.',
      'Er begrüßte besonders den ehemaligen VW-Vorstandsvorsitzenden Carl H. Hahn im Museum.',
      'Seit 1901 erhalten Forscher den Preis des Dynamit-Erfinders Alfred Nobel.',
      'Baden-Württembergs Ministerpräsidenten Winfried Kretschmann bedauert den Rückzug.',
      'Die Kommission sprach danach mit der neuen Ministerpräsidentin Julia Klein.',
    ]);
    expect(actor(a, 'Harald Dobernig')?.role).toBe('Kärntner Landesrat');
    expect(actor(a, 'Carl H. Hahn')?.role).toBe('ehemaliger VW-Vorstandsvorsitzender');
    expect(actor(a, 'Alfred Nobel')?.role).toBe('Dynamit-Erfinder');
    expect(actor(a, 'Winfried Kretschmann')?.role).toBe('Baden-Württembergs Ministerpräsident');
    expect(actor(a, 'Julia Klein')?.role).toBe('neue Ministerpräsidentin');
  });

  it('gives a plural role before two coordinated names to each, in the singular', () => {
    const a = run('de', [
      'Die Richterin wendet sich direkt an die beiden Anwälte Johann Schwenn und Yves Georg.',
      'Die Gäste wurden von den beiden Stellvertretern Norbert Gradl und Michael Streit begrüßt.',
    ]);
    expect(actor(a, 'Johann Schwenn')?.role).toBe('Anwalt');
    expect(actor(a, 'Yves Georg')?.role).toBe('Anwalt');
    expect(actor(a, 'Norbert Gradl')?.role).toBe('Stellvertreter');
    expect(actor(a, 'Michael Streit')?.role).toBe('Stellvertreter');
  });

  it('takes no clause after a name for its apposition', () => {
    const a = run('de', [
      'Sein Parteifreund, der Grünen-Landesvorsitzende Oliver Hildenbrand, trauert dem scheidenden Ministerpräsidenten Horst Seehofer dagegen weniger nach.',
    ]);
    expect(actor(a, 'Oliver Hildenbrand')?.role).toBe('Grünen-Landesvorsitzender');
  });
});

describe('Italian names end before the sentence’s prepositions', () => {
  it('stops a name at an article-preposition or at the "di" of an organisation that goes on', () => {
    const a = run('it', [
      'Ieri abbiamo parlato con il sottosegretario Luca Lotti della Pezzopane e con altri.',
      'L’unica risposta è stata quella di Massimo Rogora di Fratelli d’Italia: «Consiglio a Cascio di usare i tre minuti».',
      'Alla cerimonia è arrivato anche Luca Cordero di Montezemolo.',
    ]);
    expect(actor(a, 'Luca Lotti')?.role).toBe('sottosegretario');
    expect(actor(a, 'Massimo Rogora')).toBeDefined();
    expect(actor(a, 'Luca Cordero di Montezemolo')).toBeDefined();
    expect(a.actors.map((x) => x.name).filter((n) => /Pezzopane|Fratelli/u.test(n))).toEqual([]);
  });
});
