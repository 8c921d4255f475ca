/**
 * The scan's text prefilter follows the phrase lists (phrases.ts PREFILTER_WORDS + the generated
 * LIST_WORDS): a box headed by any phrase of the lists is read on the page, in every language.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { findConsent } from './index.js';

const P = [
  'Le conseil municipal a voté mardi soir le budget de la ville pour l’année prochaine, après un long débat sur les travaux du centre.',
  'Les élus de l’opposition ont demandé que la rénovation de la piscine soit reportée, faute de financement de la région cette année.',
  'Le maire a répondu que les travaux commenceraient au printemps, comme prévu, et que la facture resterait dans les limites annoncées.',
];

function page(box: string): Document {
  return parseHtml(
    `<html lang="fr"><body><main><article><h1>Budget voté</h1><p>${P[0]}</p><p>${P[1]}</p>${box}<p>${P[2]}</p></article></main></body></html>`,
    'https://www.example.fr/ville/budget.html',
  );
}

const hiddenTexts = (doc: Document): string[] => findConsent(doc).map((f) => f.element.textContent ?? '');

describe('the text prefilter reads every heading of the related lists', () => {
  for (const heading of ['Sur le même sujet', 'Dans la même rubrique', 'Weitere Artikel', 'Further reading'])
    it(`a box headed "${heading}" is hidden`, () => {
      const doc = page(
        `<aside><h3>${heading}</h3><ul><li><a href="/ville/piscine.html">La piscine fermera deux mois</a></li><li><a href="/ville/travaux.html">Les travaux du centre commencent</a></li></ul></aside>`,
      );
      expect(hiddenTexts(doc).some((t) => t.includes(heading))).toBe(true);
      expect(hiddenTexts(doc).some((t) => P.some((p) => t.includes(p.slice(0, 40))))).toBe(false);
    });

  it('news that uses the same words stays', () => {
    const doc = page(
      `<p>Sur le même sujet, la région a promis de verser une aide supplémentaire, a précisé l’adjoint aux finances devant les journalistes.</p><h3>Further reading of the budget</h3><p>Weitere Artikel des Gesetzes wurden am Dienstag von den Abgeordneten geändert, sagte der Sprecher der Regierung.</p>`,
    );
    expect(hiddenTexts(doc)).toEqual([]);
  });
});
