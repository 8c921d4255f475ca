/**
 * Constructions met in held-out articles (wire copy, court reports, match reports, features), one
 * per test, in the five languages: copied bylines and agency credits, inward German guillemets, the
 * one spoken to, passive agents, unnamed speakers, fused prepositions before an apposition.
 */
import { describe, expect, it } from 'vitest';
import { actor, run, said } from './test-helpers.js';

const names = (a: ReturnType<typeof run>): string[] => a.actors.map((x) => x.name);

describe('sources kept anonymous', () => {
  it('gives no speaker to a source who asked not to be named, in any of the five languages', () => {
    for (const [lang, text] of [
      [
        'en',
        [
          'The chair, Ann Moss, spoke first.',
          'One volunteer, who asked not to be named, said: "We were never told."',
        ],
      ],
      [
        'de',
        [
          'Stadträtin Ann Moss sprach zuerst.',
          'Eine Lehrerin, die anonym bleiben möchte, sieht das anders. „Das klingt gut.“',
        ],
      ],
      [
        'fr',
        [
          'La maire, Ann Moss, a parlé.',
          'Une bénévole, qui a souhaité rester anonyme, confie : « On ne nous a rien dit. »',
        ],
      ],
      [
        'es',
        [
          'La alcaldesa, Ann Moss, habló.',
          'Una vecina, que pidió el anonimato, lo resume así: «Nadie nos avisó».',
        ],
      ],
      [
        'it',
        [
          'La sindaca Ann Moss ha parlato.',
          'Una volontaria, che ha chiesto l’anonimato, racconta: «Nessuno ci ha avvisato».',
        ],
      ],
    ] as const) {
      expect(
        said(run(lang, [...text])).map(([, sp]) => sp),
        lang,
      ).toEqual([null]);
    }
  });
  it('reads the other ways newsrooms write it (did not wish to be identified, garder l’anonymat, …)', () => {
    for (const [lang, text] of [
      [
        'en',
        [
          'Police chief Ann Moss defended the plan on Sunday.',
          'Another village headman, who did not wish to be identified, said “Every other day we will be picked up.”',
        ],
      ],
      [
        'de',
        [
          'Stadträtin Ann Moss verteidigte den Plan.',
          'Ein Anwohner, der nicht genannt werden will, sieht das anders: „Hier fährt jeder zu schnell.“',
        ],
      ],
      [
        'fr',
        [
          'La maire, Ann Moss, a défendu le projet.',
          'Un voisin, qui a préféré garder l’anonymat, confie : « On a peur. »',
        ],
      ],
      [
        'es',
        [
          'La alcaldesa, Ann Moss, defendió el plan.',
          'Un vecino, que prefirió no identificarse, lo resume así: «Tenemos miedo».',
        ],
      ],
      [
        'it',
        [
          'La sindaca Ann Moss ha difeso il piano.',
          'Un residente, che vuole rimanere anonimo, racconta: «Abbiamo paura».',
        ],
      ],
    ] as const) {
      expect(
        said(run(lang, [...text])).map(([, sp]) => sp),
        lang,
      ).toEqual([null]);
    }
  });
  it('gives no speaker to an unnamed official after the verb (said a city spokesman, sagte ein Polizeisprecher)', () => {
    expect(
      said(run('en', ['Mayor Ann Cole opened the bridge. "It was overdue," said a city spokesman.'])),
    ).toEqual([['It was overdue,', null]]);
    expect(
      said(
        run('de', [
          'Bürgermeister Lars Brandt kam spät. „Die Lage ist unter Kontrolle“, sagte ein Polizeisprecher.',
        ]),
      ),
    ).toEqual([['Die Lage ist unter Kontrolle', null]]);
  });

  it('reads d’après with the elision split by the tokenizer', () => {
    expect(said(run('fr', ['D’après Mme Morel, la situation est « intenable ».']))).toEqual([
      ['intenable', 'Morel'],
    ]);
  });
});

