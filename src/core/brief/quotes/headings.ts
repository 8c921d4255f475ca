/**
 * A heading in quote marks (or a short paragraph that is only a quote, the intertitle of a copied
 * text) echoes words quoted later in the text: it takes their speaker, or none.
 */
import type { Block } from '../../types.js';
import { fold } from '../prep/text.js';
import type { Decision } from '../speakers/types.js';
import type { Span } from './spans.js';

/** A quote in a heading, or a short paragraph that is only a quote (the intertitle of copied text). */
export function headingLike(span: Span, blocks: readonly Block[]): boolean {
  const block = blocks[span.block]!;
  if (block.kind === 'heading') return true;
  return (
    span.outerStart === 0 &&
    span.outerEnd >= block.text.length - 1 &&
    span.text.split(/\s+/).length <= 8 &&
    !/[.!?]$/.test(span.text) &&
    // A stop after the closing mark ends a sentence: «Ci scusiamo per i disagi». (Italian, Spanish).
    !/^\s*[.!?…]/u.test(block.text.slice(span.outerEnd))
  );
}

export function echoHeadings(kept: Decision[], blocks: readonly Block[]): void {
  for (const k of kept) {
    if (!headingLike(k.span, blocks)) continue;
    k.speaker = null;
    const words = fold(k.span.text).replace(/[.,!?]+$/u, '');
    const later = kept.find(
      (o) => o.span.block > k.span.block && o.speaker && fold(o.span.text).includes(words),
    );
    if (later) k.speaker = later.speaker;
  }
}
