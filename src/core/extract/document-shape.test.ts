/**
 * Pages whose markup puts elements outside html > head + body (document-shape.ts): linkedom keeps
 * them where the markup says, and its `document.body` then finds no body. Extraction must find
 * the article on every such shape, and never change the document it was given.
 */
import { describe, expect, it } from 'vitest';
import { briefFromDocument } from '../index.js';
import { parseHtml } from '../../node/index.js';
import { findBody, findHead, findTitle, reshape } from './document-shape.js';
import { extractFromDocument } from './index.js';

const PROSE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the regional council voted on Tuesday to extend the night bus network to the ` +
    `three outlying towns, after a two-year trial that carried more passengers than planned.</p>`,
).join('');
const ARTICLE = `<article><h1>Night buses extended</h1>${PROSE}</article>`;
const HEAD = '<head><meta charset="utf-8"><title>Night buses extended</title></head>';

/** Shapes met on saved pages of the WCXB benchmark, each written small. */
const SHAPES: Record<string, string> = {
  'a style sheet before <html>': `<style>.x{}</style><!doctype html><html lang="en">${HEAD}<body>${ARTICLE}</body></html>`,
  'scripts between </head> and <body>': `<!doctype html><html lang="en">${HEAD}<script>var a;</script><script>var b;</script><body>${ARTICLE}</body></html>`,
  'a meta tag before <head>': `<!doctype html><html lang="en"><meta name="x" content="y">${HEAD}<body>${ARTICLE}</body></html>`,
  'an <html> inside <html>': `<!doctype html><html class="a"><html lang="en">${HEAD}<body>${ARTICLE}</body></html></html>`,
  'a script after </html>': `<!doctype html><html lang="en">${HEAD}<body>${ARTICLE}</body></html><script>var c;</script>`,
  'a style between </head> and <body>': `<!doctype html><html lang="en">${HEAD}<style>p{}</style><body>${ARTICLE}</body></html>`,
};

describe('documents outside the html > head + body shape', () => {
  for (const [shape, html] of Object.entries(SHAPES)) {
    it(`${shape}: the article is found, the language read, the document untouched`, () => {
      const doc = parseHtml(html, 'https://news.example/buses');
      const before = doc.documentElement.outerHTML;
      const brief = briefFromDocument(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(brief.article).toBe(true);
      expect(brief.title).toBe('Night buses extended');
      expect(brief.lang).toBe('en');
      for (let i = 1; i <= 6; i++) expect(brief.text).toContain(`Paragraph ${i}:`);
    });
  }

  it('the finders read the real head and body and create nothing', () => {
    const doc = parseHtml(SHAPES['scripts between </head> and <body>']!);
    const count = (): number => doc.getElementsByTagName('*').length;
    const n = count();
    expect(findBody(doc)?.textContent).toContain('Paragraph 6');
    expect(findHead(doc)?.getElementsByTagName('title').length).toBe(1);
    expect(findTitle(doc)).toBe('Night buses extended');
    expect(count()).toBe(n);
  });

  it('reshape moves head content to the head and the rest into the body, removing nothing', () => {
    const doc = parseHtml(
      `<style>.x{}</style><!doctype html><html><html>${HEAD}<script>var a;</script><p>Before the body.</p>` +
        `<body>${ARTICLE}</body></html></html><p>After the end.</p>`,
    );
    const body = reshape(doc)!;
    const html = doc.documentElement;
    expect([...html.children].map((c) => c.localName)).toEqual(['head', 'body']);
    expect(body).toBe(html.lastElementChild);
    expect(doc.body).toBe(body);
    expect([...doc.head.children].map((c) => c.localName)).toEqual(['meta', 'title', 'style', 'script']);
    expect(body.firstElementChild?.textContent).toBe('Before the body.');
    expect(body.lastElementChild?.textContent).toBe('After the end.');
    expect(body.textContent).toContain('Paragraph 6');
  });

  it('a well-shaped document is left as it is', () => {
    const doc = parseHtml(`<!doctype html><html>${HEAD}<body>${ARTICLE}</body></html>`);
    const before = doc.documentElement.outerHTML;
    reshape(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(extractFromDocument(doc, { owned: true }).article).toBe(true);
  });
});
