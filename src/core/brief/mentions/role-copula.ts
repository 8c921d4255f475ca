/** Roles stated by a copula after the name: "Lambert est infirmière", "Reeves is a senior fellow at …". */
import { isRoleLike, type Lex } from '../lexicons/compile.js';
import type { Token } from '../prep/text.js';
import { descriptionPhrase } from './description-phrase.js';
import { gap, phraseFwd, slice } from './role-phrase.js';
import type { RoleFind } from './roles.js';

/**
 * "Banaszak ist Schmelzer", "Lambert est infirmière", "Reeves is a senior fellow at …": the weakest
 * statement of a role. Over one or two modifiers after the article too ("Rossi è il nuovo sindaco di
 * Lucca", "Day was the only neighbor to …"): then the phrase is the description's, the head and one
 * complement, not the clause after it. German states a post with "als": "Berger ist als Oberarzt …".
 */
export function copulaRole(text: string, toks: Token[], from: number, lex: Lex): RoleFind | null {
  let start = from;
  // ("ist als Oberarzt in der Klinik angestellt": the post is the noun; what follows is the clause's.)
  const als = lex.lang === 'de' && toks[start]?.lo === 'als';
  if (als) start++;
  const det = toks[start] && (lex.indefinites.has(toks[start]!.lo) || lex.determiners.has(toks[start]!.lo));
  if (det) start++;
  const head = toks[start];
  if (!head || gap(text, toks[start - 1]!, head) !== ' ') return null;
  if (!isRoleLike(lex, head.lo)) return det ? modifiedRole(text, toks, start, lex) : null;
  const end = als ? start + 1 : Math.min(phraseFwd(text, toks, start, lex), start + 8);
  for (let i = start; i < end; i++) if (lex.speech.has(toks[i]!.lo)) return null;
  return { role: slice(text, toks, start, end), score: 0.7 };
}

/** A role noun after one or two lowercase modifiers ("il nuovo sindaco", "the only neighbor"), or null. */
function modifiedRole(text: string, toks: Token[], first: number, lex: Lex): RoleFind | null {
  for (let h = first; h < first + 3 && toks[h]; h++) {
    const t = toks[h]!;
    if (h > first && gap(text, toks[h - 1]!, t) !== ' ') return null;
    if (h > first && isRoleLike(lex, t.lo) && !lex.speech.has(t.lo)) {
      // (A stop word among the modifiers ends the description's own reading: "the only neighbor".)
      return { role: descriptionPhrase(text, toks, h, lex) ?? slice(text, toks, first, h + 1), score: 0.7 };
    }
    // (A modifier is a lowercase word that is no verb, preposition or conjunction; German writes
    // its adjectives in lowercase too.)
    const modifier =
      !t.cap &&
      !/\d/u.test(t.t) &&
      !lex.speech.has(t.lo) &&
      !lex.passiveAux.has(t.lo) &&
      !lex.prepositions.has(t.lo) &&
      !lex.conjunctions.has(t.lo) &&
      !lex.relatives.has(t.lo) &&
      !lex.determiners.has(t.lo);
    if (!modifier) return null;
  }
  return null;
}
