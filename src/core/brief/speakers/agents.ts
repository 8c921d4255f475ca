/**
 * Agents of a verb of saying: the subject before it (skipping asides and governed nouns), the
 * inverted agent after it, an unnamed source ("a spokesman", "sources"), and the block helpers the
 * frames share. Split from frames.ts, which builds the frames themselves.
 */
import { isRoleWord, type Lex } from '../lexicons/compile.js';
import type { BlockCtx } from '../prep/context.js';
import type { Token } from '../prep/text.js';
import type { Mention } from '../mentions/entities.js';
import { governedBy, inRange, mentionsIn, ownClause, parenRanges, type Seg } from './cues.js';
import { neverAgent } from './never-agent.js';
import { nameOfRole } from './stated-roles.js';
import type { Frame, FrameKind } from './types.js';

const AGENT_KINDS = new Set<Mention['kind']>(['person', 'pron', 'desc', 'org', 'orgdesc']);

export interface FrameInput {
  ctxs: BlockCtx[];
  byBlock: Mention[][];
  lex: Lex;
}

/** The previous and next body blocks (captions and ignored lines are skipped). */
export function bodyNeighbour(ctxs: BlockCtx[], block: number, step: 1 | -1): BlockCtx | undefined {
  for (let b = block + step; b >= 0 && b < ctxs.length; b += step) {
    const c = ctxs[b]!;
    if (!c.caption && !c.ignore) return c;
  }
  return undefined;
}

const quoteOnlyMemo = new WeakMap<BlockCtx, boolean>();

/** The block is one quote and nothing else but punctuation. */
export function quoteOnly(c: BlockCtx): boolean {
  let answer = quoteOnlyMemo.get(c);
  if (answer === undefined) {
    answer = c.spans.length > 0 && c.masked.replace(/_+/gu, '').replace(/[\s.,;:!?…()–—-]+/gu, '') === '';
    quoteOnlyMemo.set(c, answer);
  }
  return answer;
}

export function agentsIn(inp: FrameInput, c: BlockCtx, a: number, b: number): Mention[] {
  return mentionsIn(inp.byBlock[c.index]!, a, b).filter(
    (m) => AGENT_KINDS.has(m.kind) && !neverAgent(c, m, inp.lex),
  );
}

/** Per block's mention list, the tokens where a person's name ends (found once, not per cue). */
const personEndsMemo = new WeakMap<readonly Mention[], { n: number; ends: Set<number> }>();

function personEnds(ms: readonly Mention[]): Set<number> {
  const known = personEndsMemo.get(ms);
  if (known && known.n === ms.length) return known.ends;
  const ends = new Set<number>();
  for (const m of ms) if (m.kind === 'person') ends.add(m.tokEnd);
  personEndsMemo.set(ms, { n: ms.length, ends });
  return ends;
}

/**
 * The end of the clause's subject before a cue: parentheticals right before the verb are skipped —
 * a relative clause (", who helped force …,") or an apposition after a name (", a conservative
 * Republican facing a tough campaign,").
 */
function subjectEnd(inp: FrameInput, s: Seg, v: number): number {
  const { c } = s;
  let end = v;
  for (let guard = 0; guard < 3; guard++) {
    if (end - 1 <= s.a || !c.masked.slice(c.toks[end - 1]!.end, c.toks[end]!.start).includes(',')) break;
    let p = end - 1;
    while (p > s.a && !c.masked.slice(c.toks[p - 1]!.end, c.toks[p]!.start).includes(',')) p--;
    if (p <= s.a) break;
    const first = c.toks[p]!;
    const relative = inp.lex.relatives.has(first.lo);
    const afterName = personEnds(inp.byBlock[c.index]!).has(p);
    if (!relative && !afterName) break;
    end = p;
  }
  return end;
}

