/**
 * The project seed (a Le Monde/AFP article saved with the consent text of a blocked embed) must come
 * out exactly right: seven people with their roles, every quote with its speaker, no button label.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, SHARED } from '../../../bench/corpus.js';
import { briefFromText } from '../index.js';
import { run } from './test-helpers.js';

const SEED = HAS_SHARED ? readFileSync(resolve(SHARED, 'seed', '000_1587d152ec640068.txt'), 'utf8') : '';

/** The seed split on blank lines by the test itself, consent paragraphs included, whatever extraction does. */
const paragraphs = SEED.split(/\n\s*\n/)
  .flatMap((p) => p.split('\n'))
  .map((p) => p.replace(/\s+/g, ' ').trim())
  .filter(Boolean);

describe.skipIf(!HAS_SHARED)('seed article (fr)', () => {
  const a = run('fr', paragraphs);

  it('finds the seven people with the roles the article states', () => {
    const roles = Object.fromEntries(a.actors.map((x) => [x.name, x.role]));
    expect(roles).toEqual({
      'Steve Witkoff': 'émissaire américain',
      'Kirill Dmitriev': 'émissaire russe',
      'Scott Bessent': 'secrétaire américain au Trésor',
      'Jared Kushner': 'gendre du président américain Donald Trump',
      'Donald Trump': 'président américain',
      'Vladimir Poutine': 'homologue russe',
      'Dmitri Peskov': 'porte-parole de la présidence russe',
    });
  });

  it('attributes every quote and takes no button label for a quote', () => {
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['constructives', 'Steve Witkoff'],
      [
        'Nous sommes encouragés par cette réunion qui montre que la Russie s’efforce d’oeuvrer pour la paix en Ukraine',
        'Steve Witkoff',
      ],
      ['productif', 'Steve Witkoff'],
      ['Créer des conditions favorables', 'Dmitri Peskov'],
      [
        'Réunion constructive avec la délégation américaine chargée du processus de paix. Discussion également productive concernant le groupe de travail économique américano-russe',
        'Kirill Dmitriev',
      ],
      ['jusqu’au 1er février', 'Kremlin'],
      ['à créer des conditions favorables à la tenue de négociations', 'Dmitri Peskov'],
    ]);
    expect(a.quotes.some((q) => /accepte/i.test(q.text))).toBe(false);
  });

  it('gives each quote the index of its paragraph', () => {
    for (const q of a.quotes) expect(paragraphs[q.paragraph]).toContain(q.text);
  });

  it('ranks the quoted envoys first and keys at most six people', () => {
    expect(
      a.actors
        .slice(0, 2)
        .map((x) => x.name)
        .sort(),
    ).toEqual(['Kirill Dmitriev', 'Steve Witkoff']);
    expect(a.actors.filter((x) => x.key).length).toBeLessThanOrEqual(6);
    for (const name of ['Steve Witkoff', 'Kirill Dmitriev', 'Dmitri Peskov', 'Donald Trump']) {
      expect(a.actors.find((x) => x.name === name)?.key).toBe(true);
    }
    expect(a.actors.find((x) => x.name === 'Steve Witkoff')).toMatchObject({
      aliases: ['Witkoff'],
      quotes: 3,
    });
  });

  it('summarises from the lead, verbatim, without the consent text', () => {
    expect(a.summary.length).toBeGreaterThanOrEqual(2);
    expect(a.summary.length).toBeLessThanOrEqual(5);
    for (const s of a.summary) {
      expect(SEED.replace(/\s+/g, ' ')).toContain(s);
      expect(s).not.toMatch(/cookie|accepte/i);
    }
  });

  it('gives the same people and quotes through the plain-text entry point', () => {
    const b = briefFromText(SEED, { lang: 'fr' });
    expect(b.actors.map((x) => x.name).sort()).toEqual(a.actors.map((x) => x.name).sort());
    expect(b.quotes.map((q) => [q.text, q.speaker])).toEqual(a.quotes.map((q) => [q.text, q.speaker]));
  });
});
