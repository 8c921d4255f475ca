/** Roles set off by spaced dashes after the name, where other copy uses commas. */
import { isRoleWord, type Lex } from '../lexicons/compile.js';
import type { Token } from '../prep/text.js';
import { gap, HARD, slice } from './role-phrase.js';
import type { RoleFind } from './roles.js';

const DASH = /^ [-–—] $/u;

/**
 * "verspricht Lukas Brenner - Beigeordneter und OB-Kandidat - angeblich …", "Mario Rossi – il sindaco
 * di Pavia – ha detto": an apposition between two spaced dashes, as sure as one between commas. It
 * opens on a role noun the lexicon lists (over an article), and has no verb: "– dice Rossi – siamo …"
 * is the rest of an interrupted quote, not a role.
 */
export function dashRole(text: string, toks: Token[], nameTo: number, lex: Lex): RoleFind | null {
  const name = toks[nameTo - 1];
  if (!name || !toks[nameTo] || !DASH.test(gap(text, name, toks[nameTo]))) return null;
  let start = nameTo;
  if (lex.determiners.has(toks[start]!.lo)) start++;
  const first = toks[start];
  if (!first || !isRoleWord(lex, first.lo) || lex.speech.has(first.lo)) return null;
  for (let e = start + 1; e < toks.length && e - start <= 8; e++) {
    const g = gap(text, toks[e - 1]!, toks[e]!);
    if (DASH.test(g)) return { role: slice(text, toks, start, e), score: 3 };
    if (HARD.test(g) || g.includes('\n') || toks[e - 1]!.dot) return null;
    const t = toks[e]!;
    if (lex.speech.has(t.lo) || lex.passiveAux.has(t.lo) || lex.copulas.has(t.lo) || lex.relatives.has(t.lo))
      return null;
  }
  return null;
}
