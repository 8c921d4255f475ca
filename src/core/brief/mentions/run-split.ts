/**
 * Where one capitalised run holds two things side by side: an organisation or a role's complement,
 * then a person's name ("Forza Italia Deborah Bergamini", "République de Paris Rémy Heitz").
 */
import { isFirstName, isKnownName, isOrgWord, isRoleWord, type Lex } from '../lexicons/compile.js';
import { isPlace } from '../lexicons/places.js';
import { fold, type Token } from '../prep/text.js';

/** Particles that are articles: they follow another particle (von der, de la, van den), never lead. */
export const ARTICLE_PARTICLES = new Set([
  'der',
  'den',
  'die',
  'das',
  'la',
  'le',
  'les',
  'los',
  'las',
  'the',
]);

/**
 * A given name after other capitalised words opens a new name ("Forza Italia Deborah Bergamini",
 * "Movimento 5 Stelle Giuseppe Conte"), unless those words are an organisation's ("Fondation Jean
 * Jaurès"), given names themselves ("Jean Pierre"), or a title.
 */
export function splitAtName(toks: Token[], from: number, to: number, lex: Lex): number {
  if (to - from < 3) return to; // (most runs: nothing to split, no closure to build)
  const given = (t: Token): boolean => isFirstName(lex, t.lo) || isKnownName(t.lo);
  for (let i = from + 1; i < to - 1; i++) {
    const t = toks[i]!;
    if (!isFirstName(lex, t.lo) || given(toks[i - 1]!) || !toks[i - 1]!.cap) continue;
    const head = toks.slice(from, i);
    if (head.some((h) => isOrgWord(lex, h.lo) || !h.cap || lex.particles.has(h.lo))) continue;
    // "Sen. Rand Paul", "Texas Sen. Ted Cruz", "Premier Giorgia Meloni": titles and roles before a
    // name are read with it (as its role), not as another name.
    if (head.some((h) => lex.titles.has(h.lo) || lex.honorifics.has(h.lo) || isRoleWord(lex, h.lo))) continue;
    // ("Pfarrer Rudolf Klaus": a German noun before the name is its apposition, read with it.)
    if (i === from + 1 && deApposition(head[0]!, lex)) continue;
    if (toks.slice(i, to).some((h) => isOrgWord(lex, h.lo))) continue;
    return i;
  }
  return to;
}

/**
 * "la deputata di Forza Italia Deborah Bergamini", "le procureur de la République de Paris Rémy
 * Heitz", "der Vorsitzende der Linken Janine Wissler": after a role noun and its "of" (and an
 * article), the run opens on the role's complement (a party, an office, a place) and ends on the
 * name: a given name of any list and a surname that is no given name itself. Index of that given
 * name, or `to`.
 */
export function complementThenName(toks: Token[], from: number, to: number, lex: Lex): number {
  if (to - from < 3) return to;
  let k = from - 1;
  if (k > 0 && ARTICLE_PARTICLES.has(toks[k]!.lo)) k--;
  const conn = toks[k];
  const role = toks[k - 1];
  if (!conn || conn.cap || !lex.orgConnectors.has(conn.lo) || !role || !isRoleWord(lex, role.lo)) return to;
  const given = toks[to - 2]!;
  const last = toks[to - 1]!;
  if (!(isFirstName(lex, given.lo) || isKnownName(given.lo)) || isFirstName(lex, last.lo)) return to;
  if ([given, last].some((t) => isOrgWord(lex, t.lo) || lex.particles.has(t.lo) || isPlace(fold(t.t))))
    return to;
  return to - 2;
}

/**
 * German: the one noun right before a given name and a surname, when no list knows it as a role, is
 * the person's apposition all the same ("Pfarrer Rudolf Klaus", "Architekt Christian Stadtmüller"):
 * every German noun is capitalised, so nothing else tells a job from a name there. Not a place, an
 * organisation, an acronym (a party: "SPD"), a given name or a function word.
 */
export function deApposition(t: Token, lex: Lex): boolean {
  if (lex.lang !== 'de' || t.acro || t.dot || t.poss || t.t.length < 4) return false;
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(t.t) && !/^\p{Lu}+-\p{Lu}\p{Ll}+$/u.test(t.t))
    return false;
  const w = t.lo;
  return !(
    isOrgWord(lex, w) ||
    lex.orgNouns.has(w) ||
    lex.institutions.has(w) ||
    isPlace(fold(t.t)) ||
    isFirstName(lex, w) ||
    isKnownName(w) ||
    lex.stop.has(w) ||
    lex.determiners.has(w) ||
    lex.prepositions.has(w) ||
    lex.speech.has(w)
  );
}

/**
 * German: "das Fazit von Sommer", "die Kritik von Wiegand": a common noun, "von" (or "vom") and a
 * surname make one capitalised run, since German capitalises its nouns; the noun is not part of the
 * name ("Ursula von der Leyen" has a given name before the particle, "Bürgermeister von Hollenstedt"
 * a role). Index of the particle, where the run is cut (the name after it is read on its own), or `to`.
 */
export function nounThenVon(toks: Token[], from: number, to: number, lex: Lex): number {
  if (lex.lang !== 'de' || to - from < 3) return to;
  // (A capitalised article opening the sentence may come first: "Das Fazit von Sommer".)
  const at = lex.determiners.has(toks[from]!.lo) ? from + 1 : from;
  const p = at + 1;
  const v = toks[p]!;
  if (v.cap || (v.lo !== 'von' && v.lo !== 'vom') || !toks[p + 1]?.cap) return to;
  const noun = toks[at]!;
  if (p + 1 >= to || !deApposition(noun, lex) || isRoleWord(lex, noun.lo) || lex.honorifics.has(noun.lo))
    return to;
  return p;
}
