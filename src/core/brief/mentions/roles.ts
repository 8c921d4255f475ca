/**
 * Roles as the article states them, read around a person's name: "le porte-parole de la présidence
 * russe, Dmitri Peskov", "Eric Reeves, a senior fellow at …", "Oberbürgermeister Jens Albrecht",
 * "Laure de la Raudière (UMP)", "Margaret Hale, who chairs …". Each found role has a score; the
 * entity keeps the best one (an apposition with a role noun beats a bare title or a clause).
 */
import {
  isFirstName,
  isKnownName,
  isPluralRole,
  isRoleLike,
  isRoleWord,
  type Lex,
} from '../lexicons/compile.js';
import { isPlace } from '../lexicons/places.js';
import { fold, type Token } from '../prep/text.js';
import { copulaRole } from './role-copula.js';
import { dashRole } from './role-dashes.js';
import { exampleCue, singularPhrase } from './role-plurals.js';
import { gap, HARD, phraseFwd, slice } from './role-phrase.js';

export interface RoleFind {
  role: string;
  score: number;
}

/** Verbs of leading in a "who …" clause (EN/FR/DE/ES/IT). */
const LEADS =
  /^(?:chairs|heads|leads|runs|directs|owns|manages|founded|represents|préside|dirige|anime|représente|leitet|führt|vertritt|preside|dirige|representa|guida|presiede|dirige|rappresenta)$/u;

/** Italian and Spanish gerunds, with an enclitic pronoun or not: "rivolgendosi", "diciendo". */
const GERUND = /^\p{L}{2,}(?:ando|endo|iendo)(?:si|se|lo|la|li|le|gli|ne)?$/u;

/** A role noun right before token d, over up to two modifiers ("conseiller spécial du …"), not over a verb. */
function roleNounBefore(toks: Token[], d: number, lex: Lex): boolean {
  for (let k = d - 1; k >= Math.max(0, d - 3); k--) {
    const t = toks[k]!;
    if (isRoleWord(lex, t.lo)) return true;
    if (lex.stop.has(t.lo) || lex.speech.has(t.lo) || lex.passiveAux.has(t.lo) || t.cap) return false;
  }
  return false;
}

/** Tokens of the phrase ending just before token `end` (exclusive), back to punctuation. */
function phraseBack(text: string, toks: Token[], end: number, max = 14): number {
  let b = end - 1;
  while (b > 0 && end - b < max && !HARD.test(gap(text, toks[b - 1]!, toks[b]!)) && !toks[b - 1]!.dot) b--;
  return b;
}

/**
 * The role phrase before a name: the last determiner whose phrase holds a role noun, or an adjacent
 * role noun. `to`, the token after the name: in English, a name set off by a comma and followed at
 * once by a verb of saying ends the sentence's other clause ("… killing the suspect, Nocco said").
 */
