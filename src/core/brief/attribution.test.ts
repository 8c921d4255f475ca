/**
 * Who said what, one construction per test and every language where newsrooms use it (issue 9's
 * list, invented sentences in the style of real copy): quotes over several paragraphs, the speaker
 * in the next sentence, speakers by description, organisations, recipients and outlets that never
 * speak, interrupted quotes, one-word quotes and headings.
 */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

const speakers = (lang: string, paragraphs: string[]): (string | null)[] =>
  said(run(lang, paragraphs)).map(([, s]) => s);

describe('quotes over several paragraphs', () => {
  it('continues an open quote into the next paragraph, with its speaker (EN, FR, IT, ES)', () => {
    const cases: [string, string[], string][] = [
      [
        'en',
        [
          'Council leader Mary Hollis said the budget would hold. “We have made hard choices this year.',
          '“Nobody will lose a library or a pool, and the roads get their money.”',
        ],
        'Mary Hollis',
      ],
      [
        'fr',
        [
          'La maire, Claire Vidal, a défendu son budget : « Nous avons fait des choix difficiles.',
          '« Aucune piscine ne fermera et les routes auront leur argent. »',
        ],
        'Claire Vidal',
      ],
      [
        'it',
        [
          'Il sindaco Paolo Greco ha difeso il bilancio: «Abbiamo fatto scelte difficili.',
          '«Nessuna piscina chiuderà e le strade avranno i loro fondi».',
        ],
        'Paolo Greco',
      ],
      [
        'es',
        [
          'La alcaldesa, Lucía Ortega, defendió el presupuesto: «Hemos tomado decisiones difíciles.',
          '«Ninguna piscina cerrará y las calles tendrán su dinero».',
        ],
        'Lucía Ortega',
      ],
    ];
    for (const [lang, paragraphs, who] of cases) expect(speakers(lang, paragraphs), lang).toEqual([who, who]);
  });

  it('gives a paragraph that is only a quote the previous quote’s speaker (DE)', () => {
    expect(
      speakers('de', [
        'Landrat Tobias Wendt verteidigte den Haushalt. „Wir haben schwere Entscheidungen getroffen“, sagte Wendt.',
        '„Kein Schwimmbad wird geschlossen, und die Straßen bekommen ihr Geld.“',
      ]),
    ).toEqual(['Tobias Wendt', 'Tobias Wendt']);
  });

  it('gives a quote named only where it closes, a paragraph later, that speaker from its first part on (IT, EN)', () => {
    expect(
      speakers('it', [
        '“In premessa, la sede per le risposte alle interrogazioni è l’aula consiliare.',
        'Un confronto privato con gli assessori non serve a nulla”. Così il consigliere Raffaele Lupi replica all’assessore.',
      ]),
    ).toEqual(['Raffaele Lupi', 'Raffaele Lupi']);
    expect(
      speakers('en', [
        'The hall was full on Tuesday. “We asked for a hearing and got a press release.',
        '“Nobody has answered a single letter,” said resident Joan Parry.',
      ]),
    ).toEqual(['Joan Parry', 'Joan Parry']);
  });
});

describe('an incise with a two-word phrase of saying', () => {
  it('splits the quote and names its speaker ("– fa sapere il sindaco –")', () => {
    expect(
      speakers('it', [
        'La giunta è guidata dal sindaco Cataldo Minò.',
        '«Le restanti deleghe – saranno distribuite tra i consiglieri eletti. Saranno ufficializzate – fa sapere il sindaco – nella prima seduta».',
      ]),
    ).toEqual(['Cataldo Minò', 'Cataldo Minò']);
  });
});

describe('the speaker in the next sentence or paragraph', () => {
  it('reads Così X, Lo ha spiegato X, So X weiter, témoigne X', () => {
    expect(
      speakers('it', [
        'Il cantiere riaprirà a marzo. «Abbiamo trovato i fondi per finire il lavoro». Così il sindaco, Mario Rossi.',
      ]),
    ).toEqual(['Mario Rossi']);
    expect(
      speakers('it', [
        '«La scuola sarà pronta per settembre». Lo ha spiegato all’Adnkronos l’assessore Carlo Verdi.',
      ]),
    ).toEqual(['Carlo Verdi']);
    expect(
      speakers('de', [
        'Der Hafen bleibt offen. „Wir warten auf die Zahlen der Behörde.“ So Reederin Anke Müller.',
      ]),
    ).toEqual(['Anke Müller']);
    expect(
      speakers('fr', [
        'Les riverains s’inquiètent. « On ne dort plus depuis des semaines. » témoigne Jeanne Roux auprès de l’AFP.',
      ]),
    ).toEqual(['Jeanne Roux']);
  });

  it('names the speaker of an opening quote in the next paragraph', () => {
    expect(
      speakers('en', [
        '“We were told nothing, and then the water came.”',
        'That was how farmer Owen Blake described the night the river broke its banks.',
      ]),
    ).toEqual(['Owen Blake']);
  });
});

