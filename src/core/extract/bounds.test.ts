/**
 * Extraction stays in proportion to the page, whatever its markup (bounds.ts, issue 13): on
 * generated pages of doubling sizes each step's counted work (work.ts) about doubles, the load
 * handed to Readability stays bounded, nothing recurses once per level, and the article's text
 * comes through. Counts, not timings: the machine is shared (the bench prints the timings).
 */
import { describe, expect, it } from 'vitest';
import { GENERATED } from '../../../bench/generated.js';
import { briefFromDocument } from '../index.js';
import { parseHtml } from '../../node/index.js';
import { MAX_DEPTH, MAX_READABILITY_LOAD } from './bounds.js';
import { extractFromDocument } from './index.js';
import type { Work } from './work.js';

function extract(html: string): { work: Work; text: string; partial?: string; article: boolean } {
  const work: Work = {};
  const ex = extractFromDocument(parseHtml(html), { owned: true, work });
  return { work, text: ex.blocks.map((b) => b.text).join('\n'), article: ex.article, partial: ex.partial };
}

const total = (w: Work): number => Object.values(w).reduce((a, b) => a + b, 0);

/** Sizes for each generator: the smallest is past the fixed costs, the largest a few hundred KB. */
const SIZES: Record<string, number> = {
  paragraphs: 150,
  teasers: 150,
  'one paragraph': 500,
  'nested div': 500,
  'nested q': 500,
  'nested div with text': 150,
  'deep chains': 100,
  'link list': 150,
  'nested lists': 150,
  'nested chrome': 150,
  table: 150,
};

describe('work grows in proportion to the page', () => {
  for (const [name, generate] of Object.entries(GENERATED)) {
    it(`${name}: each doubling adds about twice what the previous one added, in every step`, () => {
      const n = SIZES[name]!;
      const runs = [n, 2 * n, 4 * n, 8 * n].map((k) => extract(generate(k)).work);
      // Linear work w = a + b·n adds twice as much per doubling as the doubling before (ratio 2);
      // quadratic work adds four times as much. Steps that stay constant add nothing and pass.
      const steps = new Set(runs.flatMap((w) => Object.keys(w)));
      for (const step of [...steps, 'all']) {
        const w = runs.map((r) => (step === 'all' ? total(r) : (r[step] ?? 0)));
        for (let i = 2; i < w.length; i++) {
          const [prev, next] = [w[i - 1]! - w[i - 2]!, w[i]! - w[i - 1]!];
          const ratio = next / Math.max(prev, (w[i - 1]! || 1) / 10);
          expect(ratio, `${name} ${step}: ${w.join(' → ')}`).toBeLessThanOrEqual(2.5);
        }
      }
      expect(total(runs[3]!)).toBeGreaterThan(total(runs[0]!)); // the page did grow
    });
  }
});

describe('deep and nested markup', () => {
  it('10,000 nested <q> or <div> neither overflow the stack nor lose the text', () => {
    for (const [name, depth] of [
      ['nested q', 10_000],
      ['nested div', 10_000],
      ['nested div with text', 2_000],
    ] as const) {
      const html = GENERATED[name]!(depth);
      const doc = parseHtml(html);
      const brief = briefFromDocument(doc);
      expect(brief.article, name).toBe(true);
      expect(brief.text).toContain('Le gouvernement a présenté mardi');
    }
  });

  it('flattens what is nested deeper than the limit into paragraphs, each sentence once', () => {
    const { text, work } = extract(GENERATED['nested div with text']!(300));
    // Readability keeps the flattened subtree whole; the levels above it, one sentence each inside
    // a chain of containers no real page has, it may leave out.
    const found = text.match(/\(?[^.]*a présenté mardi[^.]*\./g) ?? [];
    expect(found.length).toBeGreaterThanOrEqual(300 - MAX_DEPTH);
    expect(text.split('\n').filter((line) => line.includes('a présenté mardi')).length).toBe(found.length);
    // Readability's load is bounded by the depth limit, not by the nesting.
    expect(work['readability']).toBeLessThan(300 * (MAX_DEPTH + 2) * 2);
  });

  it('reads a page too heavy for Readability linearly and says the result is partial', () => {
    const { partial, article, text, work } = extract(GENERATED['deep chains']!(200));
    expect(partial).toMatch(/too large or too deeply nested/);
    expect(work['readability']).toBe(0);
    expect(article).toBe(true);
    expect(text.match(/a présenté mardi/g)?.length).toBe(200 + 5);
    expect(text).not.toContain('Mentions légales');
  });

  it('a spent time budget also gives a partial result, never none', () => {
    const ex = extractFromDocument(parseHtml(GENERATED.paragraphs!(50)), { budgetMs: -1 });
    expect(ex.partial).toMatch(/time budget/);
    expect(ex.article).toBe(true);
    expect(ex.blocks.length).toBeGreaterThanOrEqual(50);
  });

  it('real-sized pages stay far below the load limit', () => {
    const { work, partial } = extract(GENERATED.paragraphs!(2000));
    expect(partial).toBeUndefined();
    expect(work['readability']).toBeLessThan(MAX_READABILITY_LOAD / 4);
  });
});