export function roleBefore(text: string, toks: Token[], from: number, lex: Lex, to = -1): RoleFind | null {
  // "L’avocate de la défense, Me Sandrine Olivetti": the honorific belongs to the name.
  // "GOP presidential candidate Sen. Rand Paul": a title between a role phrase and the name is the
  // name's too; the role phrase before it says more.
  const hon =
    from > 1 &&
    (lex.honorifics.has(toks[from - 1]!.lo.replace(/\.$/u, '')) ||
      (lex.titles.has(toks[from - 1]!.lo.replace(/\.$/u, '')) &&
        gap(text, toks[from - 2]!, toks[from - 1]!) === ' ' &&
        !toks[from - 2]!.cap &&
        isRoleWord(lex, toks[from - 2]!.lo)));
  const nameFrom = hon ? from - 1 : from;
  if (nameFrom === 0) return null;
  let g = gap(text, toks[nameFrom - 1]!, toks[nameFrom]!);
  let end = nameFrom;
  // "El portavoz de la Agencia Estatal de Meteorología (Aemet), Javier Molina": skip the parenthesis.
  if (/^\), ?$/.test(g)) {
    let p = nameFrom - 1;
    while (p > 0 && nameFrom - p < 6 && !gap(text, toks[p - 1]!, toks[p]!).includes('(')) p--;
    if (p <= 0 || !gap(text, toks[p - 1]!, toks[p]!).includes('(')) return null;
    end = p;
    g = ', ';
  }
  if (!/^(?:, ?| )$/.test(g)) return null;
  // (English: Spanish or Italian copy often drops an apposition's second comma, "El portavoz, Juan
  // Pérez explicó", where the English construction is rare.)
  const after = toks[to];
  if (
    lex.lang === 'en' &&
    g !== ' ' &&
    after &&
    !after.cap &&
    lex.speech.has(after.lo) &&
    gap(text, toks[to - 1]!, after) === ' '
  )
    return null;
  // "quelques poids lourds de l'opposition comme Patrick Devedjian": the category names the role.
  const ex = exampleCue(toks, end, lex);
  if (ex > 0) {
    const inner = roleBefore(text, toks, ex, lex);
    return inner ? { role: singularPhrase(inner.role, lex), score: inner.score - 0.5 } : null;
  }
  // "die Ministerinnen Anne Spiegel, Annalena Baerbock": a list of names after a plural role, not an
  // apposition ("le gendre du président américain Donald Trump, Jared Kushner" is one).
  if (end >= 3 && g !== ' ' && toks[end - 1]!.cap && isFirstName(lex, toks[end - 2]!.lo)) {
    const before = toks[end - 3]!;
    const plural = isPluralRole(lex, before.lo) && isRoleLike(lex, before.lo);
    if (plural || /innen$/u.test(before.lo) || gap(text, before, toks[end - 2]!).includes(',')) return null;
  }
  // The word next to the name must belong to the role, not be a preposition ("la ministra para la …").
  // (A capitalised one ends a name in the role: "segretario regionale di Articolo Uno, Mauro Cedarmas".)
  const adjacent = toks[end - 1]!;
  const fnWord = !adjacent.cap && (lex.stop.has(adjacent.lo) || lex.determiners.has(adjacent.lo));
  if (fnWord || lex.particles.has(adjacent.lo)) return null;
  const b = phraseBack(text, toks, end);
  // "le juge Marc Trévidic": a form that is also a verb ("juge") is the noun after a determiner.
  const isRole = (t: Token): boolean => {
    if (!isRoleLike(lex, t.lo)) return false;
    if (!lex.speech.has(t.lo)) return true;
    const i = toks.indexOf(t);
    return i > 0 && lex.determiners.has(toks[i - 1]!.lo);
  };
  // "l'UMP Laure de la Raudière": a party acronym after a determiner.
  // (Not the complement of a role before it: "le président de la N-VA Bart De Wever" has the whole
  // phrase, read below.)
  const ofRole = end >= 4 && lex.orgConnectors.has(toks[end - 3]!.lo) && isRoleLike(lex, toks[end - 4]!.lo);
  if (g === ' ' && adjacent.acro && end - 2 >= 0 && lex.determiners.has(toks[end - 2]!.lo) && !ofRole) {
    return { role: adjacent.t, score: 2 };
  }
  for (let d = end - 2; d >= b; d--) {
    // A role phrase does not reach over another person and a coordination: "Die Landesvorsitzende
    // Julia Klöckner und ihr designierter Nachfolger Christian Baldauf" gives Baldauf no role of hers.
    // (A person in a genitive stays: "le gendre du président américain Donald Trump, Jared Kushner";
    // so do coordinated roles: "vicepresidenta primera y ministra de Asuntos Económicos".)
    if (
      toks[d]!.cap &&
      isFirstName(lex, toks[d]!.lo) &&
      toks.slice(d + 1, end).some((t) => lex.conjunctions.has(t.lo))
    )
      break;
    // "Brentmoor's interim boss, Lena Hartmann": a possessive opens the phrase like a determiner.
    // So does a preposition fused with an article before an apposition ("al procuratore capo, X").
    // (Not after a role noun: "gendre du président américain" is one phrase.)
    // ("l'ancien conseiller spécial du chef de l'Etat, X": not after a role noun and its adjectives.)
    const fused = g !== ' ' && lex.prepArticles.has(toks[d]!.lo) && !roleNounBefore(toks, d, lex);
    const opener = lex.determiners.has(toks[d]!.lo) || fused;
    if (!opener && !(toks[d]!.poss && g !== ' ')) continue;
    let head = -1;
    for (let i = d + 1; i < end && head < 0; i++) if (isRole(toks[i]!)) head = i;
    if (head < 0) continue;
    // "that they had briefed President-elect …": a pronoun or a verb between means a clause, not a phrase.
    const clause = toks
      .slice(d + 1, head)
      .some(
        (t) =>
          lex.pronM.has(t.lo) ||
          lex.pronF.has(t.lo) ||
          lex.pronPl.has(t.lo) ||
          lex.speech.has(t.lo) ||
          lex.passiveAux.has(t.lo),
      );
    if (clause) continue;
    // "la docente rivolgendosi soprattutto a papà Antonio": a gerund between opens a clause; the
    // name after it is not described by the phrase before it.
    if (toks.slice(d + 1, end).some((t) => GERUND.test(t.lo))) return null;
    // "devant les députés Claire Moulin": a plural role next to one name is not hers.
    const h = toks[head]!.lo;
    if (g === ' ' && !lex.roleNouns.has(h) && /(?:s|x|i)$/u.test(h)) return null;
    // German capitalises nouns: between a role noun and the name only genitive articles and capitalised
    // words stand ("der Vorsitzende der Linken Janine Wissler"); a lowercase word there is a clause
    // ("der Vorstand dann in kürzester Zeit Kündigungen …": no role, and no person).
    if (lex.lang === 'de' && g === ' ') {
      // (Genitive articles and "von/für" only: "die Bundestagsabgeordnete Klöckner die Ministerinnen
      // Anne Spiegel" is two phrases, not a role of Anne Spiegel.)
      const genitive = (t: Token): boolean => t.cap || /^(?:der|des|von|vom|für|zur|zum)$/u.test(t.lo);
      if (toks.slice(head + 1, end).some((t) => !genitive(t))) continue;
    }
    // No verb of saying inside the role ("a affirmé que le …" is cut at the determiner anyway).
    // (A participle right after the role noun is an adjective: "il procuratore aggiunto".)
    for (let i = d + 1; i < end; i++)
      if (i !== head && i !== head + 1 && lex.speech.has(toks[i]!.lo)) return null;
    // "the International Criminal Court against Sudan’s president": the role starts after the preposition.
    let start = d + 1;
    for (let i = d + 1; i < head; i++) if (lex.stop.has(toks[i]!.lo) && !toks[i]!.cap) start = i + 1;
    // "le gendre du président américain Donald Trump": with no comma, the name belongs to the last role noun.
    if (g === ' ') {
      let lastRole = head;
      for (let i = head + 1; i < end; i++) if (isRole(toks[i]!)) lastRole = i;
      const genitive = toks.slice(head + 1, lastRole).some((t) => lex.stop.has(t.lo) && !t.cap);
      if (lastRole > head && genitive) start = lastRole;
    }
    return { role: slice(text, toks, start, end), score: 3 };
  }
  // "Principal accusé de ce procès historique, Salah Abdeslam fut …": a role phrase with no article
  // opening the sentence, then a comma and the name. (Its first or second word is the role noun;
  // no verb in it.)
  if (g !== ' ' && b < end - 1 && sentenceOpens(text, toks, b)) {
    const first = toks[b]!;
    // (After an adjective opening the sentence, a participle is a noun: "Principal accusé"; a
    // participle opening it is a clause: "Interrogé par la presse, X …".)
    const roleAt = (i: number): boolean =>
      i < end &&
      isRoleLike(lex, toks[i]!.lo) &&
      (i === b || !toks[i]!.cap === (lex.lang !== 'de')) &&
      (!lex.speech.has(toks[i]!.lo) || (i === b + 1 && !lex.speech.has(first.lo)));
    const head = [b, b + 1].find(roleAt);
    const verb = toks
      .slice(b, end)
      .some(
        (t, i) =>
          (b + i !== head && lex.speech.has(t.lo)) || lex.passiveAux.has(t.lo) || lex.copulas.has(t.lo),
      );
    if (
      head !== undefined &&
      !verb &&
      !lex.determiners.has(first.lo) &&
      !lex.stop.has(first.lo) &&
      !(head === b + 1 && (first.cap ? isFirstName(lex, first.lo) : lex.stop.has(first.lo)))
    )
      return { role: slice(text, toks, b, end), score: 2.4 };
  }
  // No determiner (English and German pre-modifiers): "Kaitaia conservation department ranger Jamie Werner".
  if (g === ' ' && isRole(adjacent)) {
    let a = end - 1;
    const modifier = (t: Token): boolean =>
      !lex.stop.has(t.lo) &&
      !lex.speech.has(t.lo) &&
      !lex.determiners.has(t.lo) &&
      // (A participle is a verb; a capitalised word ending so is a name: "Boeing CEO Dave Calhoun".)
      !(!t.cap && /(?:ed|ing)$/.test(t.lo));
    while (a > b && end - a < 5 && modifier(toks[a - 1]!)) a--;
    // Lowercase words count only from the start of the phrase ("Kaitaia conservation department
    // ranger"); after a clause word they are a verb ("who advises Attorney-General George Brandis").
    const bounded = a === b || lex.determiners.has(toks[a - 1]!.lo);
    if (!bounded) while (a < end - 1 && !toks[a]!.cap && !isRole(toks[a]!)) a++;
    return { role: slice(text, toks, a, end), score: 2.5 };
  }
  return null;
}

