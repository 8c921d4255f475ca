/**
 * What an agent mention can stand for, as ranked options with their evidence: a name is its person;
 * a pronoun any compatible person named before it (latest sentence first, its subject first); a
 * description ("le procureur", "the 63-year-old", "la mandataria") the person whose stated role
 * holds its head noun, or else the story's main compatible person; "the agency" the organisation
 * named before. An unnamed source ("une source", "a spokesman") resolves to nobody.
 */
import { sentenceAt, type BlockCtx } from '../prep/context.js';
import { isGenericPerson, isPluralRole, isRoleLike, isRoleWord, type Lex } from '../lexicons/compile.js';
import type { Entity, Mention } from '../mentions/entities.js';
import { governedBy, mentionsIn } from './cues.js';
import { antecedents, type PastDescription } from './antecedents.js';
import { organisation } from './organisation.js';
import {
  descHead,
  deputyOf,
  nameOfRole,
  officeStem,
  roleHolds,
  roleWords,
  sameOffice,
} from './stated-roles.js';
import { compatible, type Gender } from './named-before.js';
import type { Features, SpeakerRef } from './types.js';

export interface Option {
  ref: SpeakerRef;
  features: Features;
  why: string;
}

export interface ResolveInput {
  ctxs: BlockCtx[];
  byBlock: Mention[][];
  entities: Entity[];
  lex: Lex;
}

function person(e: Entity, features: Features, why: string): Option {
  return { ref: { kind: 'person', entity: e }, features, why };
}

/** « … », a-t-elle annoncé. La maire de Nantes, Johanna Rolland, … : a lead pronoun before its name. */
function cataphora(inp: ResolveInput, m: Mention): Option[] {
  const c = inp.ctxs[m.block]!;
  const next = inp.byBlock[m.block]!.find(
    (x) => x.kind === 'person' && x.tok > m.tok && x.entity && compatible(x.entity, m.gender ?? null),
  );
  if (!next?.entity || sentenceAt(c, c.toks[next.tok]!.start) > sentenceAt(c, c.toks[m.tok]!.start) + 1)
    return [];
  return [
    person(
      next.entity,
      { 'via:pron': 1, 'ante:cataphora': 1 },
      `pronoun → ${next.entity.name}, named just after`,
    ),
  ];
}

function pronoun(inp: ResolveInput, m: Mention): Option[] {
  if (m.gender === 'pl') return [];
  const past: PastDescription = { after: new Set(), unnamed: (d) => unnamedDescription(inp, d) };
  const ante = antecedents(inp, m.block, m.tok, 3, m.gender ?? null, 0, past);
  if (ante.length === 0) return cataphora(inp, m);
  return ante.map((a, i) => {
    const c = inp.ctxs[a.block]!;
    const f: Features = { 'via:pron': 1, [`ante:${Math.min(i, 2)}`]: 1 };
    // Someone unnamed was the subject in between ("Er … wurde er von Richter Kober vorgeladen … sagte er").
    if (past.after.has(a)) f['ante:past-unnamed'] = 1;
    if (!governedBy(c, a, inp.lex)) f['ante:free'] = 1;
    if (a.block === m.block) f['ante:same-block'] = 1;
    if (a.entity!.gender !== null && a.entity!.gender === m.gender) f['ante:gender'] = 1;
    return person(a.entity!, f, `pronoun → ${a.entity!.name}`);
  });
}

/** Feminine endings of nouns and adjectives of function where the article does not tell (French "l'"). */
const FEMININE: Record<string, RegExp> = {
  fr: /(?:ée|trice|euse|esse|enne|ière|ive)$/u,
  it: /(?:essa|trice)$/u,
  es: /(?:triz|esa)$/u,
  // German role nouns take -in for a woman ("die Richterin", "die Sprecherin"); "die" alone is also plural.
  de: /(?:[^e]in|frau)$/u,
};

/** A description's article, over up to two modifiers: "l'ancienne députée", "un altro esercente". */
function articleAt(inp: ResolveInput, m: Mention): { art: string; k: number } {
  const { toks } = inp.ctxs[m.block]!;
  let k = m.tok - 1;
  while (k >= 0 && m.tok - k <= 2 && !inp.lex.determiners.has(toks[k]!.lo) && !toks[k]!.cap) k--;
  return { art: toks[k]?.lo ?? '', k };
}