describe('bylines and credits of copied text', () => {
  it('takes no person from a byline, an editing line or an agency photo credit', () => {
    const a = run('en', [
      'By Hannah Cole and Raj Mehta',
      'The port reopened on Monday after a two-day strike, said harbour master Owen Price.',
      'Dock workers wait at the gates on Monday. Photo: Tomas Lind/Reuters',
      '(Reporting by Hannah Cole; Editing by Mark Dunn)',
    ]);
    expect(names(a)).toEqual(['Owen Price']);
  });

  it('reads French, German, Spanish and Italian bylines and credits the same way', () => {
    for (const [lang, text] of [
      [
        'fr',
        ['Par Julie Marchand', 'Le maire, Paul Girard, a confirmé la fermeture. Photo : Luc Perrin / AFP'],
      ],
      [
        'de',
        ['Von Anna Keller', 'Bürgermeister Paul Girard bestätigte die Schließung. Foto: Jonas Brand/dpa'],
      ],
      ['es', ['Por Lucía Vidal', 'El alcalde, Paul Girard, confirmó el cierre. EFE/Sergio Mora']],
      [
        'it',
        ['di Chiara Fabbri', 'Il sindaco Paul Girard ha confermato la chiusura.', 'Foto: Marco Gatti/Ansa'],
      ],
    ] as const) {
      expect(names(run(lang, [...text])), lang).toEqual(['Paul Girard']);
    }
  });
});

describe('German', () => {
  it('reads »…« pointing inward even after a title in guillemets, with ›…‹ nested', () => {
    const a = run('de', [
      'Ein »Tatort« wurde hier gedreht. »Wir waren Hüttenleute«, sagt Betriebsrat Uwe Brandt. »Die ›Wende‹ kam zu spät.«',
    ]);
    expect(said(a)).toEqual([
      ['Wir waren Hüttenleute', 'Uwe Brandt'],
      ['Die ›Wende‹ kam zu spät.', 'Uwe Brandt'],
    ]);
  });

  it('splits the affiliation off a name (von der Universität) and reads teilte … mit of an authority', () => {
    const a = run('de', [
      'Der Klimaforscher Felix Brandt von der Universität Kiel hält das für vorsichtig. „Es wird wärmer“, sagt er.',
      '„Die Straße bleibt gesperrt“, teilte das Polizeipräsidium Oberbayern mit.',
    ]);
    expect(actor(a, 'Felix Brandt')?.role).toBe('Klimaforscher');
    expect(said(a)).toEqual([
      ['Es wird wärmer', 'Felix Brandt'],
      ['Die Straße bleibt gesperrt', 'Polizeipräsidium Oberbayern'],
    ]);
  });
  it('reads a role stated with a copula (X ist Schmelzer), below an apposition', () => {
    const a = run('de', [
      'Um 5.40 Uhr steht Horst Lenz vor Tor 3. Lenz ist Schmelzer, 58 Jahre alt.',
      'Die Sprecherin der Stadt, Eva Kern, ist Juristin.',
    ]);
    expect(actor(a, 'Horst Lenz')?.role).toBe('Schmelzer');
    expect(actor(a, 'Eva Kern')?.role).toBe('Sprecherin der Stadt');
  });
});

describe('Spanish', () => {
  it('does not take the one spoken to (dijo a EFE) or a later clause (aunque pidió) for the speaker', () => {
    const a = run('es', [
      'La portavoz de la plataforma, Ana Ruiz, criticó el plan. «Cualquier ayuda se la comerá el alquiler», dijo a EFE.',
      'Por su parte, la patronal APCE valoró en un comunicado la «apuesta por la colaboración público-privada», aunque pidió agilizar las licencias.',
    ]);
    expect(said(a)).toEqual([
      ['Cualquier ayuda se la comerá el alquiler', 'Ana Ruiz'],
      ['apuesta por la colaboración público-privada', 'APCE'],
    ]);
  });

  it('takes no person from a stadium name', () => {
    const a = run('es', ['El entrenador, Luis Pardo, llegó al estadio Alfredo Di Stéfano con el equipo.']);
    expect(names(a)).toEqual(['Luis Pardo']);
    expect(actor(a, 'Luis Pardo')?.role).toBe('entrenador');
  });
});