/** Whether token i opens its sentence: the block's first, or after a full stop, a colon or a line end. */
function sentenceOpens(text: string, toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  return !prev || /[.!?…:\n]/u.test(gap(text, prev, toks[i]!)) || (prev.dot && !/^\p{Lu}$/u.test(prev.t));
}

/** The role phrase after a name: ", a senior fellow at …," or ", who chairs …" or "(UMP)". */
export function roleAfter(text: string, toks: Token[], nameTo: number, lex: Lex): RoleFind | null {
  const name = toks[nameTo - 1];
  const next = toks[nameTo];
  if (!name || !next) return null;
  const g = gap(text, name, next);
  if (g === ' ' && lex.copulas.has(next.lo)) return copulaRole(text, toks, nameTo + 1, lex);
  if (/^ ?\($/.test(g)) {
    const close = text.indexOf(')', next.start);
    const inner = close > 0 ? text.slice(next.start, close) : '';
    if (inner && inner.length < 40 && !/\d/.test(inner) && inner.split(/\s+/).length <= 3)
      return { role: inner, score: isRoleLike(lex, next.lo) ? 2.5 : 0.5 };
    // "Pierre Mignoni (directeur du rugby de Toulon): «…»": a longer parenthesis opening on a role
    // noun is the role as the sports and press-review pages state it.
    if (
      inner &&
      inner.length < 80 &&
      !/[()]/u.test(inner) &&
      isRoleLike(lex, next.lo) &&
      !lex.speech.has(next.lo)
    )
      return { role: inner, score: 2.5 };
    return null;
  }
  // "said Smaran Subbaiah from TripdAIry": an English affiliation, a capitalised body after "from"
  // (not a place: "Jane Doe from Leeds").
  if (g === ' ' && lex.lang === 'en' && next.lo === 'from') {
    let e = nameTo + 1;
    while (e < toks.length && e - nameTo <= 4 && toks[e]!.cap && gap(text, toks[e - 1]!, toks[e]!) === ' ')
      e++;
    const body = slice(text, toks, nameTo + 1, e);
    if (e > nameTo + 1 && !isPlace(fold(body))) return { role: body, score: 1 };
    return null;
  }
  // "Jane Hale, aged 58, of Mill Lane, said": where the person lives, as English local papers state it.
  if (lex.lang === 'en') {
    const home = residence(text, toks, nameTo);
    if (home) return home;
  }
  if (/^ [-–—] $/u.test(g)) return dashRole(text, toks, nameTo, lex);
  if (!/^, ?$/.test(g)) return null;
  let from = nameTo;
  // Skip an age: "Parata, 75, has …".
  // Skip an age with its unit too: "Mario Rossi, 54 anni, operaio".
  if (/^\d+$/.test(toks[from]!.t)) {
    let k = from + 1;
    if (toks[k] && /^ $/.test(gap(text, toks[from]!, toks[k]!)) && !toks[k]!.cap) k++;
    const after = toks[k];
    if (!after || !/^, ?$/.test(gap(text, toks[k - 1]!, after))) return null;
    from = k;
  }
  // "X, il quale presiede …": the article of a relative pronoun.
  if (lex.determiners.has(toks[from]!.lo) && toks[from + 1] && lex.relatives.has(toks[from + 1]!.lo)) from++;
  const first = toks[from]!;
  if (lex.relatives.has(first.lo)) {
    const end = phraseFwd(text, toks, from + 1, lex, 14);
    // A "who …" clause is a role only when it states a function ("who chairs the committee", "qui
    // préside …"); a clause of what the person did is not one ("qui avait l'habitude de …").
    const states = toks.slice(from + 1, end).some((t) => isRoleWord(lex, t.lo) || LEADS.test(t.lo));
    return end > from + 1 && states ? { role: slice(text, toks, from + 1, end), score: 1 } : null;
  }
  // ", mais aussi …", ", and then …": a clause, not an apposition.
  if (lex.stop.has(first.lo) && !lex.determiners.has(first.lo)) return null;
  let end = phraseFwd(text, toks, from, lex);
  let start = from;
  while (start < end && (lex.determiners.has(toks[start]!.lo) || lex.stop.has(toks[start]!.lo))) start++;
  if (start >= end) return null;
  // "Juan Pérez, secretario de Seguridad de Medellín reconoció que …": Spanish, Italian, French and
  // German copy often drops an apposition's second comma; a verb of saying (over its auxiliary: "ha
  // spiegato", "a dit") after a role noun and its complement ends the apposition. (English keeps the
  // comma, and there "X, an official said" is a clause of its own; so is ", il ministro ha detto" in
  // any language: a bare role noun before the verb is its subject.)
  if (lex.lang !== 'en' && isRoleWord(lex, toks[start]!.lo)) {
    let cut = toks.findIndex((t, i) => i > start + 1 && i < end && lex.speech.has(t.lo));
    const aux = (t: Token): boolean => !t.cap && (lex.stop.has(t.lo) || lex.passiveAux.has(t.lo));
    while (cut > start + 1 && aux(toks[cut - 1]!)) cut--;
    if (cut > start + 1 && !isRoleLike(lex, toks[cut - 1]!.lo)) end = cut;
  }
  // "New York City, an official said": a clause with a verb of saying is not an apposition; nor is
  // the next item of a list of people ("il ministro Lollobrigida, adesso la ministra Bernini").
  for (let i = start; i < end; i++) if (lex.speech.has(toks[i]!.lo)) return null;
  if (nextListedPerson(toks, start, end, lex)) return null;
  for (let i = start; i < Math.min(end, start + 6); i++) {
    // German capitalises its nouns: a lowercase word before the role noun that is no declined
    // adjective is a verb ("Oliver Hildenbrand, trauert dem scheidenden Ministerpräsidenten …").
    const t = toks[i]!;
    if (lex.lang === 'de' && !t.cap && !lex.determiners.has(t.lo) && !/(?:e|en|em|er|es)$/u.test(t.lo))
      return null;
    // An apposition right after the name is the surest statement of a role.
    // (A noun the lexicon lists is surer than one read by its suffix.)
    if (isRoleWord(lex, toks[i]!.lo)) return { role: slice(text, toks, start, end), score: 3.2 };
    if (isRoleLike(lex, toks[i]!.lo)) return { role: slice(text, toks, start, end), score: 2.8 };
  }
  return null;
}

/**
 * The phrase ends on a role word and a name: the next item of a list of people, not this one's role
 * ("adesso la ministra Bernini", "Chefdramaturgin Sonja Walter, Oberspielleiterin Mirja Biel, …").
 * A name of two or three words must open on a given name: "Trainer Bayern München" is a role.
 */
function nextListedPerson(toks: Token[], start: number, end: number, lex: Lex): boolean {
  let k = end - 1;
  while (k > start && end - k <= 3 && toks[k]!.cap && !isRoleWord(lex, toks[k]!.lo)) k--;
  const name = end - 1 - k;
  if (name === 0 || !isRoleWord(lex, toks[k]!.lo) || isPluralRole(lex, toks[k]!.lo)) return false;
  // After a preposition the role word and name complement the role before: "subcomandante de la
  // Policía Metropolitana", "portavoz del ministro Rossi".
  let p = k - 1;
  while (p > start && lex.determiners.has(toks[p]!.lo)) p--;
  const of = toks[p]!.lo;
  if (p >= start && (lex.prepositions.has(of) || lex.prepArticles.has(of) || lex.particles.has(of)))
    return false;
  const given = toks[k + 1]!.lo;
  return name === 1 || isFirstName(lex, given) || isKnownName(given);
}

/** English "of" and a capitalised place after a name (over ", aged 58,"), ended by a comma or a verb. */
export function residence(text: string, toks: Token[], nameTo: number): RoleFind | null {
  let k = nameTo;
  const sep = (i: number): string => gap(text, toks[i - 1]!, toks[i]!);
  if (toks[k]?.lo === 'aged' && /^, ?$/.test(sep(k)) && /^\d+$/.test(toks[k + 1]?.t ?? '')) k += 2;
  if (toks[k]?.lo === 'also' && toks[k + 1]?.lo === 'of') k++; // ("Iris Hale, also of Mill Lane, said")
  const of = toks[k];
  if (of?.lo !== 'of' || !/^(?:, ?| )$/.test(sep(k))) return null;
  let e = k + 1;
  while (e < toks.length && e - k <= 4 && toks[e]!.cap && sep(e) === ' ') e++;
  const after = toks[e];
  if (e === k + 1 || !after || !(/^, ?$/.test(sep(e)) || (sep(e) === ' ' && !after.cap))) return null;
  return { role: slice(text, toks, k, e), score: 1 };
}
