/**
 * Whether a candidate name is a person: the evidence gathered around its occurrences (people.ts)
 * weighed for names of several words (a given name, a title, a role, a verb of saying, the surname
 * used alone elsewhere) and for one-word names, which need more.
 */
import { isFirstName, isKnownName, isOrgWord, isRoleWord, type Lex } from '../lexicons/compile.js';
import { isPlace } from '../lexicons/places.js';
import { fold } from '../prep/text.js';
import { surnameOf } from './surnames.js';
import type { Candidate } from './people.js';

/** Endings of abstract nouns, in the five languages (action, state, quality, collective). */
const ABSTRACT =
  /(?:ción|sión|zione|sione|tion|sion|miento|mento|ment|idad|ità|ité|ity|ness|heit|keit|schaft|ung)$/u;

/** A long word with an abstract noun's ending that no list knows as a name: "Alimentación", "Sicherheit". */
function abstractNoun(token: string, lex: Lex): boolean {
  const w = token.toLowerCase();
  return w.length >= 8 && ABSTRACT.test(w) && !isFirstName(lex, w) && !isKnownName(w);
}

/** Whether a multi-word candidate is a person: a given name, or anything the text says of people. */
export function acceptFull(
  c: Candidate,
  loneSurnames: Set<string>,
  anyAlone: Set<string>,
  lex: Lex,
  surnames: Set<string> = new Set(),
  bareAlone: Set<string> = new Set(),
): boolean {
  if (lex.institutions.has(c.key)) return false;
  // "ici Saint-Étienne Loire", "Paris Saclay": a name opening on a place that is no given name is a
  // place or an institution, whatever stands around it.
  const head = fold(c.tokens[0]!);
  if (c.tokens.length > 1 && head.includes('-') && isPlace(head) && !isFirstName(lex, head)) return false;
  // "El ministro de Agricultura, Alimentación y Medio Ambiente, Miguel Arias Cañete": a word that
  // names an abstract noun by its ending is the rest of an office's name, not a given name or surname.
  if (c.tokens.some((t) => abstractNoun(t, lex))) return false;
  if (c.titled || c.roled || c.age) return true;
  // "Côte d'Ivoire", "Emilia Romagna", "Buenos Aires": a place, even when a word of it is a given name.
  if (isPlace(c.key)) return false;
  if (c.strongFirst || c.initials) return true;
  // A name of two or three words that no list knows, right after a quote and its verb ("“…,” said
  // Smaran Subbaiah") or before a colon that opens one: someone speaks under it, a person, whether
  // or not a list knows the given name. Not when a word of it names an organisation or a place
  // ("said Coresight Research"), nor two people's surnames side by side ("ruft Audretsch Czaja …
  // zu", Audretsch named alone or as another name's surname).
  if (
    (c.inverted || c.colon) &&
    !surnames.has(fold(c.tokens[0]!)) &&
    !anyAlone.has(fold(c.tokens[0]!)) &&
    c.tokens.length <= 3 &&
    c.placed + c.determined + c.modifier === 0 &&
    !c.tokens.some((t) => {
      const w = fold(t);
      return isOrgWord(lex, w) || lex.orgNouns.has(w) || isPlace(w) || lex.institutions.has(w);
    })
  )
    return true;
  // A given name only the extended list knows, right beside a verb of saying, a colon before a quote
  // or "according to": someone speaks, and has a given name ("Amedeo Bottaro ha così detto: «…»").
  // (Or followed by "who": "Giles Ratcliffe, who farms at Whixall, has seen …".)
  if (
    c.weakFirst &&
    (c.speech || c.colon || c.source || c.inverted || c.who) &&
    c.determined + c.modifier < c.count
  )
    return true;
  // A verb of saying, a colon or "according to" next to a name with no given name says someone or
  // something speaks, not that it is a person ("Coresight Research said", "according to South Sudan").
  if (loneSurnames.has(fold(surnameOf(c.tokens)))) return true;
  // "who co-founded OceanGate with Stockton Rush … he trusted Rush": a given name no list knows,
  // then the last word alone inside a sentence, with no article or preposition before it (the full
  // name may follow one: "with Stockton Rush"). Newsrooms name a person in full once and by surname
  // after; a company or a place is not taken up by its last word alone. (Not a surname that is
  // itself an organisation's word or a place: "Borussia Dortmund … in Dortmund"; not in German,
  // where any noun before a place is capitalised: "am Campus Landau … in Landau".)
  const last = fold(c.tokens.at(-1)!);
  if (
    lex.lang !== 'de' &&
    bareAlone.has(last) &&
    c.inner > 0 &&
    c.tokens.length <= 3 &&
    c.determined + c.modifier === 0 &&
    !isPlace(last) &&
    !c.tokens.some((t) => {
      const w = fold(t);
      return isOrgWord(lex, w) || lex.orgNouns.has(w) || lex.institutions.has(w) || lex.stop.has(w);
    })
  )
    return true;
  // A given name only the extended list knows: not when every occurrence opens a sentence, nor for
  // a thing ("The Bolton Wanderers captain").
  const alone = anyAlone.has(fold(surnameOf(c.tokens)));
  return c.weakFirst && (c.inner > 0 || alone) && c.placed < c.count && c.determined + c.modifier < c.count;
}

