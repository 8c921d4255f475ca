/**
 * The brief's work grows in proportion to the text (issue 13): on generated paragraphs of n and 4n
 * quotes, each counted step (work.ts: characters or tokens read) does at most about four times the
 * work. The paragraphs are the hard case: a quote mark left open masks everything after it, so the
 * whole paragraph is one sentence, and a question asked of "the sentence before the quote" for
 * each quote read a slice that grew with every quote (16 times the work at 4n).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { briefFromText } from '../index.js';
import { briefWork } from './work.js';

interface Lang {
  lang: string;
  title: string;
  /** The paragraph's opening, with a cue of anonymity and a document cue before the quotes. */
  lead: string;
  /** One interrupted piece of the open quote: the incise splits it into quotes of their own. */
  piece: (i: number) => string;
}

const LANGS: Lang[] = [
  {
    lang: 'en',
    title: 'Council votes on the budget',
    lead: 'An official who asked not to be named, citing the report, said of the plan provided by the decree: “',
    piece: (i) => `the plan number ${i} is fine, he said, and we will go on with it`,
  },
  {
    lang: 'fr',
    title: 'Le conseil vote le budget',
    lead: 'Un responsable, qui a souhaité rester anonyme, a parlé du plan prévu par le décret : « ',
    piece: (i) => `le plan numéro ${i} est bon, a-t-il déclaré, et nous allons continuer`,
  },
];

function text(l: Lang, n: number): string {
  const pieces = Array.from({ length: n }, (_, i) => l.piece(i)).join(' ');
  return `${l.title}\n\nMarie Dubois and John Miller met reporters on Monday about the plan.\n\n${l.lead}${pieces}\n`;
}

function work(l: Lang, n: number): { counts: Record<string, number>; quotes: number } {
  briefWork.counts = {};
  const brief = briefFromText(text(l, n), { lang: l.lang });
  const counts = briefWork.counts;
  briefWork.counts = null;
  return { counts, quotes: brief.quotes.length };
}

afterEach(() => {
  briefWork.counts = null;
});

describe('the brief works in proportion to the text', () => {
  for (const l of LANGS) {
    it(`${l.lang}: a paragraph of open-quote pieces, n = 100 and 400`, () => {
      const small = work(l, 100);
      const large = work(l, 400);
      // The quotes were found (one per piece), so each step ran once per quote.
      expect(small.quotes).toBeGreaterThanOrEqual(100);
      expect(large.quotes).toBeGreaterThanOrEqual(400);
      for (const step of ['anonymity', 'document-source', 'frames']) {
        const a = small.counts[step] ?? 0;
        const b = large.counts[step] ?? 0;
        expect(a, step).toBeGreaterThan(0);
        // Linear: 4 times the text, about 4 times the work (a quadratic step does 16 times).
        expect(b / a, `${step}: ${a} -> ${b}`).toBeLessThan(5);
      }
    });
  }
});

describe('a quote repeated in the text is decided once', () => {
  it('the same paragraphs 2 and 20 times: the same quotes and speakers, no more cases built', () => {
    const article =
      'Marie Dubois, the mayor of the town, spoke to reporters on Monday morning about the new bridge over ' +
      'the river, which the council has discussed for three years. “We will build the bridge next year,” ' +
      'Dubois said.\n\nJohn Miller, who leads the opposition on the council, disagreed with the plan and its ' +
      'cost, which he puts at twice the figure the mayor gave. “The town cannot pay for it,” he said.';
    const run = (copies: number): { quotes: string[][]; cases: number } => {
      briefWork.counts = {};
      const text = `Council votes on the bridge\n\n${Array<string>(copies).fill(article).join('\n\n')}`;
      const brief = briefFromText(text, { lang: 'en' });
      const cases = briefWork.counts['cases'] ?? 0;
      briefWork.counts = null;
      return { quotes: brief.quotes.map((q) => [q.text, q.speaker ?? '']), cases };
    };
    const two = run(2);
    expect(two.quotes).toEqual([
      ['We will build the bridge next year,', 'Marie Dubois'],
      ['The town cannot pay for it,', 'John Miller'],
    ]);
    // One case per quote: the copies' quotes were kept before, so they are dropped without a case.
    expect(two.cases).toBe(2);
    expect(run(20)).toEqual(two);
  });
});

describe('names inside a long quote', () => {
  it('a quote naming n and 4n people: about 4 times the characters read for sentence starts', () => {
    const work = (n: number): number => {
      const inner = Array.from(
        { length: n },
        (_, i) => `le ministre Darmanin a parlé à Giorgia Meloni du dossier ${i}.`,
      );
      briefWork.counts = {};
      briefFromText(
        `Le conseil vote le budget\n\nMarie Dubois, la maire, a parlé lundi aux journalistes du projet.\n\n` +
          `« ${inner.join(' ')} », a déclaré Marie Dubois.`,
        { lang: 'fr' },
      );
      const read = briefWork.counts['quoted-names'] ?? 0;
      briefWork.counts = null;
      return read;
    };
    const small = work(100);
    expect(small).toBeGreaterThan(0);
    // Reading the quote from its start for every name made this 16 times the work.
    expect(work(400) / small).toBeLessThan(5);
  });
});
