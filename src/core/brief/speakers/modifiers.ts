/**
 * Words that lean on another word of the clause and so name no subject of their own: a gerund of
 * saying after a comma says the main clause's subject; an organisation before a role noun only says
 * whose the role is.
 */
import { isRoleWord, type Lex } from '../lexicons/compile.js';
import type { Mention } from '../mentions/entities.js';
import type { BlockCtx } from '../prep/context.js';

/** Gerunds and present participles of verbs of saying: "warning", "ajoutant", "aggiungendo", "añadiendo". */
export const GERUND = /(?:ing|ant|ando|endo)$/u;

/**
 * A gerund of saying after a comma ("…, adding:", "…, ajoutant"): it has no subject of its own and
 * says the main clause's, never that of a clause in between ("Brown said the police were
 * investigating, adding: …" — Brown adds, not the police).
 */
export function trailingGerund(c: BlockCtx, v: number): boolean {
  const t = c.toks[v];
  const p = c.toks[v - 1];
  return !!t && !!p && GERUND.test(t.lo) && c.masked.slice(p.end, t.start).includes(',');
}

/**
 * "a Home Office spokesman", "the White House press secretary", "a police spokesperson": one or two
 * lowercase words right after the organisation end on a role word (English word order).
 */
export function orgModifiesRole(c: BlockCtx, m: Mention, lex: Lex): boolean {
  for (let k = m.tokEnd; k < m.tokEnd + 2; k++) {
    const t = c.toks[k];
    if (!t || t.cap || c.masked.slice(c.toks[k - 1]!.end, t.start) !== ' ') return false;
    if (isRoleWord(lex, t.lo)) return true;
    // (A noun before the role, not a function word: "a group of workers" is no group's worker.)
    if (lex.stop.has(t.lo) || lex.prepositions.has(t.lo) || lex.determiners.has(t.lo)) return false;
  }
  return false;
}
