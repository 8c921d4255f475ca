/** The in-page cleanup on linkedom documents: hiding, notices, scroll unlock, late arrivals, exact undo. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { HIDDEN_ATTR, PREHIDE_ATTR, STYLE_ATTR } from './hide.js';
import { startCleanup } from './index.js';
import { NOTICE_ATTR } from './notice.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const EXAMPLE = resolve(ROOT, 'examples', 'lemonde-ukraine', 'index.html');

function load(path: string): Document {
  return parseHtml(
    readFileSync(path, 'utf8'),
    'https://www.lemonde.fr/international/article/2026/01/24/ukraine.html',
  );
}

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('startCleanup on a loose "Related:" line', () => {
  it('hides the label, its link and its <br> together, one thing cleaned, and undoes them exactly', async () => {
    const prose =
      'Over the last decade, our team of experts has bought and tested more than fifty of the best GPS watches, logging many training hours each week.';
    const doc = parseHtml(
      `<html lang="en"><head><title>GPS watches</title></head><body><main><div class="text"><p>${prose}</p><p>${prose.replace('fifty', 'sixty')}</p><strong>Related:</strong> <a href="/trackers">Best Fitness Trackers</a><br>Loose words of the article stay.</div></main></body></html>`,
      'https://reviews.example/gps-watches',
    );
    const before = doc.documentElement.outerHTML;
    const c = startCleanup(doc, { observe: false });
    await c.ready;
    for (const sel of ['.text > strong', '.text > a', '.text > br'])
      expect(doc.querySelector(sel)!.getAttribute(HIDDEN_ATTR), sel).toBe('boilerplate');
    expect(c.removed()).toHaveLength(1);
    for (const p of Array.from(doc.querySelectorAll('p'))) expect(p.closest(`[${HIDDEN_ATTR}]`)).toBeNull();
    c.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('startCleanup on the example page', () => {
  it('hides the placeholder and the wall, adds a notice with the original link, unlocks scrolling', async () => {
    const doc = load(EXAMPLE);
    const c = startCleanup(doc, { observe: false });
    await c.ready;
    const embed = doc.querySelector('.article__embed')!;
    expect(embed.getAttribute(HIDDEN_ATTR)).toBe('consent-embed');
    expect(doc.querySelector('.gdpr-lmd-wall')!.getAttribute(HIDDEN_ATTR)).toBe('consent-wall');
    expect(doc.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(1);
    expect(doc.documentElement.classList.contains('popin-gdpr-no-scroll')).toBe(false);

    const host = embed.previousElementSibling!;
    expect(host.getAttribute(NOTICE_ATTR)).toBe('x');
    const shadow = host.shadowRoot!;
    expect(shadow.querySelector('p')!.textContent).toBe(
      'Unwall Publication X bloquée par un réglage de consentement — l’ouvrir',
    );
    const a = shadow.querySelector('a')!;
    expect(a.getAttribute('href')).toMatch(/^https:\/\/(x|twitter)\.com\//);
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('target')).toBe('_blank');

    expect(c.payWall).toBe(true);
    const removed = c.removed();
    expect(removed.map((r) => r.kind)).toEqual(['consent-embed', 'boilerplate', 'consent-wall']);
    expect(removed[0]).toMatchObject({ provider: 'x' });
    expect(removed[1]).not.toHaveProperty('provider');
    // Article paragraphs are never marked.
    for (const p of Array.from(doc.querySelectorAll('p.article__paragraph')))
      expect(p.closest(`[${HIDDEN_ATTR}]`)).toBeNull();
  });

  it('undo() restores the page exactly', async () => {
    const doc = load(EXAMPLE);
    const before = doc.documentElement.outerHTML;
    const c = startCleanup(doc, { observe: false });
    await c.ready;
    expect(doc.documentElement.outerHTML).not.toBe(before);
    c.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(c.applied).toHaveLength(0);
  });

  it('makes a wall its platform names transparent before the rest of the first pass has run', async () => {
    const doc = load(EXAMPLE);
    let done = false;
    // One unit of work per slice: the pass spans many tasks, as on a large page.
    const c = startCleanup(doc, { observe: false, sliceMs: 0 });
    void c.ready.then(() => (done = true));
    const wall = doc.querySelector('.gdpr-lmd-wall')!;
    for (let i = 0; i < 500 && !wall.hasAttribute(PREHIDE_ATTR) && !done; i++) await wait(0);
    expect(done).toBe(false);
    expect(wall.getAttribute(PREHIDE_ATTR)).toBe('consent-wall');
    // The phrase passes (the "Lire aussi" box) have not run yet.
    expect(doc.querySelector('.article__inline')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    await c.ready;
    expect(wall.getAttribute(HIDDEN_ATTR)).toBe('consent-wall');
    expect(wall.hasAttribute(PREHIDE_ATTR)).toBe(false);
    expect(c.removed().map((r) => r.kind)).toContain('consent-wall');
  });

  it('never makes a platform-named box of article prose transparent, not even for a moment', async () => {
    const prose =
      'The regulator said on Tuesday that the cookie notice of the ministry had been changed twice this year, after complaints from readers who could not find the refusal button on its pages.';
    const doc = parseHtml(
      `<html><body><article><h1>Cookie rules</h1><p>${prose}</p><div id="cookie-notice"><p>${prose}</p><p>${prose}</p></div><p>${prose}</p></article></body></html>`,
      'https://news.example.org/a.html',
    );
    const box = doc.getElementById('cookie-notice')!;
    const c = startCleanup(doc, { observe: false, sliceMs: 0 });
    let marked = false;
    let done = false;
    void c.ready.then(() => (done = true));
    for (let i = 0; i < 500 && !done; i++) {
      marked ||= box.hasAttribute(PREHIDE_ATTR) || box.hasAttribute(HIDDEN_ATTR);
      await wait(0);
    }
    await c.ready;
    expect(marked).toBe(false);
    expect(box.hasAttribute(PREHIDE_ATTR) || box.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('leaves boilerplate visible when asked to', async () => {
    const doc = load(EXAMPLE);
    await startCleanup(doc, { observe: false, boilerplate: false }).ready;
    expect(doc.querySelector('.article__inline')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(doc.querySelector('.article__embed')!.hasAttribute(HIDDEN_ATTR)).toBe(true);
  });
});

describe('scroll locks', () => {
  it('clears inline locks and lock classes, and gives back the exact attributes on undo', async () => {
    const doc = load(resolve(ROOT, 'fixtures', 'consent', 'fr-regional-didomi.html'));
    const body = doc.body;
    const classBefore = body.getAttribute('class');
    const styleBefore = body.getAttribute('style');
    const c = startCleanup(doc, { observe: false });
    await c.ready;
    expect(body.classList.contains('didomi-popup-open')).toBe(false);
    expect(body.style.getPropertyValue('overflow')).toBe('');
    expect(body.style.getPropertyValue('padding-right')).toBe('');
    c.undo();
    expect(body.getAttribute('class')).toBe(classBefore);
    expect(body.getAttribute('style')).toBe(styleBefore);
  });

  it('on undo, gives back only what it took when the page changed the attribute since', async () => {
    const doc = load(resolve(ROOT, 'fixtures', 'consent', 'fr-regional-didomi.html'));
    const c = startCleanup(doc, { observe: false });
    await c.ready;
    doc.body.classList.add('page-added');
    c.undo();
    expect(doc.body.classList.contains('page-added')).toBe(true);
    expect(doc.body.classList.contains('didomi-popup-open')).toBe(true);
  });

  it('does not touch a generic lock when no consent UI was found', async () => {
    const doc = parseHtml(
      '<html><body class="modal-open" style="overflow: hidden"><p>Page with its own modal.</p></body></html>',
    );
    await startCleanup(doc, { observe: false }).ready;
    expect(doc.body.getAttribute('style')).toBe('overflow: hidden');
  });
});

describe('late arrivals', () => {
  it('hides a banner inserted after start, once, and reports it', async () => {
    const doc = load(EXAMPLE);
    const onChange = vi.fn();
    const c = startCleanup(doc, { throttleMs: 0, onChange });
    await c.ready;
    await vi.waitFor(() => {
      expect(onChange).toHaveBeenCalledTimes(1);
    }); // what the first pass hid
    onChange.mockClear();
    const sdk = doc.createElement('div');
    sdk.id = 'onetrust-consent-sdk';
    const p = doc.createElement('p');
    p.textContent = 'We use cookies to personalise content and ads. Accept all or manage preferences.';
    sdk.append(p);
    doc.body.append(sdk);
    await vi.waitFor(() => {
      expect(sdk.getAttribute(HIDDEN_ATTR)).toBe('consent-banner');
    });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(c.findings.filter((f) => f.element === sdk)).toHaveLength(1);
    c.undo();
    expect(sdk.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('undoes a lock class the consent tool puts back', async () => {
    const doc = load(EXAMPLE);
    const c = startCleanup(doc, { throttleMs: 0 });
    await c.ready;
    doc.documentElement.classList.add('popin-gdpr-no-scroll');
    await vi.waitFor(() => {
      expect(doc.documentElement.classList.contains('popin-gdpr-no-scroll')).toBe(false);
    });
    c.stop();
  });

  it('stops watching after its time window; stop() keeps what was hidden', async () => {
    const doc = load(EXAMPLE);
    const c = startCleanup(doc, { throttleMs: 0, observeMs: 0 });
    await c.ready;
    await wait(5);
    const late = doc.createElement('div');
    late.id = 'didomi-host';
    late.textContent = 'Nous utilisons des cookies. Accepter et fermer';
    doc.body.append(late);
    // Long enough for a rescan to have hidden it (the test above takes a few ms).
    await wait(300);
    expect(late.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(c.stats().watching).toBe(false);
    c.stop();
    expect(doc.querySelector('.gdpr-lmd-wall')!.hasAttribute(HIDDEN_ATTR)).toBe(true);
  });
});

describe('grace period for automatic refusal', () => {
  /** Long enough for the first pass on linkedom (tens of ms), short enough for a unit test. */
  const GRACE = 1000;

  it('cleans embeds at once, only prehides banners and walls until the grace period ends', async () => {
    const doc = load(EXAMPLE);
    const c = startCleanup(doc, { observe: false, consentUiGraceMs: GRACE });
    await c.ready;
    const wall = doc.querySelector('.gdpr-lmd-wall')!;
    expect(doc.querySelector('.article__embed')!.getAttribute(HIDDEN_ATTR)).toBe('consent-embed');
    // Transparent and click-through (autoconsent still sees it), and the page scrolls at once.
    expect(wall.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(wall.getAttribute(PREHIDE_ATTR)).toBe('consent-wall');
    expect(doc.documentElement.classList.contains('popin-gdpr-no-scroll')).toBe(false);
    await vi.waitFor(
      () => {
        expect(wall.getAttribute(HIDDEN_ATTR)).toBe('consent-wall');
      },
      {
        timeout: GRACE * 3,
      },
    );
    expect(wall.hasAttribute(PREHIDE_ATTR)).toBe(false);
    c.undo();
    expect(wall.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('the end of the grace period comes even after the watcher stopped', async () => {
    const doc = load(EXAMPLE);
    const c = startCleanup(doc, { throttleMs: 0, observeMs: 0, budgetMs: 0, consentUiGraceMs: GRACE });
    await c.ready;
    c.stop();
    const wall = doc.querySelector('.gdpr-lmd-wall')!;
    expect(wall.hasAttribute(HIDDEN_ATTR)).toBe(false);
    await vi.waitFor(
      () => {
        expect(wall.getAttribute(HIDDEN_ATTR)).toBe('consent-wall');
      },
      {
        timeout: GRACE * 3,
      },
    );
    c.undo();
  });

  it('a banner answered during the grace period is not hidden or counted afterwards', async () => {
    const doc = load(EXAMPLE);
    const onChange = vi.fn();
    const c = startCleanup(doc, { observe: false, consentUiGraceMs: GRACE, onChange });
    await c.ready;
    expect(c.removed().some((r) => r.kind === 'consent-wall')).toBe(true);
    doc.querySelector('.gdpr-lmd-wall')!.remove(); // what a refusal click does to most banners
    expect(c.removed().some((r) => r.kind === 'consent-wall')).toBe(false);
    await wait(GRACE + 100);
    expect(c.applied.some((a) => a.finding.kind === 'consent-wall')).toBe(false);
    expect(c.removed().some((r) => r.kind === 'consent-wall')).toBe(false);
    c.undo();
  });
});
