import type { Block } from '../types.js';
import { splitSentences } from '../text/sentences.js';

/**
 * Lead-based summary: news puts the essentials first, so the first sentences of the first body
 * paragraphs make the summary (2 to 5 sentences, verbatim, about 60 words or more).
 */
export function leadSummary(blocks: Block[], maxSentences = 3): string[] {
  const out: string[] = [];
  let words = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.text.length < 60) continue;
    for (const sentence of splitSentences(block.text)) {
      if (sentence.length < 20) continue;
      out.push(sentence);
      words += sentence.split(/\s+/).length;
      if (out.length >= maxSentences || (out.length >= 2 && words > 60)) return out;
    }
  }
  return out;
}
