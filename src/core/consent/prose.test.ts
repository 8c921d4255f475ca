/**
 * Article text is never a finding, whatever it talks about (issue 13, item 2): on articles about
 * consent banners, in five languages, every element the page marks `data-probe` (paragraphs that
 * quote or describe banners, intertitles, lists of button labels) stays outside every finding,
 * in the core and in the page cleanup. The repo's own fixtures (fixtures/consent/prose) always
 * run; the hostile repro pages of ../shared run when that folder is there.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { startCleanup } from '../../content/cleanup/index.js';
import { findConsent } from './index.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const OWN = join(ROOT, 'fixtures', 'consent', 'prose');
const REPRO = resolve(ROOT, '..', 'shared', 'repro', 'hardening');

function probesHit(html: string): string[] {
  const doc = parseHtml(html, 'https://news.example.org/2026/03/article.html');
  const probes = Array.from(doc.querySelectorAll('[data-probe]'));
  expect(probes.length).toBeGreaterThan(5);
  const found = findConsent(doc);
  return probes
    .filter((p) => found.some((f) => f.element === p || f.element.contains(p) || p.contains(f.element)))
    .map((p) => (p.textContent ?? '').trim().slice(0, 80));
}

function probesHiddenByCleanup(html: string): string[] {
  const doc = parseHtml(html, 'https://news.example.org/2026/03/article.html');
  const cleanup = startCleanup(doc, { observe: false });
  const hidden = Array.from(doc.querySelectorAll('[data-probe]')).filter(
    (p) => p.closest('[data-unwall-hidden]') !== null || p.querySelector('[data-unwall-hidden]') !== null,
  );
  cleanup.undo();
  return hidden.map((p) => (p.textContent ?? '').trim().slice(0, 80));
}

describe('articles about consent keep every paragraph (repo fixtures)', () => {
  const files = readdirSync(OWN).filter((f) => f.endsWith('.html'));
  it('covers five languages', () => {
    expect(new Set(files.map((f) => f.slice(0, 2)))).toEqual(new Set(['fr', 'en', 'de', 'es', 'it']));
  });
  for (const f of files) {
    it(f, () => {
      const html = readFileSync(join(OWN, f), 'utf8');
      expect(probesHit(html)).toEqual([]);
      expect(probesHiddenByCleanup(html)).toEqual([]);
    });
  }
});

const repro = existsSync(REPRO) ? readdirSync(REPRO).filter((f) => /^04-fp-\w+\.html$/.test(f)) : [];
if (repro.length === 0)
  console.log('prose.test: ../shared/repro/hardening not found, its 04-fp pages skipped');
describe.skipIf(repro.length === 0)('articles about consent keep every paragraph (../shared repro)', () => {
  for (const f of repro) {
    it(f, () => {
      const html = readFileSync(join(REPRO, f), 'utf8');
      expect(probesHit(html)).toEqual([]);
      expect(probesHiddenByCleanup(html)).toEqual([]);
    });
  }
});
