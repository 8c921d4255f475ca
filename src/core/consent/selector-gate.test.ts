/**
 * The gate in front of the markup rules: the stored words are current, and it never turns away an
 * element its selectors match (on every element of the team-written consent pages and the real
 * saved pages, matches ⇒ gate).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_URL, HAS_SHARED, readabilityPages, zytePages } from '../../../bench/corpus.js';
import { parseHtml } from '../../node/index.js';
import { elementGate } from './selector-gate.js';
import { GATED_LISTS, gateWords, selectorGateModule } from './selector-gate-sets.js';
import { SELECTOR_GATES } from './selector-gate-words.js';

const FILE = resolve(import.meta.dirname, 'selector-gate-words.ts');
const selectorGate = (list: string) => elementGate(gateWords(list));

const FIXTURES = 'fixtures/consent';
const docs = (): Document[] => [
  ...readdirSync(FIXTURES, { recursive: true })
    .filter((f): f is string => typeof f === 'string' && f.endsWith('.html'))
    .map((f) => parseHtml(readFileSync(`${FIXTURES}/${f}`, 'utf8'))),
  ...readabilityPages().map((p) => parseHtml(p.source, FAKE_URL)),
  ...zytePages().map((p) => parseHtml(p.html, p.url)),
];

describe('selector gates', () => {
  it('stored words match the current rules', () => {
    const want = selectorGateModule();
    if (process.env.UPDATE_SELECTOR_GATES === '1') writeFileSync(FILE, want);
    expect(
      readFileSync(FILE, 'utf8'),
      'run UPDATE_SELECTOR_GATES=1 npx vitest run src/core/consent/selector-gate.test.ts',
    ).toBe(want);
  });

  it('lets through every element the selectors match, on consent fixtures and corpus pages', () => {
    const gates = Object.entries(GATED_LISTS).map(([name, list]) => ({
      name,
      list,
      gate: elementGate(SELECTOR_GATES[name as keyof typeof SELECTOR_GATES]),
    }));
    const matched: Record<string, number> = {};
    let elements = 0;
    let passed = 0;
    for (const doc of docs()) {
      const all = Array.from(doc.querySelectorAll('*'));
      elements += all.length;
      for (const { name, list, gate } of gates) {
        passed += all.filter((el) => gate(el)).length;
        for (const el of Array.from(doc.querySelectorAll(list))) {
          matched[name] = (matched[name] ?? 0) + 1;
          expect(
            gate(el),
            `${name} gate turned away <${el.localName} id="${el.id}" class="${el.className}">`,
          ).toBe(true);
        }
      }
    }
    // Each list matches something in these pages, and the gates turn away nearly every element.
    expect(Object.keys(matched).sort()).toEqual(['cmp', 'named', 'placeholder']);
    // The share is a measure on real pages (the fixtures alone are consent-dense by design).
    if (HAS_SHARED) expect(passed / (elements * 3)).toBeLessThan(0.01);
  });

  it('reads ids, classes, attribute values, attribute presence and tags', () => {
    const gate = selectorGate(
      '#BoxId, .box-class, [data-kind^="wall"], [data-flag], x-banner, iframe[title="Consent window"], [data-a] .inner',
    );
    const doc = parseHtml(
      `<html><body><div id="boxid"></div><p class="a Box-Class"></p><i data-kind="wall-2"></i><b data-flag></b><x-banner></x-banner>
      <iframe title="Consent window"></iframe><span class="inner"></span><div id="other" class="plain" data-kind="none"></div></body></html>`,
    );
    const open = Array.from(doc.body.children).map((el) => gate(el));
    expect(open).toEqual([true, true, true, true, true, true, true, false]);
  });
});
