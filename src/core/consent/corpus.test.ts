/**
 * The negative side on real saved pages (../shared/corpus, readability + zyte): no finding holds a
 * paragraph of the expected article text. The one deliberate exception is a "read also" line
 * (Lire aussi / Leggi anche / Read more: {title}), which the expected outputs keep and the product
 * hides (PRODUCT.md, "Lire aussi", newsletter prompts); such findings must be short.
 * The positive side: the banners CONSENT-SCAN.md lists as visible in the HTML are found.
 */
import { describe, expect, it } from 'vitest';
import { FAKE_URL, HAS_SHARED, readabilityPages, zytePages } from '../../../bench/corpus.js';
import { parseHtml } from '../../node/index.js';
import { normalizeSpace } from '../text/normalize.js';
import { findConsent, matchesCategory, matchForm, type Finding } from './index.js';
import { visibleText } from './text.js';
import { boilerplateKindOf } from '../boilerplate/box.js';

/** Paragraphs of five words or more: shorter lines ("Leggi anche") say nothing about containment. */
function paragraphsOfHtml(html: string): string[] {
  const doc = parseHtml(html);
  return Array.from(doc.querySelectorAll('p, li, h1, h2, h3, h4, blockquote, pre, td, figcaption, dd'))
    .map((e) => normalizeSpace(e.textContent ?? ''))
    .filter((t) => t.split(' ').length >= 5);
}

function paragraphsOfText(text: string): string[] {
  return text
    .split(/\n+/)
    .map(normalizeSpace)
    .filter((t) => t.split(' ').length >= 5);
}

/**
 * "Read also" lines, newsletter prompts and boxes of boilerplate (a newsletter signup, a "Story
 * Timeline" of links: src/core/boilerplate/box.ts): hidden by design, though expected outputs keep
 * some. A box never holds a prose paragraph (consent/boxes.ts checks it).
 */
function isProductBoilerplate(f: Finding, text: string): boolean {
  const t = matchForm(text);
  return (
    f.kind === 'boilerplate' &&
    ((text.length <= 300 &&
      (matchesCategory(t, 'related') ||
        matchesCategory(t, 'newsletter') ||
        /^(related|newsletter)$/.test(boilerplateKindOf(text) ?? ''))) ||
      (f.source === 'box' && text.length <= 1200))
  );
}

interface Violation {
  page: string;
  kind: string;
  finding: string;
  paragraph: string;
}

function check(
  page: string,
  found: Finding[],
  paragraphs: string[],
  out: Violation[],
  related: string[],
): void {
  for (const f of found) {
    const text = visibleText(f.element);
    for (const p of paragraphs) {
      if (!text.includes(p)) continue;
      if (isProductBoilerplate(f, text)) related.push(`${page}: ${text}`);
      else out.push({ page, kind: f.kind, finding: text.slice(0, 120), paragraph: p.slice(0, 120) });
    }
  }
}

const readability = readabilityPages();
const zyte = zytePages();
let zyteFound: Map<string, Finding[]> | null = null;
/** Findings per Zyte page, computed once for the tests that read them. */
function foundOnZyte(): Map<string, Finding[]> {
  zyteFound ??= new Map(zyte.map((p) => [p.id, findConsent(parseHtml(p.html, p.url))]));
  return zyteFound;
}

describe.skipIf(!HAS_SHARED)('no article paragraph is flagged on the shared corpus', () => {
  it(`readability pages (${readability.length})`, () => {
    const violations: Violation[] = [];
    const related: string[] = [];
    for (const p of readability)
      check(
        p.name,
        findConsent(parseHtml(p.source, FAKE_URL)),
        paragraphsOfHtml(p.expected),
        violations,
        related,
      );
    expect(violations).toEqual([]);
    // lemonde-1 "Lire aussi : {title}", cnn "Related: {title}", wapo "[Read: {title}]", breitbart's
    // "SIGN UP FOR OUR NEWSLETTER" boxes, the newsletter boxes of citylab and theverge (their lines
    // counted one by one), wapo's "Read more:" over three linked headlines, one per paragraph;
    // lemonde-1 "Lire : {title}" and wapo-1 "[Read: {title}]", read since the prefilter follows
    // the related list (its words 'lire', 'read').
    expect(related.length).toBeLessThanOrEqual(19);
  });

  it(`zyte pages (${zyte.length})`, () => {
    const violations: Violation[] = [];
    const related: string[] = [];
    for (const p of zyte)
      check(p.id, foundOnZyte().get(p.id)!, paragraphsOfText(p.truth), violations, related);
    expect(violations).toEqual([]);
    // Two cnn-style "Related:" lines and two "Story Timeline" boxes of links (slashgear).
    expect(related.length).toBeLessThanOrEqual(4);
  });
});

describe.skipIf(!HAS_SHARED)('banners visible in the saved HTML are found (CONSENT-SCAN.md)', () => {
  const expectBanner: [string, string][] = [
    ['readability/lemonde-1', '#alerte_tracking'],
    ['readability/medicalnewstoday', '#gdprModal'],
    ['zyte/16c30add7e96315e', '#privacy-consent'],
    ['zyte/785affa2c34e6e48', '#privacy-consent'],
    ['zyte/1f765c48780665e8', '#cookieContainer'],
    ['zyte/20b2b64916b00b25', '#cookie-notice'],
    ['zyte/39d5c43beb60605c', '#dk_gdpr'],
    ['zyte/e1c7023ee2148901', '#js-popup-cookies'],
    ['zyte/b0cf2bbf0192315e', '.pea_cook_wrapper'],
  ];
  for (const [name, selector] of expectBanner) {
    it(`${name} ${selector}`, () => {
      const [set, id] = name.split('/') as [string, string];
      const html =
        set === 'readability'
          ? readability.find((p) => p.name === id)!.source
          : zyte.find((p) => p.id.startsWith(id))!.html;
      const doc = parseHtml(html, FAKE_URL);
      const target = doc.querySelector(selector)!;
      expect(target).not.toBeNull();
      const found = findConsent(doc);
      expect(
        found.some(
          (f) => f.kind === 'consent-banner' && (f.element === target || f.element.contains(target)),
        ),
      ).toBe(true);
    });
  }

  it('footer "Cookie policy" links, link lists and "Cookie Settings" links are never flagged', () => {
    for (const p of zyte) {
      const found = foundOnZyte()
        .get(p.id)!
        .filter((f) => !isProductBoilerplate(f, visibleText(f.element)));
      for (const f of found) {
        expect(f.element.matches('li, ul, nav, footer, .optanon-show-settings'), `${p.id}: ${f.text}`).toBe(
          false,
        );
        expect(f.element.querySelector('.optanon-show-settings, nav, footer')).toBeNull();
      }
    }
  });
});
