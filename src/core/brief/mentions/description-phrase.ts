/**
 * The noun phrase of a description ("l'ex presidente della Camera", "der Basler Galerist") read as
 * that person's role (index.ts, for a description that stands for someone named).
 */
import { isRoleWord, type Lex } from '../lexicons/compile.js';
import type { Token } from '../prep/text.js';
import { gap, HARD, slice } from './role-phrase.js';

/**
 * The noun phrase of a description, as a role: "l'ex presidente della Camera", "il segretario del
 * Partito democratico", "der Basler Galerist" — modifiers after the article, the head, and one
 * complement of the head ("della Camera", "of the committee"), never a verb or what follows it.
 */
export function descriptionPhrase(text: string, toks: Token[], head: number, lex: Lex): string | null {
  let a = head;
  while (
    a > 0 &&
    head - a < 3 &&
    !lex.determiners.has(toks[a - 1]!.lo) &&
    !HARD.test(gap(text, toks[a - 1]!, toks[a]!))
  ) {
    const t = toks[a - 1]!;
    if (lex.stop.has(t.lo) || lex.speech.has(t.lo) || lex.prepositions.has(t.lo)) break;
    a--;
  }
  if (a === 0 || !lex.determiners.has(toks[a - 1]!.lo)) return null;
  // "l'ancien ministre": a role word after the one the mention stands on is the head.
  let e = head + 1;
  while (
    toks[e] &&
    e - head < 3 &&
    !HARD.test(gap(text, toks[e - 1]!, toks[e]!)) &&
    isRoleWord(lex, toks[e]!.lo)
  )
    e++;
  const next = toks[e];
  if (next && !HARD.test(gap(text, toks[e - 1]!, next))) {
    const genitive =
      lex.particles.has(next.lo) || lex.prepArticles.has(next.lo) || lex.orgConnectors.has(next.lo);
    if (genitive) {
      let k = e + 1;
      while (toks[k] && lex.determiners.has(toks[k]!.lo) && k - e < 3) k++;
      const first = toks[k];
      if (
        first &&
        !HARD.test(gap(text, toks[k - 1]!, first)) &&
        !lex.speech.has(first.lo) &&
        !lex.stop.has(first.lo)
      ) {
        e = k + 1;
        // A capitalised name goes on ("Partito democratico", "Movimento 5 Stelle" less the digits).
        while (
          toks[e] &&
          e - k < 4 &&
          !HARD.test(gap(text, toks[e - 1]!, toks[e]!)) &&
          (toks[e]!.cap ||
            (first.cap &&
              !lex.stop.has(toks[e]!.lo) &&
              !lex.speech.has(toks[e]!.lo) &&
              !lex.passiveAux.has(toks[e]!.lo) &&
              /(?:o|a|e|i|al|el|ic|ique|isch)$/u.test(toks[e]!.lo)))
        )
          e++;
      }
    }
  }
  return slice(text, toks, a, e);
}
