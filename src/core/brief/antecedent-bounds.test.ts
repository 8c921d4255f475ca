/**
 * The antecedent search reads a number of sentences in proportion to the text (issue 13): in a
 * long paragraph where one person speaks again and again ("Il a ajouté", "the minister added") and
 * another person was named in the paragraph before, each pronoun or description walked back over
 * every sentence of the paragraph to reach that earlier person: n² sentence reads for n quotes
 * (1 MB of such text took seconds). Counted, not timed (work.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { briefFromText } from '../index.js';
import { briefWork } from './work.js';

const LEAD =
  'Le conseil vote le budget\n\nMarie Dubois, la maire, a parlé lundi aux journalistes du projet.\n\n';

const CASES: { name: string; lang: string; piece: (i: number) => string }[] = [
  {
    name: 'fr, a pronoun as subject',
    lang: 'fr',
    piece: (i) =>
      `Gérald Darmanin a parlé du dossier ${i}. Il a déclaré : « Nous allons agir vite sur le dossier ${i}. » Il a ajouté : « C’est urgent pour ${i}. »`,
  },
  {
    name: 'fr, a description as subject',
    lang: 'fr',
    piece: (i) =>
      `Le ministre de l’Intérieur, Gérald Darmanin, a déclaré au sujet du dossier ${i} : « Nous allons agir vite sur le dossier ${i}. » Le ministre a ajouté : « C’est urgent pour ${i}. »`,
  },
  {
    name: 'en, a pronoun and a description',
    lang: 'en',
    piece: (i) =>
      `The interior minister, John Smith, spoke about case ${i}. “We will act fast on case ${i},” he said. The minister added: “It is urgent for ${i}.”`,
  },
];

function run(
  lang: string,
  piece: (i: number) => string,
  n: number,
): { reads: number; quotes: number; counts: Record<string, number> } {
  const paragraph = Array.from({ length: n }, (_, i) => piece(i)).join(' ');
  briefWork.counts = {};
  const brief = briefFromText(`${LEAD}${paragraph}`, { lang });
  const counts = briefWork.counts;
  briefWork.counts = null;
  return { reads: counts['antecedent sentences'] ?? 0, quotes: brief.quotes.length, counts };
}

afterEach(() => {
  briefWork.counts = null;
});

describe('the antecedent search reads sentences in proportion to the text', () => {
  for (const c of CASES) {
    it(`${c.name}: n = 50 and 200 pieces of one paragraph`, () => {
      const small = run(c.lang, c.piece, 50);
      const large = run(c.lang, c.piece, 200);
      // Every piece's two quotes were found, so the search ran for each.
      expect(small.quotes).toBeGreaterThanOrEqual(100);
      expect(large.quotes).toBeGreaterThanOrEqual(400);
      expect(small.reads).toBeGreaterThan(0);
      // Four times the text, about four times the reads (it was about sixteen).
      expect(large.reads).toBeLessThanOrEqual(small.reads * 4.5);
    });
  }
});

/**
 * The same paragraphs, where each quote is read as the one before it going on: the people named
 * between the two quotes, and the quotes of the sentence after a quote (is it an attribution?),
 * were looked for in every mention and every quote of the paragraph, for each quote.
 */
describe('a quote that goes on, and the sentence after a quote, read in proportion to the text', () => {
  for (const c of CASES) {
    it(`${c.name}: n = 50 and 200 pieces of one paragraph`, () => {
      const small = run(c.lang, c.piece, 50);
      const large = run(c.lang, c.piece, 200);
      for (const step of ['persons between', 'next-sentence spans']) {
        const a = small.counts[step] ?? 0;
        const b = large.counts[step] ?? 0;
        expect(a, step).toBeGreaterThan(0);
        // Four times the text, about four times the reads (a pass over the paragraph: sixteen).
        expect(b / a, `${step}: ${a} -> ${b}`).toBeLessThanOrEqual(4.5);
      }
    });
  }
});