/** Offset ranges of dash asides (" – … – ") in a block between two offsets. */
function dashAsides(c: BlockCtx, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  if (from >= to) return out;
  // Matches are three characters: those starting before `to` lie in [from, to + 2). Searching only
  // there (not on to the end of the block when there is no dash) keeps a long paragraph linear.
  const text = c.masked.slice(from, to + 2);
  const re = /\s[–—]\s/gu;
  let open = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (open < 0) open = from + m.index;
    else {
      out.push([open, from + m.index]);
      open = -1;
    }
  }
  return out;
}

/** Relative pronouns that are always a clause's subject: "X, quien ha reconocido …", "X, who said". */
const SUBJECT_RELATIVE = /^(?:who|qui|quien|quienes|che|quale)$/u;

/** The subject before a cue: the nearest agents before it that no preposition governs. */
export function subjectBefore(inp: FrameInput, s: Seg, v: number): Mention[] {
  // The clause an adversative or a relative opens, when it names its own subject; else the whole
  // sentence ("He paused, but said: …").
  // (A subject the clause names but nobody is read as — "but the Queensland Opposition has
  // labelled" — is still its own: the sentence's first subject is not the source.)
  const k = ownClause(s.c, s.a, v, inp.lex);
  if (k >= 0) {
    const own = subjectIn(inp, { c: s.c, a: k + 1, b: s.b }, v);
    const { lex } = inp;
    const named = (t: Token): boolean =>
      t.cap ||
      lex.determiners.has(t.lo) ||
      lex.pronM.has(t.lo) ||
      lex.pronF.has(t.lo) ||
      lex.pronPl.has(t.lo);
    if (own.length > 0 || s.c.toks.slice(k + 1, v).some(named)) return own;
  }
  return subjectIn(inp, s, v);
}

function subjectIn(inp: FrameInput, s: Seg, v: number): Mention[] {
  // "las palabras de Juan Marín, quien ha reconocido que …": the relative's antecedent speaks, even
  // inside a complement ("de Juan Marín"), and not the sentence's subject.
  let r = v - 1;
  while (r > s.a && inp.lex.passiveAux.has(s.c.toks[r]!.lo)) r--;
  while (r > s.a && /^(?:ha|han|a|ont|hat|has|have|had|avait|había|aveva|hanno)$/u.test(s.c.toks[r]!.lo)) r--;
  if (r > s.a && SUBJECT_RELATIVE.test(s.c.toks[r]!.lo)) {
    // (Or over its apposition: "Christian Bourrier, maire de la ville, qui parle d'« … »".)
    const c = s.c;
    const relStart = c.toks[r]!.start;
    const apposed = (m: Mention): boolean =>
      /^\s*,\s*\p{Ll}[^,;:.!?]{0,60},\s*$/u.test(c.masked.slice(c.toks[m.tokEnd - 1]!.end, relStart));
    const ante = agentsIn(inp, c, s.a, r).filter(
      (m) => m.kind === 'person' && (m.tokEnd === r || apposed(m)),
    );
    if (ante.length > 0) return ante.slice(-1);
  }
  // German puts one constituent before the verb; one that opens on an object's article is not the
  // subject, who comes after the verb ("Den Sager des Kanzlers kritisiert Mattle als „unpassend“").
  if (inp.lex.obliqueArticles.has(s.c.toks[s.a]?.lo ?? '')) return [];
  const end = subjectEnd(inp, s, v);
  // "Ariane Mnouchkine – qui a salué Emmanuel Macron – a réclamé « … »": an aside is not the subject.
  const asides = dashAsides(s.c, s.c.toks[s.a]?.start ?? 0, s.c.toks[v]!.start);
  const inAside = (m: Mention): boolean => {
    const at = s.c.toks[m.tok]!.start;
    return asides.some(([a, b]) => at > a && at < b);
  };
  // "María Victoria Villalba (Partido Popular) respondió": a party or employer in parentheses after
  // a name is that person's, not a second subject.
  const parens = parenRanges(
    s.c.masked,
    s.c.toks[s.a]?.start ?? 0,
    s.c.toks[end]?.start ?? s.c.masked.length,
  );
  const ends = personEnds(inp.byBlock[s.c.index]!);
  const affiliation = (m: Mention): boolean =>
    (m.kind === 'org' || m.kind === 'orgdesc') && ends.has(m.tok) && inRange(parens, s.c.toks[m.tok]!.start);
  const ms = agentsIn(inp, s.c, s.a, end).filter((m) => m.tokEnd <= end && !inAside(m) && !affiliation(m));
  let free = ms.filter((m) => !governedBy(s.c, m, inp.lex) && !m.object).reverse();
  // "Marsilio, nel ringraziare Lolli, ha spiegato …", "Smith, after thanking Jones, said": a person
  // named in a comma aside that opens on a lowercase word, after a person before it, is not the subject.
  const firstPerson = free.at(-1);
  if (firstPerson?.kind === 'person' && free.length > 1) {
    const c = s.c;
    const open = c.toks[firstPerson.tokEnd];
    const openGap = open ? c.masked.slice(c.toks[firstPerson.tokEnd - 1]!.end, open.start) : '';
    const closeGap = c.masked.slice(c.toks[v - 1]!.end, c.toks[v]!.start);
    const beforeVerb =
      /,\s*$/u.test(closeGap) ||
      /,\s*\S+\s*$/u.test(c.masked.slice(c.toks[Math.max(0, v - 2)]!.end, c.toks[v]!.start)) ||
      // (Or an auxiliary and an adverb between: "…, Charles, has reportedly told".)
      (v - 3 >= firstPerson.tokEnd &&
        !c.toks[v - 1]!.cap &&
        !c.toks[v - 2]!.cap &&
        /,\s*$/u.test(c.masked.slice(c.toks[v - 3]!.end, c.toks[v - 2]!.start)));
    if (open && /^\s*,\s*$/u.test(openGap) && !open.cap && beforeVerb)
      free = free.filter((m) => m === firstPerson || m.tok < firstPerson.tokEnd);
  }
  // "Steve Witkoff et Kirill Dmitriev ont affirmé": joint speakers, the first named stands first.
  const [a, b] = free;
  if (a && b && a.kind === 'person' && b.kind === 'person' && b.tokEnd === a.tok - 1) {
    if (inp.lex.conjunctions.has(s.c.toks[a.tok - 1]!.lo)) [free[0], free[1]] = [b, a];
  }
  return free.slice(0, 3);
}

