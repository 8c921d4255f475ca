/**
 * End to end on real saved pages (Readability test pages parsed with linkedom) and on the seed,
 * scored by the shared reference scorer against the hand-made gold files; and on the team-written
 * fixtures (fixtures/articles). The thresholds are the goals.
 */
import { describe, expect, it } from 'vitest';
import { fixtureCases, goldCases, loadScorer, type Case } from '../../../bench/brief.js';
import { HAS_SHARED } from '../../../bench/corpus.js';

/** Measured on the shared corpus: skipped in a lone clone (see vitest.config.ts). */
const itShared = it.skipIf(!HAS_SHARED);

const FIVE = new Set(['fr', 'en', 'de', 'es', 'it']);

async function totals(cases: Case[]): Promise<ReturnType<Awaited<ReturnType<typeof loadScorer>>['total']>> {
  const { scoreBrief, total } = await loadScorer();
  return total(cases.map((c) => scoreBrief(c.gold, c.brief())));
}

describe('brief accuracy against the gold files', () => {
  const gold = goldCases().filter((c) => FIVE.has(c.gold.lang));

  itShared('meets the goals on the gold pages of our languages', async () => {
    const t = await totals(gold);
    expect(t.quoteF1).toBeGreaterThanOrEqual(0.98);
    expect(t.speakerAcc).toBeGreaterThanOrEqual(0.9);
    expect(t.actorF1).toBeGreaterThanOrEqual(0.9);
    expect(t.keyRecall).toBeGreaterThanOrEqual(0.95);
    expect(t.roleAcc).toBeGreaterThanOrEqual(0.8);
  });

  // Scored by the shared reference scorer (../shared/scoring).
  itShared('meets the goals on the team-written fixtures, language by language', async () => {
    const fixtures = fixtureCases();
    for (const lang of FIVE) {
      const t = await totals(fixtures.filter((c) => c.gold.lang === lang));
      expect({
        lang,
        quoteF1: t.quoteF1 >= 0.98,
        speakers: t.speakerAcc >= 0.9,
        people: t.actorF1 >= 0.9,
      }).toEqual({
        lang,
        quoteF1: true,
        speakers: true,
        people: true,
      });
    }
  });

  it('puts every quote in the paragraph it comes from', () => {
    for (const c of [...gold, ...fixtureCases()]) {
      const b = c.brief();
      const paragraphs = b.text.split('\n\n');
      for (const q of b.quotes) expect(paragraphs[q.paragraph], `${c.name}: ${q.text}`).toContain(q.text);
    }
  });

  itShared('never takes a photo credit, byline or author bio for a person', () => {
    for (const c of gold) {
      const notActors = ((c.gold as { not_actors?: { name: string }[] }).not_actors ?? []).map((n) =>
        n.name.toLowerCase(),
      );
      const names = c.brief().actors.map((a) => a.name.toLowerCase());
      expect(
        names.filter((n) => notActors.includes(n)),
        c.name,
      ).toEqual([]);
    }
  });
});
