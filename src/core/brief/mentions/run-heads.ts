/**
 * Runs whose first words decide what they are: an English title with its complement before a name
 * ("Secretary of State Antony Blinken"), an institution whose head is also a role word ("la Policía
 * Local de Sevilla").
 */
import {
  deRoleBase,
  isFirstName,
  isKnownName,
  isOrgWord,
  isRoleWord,
  type Lex,
} from '../lexicons/compile.js';
import { isPlace } from '../lexicons/places.js';
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

/** A common noun naming a body ("Polizei", "gendarmerie"), or in German a compound ending on one. */
export function bodyNoun(lower: string, lex: Lex): boolean {
  if (lex.orgNouns.has(lower)) return true;
  if (lex.lang !== 'de') return false;
  for (let i = 3; i < lower.length - 5; i++) if (lex.orgNouns.has(lower.slice(i))) return true;
  return false;
}

/** Endings of German place names (towns, villages, districts): -burg, -dorf, -hausen, -ingen … */
const DE_PLACE_END =
  /(?:burg|berg|dorf|hausen|heim|ingen|ungen|stadt|stedt|feld|bach|hofen|kirchen|furt|brück|brücken|leben|roda|hagen|weiler|zell|wald|au)$/u;

/**
 * "die Sitzung des Marktgemeinderats Obergünzburg", "eines Gemeinderats Bachdorf": a word naming a
 * body (a council, an office, a court), in the genitive after its article, followed by one capitalised
 * word: that word is the body's place, the run the body — not a one-word person with the body's
 * name for a role. (A person's title in the genitive, "des Bürgermeisters Huber", names no body; a
 * given name or a word the lists know as one keeps the person reading.)
 */
export function genitiveBodyRun(toks: Token[], all: Token[], run: Run, lex: Lex): RunReading | null {
  // (The run may open before the article: "Die Mitglieder des Marktgemeinderats Obergünzburg".)
  const n = all.length;
  if (lex.lang !== 'de' || n < 2) return null;
  const article = toks[run.to - 3];
  if (!article || !['des', 'eines'].includes(article.lo) || run.to - 3 < run.from - 1) return null;
  const head = all[n - 2]!;
  const place = all[n - 1]!;
  if (!/s$/u.test(head.lo) || lex.roleNouns.has(head.lo)) return null;
  const bases = [head.lo.slice(0, -1), head.lo.replace(/es$/u, ''), deRoleBase(lex, head.lo) ?? ''];
  if (!bases.some((b) => b.length > 2 && bodyNoun(b, lex))) return null;
  const p = fold(place.t);
  if (isFirstName(lex, place.lo) || isKnownName(place.lo) || !(isPlace(p) || DE_PLACE_END.test(p)))
    return null;
  return {
    kind: 'org',
    name: [head, place],
    nameFrom: run.to - 2,
    prefix: [],
    titled: false,
    hasFirstName: false,
  };
}