/** "in una nota della Corte dei conti", "in a statement from the agency": the author of a text. */
export function authorOfText(c: BlockCtx, m: Mention, lex: Lex): boolean {
  for (let k = m.tok - 1; k >= Math.max(0, m.tok - 4); k--) {
    const t = c.toks[k]!;
    // "en declaraciones a la Cadena Ser", "in un'intervista al Corriere": the words were given to it.
    if (lex.addressee.has(t.lo)) return false;
    if (
      lex.documents.has(t.lo) ||
      lex.speechNouns.has(t.lo) ||
      lex.speechPhrases.some((p) => p.words[p.words.length - 1] === t.lo)
    )
      return true;
    if (!lex.prepositions.has(t.lo) && !lex.prepArticles.has(t.lo) && !lex.determiners.has(t.lo))
      return false;
  }
  return false;
}

/**
 * Agents after a cue, before `b`: the inverted subject ("said X", "a déclaré X", "sagte er").
 * `near`: the subject must follow the verb closely (before the quote: "dijo el ministro que «…»",
 * not "said the deal gives Obama a “…”"). A subordinator opens another clause.
 */
export function agentsAfter(inp: FrameInput, c: BlockCtx, v: number, b: number, near = false): Mention[] {
  let stop = Math.min(b, v + 14);
  // (A capitalised word is no subordinator: "berichtet OB Fritz Kuhn", the mayor, not "ob".)
  for (let i = v + 1; i < stop; i++)
    if (!c.toks[i]!.cap && inp.lex.subordinators.has(c.toks[i]!.lo)) stop = i;
  const ms = agentsIn(inp, c, v, stop).filter((m) => m.tok >= v);
  // "a déclaré à l'AFP", "told Reuters", "le biologiste de l'Université de Columbia": a name a
  // preposition governs is not the inverted subject.
  const free = ms.filter((m) => governedBy(c, m, inp.lex) === null || authorOfText(c, m, inp.lex));
  if (near && free[0] && free[0].tok - v > 3) return [];
  // The inverted subject is one noun phrase, with its apposition at most ("said the minister, Jane
  // Doe", "scrive il governatore della Sicilia, Nello Musumeci"); a name further on belongs to
  // another phrase ("ha detto la docente rivolgendosi soprattutto a papà Antonio").
  const out: Mention[] = [];
  for (const m of free) {
    const last = out[out.length - 1];
    // (A long role phrase reaches its name: "è stato il ministro dell'Agricoltura e della sovranità
    // alimentare, Francesco Lollobrigida".)
    if (last && m.tok - last.tokEnd > 3 && nameOfRole(inp, last) !== m) break;
    out.push(m);
  }
  return out.slice(0, 3);
}

