/**
 * The phrase tests' prose gate (prose-gate.ts): long paragraphs of an article without links,
 * controls or consent wording do not reach the phrase tests (counted: scanCounts.phraseBlocks),
 * while a blocked embed's placeholder written as a paragraph between them is still found.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { findConsent } from './index.js';
import { PHRASES, LANGS } from './phrases.js';
import { mayBeConsent, PROSE_MIN_CHARS } from './prose-gate.js';
import { matchForm } from './text.js';
import { scanCounts } from './work.js';

// Each holds a word of the phrase walk's prefilter ("more", "also", "read", "share"), as most
// prose does: before the gate each one reached the phrase tests.
const PROSE = [
  'The council voted on Tuesday to share the cost of the new bridge with the region, and more than half of the members said they would also read the engineers’ report again before the final vote in May.',
  'Le <a href="/maire">maire</a> a aussi rappelé que la ville partage déjà les frais du réseau de bus avec trois communes voisines, et que le budget de la culture augmentera de plus de dix pour cent l’an prochain.',
  'Die Stadt will außerdem mehr Geld für Schulen ausgeben; auch die Opposition stimmte dem Plan zu, nachdem der Bürgermeister versprochen hatte, die Kosten bis Ende des Jahres offenzulegen und zu teilen.',
];

function page(middle: string): Document {
  const paras = PROSE.map((p) => `<p>${p}</p>`).join('\n');
  return parseHtml(
    `<html lang="en"><body><article><h1>Bridge vote</h1>${paras}${middle}${paras}</article></body></html>`,
    'https://news.example.org/2026/03/bridge.html',
  );
}

function phraseBlocks(doc: Document): number {
  const before = scanCounts.phraseBlocks;
  findConsent(doc);
  return scanCounts.phraseBlocks - before;
}

describe('prose gate', () => {
  it('keeps long plain paragraphs away from the phrase tests', () => {
    expect(PROSE.every((p) => p.length >= PROSE_MIN_CHARS)).toBe(true);
    expect(phraseBlocks(page(''))).toBe(0);
  });

  it('still finds signup prompts with their link', () => {
    const doc = page(
      '<p id="a">Sign up for our newsletter and get the week in local politics, the council votes and the budget, delivered to your inbox every Friday morning by our city hall reporters. <a href="/nl">Sign up</a></p>' +
        '<p>The region has not said when it will answer the council, and the engineers will not present their report before the spring.</p>' +
        '<p id="b">Subscribe to our newsletter: never miss a story about the council, the bridge and the budget, and get access to our reporters’ notes every Friday morning in your inbox. <a href="/nl">Subscribe</a></p>',
    );
    const found = findConsent(doc);
    for (const id of ['a', 'b']) {
      const el = doc.getElementById(id)!;
      expect(el.textContent.length).toBeGreaterThanOrEqual(PROSE_MIN_CHARS);
      expect(found.some((f) => f.element === el || f.element.contains(el))).toBe(true);
    }
  });

  it('still finds a blocked embed written as a paragraph between the article paragraphs', () => {
    const placeholder =
      'Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs. En cliquant sur « J’accepte », les cookies et autres traceurs seront déposés et vous pourrez visualiser les contenus.';
    expect(placeholder.length).toBeGreaterThanOrEqual(PROSE_MIN_CHARS);
    const doc = page(`<p id="ph">${placeholder}</p>`);
    const ph = doc.getElementById('ph');
    const found = findConsent(doc);
    expect(found.some((f) => f.element === ph || f.element.contains(ph))).toBe(true);
    expect(found.every((f) => !PROSE.some((p) => (f.element.textContent ?? '').includes(p)))).toBe(true);
  });

  it('lets through every consent rule but short button words', () => {
    // A block is consent wording when phrases cover 60 % of it (scan.ts consentBlock).
    const missed: string[] = [];
    for (const lang of LANGS)
      for (const cat of ['placeholder', 'banner', 'explanation'] as const)
        for (const r of PHRASES[lang][cat]) {
          const source = typeof r === 'string' ? matchForm(r) : r.source;
          if (!mayBeConsent(source) && source.length >= 20) missed.push(`${lang} ${cat}: ${source}`);
        }
    expect(missed).toEqual([]);
  });
});