describe('French', () => {
  it('reads the pronoun subject after a passive agent, and an unnamed « un chef »', () => {
    const a = run('fr', [
      'Bernard Roux a écouté sans réagir. Interrogé par la présidente du tribunal, Claire Dupin, il avait assuré avoir « toujours payé les travaux ».',
      'Quand j’ai commencé, un chef m’a dit : « Si tu veux des week-ends, fais un autre métier. »',
    ]);
    expect(said(a)).toEqual([
      ['toujours payé les travaux', 'Bernard Roux'],
      ['Si tu veux des week-ends, fais un autre métier.', null],
    ]);
    expect(actor(a, 'Claire Dupin')?.role).toBe('présidente du tribunal');
  });

  it('tells « la ministre » from a man named before, and splits a party acronym off a name', () => {
    const a = run('fr', [
      'Pour l’économiste Thomas Roche, cette réforme est « injuste ».',
      '« Je ne démissionnerai pas », a martelé la ministre.',
      '« C’est une honte », s’est indigné le député LFI Éric Morand.',
    ]);
    expect(said(a)).toEqual([
      ['injuste', 'Thomas Roche'],
      ['Je ne démissionnerai pas', null],
      ['C’est une honte', 'Éric Morand'],
    ]);
    expect(actor(a, 'Éric Morand')?.role).toBe('député LFI');
  });

  it('keeps the role across an honorific (l’avocate de la défense, Me X)', () => {
    const a = run('fr', ['L’avocate de la défense, Me Sandrine Roy, a plaidé la relaxe.']);
    expect(actor(a, 'Sandrine Roy')?.role).toBe('avocate de la défense');
  });
});

describe('English', () => {
  it('ends the sentence at a stop inside the marks, reads a possessive apposition, drops a nickname', () => {
    const a = run('en', [
      'The pilots’ union BALPA warned of an "uncertain winter." The union’s general secretary, Neil Hart, said: "Pilots should not pay."',
      'Harlow’s interim boss, Lena Hale, praised the man the fans call "the Lighthouse" for his header.',
    ]);
    expect(said(a)).toEqual([
      ['uncertain winter.', 'BALPA'],
      ['Pilots should not pay.', 'Neil Hart'],
    ]);
    expect(actor(a, 'Lena Hale')?.role).toBe('interim boss');
  });

  it('keeps the state or company with a title, and a US politician’s party and state', () => {
    const a = run('en', [
      'Sen. Tom Hadley, R-Ohio, opposed the bill on Tuesday.',
      'Oregon Sen. Julia Marsh said the vote would come on Friday.',
    ]);
    expect(actor(a, 'Tom Hadley')?.role).toBe('Sen., R-Ohio');
    expect(actor(a, 'Julia Marsh')?.role).toBe('Oregon Sen.');
  });
});

describe('Italian', () => {
  it('reads a detta del + role of an organisation, l’ha definita, and unnamed investigators', () => {
    const a = run('it', [
      'A detta del segretario regionale della Cisl, Paola Neri, "il problema è un sistema di controlli che non funziona".',
      "Il capogruppo del Pd, Sara Conti, l'ha definita «un provvedimento di facciata».",
      'Secondo gli inquirenti, le gare venivano "cucite su misura" per le aziende amiche.',
    ]);
    expect(said(a)).toEqual([
      ['il problema è un sistema di controlli che non funziona', 'Paola Neri'],
      ['un provvedimento di facciata', 'Sara Conti'],
      ['cucite su misura', null],
    ]);
  });

  it('reads a role with an adjective or after a fused preposition', () => {
    const a = run('it', [
      'Il procuratore aggiunto Mario Greco ha parlato in conferenza stampa.',
      'Nel pomeriggio il ministro ha telefonato al procuratore capo, Lucio Bassi.',
    ]);
    expect(actor(a, 'Mario Greco')?.role).toBe('procuratore aggiunto');
    expect(actor(a, 'Lucio Bassi')?.role).toBe('procuratore capo');
  });
});

describe('a person named in parentheses', () => {
  it('is an aside, not whom the next unattributed words belong to', () => {
    const a = run('it', [
      "Il giorno dopo il voto in Consiglio (manca solo la firma dell'assessore regionale, Bernadette Grasso), il sindaco ha detto la sua.",
      '"Sono dispiaciuto per quanto accaduto - ha esordito - ma questo è frutto dell\'ostruzionismo."',
    ]);
    expect(said(a).filter(([, s]) => s === 'Bernadette Grasso')).toEqual([]);
  });
});

