/** Phrase rules on plain text: the seed (a copied Le Monde article) and the corpus' expected texts. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, SHARED, readabilityPages, zytePages } from '../../../bench/corpus.js';
import { parseHtml } from '../../node/index.js';
import { paragraphKind, paragraphKinds } from './index.js';

/** Measured on the shared corpus: skipped in a lone clone (see vitest.config.ts). */
const itShared = it.skipIf(!HAS_SHARED);

describe('plain-text consent paragraphs', () => {
  itShared('flags every consent paragraph of the seed and no article paragraph', () => {
    const text = readFileSync(resolve(SHARED, 'seed', '000_1587d152ec640068.txt'), 'utf8');
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const kinds = paragraphKinds(paragraphs);
    const flagged = paragraphs.filter((_, i) => kinds[i] !== null);
    expect(flagged).toEqual([
      'Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs.',
      expect.stringMatching(/^En cliquant sur « J’accepte », les cookies/),
      expect.stringMatching(/^En cliquant sur « J’accepte tous les cookies »/),
      expect.stringMatching(/^Vous gardez la possibilité de retirer votre consentement/),
      'Gérer mes choix',
      'J’accepte\nJ’accepte tous les cookies',
    ]);
    expect(kinds[paragraphs.indexOf(flagged[0]!)]).toBe('consent-embed');
    expect(paragraphs.filter((_, i) => kinds[i] === null).every((p) => !/cookie|traceur/i.test(p))).toBe(
      true,
    );
  });

  it('labels count only next to consent text; quotes and prose stay', () => {
    expect(paragraphKinds(['Un paragraphe sur la politique.', 'Accepter', 'Un autre paragraphe.'])).toEqual([
      null,
      null,
      null,
    ]);
    expect(
      paragraphKind(
        '« Ce contenu est bloqué car vous n’avez pas accepté les cookies » : ce message agace les lecteurs.',
      ),
    ).toBeNull();
    expect(paragraphKind('Empfohlener redaktioneller Inhalt')).toBe('consent-embed');
    expect(paragraphKind('Lire aussi : Ukraine, la contre-offensive piétine')).toBe('boilerplate');
    expect(paragraphKind('skip past newsletter promotion')).toBe('boilerplate');
  });

  itShared('flags nothing but read-also lines and newsletter prompts in the corpus expected texts', () => {
    const flagged: string[] = [];
    for (const p of zytePages()) {
      const ps = p.truth
        .split(/\n+/)
        .map((s) => s.trim())
        .filter(Boolean);
      paragraphKinds(ps).forEach((k, i) => k && flagged.push(ps[i]!));
    }
    for (const p of readabilityPages()) {
      const d = parseHtml(p.expected);
      const ps = Array.from(d.querySelectorAll('p, li, h2, h3, blockquote'))
        .map((e) => (e.textContent ?? '').trim())
        .filter(Boolean);
      paragraphKinds(ps).forEach((k, i) => k && flagged.push(ps[i]!));
    }
    expect(flagged.every((t) => /^(lire aussi|related:|sign up for our newsletter)/i.test(t))).toBe(true);
    expect(flagged.length).toBeLessThanOrEqual(5);
  });
});
