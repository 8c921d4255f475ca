/**
 * Evidence around one occurrence of a name that the text says of people only (people.ts gathers
 * it): a plural office before a list of names, a role phrase ending on its complement right before
 * the name, a verb of saying right after a name that opens its sentence.
 */
import type { BlockCtx } from '../prep/context.js';
import { isGenericPerson, isPluralRole, isRoleWord, type Lex } from '../lexicons/compile.js';

/**
 * A name in a list of names after a plural role noun: "i ministri Toninelli e Trenta", "les
 * ministres Darmanin et Attal" — each of them holds the office. (The list is two names joined by
 * a conjunction, each of one to three capitalised words.)
 */
export function listedAfterRole(c: BlockCtx, from: number, to: number, lex: Lex): boolean {
  const t = c.toks;
  const spaced = (a: number, b: number): boolean => c.masked.slice(t[a]!.end, t[b]!.start) === ' ';
  const plural = (i: number): boolean => {
    const w = t[i];
    return w !== undefined && !w.cap && isRoleWord(lex, w.lo) && isPluralRole(lex, w.lo);
  };
  const conj = (i: number): boolean => {
    const w = t[i];
    return w !== undefined && lex.conjunctions.has(w.lo);
  };
  // First of the two: the plural role before, a conjunction and a capital after.
  if (from > 0 && plural(from - 1) && spaced(from - 1, from) && conj(to) && spaced(to - 1, to)) {
    const next = t[to + 1];
    if (next?.cap && spaced(to, to + 1)) return true;
  }
  // Second: a conjunction before, then the first name's capitals back to the plural role.
  if (from < 2 || !conj(from - 1) || !spaced(from - 1, from)) return false;
  let k = from - 2;
  while (k >= 0 && from - 2 - k < 3 && t[k]!.cap && spaced(k, k + 1)) k--;
  return k >= 0 && k < from - 2 && plural(k) && spaced(k, k + 1);
}

/**
 * Whether a role phrase ends on a listed role noun or on that noun's complement: "ministro della
 * protezione civile", "presidente del Gobierno" — not "la première grande réforme sociétale de
 * l'ère", where a noun that is no office follows the role word ("première").
 */
export function headsComplement(role: string, lex: Lex): boolean {
  const words = role.split(/[\s'’]+/u);
  let head = -1;
  words.forEach((w, i) => {
    if (!/^\p{Lu}/u.test(w) && isRoleWord(lex, w.toLowerCase())) head = i;
  });
  if (head < 0) return false;
  const next = words[head + 1];
  return next === undefined || lex.stop.has(next.toLowerCase()) || lex.stop.has(`${next.toLowerCase()}’`);
}

/**
 * A verb of saying right after the name, or after its auxiliary (the language's incise leads:
 * "Olivieri ha replicato", "Dupont a déclaré"): the name is the verb's subject.
 */
export function saysNext(c: BlockCtx, to: number, lex: Lex): boolean {
  const t = c.toks;
  const next = t[to];
  if (!next || next.cap || c.masked.slice(t[to - 1]!.end, next.start) !== ' ') return false;
  if (lex.speech.has(next.lo)) return true;
  const verb = t[to + 1];
  return (
    lex.inciseLeads.has(next.lo) &&
    verb !== undefined &&
    c.masked.slice(next.end, verb.start) === ' ' &&
    lex.speech.has(verb.lo)
  );
}

/**
 * English: "a kidnapped 8-year-old Fort Worth girl" (the name modifies the noun after it), "the
 * 48-year-old Australian" (an article before the age: a noun taken up, often a nationality).
 */
export function agedModifier(c: BlockCtx, from: number, to: number, lex: Lex): boolean {
  if (lex.lang !== 'en') return false;
  const next = c.toks[to];
  const det = c.toks[from - 2];
  const noun =
    next !== undefined &&
    !next.cap &&
    c.masked.slice(c.toks[to - 1]!.end, next.start) === ' ' &&
    (isRoleWord(lex, next.lo) || isGenericPerson(lex, next.lo) || lex.anonymous.has(next.lo));
  return noun || (det !== undefined && lex.determiners.has(det.lo));
}

/** English subject pronouns of a person: a company or a body is taken up by "it" or "they". */
const EN_PERSON_SUBJECT = new Set(['he', 'she']);

/**
 * English: a name, a verb of saying right after it, then "he" or "she" within a few lowercase
 * words ("Trump said he would", "Harlow told reporters that she …"): the speaker reports about
 * themselves as a person would ("Boeing said it would"). Evidence for a lone name no list knows.
 */
export function saysOfSelf(c: BlockCtx, to: number, lex: Lex): boolean {
  if (lex.lang !== 'en') return false;
  const t = c.toks;
  const verb = t[to];
  if (!verb || verb.cap || !lex.speech.has(verb.lo) || lex.passiveAux.has(verb.lo)) return false;
  if (c.masked.slice(t[to - 1]!.end, verb.start) !== ' ') return false;
  for (let i = to + 1; i <= to + 3 && i < t.length; i++) {
    const w = t[i]!;
    if (w.cap || c.masked.slice(t[i - 1]!.end, w.start) !== ' ') return false;
    if (EN_PERSON_SUBJECT.has(w.lo)) return true;
  }
  return false;
}

/** "Claudio Paglia (allenatore Real Fieschi)": a role in parentheses after a name is that person's;
 * the capitals after it are its complement (the club), not another person. */
const ASIDE_ROLE = /\p{Lu}[\p{L}’'-]*\s*\(\s*\p{Ll}[\p{Ll}’' -]{0,40}$/u;
/** German writes that role with a capital: "Timo Berg (Cheftrainer SpVgg Musterstadt):"; its noun is
 * the captured word (a listed role, read by isRoleWord). */
const ASIDE_ROLE_DE = /\p{Lu}[\p{L}’'-]*\s*\(\s*(\p{Lu}[\p{Ll}-]+)\s+$/u;

/** Whether the name at `from` is the complement of a role in parentheses after another name. */
export function asideRole(text: string, from: number, lex: Lex): boolean {
  const span = text.slice(Math.max(0, from - 60), from);
  // (Both patterns, anchored at the end, are tried from every position of the window: most windows
  // hold no parenthesis at all, and are answered without them.)
  if (!span.includes('(')) return false;
  if (ASIDE_ROLE.test(span)) return true;
  const m = lex.lang === 'de' ? ASIDE_ROLE_DE.exec(span) : null;
  return m !== null && isRoleWord(lex, m[1]!.toLowerCase());
}
