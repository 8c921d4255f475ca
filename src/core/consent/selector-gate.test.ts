/**
 * The gate in front of the markup rules must never turn away an element its selectors match: on
 * every element of the team-written consent pages and the real saved pages, matches ⇒ gate.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAKE_URL, readabilityPages, zytePages } from '../../../bench/corpus.js';
import { parseHtml } from '../../node/index.js';
import { CMP_RULES, NAMED_CONSENT_SELECTOR, PLACEHOLDER_RULES } from './rules.js';
import { selectorGate } from './selector-gate.js';

const LISTS = {
  cmp: CMP_RULES.flatMap((r) => r.selectors).join(', '),
  placeholders: PLACEHOLDER_RULES.map((r) => r.selector).join(', '),
  named: NAMED_CONSENT_SELECTOR,
};

const FIXTURES = 'fixtures/consent';
const docs = (): Document[] => [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .map((f) => parseHtml(readFileSync(`${FIXTURES}/${f}`, 'utf8'))),
  ...readabilityPages().map((p) => parseHtml(p.source, FAKE_URL)),
  ...zytePages().map((p) => parseHtml(p.html, p.url)),
];

describe('selectorGate', () => {
  it('lets through every element the selectors match, on consent fixtures and corpus pages', () => {
    const gates = Object.entries(LISTS).map(([name, list]) => ({ name, list, gate: selectorGate(list) }));
    const matched: Record<string, number> = {};
    let elements = 0;
    let passed = 0;
    for (const doc of docs()) {
      for (const el of Array.from(doc.querySelectorAll('*'))) {
        elements++;
        for (const { name, list, gate } of gates) {
          const open = gate(el);
          if (open) passed++;
          if (el.matches(list)) {
            matched[name] = (matched[name] ?? 0) + 1;
            expect(
              open,
              `${name} gate turned away <${el.localName} id="${el.id}" class="${el.className}">`,
            ).toBe(true);
          }
        }
      }
    }
    // Each list matches something in these pages, and the gates turn away nearly every element.
    expect(Object.keys(matched).sort()).toEqual(['cmp', 'named', 'placeholders']);
    expect(passed / (elements * 3)).toBeLessThan(0.01);
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