/** Whether a one-word candidate is a person on its own (no full form in the text). */
export function acceptSingle(c: Candidate, lex: Lex, lowerWords: ReadonlySet<string> = new Set()): boolean {
  const w = c.key;
  if (isOrgWord(lex, w) || lex.orgNouns.has(w) || lex.speech.has(w) || lex.stop.has(w) || isRoleWord(lex, w))
    return false;
  if (lex.institutions.has(w)) return false;
  // "gegenüber 5 Minuten", "im Gespräch mit 5 Minuten": a word only ever counted names a thing
  // (German capitalises every noun), even where a source or a listener stands.
  if (c.counted === c.count) return false;
  if (c.titled || c.inverted || c.agedBefore) return true;
  if (c.determined > 0) return false;
  // English: "Harlow said he would", "Harlow, who …": what only a person is said to do, at a name
  // not only ever after a preposition of place. Seen only opening sentences, it must be no word the
  // text writes in lower case, nor a plural ("Witnesses said he ran": someone else).
  if (
    lex.lang === 'en' &&
    c.who &&
    c.placed < c.count &&
    !isPlace(w) &&
    (c.inner > 0 || (lowerWords.size > 0 && !lowerWords.has(w) && !w.endsWith('s')))
  )
    return true;
  // "Melbourne", "le procès de Paris": a place, unless the curated lists know it as a given name
  // ("Florence", "Victoria"), which then needs the evidence below like any other.
  if (isPlace(w) && !isFirstName(lex, w)) return false;
  // "il ministro della protezione civile Musumeci", "el presidente del Gobierno Sánchez": a role
  // phrase opened by an article, its complement, then the name it describes.
  if (c.described && c.placed === 0) return true;
  // "Massaferro declaró …", "Olivieri replica …": a word with no article opening a sentence as the
  // subject of a verb of saying names someone in French, Spanish and Italian, where a common noun
  // there takes an article (not English, where companies speak so: "Boeing said"; not German,
  // where an adverb opens the sentence before the verb: "Gestern sagte …"); not a word the text
  // also writes in lower case (an adverb, a common noun).
  if (
    c.saysFirst &&
    c.placed + c.modifier === 0 &&
    ['fr', 'es', 'it'].includes(lex.lang) &&
    !lowerWords.has(w)
  )
    return true;
  if (c.colon || c.source) return lex.lang !== 'de' || isKnownName(w) || c.inner > 1;
  // "sagte Scholz", "Bonaccini ha detto": in English a lone capitalised subject is as often a company.
  // Not a word seen only at sentence starts ("Poco después, …").
  if (
    c.speech &&
    c.inner > 0 &&
    (lex.lang !== 'en' || isFirstName(lex, w)) &&
    (lex.lang !== 'de' || c.inner > 1)
  )
    return c.placed < c.count;
  // "la mère de Victorine, Sylvie, …": a given name with a role beside it; "il fratello Ettore".
  return (c.roled || c.apposed) && isFirstName(lex, w);
}
