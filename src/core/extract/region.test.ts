/**
 * What Brief.removed lists (issue 11, the lead's decision): consent banners and walls of the whole
 * page, found by their markup; boilerplate only from the article's region (region.ts), the boxes
 * between and around its paragraphs included; blocked embeds inside the article all found.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { extractFromDocument } from './index.js';
import { articleRegion } from './region.js';

const para = (n: number): string =>
  `<p>Paragraph ${n} of the report on the harbour works tells how the council, the port authority and the
  residents argued for months about the new quay, its costs and the noise of the building site.</p>`;

/** A rail of other stories' headlines, more text than half the article. */
const HEADLINES = Array.from(
  { length: 16 },
  (_, i) =>
    `<li><a href="/story-${i}">Other story number ${i} of the day, about the city and its people</a></li>`,
).join('');

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour works</title></head><body>
<div id="page">
  <div class="story">
    <h1>Harbour works split the council</h1>
    ${para(1)}${para(2)}
    <div class="inline-box"><h3>Sign up for our newsletter</h3><p>Get the morning briefing in your inbox.</p>
      <form><input type="email" name="email"><button>Subscribe</button></form></div>
    ${para(3)}
    <div class="embed"><p>This content is blocked. Accept cookies to view this post on X.</p>
      <a href="https://x.com/harbour/status/123">View on X</a></div>
    ${para(4)}${para(5)}
  </div>
  <div class="rail">
    <div class="rail-box"><h3>Sign up for our newsletter</h3><p>The evening digest, every weekday.</p>
      <form><input type="email" name="email"><button>Subscribe</button></form></div>
    <ul>${HEADLINES}</ul>
  </div>
</div>
<div id="onetrust-banner-sdk"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>
</body></html>`;

describe('the article region', () => {
  it('is the element that holds the prose, widened to the boxes around it', () => {
    const doc = parseHtml(PAGE, 'https://news.example/article');
    const region = articleRegion(Array.from(doc.querySelectorAll('p')), doc.body);
    expect(region?.className).toBe('story');
  });

  it('is missing (the whole page is read) on a page without prose', () => {
    const doc = parseHtml('<html><body><p>Short.</p></body></html>', 'https://news.example/');
    expect(articleRegion(Array.from(doc.querySelectorAll('p')), doc.body)).toBeNull();
  });
});

describe('what was cleaned', () => {
  const ex = extractFromDocument(parseHtml(PAGE, 'https://news.example/article'), {});
  const listed = (text: string): string[] =>
    ex.removed.filter((r) => r.text.includes(text)).map((r) => r.kind);

  it('lists the boilerplate inside the article, not the one in the page rail', () => {
    expect(ex.article).toBe(true);
    expect(listed('morning briefing')).toEqual(['boilerplate']);
    expect(listed('evening digest')).toEqual([]);
  });

  it('lists the page’s consent banner and the blocked embed in the article', () => {
    expect(listed('We use cookies')).toEqual(['consent-banner']);
    expect(ex.removed.filter((r) => r.kind === 'consent-embed').map((r) => r.provider)).toEqual(['x']);
  });

  it('keeps neither box nor the banner in the text', () => {
    const text = ex.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Paragraph 5');
    expect(text).not.toMatch(/newsletter|digest|cookies|blocked/i);
  });
});
