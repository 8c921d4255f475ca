/**
 * The cleanup against pages that fight back or are very large (issue 13), on generated hostile
 * pages (e2e/hostile.ts, the shapes of ../shared/repro/hardening): work split into slices and
 * capped, markers put back when stripped, inline relocks overridden, only what is hidden now
 * reported, content shown later rescanned.
 */
import { describe, expect, it, vi } from 'vitest';
import { manyParagraphs, relatedLines, relockInline, stripsMarker } from '../../../e2e/hostile.js';
import { findConsent } from '../../core/consent/index.js';
import { parseHtml } from '../../node/index.js';
import { HIDDEN_ATTR, UNLOCK_ATTR } from './hide.js';
import { startCleanup } from './index.js';

const URL = 'https://example.org/article.html';
const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('bounded passes', () => {
  it('splits a large first pass into slices and hides the same things as one findConsent', async () => {
    const html = relatedLines(300);
    const doc = parseHtml(html, URL);
    const c = startCleanup(doc, { observe: false, sliceMs: 0, firstPassCapMs: 60_000 });
    // sliceMs 0: every unit of work ends its slice, so the pass cannot finish in the first task.
    expect(c.stats().firstPassMs).toBeNull();
    await c.ready;
    const stats = c.stats();
    expect(stats.firstPassSlices).toBeGreaterThan(100);
    expect(stats.split).toBe(1);
    expect(stats.capped).toBe(0);
    expect(stats.tasks).toBeGreaterThanOrEqual(stats.firstPassSlices);
    const expected = findConsent(parseHtml(html, URL)).map((f) => f.text);
    expect(c.findings.map((f) => f.text)).toEqual(expected);
    expect(expected).toHaveLength(300);
    for (const p of Array.from(doc.querySelectorAll('[data-probe="article"]')))
      expect(p.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('stops a pass at its hard cap of time and applies what it found so far', async () => {
    const doc = parseHtml(relatedLines(300), URL);
    const c = startCleanup(doc, { observe: false, sliceMs: 0, firstPassCapMs: 0 });
    await c.ready;
    expect(c.stats().capped).toBe(1);
    expect(c.findings.length).toBeLessThan(300);
  });

  it('stops a pass at its hard cap of work, the same on any machine', async () => {
    const run = async (cap: number) => {
      const doc = parseHtml(relatedLines(300), URL);
      const c = startCleanup(doc, { observe: false, firstPassCapElements: cap, firstPassCapMs: 60_000 });
      await c.ready;
      return { capped: c.stats().capped, found: c.findings.length, units: c.stats().firstPassUnits };
    };
    const whole = await run(Infinity);
    expect(whole).toMatchObject({ capped: 0, found: 300 });
    // 300 lines handle about 5,600 elements, and the phrase pass finds the lines between about
    // 3,700 and 4,100: a cap in between stops the scan part-way, at the same point every time.
    const half = await run(3900);
    expect(half.capped).toBe(1);
    expect(half.found).toBeGreaterThan(0);
    expect(half.found).toBeLessThan(300);
    expect(await run(3900)).toEqual(half);
    expect(half.units).toBeLessThan(whole.units);
  });

  it('hides the banner after 2,000 paragraphs', async () => {
    const doc = parseHtml(manyParagraphs(2000), URL);
    const c = startCleanup(doc, { observe: false });
    await c.ready;
    expect(doc.querySelector('[data-probe="banner"]')!.getAttribute(HIDDEN_ATTR)).toBe('consent-banner');
    expect(c.removed().map((r) => r.kind)).toEqual(['consent-banner']);
    expect(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)).toHaveLength(1);
  });
});

describe('pages that fight back', () => {
  it('puts back a hidden marker the page strips, also after content watching stopped', async () => {
    const doc = parseHtml(stripsMarker().replace(/<script>[\s\S]*?<\/script>/, ''), URL);
    const c = startCleanup(doc, { throttleMs: 0, observeMs: 0 });
    await c.ready;
    const banner = doc.querySelector('[data-probe="banner"]')!;
    expect(banner.getAttribute(HIDDEN_ATTR)).toBe('consent-banner');
    for (let round = 0; round < 3; round++) {
      banner.removeAttribute(HIDDEN_ATTR);
      await vi.waitFor(() => {
        expect(banner.getAttribute(HIDDEN_ATTR)).toBe('consent-banner');
      });
    }
    expect(c.stats().restored).toBe(3);
    expect(c.stats().watching).toBe(false);
    c.undo();
    expect(banner.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('overrides an inline scroll lock the page sets again, for good', async () => {
    const doc = parseHtml(relockInline().replace(/<script>[\s\S]*?<\/script>/, ''), URL);
    const c = startCleanup(doc, { throttleMs: 0, observeMs: 0 });
    await c.ready;
    expect(doc.body.style.getPropertyValue('overflow')).toBe('');
    // The owned stylesheet's !important rule wins over an inline declaration without it.
    expect(doc.body.getAttribute(UNLOCK_ATTR)).toContain('overflow');
    doc.body.style.setProperty('overflow', 'hidden');
    doc.body.removeAttribute(UNLOCK_ATTR);
    await vi.waitFor(() => {
      expect(doc.body.getAttribute(UNLOCK_ATTR)).toContain('overflow');
    });
    c.undo();
    expect(doc.body.hasAttribute(UNLOCK_ATTR)).toBe(false);
  });

  it('reports only what is hidden now: a banner the page removed is no longer counted', async () => {
    const doc = parseHtml(manyParagraphs(3), URL);
    const onChange = vi.fn();
    const c = startCleanup(doc, { throttleMs: 0, onChange });
    await c.ready;
    expect(c.removed()).toHaveLength(1);
    await vi.waitFor(() => {
      expect(onChange).toHaveBeenCalledTimes(1);
    });
    doc.querySelector('[data-probe="banner"]')!.remove();
    expect(c.removed()).toHaveLength(0);
    await vi.waitFor(() => {
      expect(onChange).toHaveBeenCalledTimes(2);
    });
    c.undo();
  });

  it('rescans content the page shows later by dropping its hidden attribute', async () => {
    // Named for nothing: only its wording makes it a banner, and hidden text is not read.
    const doc = parseHtml(
      manyParagraphs(3)
        .replace(
          /<div id="cookie-notice-x"[^>]*>/,
          '<div id="late" hidden><div data-probe="banner" style="position:fixed;bottom:0">',
        )
        .replace('</button></div>', '</button></div></div>'),
      URL,
    );
    const banner = doc.querySelector('[data-probe="banner"]')!;
    const wrapper = doc.getElementById('late')!;
    const c = startCleanup(doc, { throttleMs: 0 });
    await c.ready;
    expect(c.findings).toHaveLength(0);
    wrapper.removeAttribute('hidden');
    await vi.waitFor(() => {
      expect(banner.closest(`[${HIDDEN_ATTR}]`)).not.toBeNull();
    });
    expect(c.stats().rescans).toBeGreaterThan(0);
    c.undo();
  });

  it('rescans only what changed: a late line among 1,000 costs one small scan', async () => {
    const doc = parseHtml(relatedLines(1000), URL);
    const c = startCleanup(doc, { throttleMs: 0 });
    await c.ready;
    const first = c.stats();
    const line = doc.createElement('p');
    const link = doc.createElement('a');
    link.setAttribute('href', '/late');
    link.textContent = 'Un dernier article sur la réforme en cours';
    line.append('Lire aussi | ', link);
    doc.querySelector('article')!.append(line);
    await vi.waitFor(() => {
      expect(line.getAttribute(HIDDEN_ATTR)).toBe('boilerplate');
    });
    const after = c.stats();
    expect(after.rescans).toBe(first.rescans + 1);
    // One slice of a few units, not another pass over the thousand lines.
    expect(after.tasks - first.tasks).toBeLessThanOrEqual(3);
    await wait(10);
    c.undo();
  });
});
