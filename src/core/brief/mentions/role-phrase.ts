/** The token spans role phrases are read over: punctuation that ends a phrase, and a phrase read forward. */
import type { Lex } from '../lexicons/compile.js';
import { isInitial, type Token } from '../prep/text.js';

/** Punctuation in the gap between two tokens that ends a noun phrase. */
export const HARD = /[,;:()[\]«»“”„"—–!?_]|\.\s/u;

export function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

export function phraseFwd(text: string, toks: Token[], from: number, lex: Lex, max = 22): number {
  let e = from;
  while (
    e < toks.length - 1 &&
    e - from < max &&
    !HARD.test(gap(text, toks[e]!, toks[e + 1]!).replace(/^\./u, toks[e]!.dot ? '' : '.')) &&
    // A dot ends the phrase unless it marks an initial or an abbreviation ("Dana F. Besecker", "D.A.").
    (!toks[e]!.dot || isInitial(toks[e]!))
  ) {
    if (lex.relatives.has(toks[e + 1]!.lo) && e > from) break;
    e++;
  }
  return e + 1;
}

export const slice = (text: string, toks: Token[], a: number, b: number): string =>
  text.slice(toks[a]!.start, toks[b - 1]!.end + (toks[b - 1]!.poss ? 2 : 0)).replace(/[\s,]+$/u, '');
