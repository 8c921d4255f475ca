/** Office nouns compared across gender endings, and kept apart from their look-alikes. */
import { describe, expect, it } from 'vitest';
import { roleHolds, sameOffice } from './stated-roles.js';

describe('sameOffice / roleHolds', () => {
  it('folds feminine and masculine endings of one office in the five languages', () => {
    for (const [a, b] of [
      ['ministra', 'ministro'],
      ['procuratrice', 'procuratore'],
      ['procureure', 'procureur'],
      ['directrice', 'directeur'],
      ['conseillere', 'conseiller'],
      ['richterin', 'richter'],
      ['alcaldesa', 'alcalde'],
      ['jueza', 'juez'],
    ])
      expect(sameOffice(a!, b!), `${a} ~ ${b}`).toBe(true);
    expect(roleHolds('ministra')('ministro per il Sud')).toBe(true);
  });

  it('keeps an office apart from the institution or body its noun resembles', () => {
    for (const [a, b] of [
      ['sindaco', 'sindacato'],
      ['consigliere', 'consiglio'],
      ['ministre', 'ministere'],
      ['presidente', 'presidenza'],
      ['senatore', 'senato'],
    ])
      expect(sameOffice(a!, b!), `${a} ≁ ${b}`).toBe(false);
    expect(roleHolds('sindaco')('segretario del sindacato')).toBe(false);
  });
});
