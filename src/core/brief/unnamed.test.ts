/** Unnamed people: a description that takes up someone an indefinite brought in, not the person named earlier. */
import { describe, expect, it } from 'vitest';
import { analyse, type Trace } from './index.js';
import { article, run, said } from './test-helpers.js';

describe('A generic description after an unnamed person brought in by an indefinite', () => {
  it('is that unnamed person, not the one named earlier ("un 22enne … Il giovane sosteneva: “…”")', () => {
    const a = run('it', [
      'È accusato di usurpazione di funzioni pubbliche il 40enne Antonio Arone, residente a Carmagnola.',
      'Arone era stato identificato in base al riconoscimento fotografico, effettuato da un 22enne di Barge. Il giovane sosteneva che fossero in tre: “Si erano presentati dopo le nove di sera su un’auto civile”.',
    ]);
    expect(said(a)).toEqual([['Si erano presentati dopo le nove di sera su un’auto civile', null]]);
  });
  it('is still the named person when the indefinite is his apposition ("Mario Rossi, un uomo di 50 anni")', () => {
    const a = run('it', [
      'Mario Rossi, un uomo di 50 anni, è stato fermato ieri sera.',
      'L’uomo ha spiegato: “Non ho fatto nulla”.',
    ]);
    expect(said(a)).toEqual([['Non ho fatto nulla', 'Mario Rossi']]);
  });
});

describe('A subjectless verb after an unnamed person the text describes', () => {
  it('is that person\'s, not the one named before ("el alcalde ha subrayado … «…», ha explicado")', () => {
    const a = run('es', [
      'Los residentes, liderados por Pedro Gómez Ruiz, portavoz del barrio, exigieron la paralización de las obras.',
      'Tras la reunión, el alcalde ha subrayado que el proyecto cumple la normativa. "Son proyectos redactados por técnicos", ha explicado.',
    ]);
    expect(said(a)).toEqual([['Son proyectos redactados por técnicos', null]]);
  });
  it('is still the named person the description takes up ("Stefan Huber … Der Galerist")', () => {
    const a = run('de', [
      'Nicht so für Stefan Huber. Der Galerist ist zufrieden. „Das Geschäft läuft gut“, sagte er.',
    ]);
    expect(said(a)).toEqual([['Das Geschäft läuft gut', 'Stefan Huber']]);
  });
});

describe('A description whose name comes only after its own quote', () => {
  it('is no name of it ("Le prévenu s’écrie : « … » Le président Marchand")', () => {
    const a = run('fr', [
      'Le président Paul Marchand commence à lire. « Vous êtes sans profession », dit-il.',
      'Le prévenu s’écrie : « Mais si ! Je suis routier, moi ! » Le président Marchand lui demande de rester calme.',
    ]);
    expect(said(a)).toContainEqual(['Mais si ! Je suis routier, moi !', null]);
  });
});

describe('An organisation the quote’s own frames do not name', () => {
  it('is marked as proposed by the context only, and the quote goes to nobody (“…”, he added)', () => {
    const trace: Trace = { decisions: [] };
    const a = analyse(
      article('en', [
        'MEXICO CITY – Steelmaker Ferro Global (NYSE: FG) said on Friday that workers were continuing a blockade at its plant.',
        '“A group of dissidents has chosen to continue the blockade,” the company said in a statement.',
        'A regional government source close to the matter said the strike has not been lifted.',
        '“The union members are already divided among themselves”, he added.',
      ]),
      trace,
    );
    expect(said(a)).toContainEqual(['The union members are already divided among themselves', null]);
    const last = trace.decisions.at(-1)!;
    const orgs = last.case.candidates.filter((c) => c.ref.kind === 'org');
    expect(orgs.length).toBeGreaterThan(0);
    for (const c of orgs) expect(c.features['org:context-only']).toBe(1);
  });
});

describe('A description of a function no one named holds', () => {
  it('counts for nobody against the last person named, who has another role (l’avocate générale after a neighbour)', () => {
    const trace: Trace = { decisions: [] };
    analyse(
      article('fr', [
        'Sylvie Marchal, voisine de la famille, a témoigné mercredi devant la cour.',
        'Jeudi, l’avocate générale avait requis la réclusion criminelle à perpétuité, estimant que l’accusé avait suivi un « scénario soigneusement calculé ».',
      ]),
      trace,
    );
    const d = trace.decisions.find((x) => x.span.text.startsWith('scénario'))!;
    expect(d.case.none['none:desc-conflict']).toBe(1);
  });
});

describe('A generic noun that tells a man from a woman', () => {
  it('is not the woman named before ("Patrizia … il marito: “…”, dichiara l’uomo")', () => {
    const a = run('it', [
      'A maggio è morta Patrizia Ferri, uccisa in casa. Ma le accuse non convincono il marito della vittima: "Mia figlia non può averlo fatto", dichiara l\'uomo.',
    ]);
    expect(said(a)).toEqual([['Mia figlia non può averlo fatto', null]]);
  });
  it('is still the man named before ("Marco Ferri … l’uomo")', () => {
    const a = run('it', ['Marco Ferri è stato fermato ieri. "Non ho fatto nulla", dichiara l\'uomo.']);
    expect(said(a)).toEqual([['Non ho fatto nulla', 'Marco Ferri']]);
  });
});