/** The gender a description's noun or article gives ("l'uomo", "la ministre", "il sindaco"). */
function descGender(inp: ResolveInput, m: Mention): Gender {
  const { toks } = inp.ctxs[m.block]!;
  const { lex } = inp;
  const noun = m.text?.toLowerCase() ?? '';
  if (lex.genericWomen.has(noun)) return 'f';
  if (lex.genericMen.has(noun)) return 'm';
  const { art, k } = articleAt(inp, m);
  if (lex.articlesF.has(art)) return 'f';
  if (lex.articlesM.has(art)) return 'm';
  const fem = FEMININE[lex.lang];
  if (fem) for (let i = Math.max(k + 1, m.tok - 2); i < m.tokEnd; i++) if (fem.test(toks[i]!.lo)) return 'f';
  return null;
}

/** A description followed by a genitive complement that is a person or a role: "legale dell'imprenditore". */
/**
 * "“…” said one legal expert. … “…” the expert warned", "un portavoz … el portavoz": a description
 * whose noun an indefinite brought in shortly before is that unnamed person, not someone named
 * earlier. (Read back over at most 300 tokens, so a long paragraph stays linear.)
 */
function introducedUnnamed(inp: ResolveInput, m: Mention): boolean {
  const noun = m.text?.toLowerCase();
  if (!noun) return false;
  // "un 22enne di Barge … Il giovane sosteneva": a generic person noun ("il giovane", "the man")
  // also takes up another generic noun or an age an indefinite brought in.
  const generic = isGenericPerson(inp.lex, noun);
  let budget = 300;
  for (let b = m.block; b >= Math.max(0, m.block - 2) && budget > 0; b--) {
    const toks = inp.ctxs[b]!.toks;
    for (let k = (b === m.block ? m.tok : toks.length) - 1; k >= 1 && budget > 0; k--, budget--) {
      if (toks[k]!.lo !== noun && !(generic && isGenericPerson(inp.lex, toks[k]!.lo))) continue;
      for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
        // (Not an apposition to a name: "Mario Rossi, un uomo di 50 anni".)
        const apposed = j > 0 && /,/u.test(inp.ctxs[b]!.masked.slice(toks[j - 1]!.end, toks[j]!.start));
        if (inp.lex.indefinites.has(toks[j]!.lo)) return !apposed;
        if (toks[j]!.cap) break;
      }
    }
  }
  return false;
}

