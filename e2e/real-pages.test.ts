/**
 * The real-markup development pages (e2e/pages/real: consent managers, WordPress consent plugins
 * and newsroom placeholders in their real markup, five languages plus Dutch, two negatives about
 * cookies), in real Chromium and Firefox with the built extension: every banner, wall, blocked
 * embed and boilerplate box annotated on the page is no longer rendered, every article sentence
 * still is, each blocked embed has the extension's notice linking exactly to its original (or
 * without a link when the page kept no address), a locked page scrolls under a real wheel, and
 * turning the cleanup off restores the page exactly. The held-out pages (e2e/pages/held-out) are
 * not tested here: they are scored once with e2e/score-real-pages.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MEASURES, REAL_DIR, pagesIn, scorePage } from './real-pages.js';
import { inBothBrowsers } from './suite.js';

const PAGES = pagesIn(REAL_DIR);

inBothBrowsers('real-markup pages', (env) => {
  test('there are at least 20 development pages, two of them negatives', () => {
    assert.ok(PAGES.length >= 20, `${PAGES.length} pages`);
    assert.ok(PAGES.filter((p) => p.startsWith('neg-')).length >= 2);
  });

  for (const file of PAGES) {
    test(`${file}: hidden, kept, linked, scrolled, undone`, async () => {
      const score = await scorePage(env.browser, env.server, `e2e/pages/real/${file}`);
      const failures = MEASURES.flatMap(([key]) => score[key].missed.map((m) => `${key}: ${m}`));
      assert.deepEqual(failures, []);
      // Each page checks something: article sentences everywhere, cleanup work on all but negatives.
      assert.ok(score.sentences.total > 0, 'no article sentences annotated');
      assert.ok(score.undo.ok === 1);
      const work = score.banners.total + score.walls.total + score.placeholders.total + score.boxes.total;
      if (file.startsWith('neg-')) assert.equal(score.placeholders.total, 0);
      else assert.ok(work > 0, 'nothing annotated to clean');
    });
  }
});
