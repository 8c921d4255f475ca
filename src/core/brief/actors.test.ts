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

describe('Roles stated before a name with no article, or in parentheses after it', () => {
  it('reads a role phrase opening the sentence, then a comma and the name (fr, it, es)', () => {
    const fr = run('fr', [
      'Le procès continue. Principal accusé de ce procès historique, Salah Abdeslam fut au centre de toutes les attentions.',
      'Interrogé par la presse, Jean Dupont a refusé de répondre. Le mois dernier, Paul Martin était à Marseille.',
    ]);
    expect(actor(fr, 'Salah Abdeslam')?.role).toBe('Principal accusé de ce procès historique');
    expect(actor(fr, 'Jean Dupont')?.role).toBeNull();
    expect(actor(fr, 'Paul Martin')?.role).toBeNull();
    const it_ = run('it', ['Ex sindaco della città, Mario Rossi ha parlato ieri in consiglio.']);
    expect(actor(it_, 'Mario Rossi')?.role).toBe('Ex sindaco della città');
    const es = run('es', ['Presidente de la asociación, Ana López recibió ayer a los vecinos.']);
    expect(actor(es, 'Ana López')?.role).toBe('Presidente de la asociación');
  });

  it('reads a role in parentheses after the name, before a colon and a quote', () => {
    const a = run('fr', [
      'Pierre Mignoni (directeur du rugby de Toulon): « Bizarrement, ça a été mieux après le carton rouge. »',
      'Julien Puricelli (entraîneur de la touche de Lyon): « Les joueurs se sont relâchés. »',
    ]);
    expect(actor(a, 'Pierre Mignoni')?.role).toBe('directeur du rugby de Toulon');
    expect(actor(a, 'Julien Puricelli')?.role).toBe('entraîneur de la touche de Lyon');
  });
});

describe('English roles before a name', () => {
  it('keeps a capitalised company name ending in -ing with the title after it', () => {
    const a = run('en', [
      'After meeting senators on Wednesday morning, Boeing CEO Dave Calhoun told reporters the planes were safe.',
    ]);
    expect(actor(a, 'Dave Calhoun')?.role).toBe('Boeing CEO');
  });

  it('reads the role phrase before a title that stands before the name', () => {
    const a = run('en', [
      'GOP presidential candidate Sen. Rand Paul of Kentucky forced a rare overnight Senate session.',
    ]);
    expect(actor(a, 'Rand Paul')?.role).toBe('GOP presidential candidate');
  });
});

describe('No person from a word after a title that ends a sentence', () => {
  it('reads "Rey." and "general." at a sentence end as ends, inside quotes too (es)', () => {
    const a = run('es', [
      '"Estuve allí porque me enviaron a acompañar al Rey. Esa es una de las funciones de los ministros", ha dicho el ministro Miguel Arias Cañete.',
      'El entrenador habló tras el partido: "Jugadores, cuerpo técnico, la institución en general. Eso hace que todos tomemos el mismo camino".',
    ]);
    expect(a.actors.map((x) => x.name).filter((n) => /^(?:Esa|Eso)$/u.test(n))).toEqual([]);
    expect(actor(a, 'Miguel Arias Cañete')).toBeDefined();
  });

  it('keeps an abbreviated title before a name (en)', () => {
    const a = run('en', ['The bill passed after Sen. Rand Paul of Kentucky ended his filibuster on Friday.']);
    expect(actor(a, 'Rand Paul')?.role).toBe('Sen.');
  });
});

describe('a name after a preposition that takes people as often as places', () => {
  it('keeps a weakly known given name after English "of" and Spanish personal "a"', () => {
    const en = run('en', [
      'The trial over the murder of Madison Harlow opened on Monday in the county court.',
    ]);
    expect(actor(en, 'Madison Harlow')).toBeDefined();
    const es = run('es', ['En la final de ayer el tenista venció a Stan Kowalczyk por tres sets a uno.']);
    expect(actor(es, 'Stan Kowalczyk')).toBeDefined();
    // A place after a preposition of place stays no person.
    const place = run('en', ['The company opened a new office in Santa Clara last week.']);
    expect(place.actors).toEqual([]);
  });
});

describe('an Italian surname written with a capital D’', () => {
  it('reads "D’Amelio" inside a sentence as one surname, not an elided article', () => {
    const a = run('it', [
      'Ieri la piazza è stata inaugurata dall’ex sindaco, Marco D’Amelio, davanti a molti cittadini.',
    ]);
    expect(actor(a, 'Marco D’Amelio')).toBeDefined();
  });
});

describe('a name after the word that opens its sentence', () => {
  it('counts "Auch Carina Vogelsang" as a name inside the sentence, "Am Weißensee" as a place', () => {
    const a = run('de', [
      'Die Pläne für den Park stellte der Bürgermeister am Montag im Rathaus vor.',
      'Auch Carina Vogelsang und ihr Team vom Planungsbüro waren dabei.',
      'Am Weißensee gab es danach einen Empfang, und am Weißensee soll der Park entstehen.',
    ]);
    expect(actor(a, 'Carina Vogelsang')).toBeDefined();
    expect(a.actors.map((x) => x.name).filter((n) => n.includes('Weißensee'))).toEqual([]);
  });
});

