/**
 * Literal anchors before the phrase regexps (anchors.ts): the stored sets are current, the parse
 * finds what a match must contain, and the gate never rejects a text a rule matches, checked on
 * every block of text of the saved pages and fixtures.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, readabilityPages, zytePages } from '../../../bench/corpus.js';
import { parseHtml } from '../../node/index.js';
import { BOILERPLATE_PHRASES } from '../boilerplate/phrases.js';
import { phraseKey } from '../boilerplate/match.js';
import {
  anchorsModule,
  coveredBy,
  GATED_CATEGORIES,
  GATED_FAMILIES,
  prefilteredRules,
} from './anchor-sets.js';
import { mayAny, mayMatch, sourceRequirements } from './anchors.js';
import { CATEGORY_ANCHORS, FAMILY_ANCHORS } from './phrase-anchors.js';
import { LANGS, PHRASES, PREFILTER_MIN_CHARS, PREFILTER_SOURCE, passesPrefilter } from './phrases.js';
import { matchForm } from './text.js';

/** Measured on the shared corpus: skipped in a lone clone (see vitest.config.ts). */
const itShared = it.skipIf(!HAS_SHARED);

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const FILE = resolve(import.meta.dirname, 'phrase-anchors.ts');

describe('anchors', () => {
  it('stored anchor sets match the current rules', () => {
    const want = anchorsModule();
    if (process.env.UPDATE_ANCHORS === '1') writeFileSync(FILE, want);
    expect(
      readFileSync(FILE, 'utf8'),
      'run UPDATE_ANCHORS=1 npx vitest run src/core/consent/anchors.test.ts',
    ).toBe(want);
  });

  it('PREFILTER is plain words, none shorter than PREFILTER_MIN_CHARS', () => {
    const alts = PREFILTER_SOURCE.split('|');
    expect(alts.every((a) => /^[\p{L}_ ]+$/u.test(a))).toBe(true);
    expect(Math.min(...alts.map((a) => a.length))).toBe(PREFILTER_MIN_CHARS);
  });

  it('the prefilter lets through every rule the scan reads a block for on its own', () => {
    const missed = prefilteredRules()
      .filter((r) => !coveredBy(sourceRequirements(r.source), new RegExp(PREFILTER_SOURCE)))
      .map((r) => `${r.name}: ${r.source}`.slice(0, 40));
    // Rules no word of four letters or more is sure to be in: "on site.com:" is a colon label
    // (scan.ts colonLabel), the share and app lines are read by isShareBar and the box rules, and
    // the refusal notices name cookies or consent around the phrase.
    expect(missed).toEqual([
      "placeholder fr: (n'est pas disponible|ne",
      'placeholder en: ((is|are) (not available',
      'placeholder de: (nicht verfügbar|nicht z',
      'placeholder es: no (está disponible|se p',
      'related en: on [\\w.-]+\\.(com|net|org)\\s*',
      'related fr: à la une',
      'share en: (share|tweet|submit|email|prin',
      'share en: pin (it |this )?(for later|now',
      'promo en: (download|get) (the|our) .{0,4',
    ]);
    // What the hand-written words lacked before the lists were read for it (700dd94 added one).
    for (const line of ['Sur le même sujet', 'Further reading', 'Meest gelezen', 'Weitere Artikel'])
      expect(passesPrefilter(line), line).toBe(true);
  });

  it('finds required runs and plain groups, and gives up on what it cannot read', () => {
    expect(sourceRequirements('allow .{1,40} content\\?')).toEqual([[['allow '], [' content?']]]);
    expect(sourceRequirements('^(this )?content (is )?blocked[.!]?$')).toEqual([[['content '], ['blocked']]]);
    expect(sourceRequirements('cookies? to (see|view)')).toEqual([[['cookie'], [' to '], ['see', 'view']]]);
    expect(sourceRequirements('a\\.b\\sc\\p{L}d{0,2}')).toEqual([[['a.b'], ['c']]]);
    expect(sourceRequirements('x|(y|z)+')).toBeNull();
    expect(sourceRequirements('on [\\w.-]+\\.(com|net)\\s*:')).toEqual([
      [['on '], ['.'], ['com', 'net'], [':']],
    ]);
  });

  it("a gate's strings are literals, each compared as written", () => {
    // mayAny reads them as one regexp: metacharacters must stay plain characters.
    const gate = { any: ['a.b', '(c)', 'd?', '$e', 'f\\g', '[h]', 'i|j'], all: [] };
    for (const s of gate.any) expect(mayAny(`x ${s} y`, gate), s).toBe(true);
    for (const t of ['axb', 'c', 'd', 'e', 'fg', 'h', 'i', 'j', 'A.B'])
      expect(mayAny(t, gate), t).toBe(false);
    expect(mayAny('anything', { any: [], all: [] })).toBe(false);
    expect(mayAny('anything', null)).toBe(true);
  });

  itShared(
    'never rejects a text that a rule matches (every block of the saved pages)',
    () => {
      const texts = new Set<string>();
      const htmls = [
        ...readabilityPages().map((p) => p.source),
        ...zytePages().map((p) => p.html),
        ...readdirSync(resolve(ROOT, 'fixtures', 'consent'), { recursive: true })
          .filter((f): f is string => typeof f === 'string' && f.endsWith('.html'))
          .map((f) => readFileSync(resolve(ROOT, 'fixtures', 'consent', f), 'utf8')),
      ];
      for (const h of htmls)
        for (const el of Array.from(
          parseHtml(h).querySelectorAll('p, li, div, a, button, span, h2, h3, aside'),
        )) {
          const t = el.textContent ?? '';
          if (t.length < 1500) texts.add(t);
        }
      for (const l of LANGS)
        for (const c of GATED_CATEGORIES)
          for (const r of PHRASES[l][c]) if (typeof r === 'string') texts.add(r);
      const misses: string[] = [];
      let matched = 0;
      const folded = Array.from(texts, matchForm);
      for (const c of GATED_CATEGORIES) {
        const re = new RegExp(
          LANGS.flatMap((l) => PHRASES[l][c])
            .map((r) => (typeof r === 'string' ? escapeRe(matchForm(r)) : r.source))
            .join('|'),
        );
        for (const t of folded)
          if (re.test(t)) {
            matched++;
            if (!mayMatch(t, CATEGORY_ANCHORS[c])) misses.push(`${c}: ${t.slice(0, 80)}`);
          }
      }
      const keys = Array.from(texts, phraseKey);
      for (const f of GATED_FAMILIES) {
        const sets = Object.values(BOILERPLATE_PHRASES[f].langs);
        const sources = sets.flatMap((x) => [...(x.whole ?? []), ...(x.start ?? []), ...(x.contains ?? [])]);
        const re = new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'u');
        for (const t of keys)
          if (re.test(t)) {
            matched++;
            if (!mayMatch(t, FAMILY_ANCHORS[f] ?? null)) misses.push(`${f}: ${t.slice(0, 80)}`);
          }
      }
      expect(matched).toBeGreaterThan(500);
      expect(misses).toEqual([]);
      // It parses every saved page (about 30 s alone); beside the other corpus tests on two busy
      // cores it passed the default minute.
    },
    180_000,
  );
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