function relationOf(inp: ResolveInput, m: Mention): boolean {
  const c = inp.ctxs[m.block]!;
  const toks = c.toks;
  let k = m.tokEnd;
  if (!toks[k] || c.masked.slice(toks[k - 1]!.end, toks[k]!.start).trim() !== '') return false;
  const prep = toks[k]!.lo.replace(/[’']$/u, '');
  const lex = inp.lex;
  const genitive = [lex.particles, lex.prepArticles, lex.orgConnectors, lex.prepositions].some(
    (set) => set.has(prep) || set.has(`${prep}’`),
  );
  if (!genitive) {
    // "the defendant’s lawyer": a possessive before the description.
    const before = toks[m.tok - 1];
    return before !== undefined && before.poss;
  }
  k++;
  while (toks[k] && (inp.lex.determiners.has(toks[k]!.lo) || inp.lex.particles.has(toks[k]!.lo))) k++;
  const head = toks[k];
  if (!head) return false;
  if (mentionsIn(inp.byBlock[m.block]!, k, k + 1).some((x) => x.kind === 'person')) return true;
  return isRoleWord(inp.lex, head.lo) || isGenericPerson(inp.lex, head.lo);
}

/**
 * Roles that are never the same person in one story (lexicon groups: the court's, the offices of
 * government): "la Ministra" is not the one introduced as « presidente del Senato ».
 */
function exclusiveOf(inp: ResolveInput, head: string, e: Entity): boolean {
  for (const group of inp.lex.exclusiveRoles) {
    // A group's offices by their stems, whatever the gender a text gives them ("ministra").
    const stems = groupStems(group);
    const inGroup = (w: string): boolean => stems.has(officeStem(w));
    if (!inGroup(head)) continue;
    if (e.roles.some((r) => roleWords(r.role).some((w) => inGroup(w) && !sameOffice(w, head)))) return true;
  }
  return false;
}

const stemsOfGroup = new WeakMap<Set<string>, Set<string>>();
function groupStems(group: Set<string>): Set<string> {
  let stems = stemsOfGroup.get(group);
  if (!stems) stemsOfGroup.set(group, (stems = new Set([...group].map(officeStem))));
  return stems;
}

/**
 * A description: the person whose stated role holds its head noun ("le procureur" → the one
 * introduced as « procureur de la République »); a generic one ("der 63-Jährige", "l'homme") the
 * last compatible person; any other is someone the text does not name ("l'avocate générale").
 */
function description(inp: ResolveInput, m: Mention): Option[] | 'unnamed' {
  const g = descGender(inp, m);
  if (m.generic) {
    if (introducedUnnamed(inp, m)) return 'unnamed';
    // "witnesses said", "the residents said": a group of people, not the one person named before.
    if (inp.lex.lang === 'en' && /s$/u.test(m.text ?? '')) return 'unnamed';
    // "her mother", "sa fille", "sua moglie": a relation of someone, who is not that someone - the
    // person introduced in that relation ("Her mother, Linda Stone, …"), or someone unnamed.
    if (inp.lex.possessives.has(articleAt(inp, m).art)) {
      const holds = roleHolds(descHead(m));
      const rel = inp.entities.find((e) => e.firstBlock <= m.block && e.roles.some((r) => holds(r.role)));
      return rel
        ? [
            person(
              rel,
              { 'via:desc': 1, 'desc:role': 1, 'desc:role0': 1 },
              `« ${m.text} » → role of ${rel.name}`,
            ),
          ]
        : 'unnamed';
    }
    const ante = antecedents(inp, m.block, m.tok, 1, g)[0];
    return ante?.entity
      ? [
          person(
            ante.entity,
            { 'via:desc': 1, 'desc:generic': 1 },
            `« ${m.text} » → last named ${ante.entity.name}`,
          ),
        ]
      : // No one it can stand for is named before ("l'uomo" after only a Patrizia): someone unnamed.
        'unnamed';
  }
  const head = descHead(m);
  // German writes every noun with a capital: after "sagte die", a noun that is no role or person
  // ("die Lufthansa", "die Deutsche Bahn") names a body or a thing, not the person named before.
  if (inp.lex.lang === 'de' && !isRoleLike(inp.lex, m.text?.toLowerCase() ?? '')) return 'unnamed';
  // (Or by a synonym the lexicon gives: "il difensore" is the one introduced as « legale ».)
  const heads = [head, ...(inp.lex.roleSynonyms.get(head) ?? [])].map(roleHolds);
  const holds = (role: string): boolean => heads.some((h) => h(role));
  const byRole = inp.entities
    .filter((e) => e.firstBlock <= m.block && compatible(e, g) && e.roles.some((r) => holds(r.role)))
    .sort((a, b) => b.mentions - a.mentions);
  // "los vecinos", "i residenti", "the farmers": a role noun in the plural is a group. It stands for
  // the people named in that role when there are several ("Les deux ministres ont souligné …"), not
  // for the one neighbour named before, nor, when no one holds it, for the last person named.
  const plural = isPluralRole(inp.lex, m.text?.toLowerCase() ?? '');
  if (plural && byRole.length < 2) return 'unnamed';
  // "la mandataria", "il governatore": a general noun for one of several offices stands for the one
  // person introduced in one of them; for nobody when several were.
  const general = inp.lex.roleHypernyms.get(head);
  if (byRole.length === 0 && general) {
    const offices = general.map(roleHolds);
    const held = inp.entities.filter(
      (e) =>
        e.firstBlock <= m.block && compatible(e, g) && e.roles.some((r) => offices.some((h) => h(r.role))),
    );
    if (held.length > 1) return 'unnamed';
    if (held.length === 1)
      return [
        person(
          held[0]!,
          { 'via:desc': 1, 'desc:role': 1, 'desc:role0': 1 },
          `« ${m.text} » → office of ${held[0]!.name}`,
        ),
      ];
  }
  if (byRole.length === 0) {
    // No stated role fits: the last person named, weighed by what speaks against it — the text gave
    // them another role ("la mère de Victorine" is not "l'avocate générale"), or a paragraph passed.
    // ("Nicht so für Stefan von Bartha. Der Basler Galerist …" ; "…», explicó el mediocentro".)
    // "il legale dell'imprenditore", "the defendant's lawyer": someone's relation is not that someone.
    if (relationOf(inp, m) || introducedUnnamed(inp, m)) return 'unnamed';
    // "il suo avvocato", "su entrenador": with a possessive, a role no one is named in is someone's
    // relation, so not the person named before (often the one it belongs to).
    if (inp.lex.possessives.has(articleAt(inp, m).art)) return 'unnamed';
    // A description is not the person named earlier in its own sentence ("Merkel und Seehofer
    // sollten „…“, erklärte das Mitglied im CDU-Präsidium": the member is neither of them).
    const c = inp.ctxs[m.block]!;
    const own = sentenceAt(c, c.toks[m.tok]!.start);
    const ante = antecedents(inp, m.block, m.tok, 3, g).find(
      (a) => a.block !== m.block || sentenceAt(c, c.toks[a.tok]!.start) !== own,
    );
    if (!ante?.entity) return 'unnamed';
    // In court, the accused, their lawyer, the prosecutor and the judge are different people; and
    // the vice-chancellor is not "der Kanzler".
    if (exclusiveOf(inp, head, ante.entity) || ante.entity.roles.some((r) => deputyOf(r.role, head)))
      return 'unnamed';
    const f: Features = { 'via:desc': 1, 'desc:loose': 1 };
    if (ante.entity.roles.length > 0) f['desc:conflict'] = 1;
    if (ante.block !== m.block) f['desc:far'] = 1;
    return [person(ante.entity, f, `« ${m.text} » → ${ante.entity.name}, named just before`)];
  }
  return byRole
    .slice(0, 2)
    .map((e, i) =>
      person(e, { 'via:desc': 1, 'desc:role': 1, [`desc:role${i}`]: 1 }, `« ${m.text} » → role of ${e.name}`),
    );
}

/**
 * A description that stands for someone the text does not name: it resolves to nobody, or only to
 * a person the text gave another role ("el alcalde" after "José Heredia, portavoz de los vecinos").
 */
export function unnamedDescription(inp: ResolveInput, m: Mention): boolean {
  const r = resolveMention(inp, m);
  return r === 'unnamed' || (r.length > 0 && r.every((o) => o.features['desc:conflict'] === 1));
}

/** Options for an agent mention, or 'unnamed' when it names a source that stays unnamed. */
export function resolveMention(inp: ResolveInput, m: Mention): Option[] | 'unnamed' {
  const { lex } = inp;
  switch (m.kind) {
    case 'person':
      return m.entity ? [person(m.entity, { 'via:name': 1 }, `named ${m.entity.name}`)] : [];
    case 'org': {
      const first = (m.text ?? '').split(/\s+/)[0]!.toLowerCase();
      if (lex.anonymous.has(first)) return 'unnamed';
      // German capitalises every noun: "die Agentur" after "die Deutsche Presseagentur" is that one.
      const art = inp.ctxs[m.block]!.toks[m.tok - 1]?.lo ?? '';
      if (
        m.text === first[0]!.toUpperCase() + first.slice(1) &&
        lex.orgAnaphors.has(first) &&
        lex.determiners.has(art)
      )
        return organisation(inp, m);
      return m.text
        ? [{ ref: { kind: 'org', name: m.text }, features: { 'via:org': 1 }, why: `organisation ${m.text}` }]
        : [];
    }
    case 'pron':
      return pronoun(inp, m);
    case 'desc': {
      // "un avocat", and over a modifier "un altro esercente", "another resident": someone unnamed.
      if (lex.indefinites.has(articleAt(inp, m).art)) return 'unnamed';
      // A description right before the name it describes ("le député LFI Éric Morand", "così l'ex
      // ministro dell'Interno Marco Minniti") is that name's: the name is the agent, and the
      // description stands for nobody else — not for another minister named earlier.
      // (In the same phrase: "Le prévenu s'écrie : « … » Le président Marchand" is not the accused's name.)
      const c = inp.ctxs[m.block]!;
      const named = mentionsIn(inp.byBlock[m.block]!, m.tok + 1, m.tokEnd + 5).find(
        (x) =>
          x.kind === 'person' &&
          !/[.;:!?«»“”„"]/u.test(c.masked.slice(c.toks[m.tokEnd - 1]!.end, c.toks[x.tok]!.start)),
      );
      const own = nameOfRole(inp, m)?.entity;
      if (own)
        return [
          person(
            own,
            { 'via:desc': 1, 'desc:role': 1, 'desc:role0': 1 },
            `« ${m.text} » → role of ${own.name}`,
          ),
        ];
      const opts = description(inp, m);
      if (opts === 'unnamed' && named) return [];
      return opts;
    }
    case 'orgdesc':
      return organisation(inp, m);
  }
}
