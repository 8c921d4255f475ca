/**
 * Mentions in reading order: resolved person names (with the roles found around them), organisations,
 * pronouns and descriptions ("le magistrat", "the agency") that a speaker can be resolved from.
 */
import type { BlockCtx } from '../prep/context.js';
import {
  addAlias,
  givenNameOf,
  resolveName,
  speechAdjacent,
  type Entity,
  type Mention,
  type Read,
} from './entities.js';
import { isGenericPerson, isRoleLike, isRoleWord, type Lex } from '../lexicons/compile.js';
import { barePluralSpeaks, generic } from './bare-plurals.js';
import { distributeRole } from './role-plurals.js';
import { residence, roleAfter, roleBefore, type RoleFind } from './roles.js';
import { fold, type Token } from '../prep/text.js';

const ROMANCE = new Set(['fr', 'it', 'es']);

/**
 * Romance organisation names go on in lower case after the capitalised run: "Parti libéral-radical",
 * "Partito socialista ticinese", "Corte dei conti". Returns the end token and the last token taken.
 */
function orgExtent(c: BlockCtx, to: number, lex: Lex): { end: number; last: Token | undefined } {
  let end = to;
  let last: Token | undefined;
  const spacedAt = (k: number): boolean =>
    c.masked.slice(c.toks[k - 1]!.end, c.toks[k]!.start) === ' ' && !c.toks[k - 1]!.dot;
  const plain = (t: Token): boolean =>
    !t.cap &&
    !lex.stop.has(t.lo) &&
    !lex.determiners.has(t.lo) &&
    !lex.speech.has(t.lo) &&
    !lex.relatives.has(t.lo);
  while (ROMANCE.has(lex.lang) && end < c.toks.length && end - to < 4 && spacedAt(end)) {
    const t = c.toks[end]!;
    if (lex.particles.has(t.lo) || lex.orgConnectors.has(t.lo) || lex.stop.has(t.lo)) {
      const n = c.toks[end + 1];
      const connector =
        lex.particles.has(t.lo) ||
        lex.orgConnectors.has(t.lo) ||
        /^(?:d[eiu]|de[il]|dell[aoe]|dei|degli|des)$/u.test(t.lo);
      if (!connector || !n || !plain(n) || !spacedAt(end + 1)) break;
      last = n;
      end += 2;
      continue;
    }
    if (!plain(t)) break;
    last = t;
    end++;
  }
  return { end, last };
}

/**
 * A lone capitalised word an article introduces ("in una nota il Codacons", "selon la Fnaim") or
 * that labels a quote ("Codacons: «…»"): a named body, not a person the lists do not know.
 */
