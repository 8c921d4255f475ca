/**
 * The thinning before Readability (prune.ts) must not change what Readability finds: on Mozilla
 * Readability's saved test pages its article text, title and byline are the same with and without
 * it, while the pages lose a good share of their elements. Bylines are compared without their time
 * stamps, as extraction reads them: Readability takes an element for the byline only while its raw
 * text is under 100 characters, indentation included, so once indentation is folded it may take
 * the element that holds the author and the time stamp instead of the author's alone.
 */
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { FAKE_URL, HAS_SHARED, readabilityPages } from '../../../bench/corpus.js';
import { parseHtml } from '../../node/index.js';
import { extractFromDocument } from './index.js';
import { prepareForReadability, pruneInTwoSteps } from './prune.js';
import { withoutTimeStamp } from './shapes.js';

/** Measured on the shared corpus: skipped in a lone clone (see vitest.config.ts). */
const itShared = it.skipIf(!HAS_SHARED);

const pages = readabilityPages();
const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function readable(doc: Document): string[] {
  const r = new Readability(doc).parse();
  return [squash(r?.textContent), squash(r?.title), withoutTimeStamp(squash(r?.byline))];
}

/** Share of tokens of either text missing from the other. */
function tokenChange(a: string, b: string): number {
  const count = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const t of s.toLowerCase().split(' ')) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const [x, y] = [count(a), count(b)];
  let diff = 0;
  for (const k of new Set([...x.keys(), ...y.keys()])) diff += Math.abs((x.get(k) ?? 0) - (y.get(k) ?? 0));
  return diff / Math.max(1, a.split(' ').length + b.split(' ').length);
}

