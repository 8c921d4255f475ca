/**
 * English: '“…,” Corvex said.' — the words between a quote and the verb of saying after it are a
 * capitalised name the mentions do not read as anyone (a company, a body, a person no evidence
 * vouches for). The text names its speaker there, and it is not a person the brief knows: the quote
 * is someone's the brief cannot name, never the previous speaker's by continuation.
 */
import type { BlockCtx } from '../prep/context.js';
import type { Lex } from '../lexicons/compile.js';

/** Tokens [a, v) are one to four capitalised words right after the quote's comma and before verb v. */
export function unreadNamedSubject(c: BlockCtx, a: number, v: number, lex: Lex): boolean {
  if (lex.lang !== 'en' || v - a < 1 || v - a > 4) return false;
  const toks = c.toks.slice(a, v);
  if (!toks.every((t) => t.cap && !lex.stop.has(t.lo) && !lex.determiners.has(t.lo))) return false;
  // Only spaces inside the name, and nothing but closing marks, a comma and spaces before it.
  for (let i = 1; i < toks.length; i++)
    if (c.masked.slice(toks[i - 1]!.end, toks[i]!.start) !== ' ') return false;
  if (c.masked.slice(toks.at(-1)!.end, c.toks[v]!.start) !== ' ') return false;
  const lead = a > 0 ? c.masked.slice(c.toks[a - 1]!.end, toks[0]!.start) : '';
  return /^[_\s,]*$/u.test(lead);
}

/** English pronouns that stand for someone of a group without naming them. */
const EN_INDEFINITE_SUBJECT = new Set(['one', 'another', 'someone', 'somebody']);

/** English articles and numerals that bring in someone new: "a protester", "one resident". */
const EN_INDEFINITE_ARTICLE = new Set(['a', 'an', 'one', 'another']);

/**
 * English: '“…,” one said.', '“…,” one of them said.', '“…,” another said.' — an indefinite pronoun
 * as the subject between a quote and its verb: a member of a group the text does not name, never
 * the previous speaker by continuation. Tokens [a, v): the pronoun, then nothing or "of" and its
 * noun phrase. Or an indefinite noun phrase ('“…,” a protester said.', 'one resident told the
 * radio', 'a woman in the crowd shouted'): someone brought in without a name.
 */
export function indefiniteSubject(c: BlockCtx, a: number, v: number, lex: Lex): boolean {
  if (lex.lang !== 'en' || v - a < 1 || v - a > 5) return false;
  const first = c.toks[a]!;
  if (!/^[_\s,]*$/u.test(a > 0 ? c.masked.slice(c.toks[a - 1]!.end, first.start) : '')) return false;
  if (EN_INDEFINITE_SUBJECT.has(first.lo) && (v - a === 1 || c.toks[a + 1]!.lo === 'of')) return true;
  if (!EN_INDEFINITE_ARTICLE.has(first.lo) || v - a < 2) return false;
  // One noun phrase: words joined by spaces only, no verb of saying inside.
  for (let i = a + 1; i < v; i++) {
    if (c.masked.slice(c.toks[i - 1]!.end, c.toks[i]!.start) !== ' ') return false;
    if (lex.speech.has(c.toks[i]!.lo)) return false;
  }
  return c.masked.slice(c.toks[v - 1]!.end, c.toks[v]!.start) === ' ';
}
