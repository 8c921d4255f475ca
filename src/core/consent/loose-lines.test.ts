/**
 * "Related:" lines written as loose inline content between <br>s, in a block that also holds the
 * article's text (issue 10): found as one finding, label first, its links and the <br> that ends
 * it as parts; the article's own lines around them stay.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { findConsent } from './index.js';

const PROSE = [
  'A GPS watch can be a handy sidekick for the backcountry, fitness training, or daily activities, providing accurate navigation and health metrics.',
  'Over the last decade, our team of experts has bought and tested more than fifty of the best GPS watches, logging many training hours each week.',
];

function page(lines: string): Document {
  return parseHtml(
    `<html lang="en"><body><main><div class="articletext"><p>${PROSE[0]}</p><p>${PROSE[1]}</p>${lines}</div></main></body></html>`,
    'https://reviews.example/gps-watches',
  );
}

describe('loose related lines between <br>s', () => {
  it('hides each "Related:" line with its link and its <br>, as one thing cleaned', () => {
    const doc = page(
      '<strong>Related:</strong> <a href="/best-fitness-tracker">Best Fitness Trackers</a><br> <b>Related:</b> <a href="/best-handheld-gps">Best Handheld GPS</a>',
    );
    const found = findConsent(doc);
    expect(found.map((f) => f.text)).toEqual([
      'Related: Best Fitness Trackers',
      'Related: Best Handheld GPS',
    ]);
    expect(found[0]!.element.tagName).toBe('STRONG');
    expect(found[0]!.parts!.map((p) => p.tagName)).toEqual(['A', 'BR']);
    expect(found[1]!.parts!.map((p) => p.tagName)).toEqual(['A']);
    for (const p of Array.from(doc.querySelectorAll('p')))
      expect(found.some((f) => f.element.contains(p) || f.parts?.some((x) => x.contains(p)))).toBe(false);
  });

  it('keeps a line with loose words of its own, and a linked line that names no related phrase', () => {
    const doc = page(
      '<strong>Related:</strong> the <a href="/best-fitness-tracker">Best Fitness Trackers</a> we tested<br><em>Editor’s pick:</em> <a href="/garmin">Garmin Forerunner 970</a><br>',
    );
    expect(findConsent(doc)).toEqual([]);
  });
});
