/** German and French attribution frames and the people around them (issue 9, session 14). */
import { describe, expect, it } from 'vitest';
import { briefFromText } from '../index.js';
import { actor, run, said } from './test-helpers.js';

describe('German: a role and its club in parentheses after a name', () => {
  it('keeps the club after a capitalised role in the aside out of the people', () => {
    const a = run('de', [
      'Nach dem Abpfiff äußerten sich beide Trainer zum Spiel.',
      'Jens Kroll (Cheftrainer VfB Oldenburg): „Wir waren in der ersten Hälfte zu passiv.“',
      'Uwe Sand (Sportdirektor Kickers Offenbach): „Der Sieg geht in Ordnung.“',
    ]);
    expect(said(a)).toEqual([
      ['Wir waren in der ersten Hälfte zu passiv.', 'Jens Kroll'],
      ['Der Sieg geht in Ordnung.', 'Uwe Sand'],
    ]);
    expect(a.actors.map((x) => x.name).sort()).toEqual(['Jens Kroll', 'Uwe Sand']);
    expect(actor(a, 'Jens Kroll')?.role).toBe('Cheftrainer VfB Oldenburg');
  });
});

describe('A view before a colon: "Für X ist klar:"', () => {
  const lead = 'Der Verein hat am Wochenende sein drittes Spiel in Folge verloren.';
  it('gives the words after the colon to the one the view is of', () => {
    for (const frame of ['Für Jonas Weber steht fest:', 'Für Kapitän Jonas Weber ist klar:']) {
      const a = run('de', [lead, `${frame} „Wir müssen in der Abwehr endlich besser stehen.“`]);
      expect(said(a)).toEqual([['Wir müssen in der Abwehr endlich besser stehen.', 'Jonas Weber']]);
    }
  });
});

describe('French: inhabitants named by a plural demonym', () => {
  it('reads « … », lancent les Nantais as an unnamed group, not an organisation', () => {
    const a = run('fr', [
      'Le tramway ne circulera plus le dimanche à partir du mois de mars.',
      '« On nous retire encore un service », regrettent les Nantais.',
      '« Nous n’avions pas le choix », a répondu le maire, Paul Garnier.',
    ]);
    expect(said(a)).toEqual([
      ['On nous retire encore un service', null],
      ['Nous n’avions pas le choix', 'Paul Garnier'],
    ]);
  });
});

describe('German: a view stated with a copula and its reflexive after a quote', () => {
  it('gives „…“, ist sich X sicher to X, not to the one named before', () => {
    const a = run('de', [
      'Bürgermeister Jonas Weber stellte am Montag die Pläne für das neue Hallenbad vor.',
      '„Die Kosten werden am Ende deutlich höher liegen“, ist sich Stadträtin Lea Brandt sicher.',
    ]);
    expect(said(a)).toEqual([['Die Kosten werden am Ende deutlich höher liegen', 'Lea Brandt']]);
  });
});

describe('German press reviews: "Zeitung (AUT):" labels', () => {
  it('never gives the quote to the country code in parentheses', () => {
    const a = run('de', [
      'Der Sieg des Vereins hat auch im Ausland für Schlagzeilen gesorgt. Eine Auswahl der Pressestimmen.',
      'Tagesblick (SUI): „Ein Abend für die Geschichtsbücher. Die Mannschaft hat sich diesen Erfolg verdient.“',
      'Radio Nordwelle (AUT):',
      '„Mit diesem Sieg ist der Aufstieg endgültig perfekt, die Fans feiern bis in die Nacht.“',
    ]);
    const speakers = a.quotes.map((q) => q.speaker);
    expect(speakers).not.toContain('SUI');
    expect(speakers).not.toContain('AUT');
    expect(speakers.at(-1)).toBe('Radio Nordwelle');
  });
});

describe('German: a name, then "von der" and an organisation', () => {
  it('ends the name before the affiliation when only the extended list knows the given name', () => {
    const a = run('de', [
      'In der Nacht brannte eine Lagerhalle am Stadtrand vollständig aus.',
      '„Wir waren mit vierzig Einsatzkräften vor Ort“, berichtet Koray Lindner von der Feuerwehr Celle.',
    ]);
    expect(said(a)).toEqual([['Wir waren mit vierzig Einsatzkräften vor Ort', 'Koray Lindner']]);
  });
});

describe('Plain text: a quote and its attribution with no stop at the end', () => {
  it('is a paragraph, not an intertitle, so its pronoun takes the one named before', () => {
    const prose =
      'Le conseil municipal a voté mardi soir le budget de la commune pour l’année prochaine, après un long débat. '.repeat(
        4,
      );
    const text = [
      'Budget voté à Sainte-Lucie',
      prose,
      'Le maire, Paul Garnier, a défendu la hausse des investissements devant les élus de la majorité.',
      '« Nous tiendrons nos engagements jusqu’au bout », a-t-il ajouté',
      prose,
    ].join('\n\n');
    const b = briefFromText(text, { lang: 'fr' });
    expect(b.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Nous tiendrons nos engagements jusqu’au bout', 'Paul Garnier'],
    ]);
  });
});
