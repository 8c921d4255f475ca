/**
 * TeX-style quote marks: some wire copy (Canadian Press stories among them) quotes with two
 * backticks and two apostrophes, ``…''. Rewritten as curly marks of the same width, each where the
 * TeX mark starts or ends (“ then a space, a space then ”), so that every offset into the block stays
 * valid for the stages after and a quote opening its paragraph still starts at offset 0.
 */
import type { Block } from '../../types.js';

const OPEN_TEX = /(^|[^\p{L}\p{N}])``(?=\S)/gu;
const CLOSE_TEX = /(?<=\S)''(?![\p{L}\p{N}])/gu;

export function texMarks(blocks: Block[]): Block[] {
  if (!blocks.some((b) => b.text.includes('``'))) return blocks;
  return blocks.map((b) =>
    b.text.includes('``') ? { ...b, text: b.text.replace(OPEN_TEX, '$1“ ').replace(CLOSE_TEX, ' ”') } : b,
  );
}
