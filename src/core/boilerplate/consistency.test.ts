/**
 * The page cleanup and the extraction judge in-article boilerplate alike (issue 10): on the real
 * pages of ../shared/corpus (Zyte, WCXB), of the in-article blocks absent from the ground truth
 * that the extraction removes and that are of a kind the page hides too (bench/consistency.ts),
 * the share the page cleanup hides, and the ground-truth blocks it hides (none allowed, apart from
 * "Read more:" lines and sign-up prompts that some ground truths keep and the product removes).
 * `npm run bench` prints the same figures. Skipped without ../shared.
 */
import { describe, expect, it } from 'vitest';
import { consistency } from '../../../bench/consistency.js';
import { HAS_SHARED, wcxbPages, zytePages } from '../../../bench/corpus.js';

if (!HAS_SHARED) console.log('consistency.test: ../shared not found, corpus consistency skipped');

describe.skipIf(!HAS_SHARED)('page cleanup hides what the extraction removes as boilerplate', () => {
  it('Zyte pages', { timeout: 120_000 }, () => {
    const c = consistency(zytePages());
    expect(c.pages).toBeGreaterThan(100);
    expect(c.articleHidden, c.byPage.flatMap((p) => p.wronglyHidden).join('\n')).toBe(0);
    // Goal 0.95 (issue 10); this is the floor reached so far, so that it cannot slip back.
    expect(c.hidden / c.removed).toBeGreaterThanOrEqual(0.95);
  });

  // Every other WCXB page (the bench reads all 300): extraction and cleanup of each page take time.
  it('WCXB pages (every other one)', { timeout: 180_000 }, () => {
    const c = consistency(wcxbPages().filter((_, i) => i % 2 === 0));
    expect(c.pages).toBeGreaterThan(140);
    expect(c.articleHidden, c.byPage.flatMap((p) => p.wronglyHidden).join('\n')).toBe(0);
    expect(c.hidden / c.removed).toBeGreaterThanOrEqual(0.93);
  });
});