describe('speakers by relation or description', () => {
  it('resolves a description the text has tied to a name, and leaves an unknown one unattributed', () => {
    expect(
      speakers('en', [
        'The defendant, Mark Ellis, did not testify. His lawyer, Dana Price, spoke for him.',
        '“My client has always said he was not there,” the lawyer said.',
      ]),
    ).toEqual(['Dana Price']);
    expect(
      speakers('it', [
        'L’imprenditore Luca Ferri è stato arrestato ieri.',
        '«Chiariremo tutto davanti al giudice», ha detto il legale dell’imprenditore.',
      ]),
    ).toEqual([null]);
    expect(
      speakers('it', [
        'Marco Bassi, 23 anni, è stato soccorso dai vigili del fuoco.',
        '«Ho avuto tanta paura», ha raccontato il 23enne di Bolzano.',
      ]),
    ).toEqual(['Marco Bassi']);
    expect(
      speakers('de', [
        'Ministerpräsident Jens Kramer besuchte das Werk.',
        '„Wir lassen niemanden allein“, sagte der Ministerpräsident.',
      ]),
    ).toEqual(['Jens Kramer']);
  });

  it('a pronoun in a comparison is not the subject a description goes back to', () => {
    expect(
      speakers('it', [
        'Paolo Neri ha votato contro. Come lui, anche Giulia Serra. L’ex presidente ha spiegato: «Non è il momento».',
      ]),
    ).toEqual(['Giulia Serra']);
    expect(
      speakers('fr', [
        'Paul Garnier s’y oppose. Comme lui, il y a Claire Morel. L’ex-ministre a déclaré : « Ce texte est injuste ».',
      ]),
    ).toEqual(['Claire Morel']);
    // The article does not tell, the ending does: « l’ancienne députée » is not Paul Garnier.
    expect(
      speakers('fr', [
        'Claire Morel s’y oppose, avec Paul Garnier. L’ancienne députée a déclaré : « Ce texte est injuste ».',
      ]),
    ).toEqual(['Claire Morel']);
  });

  it('never falls back on the nearest name when the description is someone else', () => {
    expect(
      speakers('fr', [
        'Le prévenu, Karim Haddad, a nié les faits.',
        '« C’est un mensonge calculé », a lancé l’avocate générale.',
      ]),
    ).toEqual([null]);
  });
});

describe('organisations speak, recipients and outlets do not', () => {
  it('gives the quote to the organisation, written without its article', () => {
    expect(
      speakers('en', [
        'Flights resumed on Monday. “All systems are back to normal,” the agency said in a statement.',
      ]),
    ).toEqual(['agency']);
    expect(speakers('fr', ['Selon le ministère de la Santé, la situation est « sous contrôle ».'])).toEqual([
      'ministère de la Santé',
    ]);
    expect(
      speakers('de', ['„Die Straße bleibt bis Freitag gesperrt“, teilte die Polizei am Morgen mit.']),
    ).toEqual(['Polizei']);
  });

  it('names an organisation that speaks under its acronym as the text spells it out', () => {
    expect(
      speakers('en', [
        'The Nordic Rail Authority closed the line on Monday.',
        '“The line is safe again,” NRA said on Tuesday.',
      ]),
    ).toEqual(['Nordic Rail Authority']);
    expect(
      speakers('it', [
        'La Lega Italiana per la Protezione degli Uccelli ha presentato un esposto.',
        '«Il parco va protetto», ha dichiarato la LIPU.',
      ]),
    ).toEqual(['Lega Italiana per la Protezione degli Uccelli']);
  });

  it('never takes the one spoken to for the speaker', () => {
    expect(speakers('de', ['„Wir brauchen mehr Zeit“, sagte Anna Schulz der Rheinischen Post.'])).toEqual([
      'Anna Schulz',
    ]);
    expect(speakers('en', ['“We will appeal,” Tom Hale told Reuters on Friday.'])).toEqual(['Tom Hale']);
    expect(speakers('fr', ['« Nous ferons appel », a déclaré à l’AFP Paul Morin.'])).toEqual(['Paul Morin']);
    expect(speakers('it', ['«Faremo ricorso», ha detto al Tg1 Paolo Conti.'])).toEqual(['Paolo Conti']);
    expect(speakers('es', ['«Vamos a recurrir», dijo a EFE Ana Ruiz.'])).toEqual(['Ana Ruiz']);
  });
});

describe('interrupted quotes and two quotes under one attribution', () => {
  it('gives every part the same speaker', () => {
    expect(
      speakers('it', ['«Abbiamo chiesto chiarezza – precisa Giulia Bianchi – e aspettiamo una risposta».']),
    ).toEqual(['Giulia Bianchi', 'Giulia Bianchi']);
    expect(
      speakers('en', ['“We asked for clarity,” Sarah Cole said. “We are still waiting for an answer.”']),
    ).toEqual(['Sarah Cole', 'Sarah Cole']);
    expect(
      speakers('de', ['„Wir haben Klarheit verlangt“, sagte Jonas Berg, „und warten auf eine Antwort.“']),
    ).toEqual(['Jonas Berg', 'Jonas Berg']);
    expect(
      speakers('es', ['«Pedimos claridad --añadió Marta Gil-- y seguimos esperando una respuesta».']),
    ).toEqual(['Marta Gil', 'Marta Gil']);
  });
});

