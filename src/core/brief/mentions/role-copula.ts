/** Roles stated by a copula after the name: "Lambert est infirmière", "Reeves is a senior fellow at …". */
import { isRoleLike, type Lex } from '../lexicons/compile.js';
import type { Token } from '../prep/text.js';
import { gap, phraseFwd, slice } from './role-phrase.js';
import type { RoleFind } from './roles.js';

/** "Banaszak ist Schmelzer", "Lambert est infirmière", "Reeves is a senior fellow at …": the weakest statement of a role. */
export function copulaRole(text: string, toks: Token[], from: number, lex: Lex): RoleFind | null {
  let start = from;
  if (toks[start] && (lex.indefinites.has(toks[start]!.lo) || lex.determiners.has(toks[start]!.lo))) start++;
  const head = toks[start];
  if (!head || !isRoleLike(lex, head.lo) || gap(text, toks[start - 1]!, head) !== ' ') return null;
  const end = Math.min(phraseFwd(text, toks, start, lex), start + 8);
  for (let i = start; i < end; i++) if (lex.speech.has(toks[i]!.lo)) return null;
  return { role: slice(text, toks, start, end), score: 0.7 };
}
