/**
 * Runs whose first words decide what they are: an English title with its complement before a name
 * ("Secretary of State Antony Blinken"), an institution whose head is also a role word ("la Policía
 * Local de Sevilla").
 */
import { isFirstName, isOrgWord, isRoleWord, type Lex } from '../lexicons/compile.js';
import { fold, isInitial, type Token } from '../prep/text.js';
import type { Run, RunReading } from './runs.js';

/**
 * English titles with their complement and no comma before the name: "Minister of Information and
 * Culture Lai Mohammed", "Secretary of State Antony Blinken", "President of the European Commission
 * Ursula von der Leyen". The name is the last word, the particles before it and one given name.
 */
export function titleOfName(all: Token[], run: Run, lex: Lex): RunReading | null {
  if (lex.lang !== 'en' || all.length < 5) return null;
  const head = all[0]!;
  if (!(lex.titles.has(head.lo) || isRoleWord(lex, head.lo)) || all[1]!.lo !== 'of') return null;
  let k = all.length - 1;
  while (k > 2 && !all[k - 1]!.cap && lex.particles.has(all[k - 1]!.lo)) k--;
  k--;
  if (k > 2 && isInitial(all[k - 1]!)) k--;
  const name = all.slice(k);
  if (k < 3 || !name[0]!.cap || name.some((t) => isOrgWord(lex, t.lo) || t.acro || /\d/u.test(t.t)))
    return null;
  if (lex.titles.has(name[0]!.lo) || isRoleWord(lex, name[0]!.lo)) return null;
  return {
    kind: 'person',
    name,
    nameFrom: run.from + k,
    prefix: all.slice(0, k),
    titled: true,
    hasFirstName: isFirstName(lex, name[0]!.lo),
  };
}

/**
 * "la Policía Local (de Sevilla)", "la Polizia Locale": an institution whose head is also a role
 * word is the institution, with its complement, not a role before a one-word name.
 */
export function institutionRun(all: Token[], run: Run, lex: Lex): RunReading | null {
  for (let n = Math.min(3, all.length); n > 1; n--) {
    const head = fold(
      all
        .slice(0, n)
        .map((t) => t.t)
        .join(' '),
    );
    if (lex.institutions.has(head) && (n === all.length || (!all[n]!.cap && lex.particles.has(all[n]!.lo))))
      return { kind: 'org', name: all, nameFrom: run.from, prefix: [], titled: false, hasFirstName: false };
  }
  return null;
}
