/**
 * Compiling the phrase rules is bounded per unit of the scan (issue 13): a category's rules joined
 * into one regexp (the placeholder rules of six languages: 6,119 characters of source) cost
 * 40–300 ms to compile on first use, in one unit, on every page whose text passed the category's
 * literal anchors: articles about cookies (the shared 04-fp pages) had their longest tasks there.
 * Each rule is now compiled alone, and only when the literal anchors say a text may match it.
 * Counted, not timed (phraseWork): the characters of regexp source one unit compiled. Each page
 * is scanned with the modules loaded afresh, so that nothing is compiled beforehand.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { CATEGORY_ANCHORS } from './phrase-anchors.js';
import { LANGS, PHRASES, type Category } from './phrases.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** Articles about consent (their text passes the anchors of every consent category) and a wall. */
const PAGES = [
  'fixtures/prose/fr-hardening-04-fp.html',
  'fixtures/prose/en-hardening-04-fp.html',
  'fixtures/prose/de-hardening-04-fp.html',
  'fixtures/consent/es-articulo-sobre-cookies.html',
  'fixtures/consent/it-articolo-sui-cookie.html',
  'fixtures/consent/fr-regional-didomi.html',
];
/**
 * Most source characters one unit may compile: the few rules a block's words allow (the longest
 * rule has 265 characters). The placeholder category joined has 6,119, explanations 3,112.
 */
const MAX_COMPILE = 2500;

async function freshScan(file: string): Promise<{ largestCompile: number; compiled: number; rules: number }> {
  vi.resetModules();
  const { ConsentScan, runToEnd } = await import('./index.js');
  const { phraseWork } = await import('./phrases.js');
  const scan = new ConsentScan(parseHtml(readFileSync(resolve(ROOT, file), 'utf8'), 'https://example.org/a'));
  runToEnd(scan.run());
  const rules = LANGS.reduce((n, l) => n + Object.values(PHRASES[l]).flat().length, 0);
  return { largestCompile: scan.work.largestCompile, compiled: phraseWork.compiled, rules };
}

describe('phrase regexps compiled per unit of the scan', () => {
  it.each(PAGES)('%s: a few rules at a time, only those its words allow', async (file) => {
    const { largestCompile, compiled, rules } = await freshScan(file);
    expect(largestCompile).toBeGreaterThan(0);
    expect(largestCompile).toBeLessThanOrEqual(MAX_COMPILE);
    // Most rules are never built on a page: their literal words are not in it.
    expect(compiled).toBeLessThan(rules / 4);
  });

  it("each category's anchors have one alternative per rule, in the rules' order", () => {
    // phrases.ts reads alternative i of a category's gate as its rule i (LANGS order).
    for (const c of Object.keys(CATEGORY_ANCHORS) as Category[]) {
      const gate = CATEGORY_ANCHORS[c];
      const count = LANGS.reduce((n, l) => n + PHRASES[l][c].length, 0);
      if (gate) expect(gate.all, c).toHaveLength(count);
    }
  });
});