describe('one-word quotes and headings', () => {
  it('gives a quoted word its sentence’s speaker, and a heading that repeats a quote no second entry', () => {
    const a = run('fr', [
      { kind: 'heading', text: '« Des discussions constructives »' },
      'Le négociateur Yves Marchand a qualifié les discussions de « constructives ».',
    ]);
    expect(said(a).filter(([, s]) => s !== null)).toEqual([['constructives', 'Yves Marchand']]);
    const b = run('en', [
      { kind: 'heading', text: '“We will not back down”' },
      'The union leader, Rosa Diaz, was defiant. “We will not back down,” she said.',
    ]);
    expect(said(b)).toEqual([['We will not back down,', 'Rosa Diaz']]);
  });
});

describe('an English article after a comma', () => {
  it('opens no incise: “…, a simple call to the council will help. …” stays one quote', () => {
    const a = run('en', [
      'Councillor Shauna Burke said: “If you have a problem with your bins, a simple call to the council for advice will help. Dumping is not the solution.”',
    ]);
    expect(said(a)).toEqual([
      [
        'If you have a problem with your bins, a simple call to the council for advice will help. Dumping is not the solution.',
        'Shauna Burke',
      ],
    ]);
  });
});

describe('more verbs of saying newsrooms use, after the quote', () => {
  it('attributes with each of them (FR, IT, DE, ES, EN)', () => {
    const cases: [string, string, string][] = [
      [
        'fr',
        'Le cambriolage a eu lieu mardi. « Le préjudice est en cours d’évaluation », nous rapporte Aida Halifa.',
        'Aida Halifa',
      ],
      ['fr', 'La séance a repris. « Nous irons jusqu’au bout », complète Marc Dubois.', 'Marc Dubois'],
      ['it', 'La seduta è ripresa. «Noi andremo avanti», scandisce Marco Bellini.', 'Marco Bellini'],
      [
        'de',
        'Die Saison ist vorbei. „Wir haben es geschafft“, freute sich Trainer Jonas Keller.',
        'Jonas Keller',
      ],
      ['es', 'La sesión terminó tarde. “Vamos a seguir trabajando”, acotó Rubén Castro.', 'Rubén Castro'],
      [
        'en',
        'The meeting ran late. “That is simply not true,” retorted councillor Mary Hollis.',
        'Mary Hollis',
      ],
    ];
    for (const [lang, text, who] of cases) expect(speakers(lang, [text]), `${lang}: ${text}`).toEqual([who]);
  });
});

describe('a sentence after the quote that points back at it with a noun of saying', () => {
  it('names its speaker ("That was the promise of X", "Questa la reazione di Y", "Das war die Antwort von Z")', () => {
    expect(
      speakers('en', [
        '“We will rebuild, whatever it takes.”',
        'That was the promise of Mayor Ben Carter on Monday, a day after the flood.',
      ]),
    ).toEqual(['Ben Carter']);
    expect(
      speakers('it', [
        '«Ricostruiremo tutto, costi quel che costi». Questa la reazione del sindaco Paolo Greco.',
      ]),
    ).toEqual(['Paolo Greco']);
    expect(
      speakers('de', ['„Wir bauen alles wieder auf.“ Das war die Antwort von Bürgermeister Jan Kruse.']),
    ).toEqual(['Jan Kruse']);
  });
});

describe('a pronoun after a source phrase naming an organisation', () => {
  it('stands for the organisation, not for a person of an earlier sentence', () => {
    const a = run('fr', [
      'Aminata Diallo vit depuis vingt ans dans le quartier. « Nous n’avons nulle part où aller », dit Aminata Diallo.',
      'Selon la préfecture, les travaux visent un immeuble qu’elle juge « dangereux pour ses occupants ».',
    ]);
    expect(said(a)).toEqual([
      ['Nous n’avons nulle part où aller', 'Aminata Diallo'],
      ['dangereux pour ses occupants', 'préfecture'],
    ]);
    const b = run('de', [
      'Jonas Weber wohnt seit zwanzig Jahren im Viertel. „Wir wissen nicht, wohin“, sagt Jonas Weber.',
      'Laut dem Landratsamt betrifft die Räumung ein Gebäude, das es als „nicht mehr bewohnbar“ bezeichnet.',
    ]);
    expect(said(b)).toEqual([
      ['Wir wissen nicht, wohin', 'Jonas Weber'],
      ['nicht mehr bewohnbar', 'Landratsamt'],
    ]);
  });
});
