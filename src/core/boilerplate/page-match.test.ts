/**
 * The content script matches only the families the page hides (page-match.ts); the extraction
 * matches all of them (match.ts). Over the page's families both must judge every paragraph alike:
 * every block of the repository's own pages and articles, with each family asked alone and all
 * together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { phraseKey } from './key.js';
import { matchPhraseKey } from './match.js';
import { matchPagePhraseKey, PAGE_PHRASES, type PageFamily } from './page-match.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const DIRS = ['fixtures/boilerplate', 'fixtures/consent', 'fixtures/articles', 'e2e/pages', 'e2e/pages/real'];

function paragraphs(): string[] {
  const out = new Set<string>();
  for (const dir of DIRS) {
    for (const f of readdirSync(join(ROOT, dir))) {
      const text = (): string => readFileSync(join(ROOT, dir, f), 'utf8');
      if (f.endsWith('.txt')) for (const p of text().split(/\n\s*\n|\n/)) out.add(p.trim());
      if (!f.endsWith('.html')) continue;
      const doc = parseHtml(text());
      for (const el of doc.querySelectorAll('p, li, h2, h3, h4, div, span, a, button, aside, section'))
        out.add((el.textContent ?? '').trim());
    }
  }
  out.delete('');
  return [...out];
}

describe('page-match.ts judges as match.ts over the families the page hides', () => {
  const keys = paragraphs()
    .filter((p) => p.length <= 1200)
    .map(phraseKey);
  const families = Object.keys(PAGE_PHRASES) as PageFamily[];

  it('each family alone, and all of them', () => {
    expect(keys.length).toBeGreaterThan(1000);
    const found = new Map<string, number>();
    for (const key of keys) {
      const all = matchPagePhraseKey(key);
      expect(all, key).toBe(matchPhraseKey(key, families));
      if (all) found.set(all, (found.get(all) ?? 0) + 1);
      for (const f of families)
        expect(matchPagePhraseKey(key, [f]), `${f}: ${key}`).toBe(matchPhraseKey(key, [f]));
    }
    // The pages hold every kind, so the comparison is not between two nulls.
    for (const f of ['consent', 'related', 'newsletter', 'share'])
      expect(found.get(f) ?? 0, f).toBeGreaterThan(0);
  });
});