describe('an English title, a name, then "of" and the title’s place or body', () => {
  it('ends the name at "of" even when no list knows the given name', () => {
    const a = run('en', [
      'The budget was signed on Monday by Governor Kunle Adeyemi of Ogun State in his office.',
    ]);
    expect(actor(a, 'Kunle Adeyemi')).toBeDefined();
  });
});

describe('a two-word name after the verb that follows a quote', () => {
  it('is the speaker, a person, even with a given name no list knows; not after "told"', () => {
    const a = run('en', [
      '“We waited outside for almost an hour,” said Tavish Qureshi, one of the participants.',
      '“It is a one-off protest,” he told Zorvan Media.',
    ]);
    expect(actor(a, 'Tavish Qureshi')).toBeDefined();
    expect(actor(a, 'Zorvan Media')).toBeUndefined();
  });
});

describe('a party acronym that completes a role before it', () => {
  it('keeps the whole role "président de la N-VA", not the acronym alone', () => {
    const a = run('fr', [
      'Elle a critiqué les propos du président de la N-VB Paul Vermeiren, tenus dimanche.',
    ]);
    expect(actor(a, 'Paul Vermeiren')?.role).toBe('président de la N-VB');
  });
});

describe('loanword roles: coach, manager', () => {
  it('reads "coach" in Italian and a German compound in -manager as roles', () => {
    const it = run('it', ['Il tennista ha abbracciato il coach Dario Lanfranchi dopo la finale.']);
    expect(actor(it, 'Dario Lanfranchi')?.role).toBe('coach');
    const de = run('de', ['Der Verein ist zufrieden. Teammanager Markus Oberholz lobte die Mannschaft.']);
    expect(actor(de, 'Markus Oberholz')?.role).toBe('Teammanager');
  });
});

describe('a place of worship named for a person', () => {
  it('reads "… Church" as an organisation, not a person with a given name', () => {
    const a = run('en', [
      'Mourners gathered on Sunday at Samuel Whitfield Memorial Baptist Church, the families said.',
    ]);
    expect(a.actors.map((x) => x.name).filter((n) => n.includes('Whitfield'))).toEqual([]);
  });
});

describe('a model name after its number', () => {
  it('reads "737 MAX" and "A320 Neo" as no person', () => {
    const a = run('en', ['The regulator said the 737 MAX and the A320 Neo jets would be inspected again.']);
    expect(a.actors).toEqual([]);
  });
});

describe('a capitalised "He" inside an English sentence', () => {
  it('opens a surname (Chinese He), not the pronoun', () => {
    const a = run('en', ['“The river is rising fast,” said He Wenliang, a hydrologist at the institute.']);
    expect(actor(a, 'He Wenliang')?.role).toBe('hydrologist at the institute');
  });
});

describe('an English affiliation after "from"', () => {
  it('reads the capitalised body after the name as its role, not a place', () => {
    const a = run('en', [
      '“We waited outside for an hour,” said Tavish Qureshi from TripWise, sweating.',
      '“It was cold,” said Jane Doherty from Leeds.',
    ]);
    expect(actor(a, 'Tavish Qureshi')?.role).toBe('TripWise');
    expect(actor(a, 'Jane Doherty')?.role).toBeNull();
  });
});

describe('a given name no list knows, then the surname alone', () => {
  it('reads the full name as a person when its last word is used alone, bare, in a sentence', () => {
    const en = run('en', [
      'The venture was set up in 2011 with Quorin Haldane, a former engineer.',
      'The board said it had trusted Haldane for years.',
    ]);
    expect(actor(en, 'Quorin Haldane')).toBeDefined();
    const fr = run('fr', [
      'Le procès du meurtre de Yselde Marchetaud s’est ouvert lundi.',
      'La famille de Marchetaud était présente dans la salle.',
    ]);
    expect(actor(fr, 'Yselde Marchetaud')).toBeDefined();
  });

  it('does not when the last word is a place or only follows an article', () => {
    const a = run('en', [
      'The fans travelled with Borussia Dortmund on Sunday.',
      'They stayed two nights near Dortmund and saw the Wanderers play Riverside Wanderers.',
    ]);
    expect(a.actors.map((x) => x.name)).toEqual([]);
  });
});

describe('a role, its complement and the name in one capitalised run', () => {
  it('ends the complement where a given name and a surname close the run (it, fr)', () => {
    const it_ = run('it', [
      'Lo ha confermato ieri la senatrice di Forza Italia Deborah Pellissari ai giornalisti.',
    ]);
    expect(it_.actors.map((x) => [x.name, x.role])).toEqual([
      ['Deborah Pellissari', 'senatrice di Forza Italia'],
    ]);
    const fr = run('fr', [
      'La suspecte a été placée en garde à vue, a annoncé le procureur de la République de Lyon Rémy Vaubrun.',
    ]);
    expect(fr.actors.map((x) => [x.name, x.role])).toEqual([
      ['Rémy Vaubrun', 'procureur de la République de Lyon'],
    ]);
  });
});
