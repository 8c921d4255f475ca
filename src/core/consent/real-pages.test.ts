/**
 * The core on the real-markup development pages (e2e/pages/real, annotations in its README), in
 * Node with linkedom: every annotated banner, wall, blocked embed and boilerplate box is found (the
 * finding is it or holds it), each embed's finding carries exactly the annotated address (or none)
 * and provider, and no article block is inside a finding. The browsers check the same pages with
 * the built extension (e2e/real-pages.test.ts); here a failure names the rule at fault quickly.
 * linkedom does not attach declarative shadow roots: hosts of <template shadowrootmode> are left
 * to the browsers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { findConsent, type Finding } from './index.js';

const DIR = resolve(import.meta.dirname, '../../../e2e/pages/real');
const PAGES = readdirSync(DIR).filter((f) => f.endsWith('.html'));

function label(el: Element): string {
  return `${el.getAttribute('data-t')}: ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 70)}`;
}

/** What went wrong on one page, as lines (empty when all is right). */
function problems(file: string): string[] {
  const doc = parseHtml(readFileSync(`${DIR}/${file}`, 'utf8'), `http://127.0.0.1/e2e/pages/real/${file}`);
  const found = findConsent(doc);
  const holder = (el: Element): Finding | undefined =>
    found.find((f) => f.element === el || f.element.contains(el));
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[data-t]'))) {
    if (el.getAttribute('data-t') === 'banner-part' || el.querySelector('template[shadowrootmode]')) continue;
    if (!holder(el)) out.push(`not found: ${label(el)}`);
    if (el.getAttribute('data-t') !== 'embed') continue;
    const embeds = found.filter(
      (f) =>
        f.kind === 'consent-embed' && (f.element === el || f.element.contains(el) || el.contains(f.element)),
    );
    const want = el.getAttribute('data-t-url');
    const urls = embeds.map((f) => f.url ?? null);
    const provider = el.getAttribute('data-t-provider');
    const linked = want
      ? urls.includes(new URL(want).href) && urls.every((u) => u === null || u === new URL(want).href)
      : embeds.length > 0 && urls.every((u) => u === null);
    if (!linked || (provider && !embeds.some((f) => f.provider === provider)))
      out.push(`${label(el)} → ${embeds.map((f) => `${f.url ?? 'no address'} (${f.provider})`).join(', ')}`);
  }
  const body = doc.querySelector('[data-t-body]');
  for (const el of Array.from(
    body?.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, figcaption') ?? [],
  )) {
    if (el.closest('[data-t]') || el.querySelector('p, li') || !(el.textContent ?? '').trim()) continue;
    const f = holder(el);
    if (f) out.push(`article text hidden (${f.kind}, ${f.source}): ${label(el)}`);
  }
  return out;
}

describe('real-markup development pages', () => {
  it('are at least 20, two of them negatives', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(20);
    expect(PAGES.filter((p) => p.startsWith('neg-')).length).toBeGreaterThanOrEqual(2);
  });
  for (const file of PAGES)
    it(file, () => {
      expect(problems(file)).toEqual([]);
    });
});
