/**
 * Capitalised runs ("Steve Witkoff", "Conferenza delle Regioni", "Mr. McHugh") and their reading as a
 * person name, an organisation, or neither. A run is a sequence of capitalised tokens separated by one
 * space, with name particles (de, van, di) or organisation connectors (of, delle) inside.
 */
import { isFirstName, isKnownName, isOrgWord, isRoleWord, type Lex } from '../lexicons/compile.js';
import { isPlace } from '../lexicons/places.js';
import { fold, isInitial, tight, type Token } from '../prep/text.js';
import {
  ARTICLE_PARTICLES,
  complementThenName,
  deApposition,
  nounThenVon,
  splitAtName,
} from './run-split.js';
import { bodyNoun, genitiveBodyRun, institutionRun, titleOfName } from './run-heads.js';

export interface Run {
  /** Token indexes [from, to) in the block's token list. */
  from: number;
  to: number;
}

export interface RunReading {
  kind: 'person' | 'org' | 'none';
  /** Person: the name tokens (honorifics, titles and role words stripped); org: the org tokens. */
  name: Token[];
  /** Token index of the first name token. */
  nameFrom: number;
  /** Titles or role words stripped from the front of the run (become a role). */
  prefix: Token[];
  /** An honorific or a title preceded the name (Mr, Mme, President). */
  titled: boolean;
  hasFirstName: boolean;
}

/** An acronym or an initialism in mixed case ("LFI", "FdI", "M5S"). */
const partyLike = (t: Token): boolean => t.acro || /^\p{Lu}[\p{Ll}\d]?\p{Lu}/u.test(t.t);

/** Ordinal suffixes of names ("Lonnie G. Bunch III"): capitals, but not an acronym. */
const ROMAN = /^(?:II|III|IV)$/u;