describe('an incise with a plural subject', () => {
  it('splits the quote at "– hanno raccontato marito e moglie –" and names no one', () => {
    const a = run('it', [
      "L'avvocato Monica Neri ha annunciato ricorso. I vicini hanno raccontato un'altra versione.",
      '«Fumava in cabina, come sempre – hanno raccontato marito e moglie –: ne avevamo già parlato».',
    ]);
    expect(said(a)).toEqual([
      ['Fumava in cabina, come sempre', null],
      ['ne avevamo già parlato', null],
    ]);
  });

  it('splits « …, ont-ils expliqué, … » in two', () => {
    const a = run('fr', [
      'Les parents de Léa Martin ont reçu les journalistes mardi.',
      '« Nous voulons la vérité, ont-ils expliqué, et nous irons jusqu’au bout. »',
    ]);
    expect(said(a).map(([q]) => q)).toEqual(['Nous voulons la vérité', 'et nous irons jusqu’au bout.']);
  });
});

describe('a noun of saying before a colon', () => {
  it('names its genitive as the speaker ("Dura la replica di Anna Verdi: «…»")', () => {
    const a = run('it', [
      'Il consiglio comunale si è riunito ieri sera per discutere del bilancio.',
      'Dura la replica di Anna Verdi: «Il sindaco mente».',
    ]);
    expect(said(a)).toEqual([['Il sindaco mente', 'Anna Verdi']]);
  });
});

describe('a coach’s role and club in parentheses', () => {
  it('keeps the club a complement, and the quote opened by a colon runs to the paragraph’s end', () => {
    const a = run('it', [
      'La Sammargheritese ha vinto il derby di domenica.',
      'Marco Camisa (allenatore Sammargheritese):”Finalmente una domenica serena, ci voleva. Abbiamo giocato bene.',
    ]);
    expect(said(a)).toEqual([
      ['Finalmente una domenica serena, ci voleva. Abbiamo giocato bene.', 'Marco Camisa'],
    ]);
    expect(a.actors.map((x) => x.name)).toEqual(['Marco Camisa']);
  });
});

describe('a surname inside a quote after an office and its complement', () => {
  it('is a person ("il ministro della protezione civile Musumeci"), not after a possessive ("il nostro Paese")', () => {
    const a = run('it', [
      'Il presidente della Regione Stefano Bonaccini ha parlato ai giornalisti.',
      '«Ho sentito il ministro della protezione civile Musumeci, un fatto storico per il nostro Paese», ha detto Bonaccini.',
    ]);
    const names = a.actors.map((x) => x.name);
    expect(names).toContain('Musumeci');
    expect(names).not.toContain('Paese');
  });
});

describe('an incise made of a noun of saying', () => {
  it('splits "«… - è il commento del sindaco, Mattia Fiorini - …»" and names him', () => {
    const a = run('it', [
      'Raid vandalico nella notte: sfondati i finestrini di una decina di auto.',
      '«Esprimiamo solidarietà a chi ha subito danni - è il commento del sindaco, Mattia Fiorini - Le telecamere erano in funzione».',
    ]);
    expect(said(a)).toEqual([
      ['Esprimiamo solidarietà a chi ha subito danni', 'Mattia Fiorini'],
      ['Le telecamere erano in funzione', 'Mattia Fiorini'],
    ]);
  });

  it('splits "– lancia l’appello Bolandrini –": a verb with a noun of saying as its object', () => {
    const a = run('it', [
      'Il sindaco Claudio Bolandrini ha fatto un sopralluogo dopo lo sfregio al murales.',
      '«Le indagini sono in corso - lancia l’appello Bolandrini - chiedo la collaborazione di tutti i cittadini».',
    ]);
    expect(said(a).map(([, sp]) => sp)).toEqual(['Claudio Bolandrini', 'Claudio Bolandrini']);
  });
});

describe('a source after the quote’s own verb of saying', () => {
  it('passes the words on: the speaker is the verb’s subject, not the relay', () => {
    const it_ = run('it', [
      'Il giovane è stato ascoltato ieri dal giudice.',
      '«Non ho fatto nulla», ha detto il giovane, secondo quanto riferito dal suo avvocato, Paolo Bruni.',
    ]);
    expect(said(it_).map(([, sp]) => sp)).toEqual([null]);
    const en = run('en', [
      'Tom Reed, 19, appeared in court on Monday.',
      '“I did nothing wrong,” Reed said, according to his lawyer, Paul Brown.',
    ]);
    expect(said(en).map(([, sp]) => sp)).toEqual(['Tom Reed']);
  });
});