function namedBody(c: BlockCtx, from: number, to: number, lex: Lex): boolean {
  const before = c.toks[from - 1];
  // (Not in English, which capitalises adjectives of nationality: "its Mexican unit".)
  if (
    lex.lang !== 'en' &&
    before &&
    !before.cap &&
    lex.determiners.has(before.lo) &&
    c.masked.slice(before.end, c.toks[from]!.start) === ' '
  )
    return true;
  return /^:\s*[«“„"]/u.test(c.text.slice(c.toks[to - 1]!.end));
}

/**
 * "Mr Goncalves", "Frau Merkel": the honorific before a name tells a man from a woman; so does an
 * English title made with -man or -woman ("Councilman Deile", "Congresswoman Ocasio-Cortez").
 */
export function honorificGender(toks: Token[], from: number, lex: Lex): 'm' | 'f' | null {
  for (let k = from - 1; k >= 0 && from - k <= 2; k--) {
    const lo = toks[k]!.lo.replace(/\.$/u, '');
    if (lex.honorificsM.has(lo)) return 'm';
    if (lex.honorificsF.has(lo)) return 'f';
    if (lex.lang === 'en' && toks[k]!.cap && (lex.titles.has(lo) || lex.roleNouns.has(lo))) {
      if (/woman$/u.test(lo)) return 'f';
      if (/man$/u.test(lo)) return 'm';
    }
  }
  return null;
}

/** Whether a token opens its sentence (first of its block, or after a full stop, a colon or a line end). */
/**
 * "« … », lancent les Ligériens": inhabitants or nationals named by a plural demonym (Lexicon.demonyms)
 * are a group the text does not name as one speaker, not an organisation that speaks.
 */
function demonymAt(c: BlockCtx, from: number, to: number, lex: Lex): boolean {
  const before = c.toks[from - 1];
  if (to - from !== 1 || !before || before.cap || !lex.demonymArticles.has(before.lo)) return false;
  const w = c.toks[from]!.lo;
  return lex.demonymSuffixes.some((s) => w.length > s.length + 2 && w.endsWith(s));
}

function opensSentence(c: BlockCtx, k: number): boolean {
  const prev = c.toks[k - 1];
  return (
    !prev ||
    /[.!?…:\n]/u.test(c.masked.slice(prev.end, c.toks[k]!.start)) ||
    (prev.dot && !/^\p{Lu}$/u.test(prev.t))
  );
}

/**
 * Words the text capitalises inside a sentence. A capitalised word that opens a sentence and is never
 * capitalised elsewhere is a common word there ("Poco ha podido decir el japonés"), not a name.
 */
function midCapitals(ctxs: BlockCtx[]): Set<string> {
  const seen = new Set<string>();
  for (const c of ctxs)
    for (let k = 0; k < c.toks.length; k++)
      if (c.toks[k]!.cap && !opensSentence(c, k)) seen.add(c.toks[k]!.lo);
  return seen;
}

/** English finite verbs of saying, which no role phrase holds. */
const SAID_EN =
  /^(?:said|says|told|tells|added|adds|stated|states|explained|claimed|noted|wrote|announced|insisted)$/u;

export function mentionsOf(ctxs: BlockCtx[], reads: Read[], entities: Entity[], lex: Lex): Mention[][] {
  const byBlock: Mention[][] = ctxs.map(() => []);
  let mid: Set<string> | undefined;
  const covered = ctxs.map(() => new Set<number>());
  let prev: { m: Mention; pre: RoleFind | null } | null = null;
  const lastSeen = new Map<Entity, number>();
  const offer = (e: Entity, f: RoleFind | null): void => {
    // A role is a noun phrase: words around a name that hold an auxiliary ("siguiente en hablar ha
    // sido el cafetero Luis Suárez") are a clause, not a role.
    // Nor, in English, a finite verb of saying ("the Phoenix city attorney said Gordon …": the
    // attorney speaks about Gordon). (Other languages' participles are also adjectives and nouns:
    // "procuratore aggiunto", "le juge".)
    if (
      !f ||
      f.role
        .split(/[\s'’]+/u)
        .some((w) => lex.passiveAux.has(w.toLowerCase()) || (lex.lang === 'en' && SAID_EN.test(w)))
    )
      return;
    // Each role once: a role repeated at every mention would make descriptions cost more per mention.
    if (!e.roles.some((r) => r.role === f.role)) e.roles.push(f);
    if (!e.role || f.score > e.role.score) e.role = f;
  };
  /** A person mention, counted for its entity and remembered as the entity's latest. */
  const mention = (block: number, tok: number, tokEnd: number, e: Entity): Mention => {
    const m: Mention = { kind: 'person', block, tok, tokEnd, entity: e };
    lastSeen.set(e, block * 100000 + tok);
    byBlock[block]!.push(m);
    e.mentions++;
    if (!ctxs[block]!.caption) e.bodyMentions++;
    return m;
  };
  for (const { block, r, to } of reads) {
    const c = ctxs[block]!;
    for (let i = r.nameFrom - r.prefix.length; i < to; i++) covered[block]!.add(i);
    if (r.kind === 'org') {
      const first = r.name[0];
      // Only a lone head word needs its lower-case complement ("Partito socialista ticinese").
      const ext = r.name.length === 1 ? orgExtent(c, to, lex) : { end: to, last: undefined };
      const end = ext.end;
      const last = ext.last ?? r.name[r.name.length - 1];
      const single = r.name.length === 1 && end === to ? r.name[0]!.lo : '';
      if (lex.orgNouns.has(single) || lex.orgAnaphors.has(single)) {
        // A capitalised common noun ("die Behörde"): refers back to an organisation named before.
        byBlock[block]!.push({ kind: 'orgdesc', block, tok: r.nameFrom, tokEnd: to, text: single });
        continue;
      }
      if (first && last)
        byBlock[block]!.push({
          kind: 'org',
          block,
          tok: r.nameFrom,
          tokEnd: end,
          text: c.masked.slice(first.start, last.end),
        });
      continue;
    }
    const lone = r.name.length === 1 ? r.name[0]!.lo : '';
    if (lex.orgNouns.has(lone) || lex.orgAnaphors.has(lone)) {
      // "Die Polizei teilte mit": a capitalised institution noun speaks as itself or for the one named before.
      byBlock[block]!.push({ kind: 'orgdesc', block, tok: r.nameFrom, tokEnd: to, text: lone });
      continue;
    }
    const e =
      resolveName(
        r.name.map((t) => t.t),
        entities,
        lex,
        { gender: honorificGender(c.toks, r.nameFrom, lex), lastSeen },
      ) ??
      (r.name.length === 1 && speechAdjacent(c.masked, c.toks, r.nameFrom, to, lex)
        ? givenNameOf(r.name[0]!.t, entities, lex)
        : undefined);
    // "ruft Audretsch Czaja … zu": two people already named, by their surnames, side by side.
    if (!e && r.name.length === 2) {
      const opts = { gender: null, lastSeen };
      const a = resolveName([r.name[0]!.t], entities, lex, opts);
      const b = resolveName([r.name[1]!.t], entities, lex, opts);
      if (a && b && a !== b && a.name.includes(' ') && b.name.includes(' ')) {
        mention(block, r.nameFrom, r.nameFrom + 1, a);
        mention(block, r.nameFrom + 1, r.nameFrom + 2, b);
        continue;
      }
    }
    if (!e && r.name.length === 1 && lex.lang !== 'de' && isRoleWord(lex, lone)) {
      // "La Ministra sorride e risponde: «…»": a capitalised title noun alone is a description,
      // read with the others below (German capitalises every noun and reads its own).
      covered[block]!.delete(r.nameFrom);
      continue;
    }
    if (!e && demonymAt(c, r.nameFrom, to, lex)) {
      byBlock[block]!.push({ kind: 'desc', block, tok: r.nameFrom, tokEnd: to, text: lone });
      continue;
    }
    if (!e) {
      // An unknown name that is not a person may still speak as an organisation ("Amazon said",
      // "according to the British Retail Consortium"); not in German, where every noun is capitalised.
      if (
        lex.lang !== 'de' &&
        (r.name.length >= 2 ||
          speechAdjacent(c.masked, c.toks, r.nameFrom, to, lex) ||
          namedBody(c, r.nameFrom, to, lex)) &&
        r.name.length <= 5 &&
        !lex.stop.has(r.name[0]!.lo) &&
        (r.name.length >= 2 ||
          !opensSentence(c, r.nameFrom) ||
          (mid ??= midCapitals(ctxs)).has(r.name[0]!.lo))
      ) {
        byBlock[block]!.push({
          kind: 'org',
          block,
          tok: r.nameFrom,
          tokEnd: to,
          text: c.masked.slice(r.name[0]!.start, r.name[r.name.length - 1]!.end),
        });
      }
      continue;
    }
    const m = mention(block, r.nameFrom, to, e);
    if (r.name.length === 1 && !e.aliases.has(r.name[0]!.t) && r.name[0]!.t !== e.name)
      addAlias(entities, e, r.name[0]!.t);
    const pre = roleBefore(c.masked, c.toks, r.nameFrom, lex, to);
    const conj = c.toks[r.nameFrom - 1];
    if (
      prev &&
      prev.m.block === block &&
      prev.m.tokEnd === r.nameFrom - 1 &&
      conj &&
      lex.conjunctions.has(conj.lo) &&
      prev.pre
    ) {
      const [a, b] = distributeRole(prev.pre.role, lex);
      if (prev.m.entity) offer(prev.m.entity, { role: a, score: prev.pre.score + 0.2 });
      offer(e, { role: b, score: prev.pre.score + 0.2 });
    }
    offer(e, pre);
    offer(e, roleAfter(c.masked, c.toks, to, lex));
    // ("Chris Moulding of Fairbourne Close said": the run read "of" and the place with the name.)
    if (lex.lang === 'en' && to > r.nameFrom + r.name.length)
      offer(e, residence(c.masked, c.toks, r.nameFrom + r.name.length));
    if (r.prefix.length > 0) {
      const p1 = r.prefix[r.prefix.length - 1]!;
      // The place or organisation the title belongs to goes with it: "Texas Sen.", "Boeing CEO".
      let k = c.toks.indexOf(r.prefix[0]!);
      while (
        k > 0 &&
        c.toks.indexOf(r.prefix[0]!) - k < 2 &&
        c.toks[k - 1]!.cap &&
        !c.toks[k - 1]!.dot &&
        c.masked.slice(c.toks[k - 1]!.end, c.toks[k]!.start) === ' ' &&
        !lex.stop.has(c.toks[k - 1]!.lo) &&
        !lex.determiners.has(c.toks[k - 1]!.lo)
      )
        k--;
      let role = c.masked.slice(c.toks[k]!.start, p1.end) + (p1.dot && lex.titles.has(p1.lo) ? '.' : '');
      // "Sen. Ted Cruz, R-Texas,": the party and state of a US politician.
      const tag = c.toks[to];
      if (tag && /^[RDI]-\p{Lu}/u.test(tag.t) && c.masked.slice(c.toks[to - 1]!.end, tag.start) === ', ')
        role += `, ${tag.t}${tag.dot ? '.' : ''}`;
      offer(e, { role, score: r.prefix.some((t) => lex.titles.has(t.lo)) ? 1.5 : 2 });
    }
    prev = { m, pre };
  }
  // A one-word role the text states for someone ("den Oppositionsführer Friedrich Merz") is a
  // description later ("Der Oppositionsführer hatte …"), whether or not the lexicon knows the noun.
  const stated = new Set<string>();
  for (const e of entities)
    for (const r of e.roles) if (!/\s/u.test(r.role)) stated.add(r.role.toLowerCase());
  // Pronouns and descriptions, merged into reading order.
  for (const c of ctxs) {
    if (c.ignore) continue;
    const list = byBlock[c.index]!;
    for (let i = 0; i < c.toks.length; i++) {
      // (A stated role read as a capitalised run is still a description: "Der Oppositionsführer".)
      // (Not right before a name: "den Oppositionsführer Friedrich Merz" is the name's own role.)
      const statedDesc = stated.has(c.toks[i]!.lo) && !covered[c.index]!.has(i + 1);
      // "– dice il Primo cittadino –": a periphrasis of a role after an article is a description
      // by that role, even where its capital made it a name or an organisation.
      const phrase = rolePhraseAt(c, i, lex);
      if (phrase) {
        for (let k = list.length - 1; k >= 0; k--)
          if (list[k]!.tok >= i && list[k]!.tok < i + 2) list.splice(k, 1);
        list.push({ kind: 'desc', block: c.index, tok: i, tokEnd: i + 2, text: phrase });
        i++;
        continue;
      }
      if (covered[c.index]!.has(i) && !statedDesc) continue;
      const t = c.toks[i]!;
      const lo = t.lo;
      // French inversions carry the pronoun: "a-t-elle", "estime-t-il".
      const pl = lo.includes('-') ? (lo.split('-').pop() ?? lo) : lo;
      let g: 'f' | 'm' | 'pl' | null = lex.pronF.has(pl)
        ? 'f'
        : lex.pronM.has(pl)
          ? 'm'
          : lex.pronPl.has(pl)
            ? 'pl'
            : null;
      if (g === 'f' && lex.pronPl.has(pl) && pluralVerbBeside(c.toks, i, lex)) g = 'pl';
      if (g) {
        list.push({
          kind: 'pron',
          block: c.index,
          tok: i,
          tokEnd: i + 1,
          gender: g,
          object: lex.pronObject.has(pl),
        });
        continue;
      }
      // "“…,” it said": an organisation's pronoun (resolved to the one named before, organisation.ts).
      if (lex.orgPronouns.has(lo)) {
        list.push({ kind: 'orgdesc', block: c.index, tok: i, tokEnd: i + 1, text: lo });
        continue;
      }
      // A determiner before, possibly with up to two modifiers: "the conservation department".
      let d = i - 1;
      while (
        d >= 0 &&
        i - d <= 3 &&
        !lex.determiners.has(c.toks[d]!.lo) &&
        !c.toks[d]!.cap &&
        !lex.stop.has(c.toks[d]!.lo)
      )
        d--;
      const detOk = d >= 0 && lex.determiners.has(c.toks[d]!.lo);
      if (!detOk && barePluralSpeaks(c, i, lex)) list.push(generic(c.index, i, lo));
      if (!detOk) continue;
      if (lex.orgNouns.has(lo))
        list.push({ kind: 'orgdesc', block: c.index, tok: i, tokEnd: i + 1, text: lo });
      else if (isGenericPerson(lex, lo) && (/\d/u.test(lo) || !t.cap === (lex.lang !== 'de')))
        list.push({ kind: 'desc', block: c.index, tok: i, tokEnd: i + 1, text: lo, generic: true });
      // (Capitalised after an article is a title noun too: "ha risposto la Ministra".)
      else if (
        (isRoleLike(lex, lo) && (!t.cap === (lex.lang !== 'de') || (t.cap && isRoleWord(lex, lo)))) ||
        statedDesc
      )
        list.push({ kind: 'desc', block: c.index, tok: i, tokEnd: i + 1, text: lo });
    }
    list.sort((a, b) => a.tok - b.tok);
  }
  return byBlock;
}

/** The role noun a two-word periphrasis after an article stands for ("il primo cittadino" → sindaco). */
function rolePhraseAt(c: BlockCtx, i: number, lex: Lex): string | undefined {
  const next = c.toks[i + 1];
  const det = c.toks[i - 1];
  if (!next || !det || !lex.determiners.has(det.lo) || lex.rolePhrases.size === 0) return undefined;
  if (c.masked.slice(c.toks[i]!.end, next.start) !== ' ') return undefined;
  return lex.rolePhrases.get(fold(`${c.toks[i]!.lo} ${next.lo}`));
}

/**
 * German "sie" is "she" or "they": the finite verb beside it tells ("fordern sie", "sie sagten" are
 * plural; "sagte sie", "sie fordert" singular). Lowercase words ending in -en/-ern/-eln next to the
 * pronoun are plural verb forms (nouns are capitalised); -t/-te forms are singular.
 */
function pluralVerbBeside(toks: Token[], i: number, lex: Lex): boolean {
  if (lex.lang !== 'de') return false;
  const verb = (t: Token | undefined): 'pl' | 'sg' | null => {
    if (!t || t.cap) return null;
    if (/^(?:haben|hatten|hätten|sind|seien|waren|wären|werden|wurden|würden)$/u.test(t.lo)) return 'pl';
    if (/^(?:hat|hatte|hätte|ist|sei|war|wäre|wird|wurde|würde)$/u.test(t.lo)) return 'sg';
    if (lex.stop.has(t.lo) || lex.determiners.has(t.lo) || lex.prepositions.has(t.lo)) return null;
    if (/(?:en|ern|eln)$/u.test(t.lo)) return 'pl';
    if (/(?:t|te)$/u.test(t.lo)) return 'sg';
    return null;
  };
  return (verb(toks[i - 1]) ?? verb(toks[i + 1])) === 'pl';
}