export function findRuns(text: string, toks: Token[], lex: Lex): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!t.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    // "Minister of Information and Culture Lai Mohammed": an English title's complement may hold "and".
    const titleOf =
      lex.lang === 'en' && (lex.titles.has(t.lo) || isRoleWord(lex, t.lo)) && toks[i + 1]?.lo === 'of';
    while (j < toks.length) {
      const prev = toks[j - 1]!;
      // A dot ends the run unless it marks an initial or an abbreviated honorific or title ("Sen.",
      // "Dott."): a whole title word before a dot ends a sentence ("ha risposto la Ministra. Frase …").
      // (A title's whole word before a dot ends a sentence: "acompañar al Rey. Esa es …".)
      const abbrev = prev.t.length <= 5 && (lex.honorifics.has(prev.lo) || lex.titleAbbrevs.has(prev.lo));
      if (prev.dot && !isInitial(prev) && !abbrev) break;
      if (prev.poss || !tight(text, prev, toks[j]!)) break;
      const cur = toks[j]!;
      if (cur.cap) {
        j++;
        continue;
      }
      // Lowercase connectors only inside a run: "Laure de la Raudière", "Department of Conservation".
      // An article cannot open them: "von der Leyen", but not "John Hall den Physik-Nobelpreis".
      // (After a capitalised particle it can: "Gustavo De la Fuente", "Jan Van der Poel".)
      if (ARTICLE_PARTICLES.has(cur.lo) && !(j - 1 > i && lex.particles.has(prev.lo))) break;
      let k = j;
      while (
        k < toks.length &&
        !toks[k]!.cap &&
        (lex.particles.has(toks[k]!.lo) ||
          lex.orgConnectors.has(toks[k]!.lo) ||
          (titleOf && toks[k]!.lo === 'and')) &&
        k - j < 2
      ) {
        if (!tight(text, toks[k]!, toks[k + 1] ?? toks[k]!)) break;
        k++;
      }
      // "César Díaz y Manuel Olivares": a conjunction before a given name joins two people (not
      // "José Ortega y Gasset", "Banco Bilbao y Vizcaya").
      const twoPeople =
        lex.conjunctions.has(cur.lo) && toks[k] !== undefined && isFirstName(lex, toks[k]!.lo);
      if (!twoPeople && k > j && k < toks.length && toks[k]!.cap && tight(text, toks[k - 1]!, toks[k]!)) {
        j = k + 1;
        continue;
      }
      break;
    }
    let cut = splitAtName(toks, i, j, lex);
    if (cut === j) cut = complementThenName(toks, i, j, lex);
    if (cut === j) cut = nounThenVon(toks, i, j, lex);
    if (cut < j) {
      runs.push({ from: i, to: cut });
      i = cut;
      continue;
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

const NONE: RunReading = {
  kind: 'none',
  name: [],
  nameFrom: 0,
  prefix: [],
  titled: false,
  hasFirstName: false,
};

export function readRun(toks: Token[], run: Run, lex: Lex, sentenceStart: boolean): RunReading {
  const all = toks.slice(run.from, run.to);
  const byHead =
    titleOfName(all, run, lex) ?? institutionRun(all, run, lex) ?? genitiveBodyRun(toks, all, run, lex);
  if (byHead) return byHead;
  const after = toks[run.to];
  const before = toks[run.from - 1];
  let k = 0;
  let titled = false;
  // A title or role word opened the run, even if a function word ended it: "Presidente della Regione
  // Lombardia Attilio Fontana" — the organisation after it is the role's complement.
  let roleOpened = false;
  const prefix: Token[] = [];
  // "Last Tuesday Mayor Gordon", "Yesterday President Lula": a capitalised function word (a weekday,
  // a month, "Today") right before a title ends what stands before it; the name starts at the title.
  for (let j = all.length - 3; j > 0; j--) {
    const t = all[j]!;
    const next = all[j + 1]!;
    if (
      t.t.length > 2 &&
      lex.stop.has(t.lo) &&
      !lex.particles.has(t.lo) &&
      !isFirstName(lex, t.lo) &&
      (lex.titles.has(next.lo) || lex.honorifics.has(next.lo))
    ) {
      k = j + 1;
      break;
    }
  }
  while (k < all.length - 1 || (k < all.length && all.length === 1)) {
    const t = all[k]!;
    if (lex.honorifics.has(t.lo) || (t.lo === 'm' && t.dot && lex.lang === 'fr')) {
      titled = true;
      k++;
    } else if (lex.titles.has(t.lo) || (isRoleWord(lex, t.lo) && !isFirstName(lex, t.lo))) {
      titled = true;
      roleOpened = true;
      prefix.push(t);
      k++;
    } else if (k > 0 && t.cap && lex.particles.has(t.lo) && lex.honorifics.has(all[k - 1]!.lo)) {
      // "Mme De Block", "Mr Van Dyke": after an honorific, a capitalised particle opens the surname.
      break;
    } else if (
      lex.lang === 'en' &&
      k === 0 &&
      !sentenceStart &&
      t.cap &&
      lex.pronM.has(t.lo) &&
      all.length > 1
    ) {
      // "said He Jianxiong": a pronoun is written in lower case inside a sentence; capitalised there,
      // it is a surname (Chinese He) opening the name.
      break;
    } else if (
      lex.stop.has(t.lo) ||
      lex.determiners.has(t.lo) ||
      (sentenceStart && k === 0 && lex.speech.has(t.lo)) ||
      // "Hosting Cook at the event, Benioff said": an English participle opening the sentence.
      (sentenceStart &&
        k === 0 &&
        lex.lang === 'en' &&
        /^\p{L}{3,}ing$/u.test(t.lo) &&
        !isFirstName(lex, t.lo))
    ) {
      // "Fraktionsvorsitzende der Grünen": a function word after a title ends the title.
      titled = false;
      prefix.length = 0;
      k++;
    } else break;
    if (k >= all.length) return NONE;
  }
  let name = all.slice(k);
  // "Wirtschaftsgeograf Felix Ohlendorf von der Universität …": particles before an organisation
  // end the person's name, when a first name stands before them.
  // ("Jan Ole Unger von der Feuerwehr Hamburg", "Paul Morel de la Gendarmerie": a body named by its
  // common noun counts as an organisation there, as does a German compound on one: "Berufsfeuerwehr".)
  const affil = name.findIndex(
    (t, i) => i > 1 && !t.cap && name.slice(i).some((u) => isOrgWord(lex, u.lo) || bodyNoun(u.lo, lex)),
  );
  // (A given name only the extended list knows will do: "Koray Freudenberg von der Staatsanwaltschaft".)
  if (
    affil > 0 &&
    name.slice(0, affil).some((t) => isFirstName(lex, t.lo) || isKnownName(t.lo)) &&
    !name.slice(0, affil).some((t) => isOrgWord(lex, t.lo))
  )
    name = name.slice(0, affil);
  // "il sottosegretario Luca Lotti della Pezzopane", "Massimo Rogora di Fratelli d’Italia": after a
  // given name and a surname, an Italian article-preposition ("della", "dei") or a "di" inside an
  // organisation's name that goes on ("d’Italia") is the sentence's, not a noble particle
  // ("Luca Cordero di Montezemolo").
  if (lex.lang === 'it' && name.length > 3 && isFirstName(lex, name[0]!.lo) && name[1]!.cap) {
    const p = name.findIndex((t, i) => i > 1 && !t.cap && lex.particles.has(t.lo));
    const next = toks[run.to];
    const orgGoesOn =
      next !== undefined &&
      /^(?:d|dell|degli|del)[’']/u.test(next.lo) &&
      next.start - toks[run.to - 1]!.end <= 1;
    if (p > 1 && (lex.prepArticles.has(name[p]!.lo) || orgGoesOn)) name = name.slice(0, p);
  }
  // "Jamie Werner of Ngātiwai": a person name stops at a lowercase connector.
  const connector = name.findIndex((t) => !t.cap && !lex.particles.has(t.lo));
  // "Der Wirtschaftsgeograf Felix Ohlendorf von der Universität …": the organisation after the
  // connector is the person's affiliation, when a first name stands before it and no organisation word.
  const head = name.slice(0, connector);
  // ("Governor Babajide Sanwo-Olu of Lagos State": after a title, the organisation or place is the
  // title's, whatever the given name.)
  if (
    connector > 1 &&
    (isFirstName(lex, name[0]!.lo) || head.slice(1).some((t) => isFirstName(lex, t.lo)) || roleOpened) &&
    !head.some((t) => isOrgWord(lex, t.lo))
  )
    name = head;
  const orgWords = (ts: Token[]): boolean =>
    ts.some((t) => isOrgWord(lex, t.lo)) || ts.some((t) => !t.cap && !lex.particles.has(t.lo));
  const around =
    (after !== undefined && !after.cap && (lex.orgNouns.has(after.lo) || lex.orgHeads.has(after.lo))) ||
    (before !== undefined &&
      !before.cap &&
      lex.orgHeads.has(before.lo) &&
      before.end + 1 === toks[run.from]!.start &&
      // "la fondazione Giorgio Cini" names a thing; "la presidente del consiglio Giorgia Meloni" a
      // person: an organisation noun that is a role's genitive complement does not make one.
      !(isFirstName(lex, name[0]!.lo) && name.length > 1 && genitiveBefore(toks, run.from - 1, lex)));
  let orgish = orgWords(name) || around;
  // A title inside the run ends it: "Home Secretary Yvette Cooper" (a first name the list may not
  // know), "Senate Speaker Berger" (a surname alone; not a title's own last word: "Attorney General",
  // nor an organisation's or a place's; not after an article: "The Minority Chief Whip, X"; but
  // "ein Statement von Parteichef Nehammer").
  const opener = k > 0 ? all[k - 1] : before;
  const surnameOnly = (i: number): boolean => {
    const last = name[i + 1]!;
    return (
      i === name.length - 2 &&
      i > 0 &&
      !(opener !== undefined && lex.determiners.has(opener.lo) && name.slice(0, i).every((t) => t.cap)) &&
      !lex.titles.has(last.lo) &&
      !isRoleWord(lex, last.lo) &&
      !lex.stop.has(last.lo) &&
      !isOrgWord(lex, last.lo) &&
      !lex.orgNouns.has(last.lo) &&
      !isPlace(fold(last.t))
    );
  };
  const titleWord = (t: Token): boolean =>
    (lex.titles.has(t.lo) || isRoleWord(lex, t.lo)) && !isFirstName(lex, t.lo);
  let titleAt = name.findIndex((t, i) => (i < name.length - 2 || surnameOnly(i)) && titleWord(t));
  // ("Chief Constable Jo Farrell": a title of several words ends with its last.)
  while (titleAt >= 0 && titleAt + 1 < name.length - 2 && titleWord(name[titleAt + 1]!)) titleAt++;
  // ("Police Scotland Chief Constable Jo Farrell": an organisation before the title is its complement.)
  if (titleAt >= 0 && !name.slice(titleAt + 1).some((t) => isOrgWord(lex, t.lo))) {
    prefix.push(...name.slice(0, titleAt + 1).filter((t) => isRoleWord(lex, t.lo) || lex.titles.has(t.lo)));
    k += titleAt + 1;
    name = name.slice(titleAt + 1);
    titled = true;
    // ("die Äußerungen des Kärntner Landesrats Harald Dobernig": the words before the title are the
    // sentence's, not the name's.)
    orgish = orgWords(name) || around;
  }
  // "la ministre de la Santé Maggie De Block", "il ministro per il Sud Barbara Lezzi": one capitalised
  // word right after a role and its preposition is the role's complement (names follow a role
  // directly, not through "de la"); the name starts after it, even when no list knows the given name.
  // (A given name further on is handled below, with the organisation words it may follow.) With no
  // given name known, the name is taken as its last two words, particles aside: "Forza Italia
  // Deborah Bergamini" could be a two-word complement, so it is left whole.
  if (
    !name.some((t) => isFirstName(lex, t.lo)) &&
    // ("il sindaco di Grosseto Antonfrancesco Vivarelli Colonna": a place is a complement, whatever follows.)
    (name.filter((t) => !lex.particles.has(t.lo)).length === 3 ||
      (name.length >= 3 && isPlace(fold(name[0]!.t)))) &&
    !lex.particles.has(name[0]!.lo) &&
    !name.some((t) => isOrgWord(lex, t.lo)) &&
    complementOfRole(toks, run.from, lex)
  ) {
    k += 1;
    name = name.slice(1);
  }
  // A first name after other capitalised words starts the name: "Geschäftsführerin Sabine Köhler".
  // (After a role that opened the run, the extended list of given names is evidence enough:
  // "Presidente della Regione Lombardia Attilio Fontana".)
  const given = (t: Token): boolean => isFirstName(lex, t.lo) || (roleOpened && isKnownName(t.lo));
  const firstAt = name.findIndex((t, i) => i > 0 && given(t) && !given(name[i - 1]!));
  // Only when the words before are a role or a complement ("consigliere di Stato Paolo Gianella"), not
  // a first name the list does not know ("Te Kaurinui Robert Parata").
  const complement =
    before !== undefined &&
    !before.cap &&
    (lex.particles.has(before.lo) || lex.orgConnectors.has(before.lo) || lex.stop.has(before.lo));
  const roleFirst = name.slice(0, Math.max(0, firstAt)).some((t) => isRoleWord(lex, t.lo));
  // German capitalises every noun: a word before a known first name is an apposition ("Personalvorstand Martin Seiler").
  // "il leader della Lega Matteo Salvini": an organisation before the first name is a complement.
  // But "la Fondation Jean Jaurès", "the Joseph Rowntree Foundation": a person's name inside an organisation's.
  const prefixIsOrg = firstAt > 0 && name.slice(0, firstAt).some((t) => isOrgWord(lex, t.lo));
  const genitive =
    before !== undefined &&
    (lex.particles.has(before.lo) || lex.orgConnectors.has(before.lo)) &&
    !lex.determiners.has(before.lo);
  // ("Police Commissioner Tom Donlon": a role noun right before the first name makes the
  // organisation word before it the role's complement.)
  const roleNext = firstAt > 0 && isRoleWord(lex, name[firstAt - 1]!.lo);
  const restIsOrg =
    (firstAt > 0 && name.slice(firstAt).some((t) => isOrgWord(lex, t.lo))) ||
    (prefixIsOrg && !genitive && !roleOpened && !roleNext);
  let orgRun = orgish;
  if (
    firstAt > 0 &&
    name.length - firstAt >= 2 &&
    !restIsOrg &&
    // "le député LFI Éric Coquerel": a party acronym before the first name is a complement too.
    (complement || roleFirst || lex.lang === 'de' || name.slice(0, firstAt).every(partyLike))
  ) {
    for (const t of name.slice(0, firstAt)) if (isRoleWord(lex, t.lo)) prefix.push(t);
    if (prefix.length === 0 && firstAt === 1 && deApposition(name[0]!, lex)) prefix.push(name[0]!);
    k += firstAt;
    name = name.slice(firstAt);
    orgRun = name.some((t) => !t.cap && !lex.particles.has(t.lo));
  }
  if (name.length === 0) return NONE;
  // "RICARDO Santos": a paper's capitals on a given name are not an acronym.
  const shouted = (t: Token): boolean =>
    t.acro && t.t.length > 2 && (isFirstName(lex, t.lo) || isKnownName(t.lo));
  // "737 MAX", "737 Max 9", "A320 Neo": one word right after a model number (three digits or more,
  // not a year: "In 2019 Smith joined"; not a minute: "al 35' Rossi") is a model's name, not a
  // shouted given name or a surname.
  const model =
    before !== undefined &&
    (/^\d{3}(?:\d{2,})?(?:-\d+)?$/u.test(before.t) || /^\p{L}+\d+$/u.test(before.t)) &&
    toks[run.from]!.start - before.end === 1;
  if (name.length === 1 && k === 0 && model) return NONE;
  if (orgRun || name.every((t) => t.acro && !shouted(t))) {
    return {
      kind: 'org',
      name: all.filter((t) => !lex.determiners.has(t.lo) && !lex.stop.has(t.lo)),
      nameFrom: run.from + k,
      prefix: [],
      titled: false,
      hasFirstName: false,
    };
  }
  // ("J.D. Whitfield": initials written together before a surname are no acronym.)
  const initials = (t: Token, i: number): boolean =>
    isInitial(t) && i < name.length - 1 && !name[i + 1]!.acro;
  if (name.some((t, i) => (t.acro && !ROMAN.test(t.t) && !shouted(t) && !initials(t, i)) || /\d/.test(t.t)))
    return NONE;
  // "Presidencia de la República" with its head read as a title: the rest is an organisation's.
  if (!name[0]!.cap) return { ...NONE, kind: 'org', name: all, nameFrom: run.from };
  const hasFirstName = isFirstName(lex, name[0]!.lo) && name.length > 1;
  return { kind: 'person', name, nameFrom: run.from + k, prefix, titled, hasFirstName };
}

/** A role word, then only lowercase prepositions and articles, right before token `from`: "ministre de la". */
function complementOfRole(toks: Token[], from: number, lex: Lex): boolean {
  let i = from - 1;
  // Only the prepositions that join an office to its domain ("per", "de", "of"), not "at" or "with".
  const small = (t: Token): boolean =>
    !t.cap && (lex.determiners.has(t.lo) || lex.orgConnectors.has(t.lo) || lex.prepArticles.has(t.lo));
  while (i >= 0 && from - i <= 3 && small(toks[i]!)) i--;
  return i < from - 1 && i >= 0 && isRoleWord(lex, toks[i]!.lo);
}

/** A genitive article or preposition right before token i: "del consiglio", "de l'Intérieur", "of the board". */
function genitiveBefore(toks: Token[], i: number, lex: Lex): boolean {
  const g = toks[i - 1];
  // Genitives only ("del", "della", "de la", "du", "des", "der", "of"), not "al estadio", "au stade".
  return (
    g !== undefined &&
    !g.cap &&
    /^(?:d|of$)/u.test(g.lo) &&
    (lex.prepArticles.has(g.lo) || lex.orgConnectors.has(g.lo) || lex.particles.has(g.lo))
  );
}