/**
 * The subject before a cue is an unnamed source or a text: "une source a indiqué", "the report
 * said", "un chef m'a dit" — the nearest noun phrase before the verb, not one further back ("En su
 * informe, el Ministerio Fiscal lamentó" is the prosecutor's).
 */
export function unnamedBefore(inp: FrameInput, c: BlockCtx, a: number, v: number): boolean {
  const { lex } = inp;
  const toks = c.toks;
  const agents = agentsIn(inp, c, a, v);
  for (let i = v - 1; i >= Math.max(a, 1); i--) {
    if (agents.some((m) => m.tok <= i && i < m.tokEnd && m.kind !== 'desc')) return false;
    const t = toks[i]!;
    const indefinite = lex.indefinites.has(toks[i - 1]!.lo);
    const det = lex.determiners.has(toks[i - 1]!.lo) || indefinite;
    if (det && (lex.anonymous.has(t.lo) || lex.documents.has(t.lo))) return true;
    // "…,” one researcher told Cutts", "a spokesman said": someone the text does not name. (Not an
    // apposition to a name: "Julia Houghton, another neighbour, added:".)
    if (indefinite && !t.cap && isRoleWord(lex, t.lo)) return !apposedToName(c, agents, i - 1);
  }
  return false;
}

/** The phrase at token k follows a comma right after a person's name. */
function apposedToName(c: BlockCtx, agents: readonly Mention[], k: number): boolean {
  const name = agents.find((m) => m.kind === 'person' && m.tokEnd === k);
  return name !== undefined && /^\s*,\s*$/u.test(c.masked.slice(c.toks[k - 1]!.end, c.toks[k]!.start));
}

export function frame(kind: FrameKind, c: BlockCtx, cue: number, agents: Mention[], unnamed = false): Frame {
  // "fordern sie", "ils ont dit": a plural pronoun as the only agent is a group the text does not
  // name as one person; the quote is theirs, not the last speaker's.
  const group = agents.length > 0 && agents.every((m) => m.kind === 'pron' && m.gender === 'pl');
  // "…», si legge in una nota", "heißt es", "se lee", "peut-on lire": an impersonal verb of reading
  // with no agent gives the words of a text, not of the person the story is about (it is not a
  // dropped subject pronoun).
  const impersonal = agents.length === 0 && impersonalAt(c, cue);
  return { kind, block: c.index, cue, agents, unnamed: unnamed || group || impersonal };
}

const IMPERSONAL =
  /(?:^|\s)(?:si legge|si leggeva|heißt es|hieß es|se lee|se leía|lit-on|peut-on lire|on peut lire|on lit)(?:\s|$)/u;

function impersonalAt(c: BlockCtx, cue: number): boolean {
  if (cue < 0) return false;
  const words = c.toks.slice(Math.max(0, cue - 1), cue + 3).map((t) => t.lo);
  return IMPERSONAL.test(words.join(' '));
}