describe('prepareForReadability', () => {
  itShared("leaves Readability's article, title and byline as they were on its test pages", () => {
    let identical = 0;
    let worst = 0;
    for (const p of pages) {
      const thinned = parseHtml(p.source, FAKE_URL);
      prepareForReadability(thinned);
      const [before, after] = [readable(parseHtml(p.source, FAKE_URL)), readable(thinned)];
      if (JSON.stringify(before) === JSON.stringify(after)) identical++;
      expect(after.slice(1)).toEqual(before.slice(1));
      worst = Math.max(worst, tokenChange(before[0]!, after[0]!));
    }
    // A widget's counter may come or go (one page gains a gallery's "14"), and a byline element that
    // takes the time stamp along may take the repeated headline next to it; article text may not.
    expect(identical / pages.length).toBeGreaterThanOrEqual(0.95);
    expect(worst).toBeLessThan(0.005);
  });

  it('removes inert markup, comments, hidden subtrees and chrome outside the article', () => {
    const doc = parseHtml(
      `<html><head><link rel="stylesheet" href="a.css"><meta charset="utf-8"><meta name="author" content="A"></head><body>
      <nav><a href="/">Home</a></nav><!-- ad slot --><div hidden>Sign in</div><script>var x;</script>
      <script type="application/ld+json">{}</script><select><option>One</option></select>
      <header><h1>Headline</h1></header><article><header>Kicker</header><p>Text.</p></article>
      <footer>© Site</footer></body></html>`,
    );
    prepareForReadability(doc);
    const body = doc.body.innerHTML;
    for (const gone of ['Home', 'ad slot', 'Sign in', 'var x', '<option', '© Site'])
      expect(body).not.toContain(gone);
    for (const kept of ['Headline', 'Kicker', 'Text.', 'application/ld+json']) expect(body).toContain(kept);
    expect(doc.head.querySelector('link')).toBeNull();
    expect(doc.head.querySelector('meta[name="author"]')).not.toBeNull();
  });

  itShared('thins real pages by a good share of their elements', () => {
    let before = 0;
    let after = 0;
    for (const p of pages) {
      const doc = parseHtml(p.source, FAKE_URL);
      before += doc.querySelectorAll('*').length;
      prepareForReadability(doc);
      after += doc.querySelectorAll('*').length;
    }
    expect(after / before).toBeLessThan(0.8);
  });

  it('leaves hidden subtrees and script-off fallbacks for the second step, consent landmarks for good', () => {
    const doc = parseHtml(
      `<html><body><div id="cookie-notice" role="banner">We use cookies.</div><nav>Menu</nav>
      <article><p>Text.</p><div style="display:none">Later</div><noscript><a href="https://x.com/a">post</a></noscript>
      <template><p>Original</p></template></article></body></html>`,
    );
    const { finish } = pruneInTwoSteps(doc);
    const text = (): string => doc.body.textContent ?? '';
    expect(text()).not.toContain('Menu');
    for (const kept of ['We use cookies.', 'Later', 'post']) expect(text()).toContain(kept);
    expect(doc.querySelector('template')).not.toBeNull();
    finish();
    for (const gone of ['Later', 'post']) expect(text()).not.toContain(gone);
    expect(doc.querySelector('template')).toBeNull();
    expect(text()).toContain('We use cookies.');
  });

  it('lets consent detection see a cookie bar that carries a landmark role', () => {
    const prose =
      '<p>' + 'The council met on Tuesday and voted on the budget for the coming year. '.repeat(8) + '</p>';
    const doc = parseHtml(
      `<html lang="en"><body><header role="banner"><a href="/">Site</a></header><article><h1>Budget</h1>${prose}${prose}</article>
      <div id="cookie-notice" role="banner"><span>We use cookies to ensure that we give you the best experience on our website.</span>
      <a href="#">Ok</a></div></body></html>`,
      'https://news.example/budget',
    );
    const found = extractFromDocument(doc, { owned: true }).removed.filter(
      (r) => r.kind === 'consent-banner',
    );
    expect(found.map((r) => r.text)).toEqual([expect.stringContaining('We use cookies')]);
  });

  it('removes empty elements once consent detection is done, keeps spaces and separators between words', () => {
    const doc = parseHtml(
      `<html><body><article><div class="ad-slot"><div id="dfp-1"></div></div><p>La Commission<span> </span>(CNIL) a dit.<i class="icon"></i></p>
      <div>First run of text.<div></div>Second run of text.</div><figure data-src="a.jpg"></figure><p></p><ul><li></li></ul>
      <div class="embed-placeholder" data-src="https://x.com/a"></div></article></body></html>`,
    );
    const { finish } = pruneInTwoSteps(doc);
    expect(doc.querySelector('.embed-placeholder')).not.toBeNull();
    finish();
    for (const gone of ['.ad-slot', '#dfp-1', 'i.icon', '.embed-placeholder'])
      expect(doc.querySelector(gone)).toBeNull();
    expect(doc.querySelector('p')?.textContent).toBe('La Commission (CNIL) a dit.');
    // A paragraph, a list item and a figure stay: Readability counts them or fills them from lazy attributes.
    for (const kept of ['figure', 'figure + p', 'li']) expect(doc.querySelector(kept)).not.toBeNull();
    expect(doc.querySelector('article > div')?.childNodes.length).toBe(3);
  });

  it('folds indentation between tags to one space, but not inside preformatted text', () => {
    const doc = parseHtml(
      '<html><body><div>\n      <p>One</p>\n      <p>Two</p>\n    </div><pre>  a\n    b</pre></body></html>',
    );
    prepareForReadability(doc);
    expect(doc.querySelector('div')?.innerHTML).toBe(' <p>One</p> <p>Two</p> ');
    expect(doc.querySelector('pre')?.textContent).toBe('  a\n    b');
  });

  it("lists the document's elements after the first step as querySelectorAll('*') does", () => {
    // Kept whole without being entered: a hidden box, a noscript fallback, a template (whose
    // content querySelectorAll does not list), preformatted text, and a subtree nested too deep
    // (flattened). Dropped: a script, an icon, the site's menu. Outside the body: the head.
    let deep = '<p>Deep text of the article, long enough.</p>';
    for (let i = 0; i < 70; i++) deep = `<div>${deep}</div>`;
    const doc = parseHtml(
      `<html><head><title>T</title><meta name="x" content="y"></head><body>
      <nav><a href="/">Home</a></nav><div class="wrap"><p>Text <b>bold</b></p>
      <div hidden><span>Hidden <i>box</i></span></div><noscript><iframe src="https://x.test/e"></iframe></noscript>
      <template><p>Template</p></template><pre><code>x</code></pre><script>var a;</script>
      <svg><path d="M0"/></svg>${deep}</div><footer><p>Legal</p></footer></body></html>`,
    );
    const { elements, finish } = pruneInTwoSteps(doc);
    const all = [...doc.querySelectorAll('*')];
    // The same elements (identity, not structure) in the same order.
    expect(elements.length).toBe(all.length);
    expect(elements.findIndex((e, i) => e !== all[i])).toBe(-1);
    expect(elements.map((e) => e.localName)).toContain('code');
    expect(elements.map((e) => e.localName)).not.toContain('nav');
    finish();
  });
});
