import type { Block } from '../types.js';
import { normalizeSpace } from '../text/normalize.js';

/**
 * Plain text as a reader copied it: paragraphs are separated by blank lines; a single line break
 * inside a run of short lines (button labels, menus) also separates blocks.
 */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map(normalizeSpace).filter(Boolean);
    if (lines.length === 0) continue;
    // Lines that each look like a full sentence or a label stay separate; a paragraph hard-wrapped
    // at a fixed width (every line but the last long and without a final stop) is joined.
    const wrapped = lines.length > 1 && lines.slice(0, -1).every((l) => l.length > 50 && !/[.!?:»”"]$/.test(l));
    const parts = wrapped ? [lines.join(' ')] : lines;
    for (const part of parts) blocks.push({ kind: 'paragraph', text: part });
  }
  return blocks;
}