/**
 * "…», explicó el mediocentro", "…», ha detto il legale": an article and a noun right after a verb of
 * saying that follows a quote are its subject, even when the lexicons do not know the noun.
 */
export function unknownNoun(inp: FrameInput, c: BlockCtx, v: number, b: number): Mention[] {
  const { lex } = inp;
  let k = v + 1;
  // (Only an article: a preposition fused with one governs the noun, "spiega ai cronisti", "dijo al
  // diario": the one spoken to.)
  if (k >= b || !lex.determiners.has(c.toks[k]!.lo)) return [];
  if (lex.indefinites.has(c.toks[k]!.lo)) return [];
  k++;
  const t = c.toks[k];
  if (!t || k >= b || lex.stop.has(t.lo) || lex.prepositions.has(t.lo) || /\d/u.test(t.t)) return [];
  if (t.cap && lex.lang !== 'de' && !lex.titles.has(t.lo)) return [];
  return [{ kind: 'desc', block: c.index, tok: k, tokEnd: k + 1, text: t.lo }];
}

/** The preposition after "one" that makes it one of a group ("one of the residents", "uno dei"). */
const PARTITIVE = new Set(['of', 'di', 'dei', 'degli', 'delle', 'della', 'del', 'de', 'des', 'der', 'von']);

export function unnamedAfter(inp: FrameInput, c: BlockCtx, v: number, b: number): boolean {
  const { lex } = inp;
  for (let i = v + 1; i < Math.min(b, v + 4); i++) {
    const t = c.toks[i]!;
    if (lex.indefinites.has(t.lo)) {
      // "“…,” said one.", "dijo uno de los vecinos", "sagte einer der Anwohner": one of a group.
      const after = c.toks[i + 1];
      if (
        !after ||
        i + 1 >= b ||
        /[.,;:!?]/u.test(c.masked.slice(t.end, after.start)) ||
        PARTITIVE.has(after.lo)
      )
        return true;
      // "said a city spokesman", "sagte ein Polizeisprecher"; not "said in a speech".
      for (let k = i + 1; k < Math.min(b, i + 4); k++) {
        const n = c.toks[k]!;
        if (n.cap && lex.lang !== 'de') return false;
        // ("scrive in una nota la consigliera X": a determiner opens the next phrase, the agent's.)
        if (lex.determiners.has(n.lo)) return false;
        if (lex.anonymous.has(n.lo) || isRoleWord(lex, n.lo)) return true;
      }
      return false;
    }
    if (lex.anonymous.has(t.lo)) return true;
    if (t.cap) return false;
  }
  return false;
}

/** Auxiliaries before a past participle of saying ("ha annunciato", "a déclaré", "hat gesagt"). */
const AUX = /^(?:ha|han|hanno|a|ont|hat|haben|has|have|had|avait|había|aveva|è|est|ist)$/u;

/**
 * "Propositiva sarà l'opposizione …, ha annunciato in Aula la consigliera …, Roberta Della Casa,
 * «…»": a comma right before the verb (and its auxiliary) ends a fronted clause of what was said,
 * here about an organisation; the subject is the one after the verb, even past an adverbial.
 */
export function frontedClause(
  inp: FrameInput,
  seg: Seg,
  v: number,
  subj: Mention[],
  inv: Mention[],
): { subj: Mention[]; inv: Mention[] } {
  const { c } = seg;
  let v0 = v;
  while (v0 > seg.a && AUX.test(c.toks[v0 - 1]!.lo)) v0--;
  if (
    subj.length === 0 ||
    !subj.every((m) => m.kind === 'org' || m.kind === 'orgdesc') ||
    !/,\s*$/u.test(c.masked.slice(c.toks[v0 - 1]?.end ?? 0, c.toks[v0]!.start))
  )
    return { subj, inv };
  const after = inv.length > 0 ? inv : agentsAfter(inp, c, v + 1, seg.b);
  if (!after.some((m) => m.kind === 'person' || m.kind === 'desc' || m.kind === 'pron')) return { subj, inv };
  return { subj: [], inv: after };
}
