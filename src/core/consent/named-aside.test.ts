/**
 * An aside named for a box kind ("aside.related-stories", "aside.ad-box") inside the article: tangential
 * content by its markup and its name, hidden whatever its teasers look like (headings over summaries
 * in <article> cards, long list items), as the extraction drops it. And what stays: an aside so
 * named that holds a text of its own, the article's marked main content, a div (not an aside) with
 * the same summaries, and the article's paragraphs around all of them.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { isHidden, noProseHidden as noProse } from './test-helpers.js';

const PROSE = [
  'The city council voted on Tuesday to extend the tram line to the northern districts, after two years of studies and a public consultation that drew more than four thousand replies.',
  'Opponents of the project said the cost had doubled since the first estimate, while the mayor argued that the new line would take thousands of cars off the road every day.',
  'Work is due to start next spring and should last about three years, the transport authority said, adding that bus routes would be changed during the construction.',
];
/** Summaries of other stories: sentences as long as the article's. */
const SUMMARIES = [
  'The regional transport authority has published its plan for the next decade, with new bus lanes, two park-and-ride sites and a night service on the busiest routes of the city.',
  'Cyclists have asked for protected lanes on the ring road after a series of accidents, and the council has promised to study the idea before the budget vote in the spring.',
];

function page(box: string): Document {
  const ps = PROSE.map((p) => `<p>${p}</p>`).join('');
  return parseHtml(
    `<html lang="en"><body><div class="post"><div class="content">${ps}${box}<p>${PROSE[0]!.replace('Tuesday', 'Monday')}</p></div></div></body></html>`,
    'https://news.example/article',
  );
}

const cards = (tag: string, inner: 'p' | 'li' = 'p'): string =>
  SUMMARIES.map(
    (s, i) =>
      `<${tag} class="card"><h3><a href="/story-${i}">Story ${i}</a></h3><${inner}>${s}</${inner}></${tag}>`,
  ).join('');

const noProseHidden = (doc: Document): void => {
  noProse(doc, PROSE);
};

describe('named asides in the article', () => {
  it('hides a related aside of <article> cards, each a headline over a summary', () => {
    const doc = page(`<aside class="related-stories"><h2>More on this</h2>${cards('article')}</aside>`);
    expect(isHidden(doc, doc.querySelector('aside'))).toBe(true);
    noProseHidden(doc);
  });

  it('hides a complementary region named related whose list items are long summaries', () => {
    const doc = page(`<div role="complementary" class="related"><ul>${cards('li', 'p')}</ul></div>`);
    expect(isHidden(doc, doc.querySelector('[role="complementary"]'))).toBe(true);
    noProseHidden(doc);
  });

  it('keeps a div named related with the same summaries: only an aside is tangential by its markup', () => {
    const doc = page(`<div class="related-stories"><h2>More on this</h2>${cards('article')}</div>`);
    expect(isHidden(doc, doc.querySelector('.related-stories'))).toBe(false);
    noProseHidden(doc);
  });

  it('keeps an aside named related that holds a text of its own (three paragraphs of prose)', () => {
    const text = [...SUMMARIES, PROSE[2]!.replace('spring', 'autumn')].map((s) => `<p>${s}</p>`).join('');
    const doc = page(
      `<aside class="related"><h2>Background</h2>${text}<a href="/dossier">Dossier</a></aside>`,
    );
    expect(isHidden(doc, doc.querySelector('aside'))).toBe(false);
    noProseHidden(doc);
  });

  it('keeps an aside named related around the marked article body', () => {
    const doc = page(
      `<aside class="related"><div itemprop="articleBody"><p>${SUMMARIES[0]!}</p></div><a href="/a">A</a></aside>`,
    );
    expect(isHidden(doc, doc.querySelector('[itemprop="articleBody"]'))).toBe(false);
    noProseHidden(doc);
  });
});
