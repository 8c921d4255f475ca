/** Summary, language guess, key-actor limits and speed. */
import { describe, expect, it } from 'vitest';
import { guessLang } from './prep/lang.js';
import { leadSummary } from './summary.js';
import { run } from './test-helpers.js';

describe('lead summary', () => {
  it('takes 2 to 5 verbatim lead sentences and skips captions, consent and link lines', () => {
    const blocks = [
      {
        kind: 'caption' as const,
        text: 'A long caption that describes the photo above the article in some detail, really.',
      },
      {
        kind: 'paragraph' as const,
        text: 'Read more: the ten best things to do in Paris this summer, according to our readers',
      },
      {
        kind: 'paragraph' as const,
        text: 'PARIS — The city council voted on Monday to close the riverbanks to cars for good. The vote followed a year of trials.',
      },
      {
        kind: 'paragraph' as const,
        text: 'Opponents said the measure would move traffic elsewhere and promised to appeal the decision in court.',
      },
    ];
    const s = leadSummary(blocks);
    expect(s[0]).toBe('PARIS — The city council voted on Monday to close the riverbanks to cars for good.');
    expect(s.length).toBeGreaterThanOrEqual(2);
    expect(s.length).toBeLessThanOrEqual(5);
    expect(s.join(' ')).not.toMatch(/caption|Read more/);
  });
});

describe('language guess', () => {
  it('recognises our five languages from function words', () => {
    expect(
      guessLang(
        'Le gouvernement a annoncé que la réforme sera votée dans les prochains jours par les députés.',
      ),
    ).toBe('fr');
    expect(
      guessLang('The government said that the reform would be voted on in the coming days by the members.'),
    ).toBe('en');
    expect(
      guessLang(
        'Die Regierung hat angekündigt, dass die Reform in den nächsten Tagen von den Abgeordneten beschlossen wird.',
      ),
    ).toBe('de');
    expect(
      guessLang(
        'El gobierno anunció que la reforma será votada en los próximos días por los diputados del congreso.',
      ),
    ).toBe('es');
    expect(
      guessLang(
        'Il governo ha annunciato che la riforma sarà votata nei prossimi giorni dai deputati della camera.',
      ),
    ).toBe('it');
  });

  it('analyses an article whose language is unknown with the guessed lexicon', () => {
    const a = run('und', [
      '« Nous ne céderons pas », a déclaré la ministre de la santé, Agnès Roux, devant les députés de la commission.',
    ]);
    expect(a.quotes).toEqual([{ text: 'Nous ne céderons pas', speaker: 'Agnès Roux', paragraph: 0 }]);
  });
});

describe('key actors and speed', () => {
  const names = [
    'Anna Berg',
    'Paul Weber',
    'Lena Koch',
    'Jonas Wolf',
    'Mia Braun',
    'Felix Roth',
    'Emma Lang',
    'Noah Kraus',
  ];
  const paragraphs = names.map(
    (n, i) => `„Das ist Punkt ${i + 1} der Liste“, sagte ${n} am Dienstag vor der Presse in Berlin.`,
  );

  it('marks at most six people key, ranked by quotes', () => {
    const a = run('de', paragraphs);
    expect(a.actors).toHaveLength(8);
    expect(a.actors.filter((x) => x.key)).toHaveLength(6);
    expect(a.actors.every((x) => x.quotes === 1 && x.mentions === 1)).toBe(true);
  });

  // Speed is measured by `npm run bench` (bench/brief.ts), not asserted here.
  it('lists a quote repeated through a long article once', () => {
    const long = Array.from({ length: 20 }, () => paragraphs).flat();
    expect(run('de', long).quotes).toHaveLength(8);
  });
});