describe('An indefinite over a modifier ("un altro esercente", "another resident")', () => {
  it('is someone unnamed, not the person named before', () => {
    const a = run('it', [
      'Il sindaco Luigi Rossi ha promesso tempi brevi.',
      'Sulle vetrine ci sono cartelli. «Dal 4 agosto siamo in queste condizioni – dice un altro esercente –. Nessuno ci risponde».',
    ]);
    expect(said(a).map(([, s]) => s)).toEqual([null, null]);
  });
});

describe('A noun of saying that ends like a profession ("intervista", "giornalista")', () => {
  it('is no one: the named subject speaks ("l’assessore X, che in una recente intervista ha ammesso che «…»")', () => {
    const a = run('it', [
      'A preoccupare sono le parole dell’assessore ai Lavori pubblici Salvatore Bianchi, che in una recente intervista ha ammesso che i lavori «non finiranno per Natale».',
    ]);
    expect(said(a)).toEqual([['non finiranno per Natale', 'Salvatore Bianchi']]);
  });
});

describe('"one" alone after the verb: one of a group the text does not name', () => {
  it('is nobody, not the person named before ("“…,” said one.", "dijo uno de los vecinos")', () => {
    expect(
      said(
        run('en', [
          'Police Chief Dan Ortiz confirmed the arrest.',
          'Residents said they were shocked. “This is a quiet street,” said one.',
        ]),
      ),
    ).toEqual([['This is a quiet street,', null]]);
    expect(
      said(
        run('es', [
          'El comisario Daniel Ortiz confirmó la detención.',
          '«Esta es una calle tranquila», dijo uno de los vecinos.',
        ]),
      ),
    ).toEqual([['Esta es una calle tranquila', null]]);
  });
});

describe('a paragraph that is only a short quoted sentence', () => {
  it('is a quote even with no frame, and goes on with its unnamed speaker', () => {
    const a = run('fr', [
      'Le commissaire Daniel Ortiz a confirmé l’interpellation.',
      '« Nous avons entendu des cris toute la nuit », raconte une voisine.',
      '« C’était terrifiant. »',
    ]);
    expect(said(a)).toEqual([
      ['Nous avons entendu des cris toute la nuit', null],
      ['C’était terrifiant.', null],
    ]);
  });
});

describe('an indefinite role in apposition to a name ("Julia Houghton, another neighbour, added:")', () => {
  it('is that named person’s, not someone unnamed', () => {
    expect(
      said(
        run('en', [
          'Firefighters were called to Mill Road at 2am.',
          'Julia Houghton, another neighbour, added: “We could smell the smoke from our bedroom.”',
        ]),
      ),
    ).toEqual([['We could smell the smoke from our bedroom.', 'Julia Houghton']]);
  });
});

describe('a relation named by a possessive', () => {
  it('is not the person it relates to ("her mother", "sa fille", "seine Frau")', () => {
    expect(
      said(run('en', ['Kylie Stone, 19, died on Sunday.', '“She was our light,” her mother told ABC News.'])),
    ).toEqual([['She was our light,', null]]);
    expect(
      said(
        run('fr', ['Jean Morel, 80 ans, est mort dimanche.', '« Il était notre phare », confie sa fille.']),
      ),
    ).toEqual([['Il était notre phare', null]]);
    expect(
      said(
        run('de', ['Karl Huber, 80, ist am Sonntag gestorben.', '„Er war unser Licht“, sagt seine Frau.']),
      ),
    ).toEqual([['Er war unser Licht', null]]);
  });

  it('is the person introduced in that relation', () => {
    const a = run('en', [
      'Kylie Stone, 19, died on Sunday. Her mother, Linda Stone, spoke to reporters on Monday.',
      '“She was our light,” her mother said.',
    ]);
    expect(said(a)).toEqual([['She was our light,', 'Linda Stone']]);
  });
});

describe('An English organisation or place before a noun of people', () => {
  it('modifies the people, who speak unnamed ("Green and Tory councillors called …", "Dorset residents warned")', () => {
    const a = run('en', [
      'The budget passed on Tuesday after a long debate in the chamber.',
      'Green and Tory councillors called the proposal “reckless” and “unfair”.',
      '“The buses will stop running,” Dorset residents have warned.',
    ]);
    expect(said(a)).toEqual([
      ['reckless', null],
      ['unfair', null],
      ['The buses will stop running,', null],
    ]);
  });
  it('is still the speaker when a verb follows it ("the Green Party said")', () => {
    const a = run('en', ['“The buses will stop running,” the Green Party said.']);
    expect(said(a)).toEqual([['The buses will stop running,', 'Green Party']]);
  });
});
