import type { Block } from '../types.js';
import { splitSentences } from '../text/sentences.js';

/** Texts that are never part of a summary: consent notices, "read more" links, credits. */
const NOT_PROSE =
  /\b(?:cookies?|traceurs|consentement|newsletter|abonnez|subscribe|Lire aussi|Read more|Weiterlesen|Leggi anche|Lee también|Credit|contributed to this report)\b/iu;
/** A dateline at the start of a sentence: "CAIRO —", "LUGANO –", "Paris (AFP) -". */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{L} .’'-]{1,40}(?:\s*\([^)]{1,20}\))?\s*[—–-]\s+/u;

/**
 * Lead-based summary: news puts the essentials first, so the first sentences of the first body
 * paragraphs make the summary (2 to 5 sentences, verbatim, about 60 words or more). Captions,
 * headings, consent and link lines are skipped, and so are sentences that are only a quote.
 */
export function leadSummary(blocks: Block[], maxSentences = 3): string[] {
  const out: string[] = [];
  let words = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.text.length < 60 || NOT_PROSE.test(block.text)) continue;
    if (!/[.!?»”"]$/u.test(block.text)) continue;
    for (const sentence of splitSentences(block.text)) {
      // A sentence that starts mid-word ("’s $4.8 billion sale to …") lost a link in extraction.
      if (sentence.length < 20 || !/^[\p{Lu}\p{N}«“"„‘¿¡([—–-]/u.test(sentence)) continue;
      if (DATELINE.test(sentence) && sentence.replace(DATELINE, '').length < 20) continue;
      out.push(sentence);
      words += sentence.split(/\s+/).length;
      if (out.length >= maxSentences || (out.length >= 2 && words > 60)) return out;
    }
  }
  return out;
}
