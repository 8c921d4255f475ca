/**
 * A heading in quote marks (or a short paragraph that is only a quote, the intertitle of a copied
 * text) echoes words quoted later in the text: it takes their speaker, or none.
 */
import type { Block } from '../../types.js';
import { fold } from '../prep/text.js';
import type { Decision } from '../speakers/types.js';

export function echoHeadings(kept: Decision[], blocks: readonly Block[]): void {
  for (const k of kept) {
    const block = blocks[k.span.block]!;
    const intertitle =
      k.span.outerStart === 0 &&
      k.span.outerEnd >= block.text.length - 1 &&
      k.span.text.split(/\s+/).length <= 8 &&
      !/[.!?]$/.test(k.span.text);
    if (block.kind !== 'heading' && !intertitle) continue;
    k.speaker = null;
    const words = fold(k.span.text).replace(/[.,!?]+$/u, '');
    const later = kept.find(
      (o) => o.span.block > k.span.block && o.speaker && fold(o.span.text).includes(words),
    );
    if (later) k.speaker = later.speaker;
  }
}
