/**
 * The persons a position in the text can refer back to, latest sentence first and, within one, its
 * subject first (resolve.ts asks it for pronouns, descriptions and a quote's topic). Each block's
 * sentences with their persons are indexed once; sentence-skip.ts keeps a long paragraph linear.
 */
import { sentenceAt, type BlockCtx } from '../prep/context.js';
import type { Lex } from '../lexicons/compile.js';
import type { Entity, Mention } from '../mentions/entities.js';
import { governedBy, inRange, parenRanges, sortedByTok } from './cues.js';
import { insideSpan } from './span-index.js';
import { compatible, LOOKBACK, namedBefore, type Gender } from './named-before.js';
import { nextToRead, ownerOf, pronounAntecedent } from './sentence-skip.js';
import { tallyBrief } from '../work.js';
import type { ResolveInput } from './resolve.js';
interface SentenceMentions {
  /** Persons and pronouns of one sentence, in reading order. */
  list: Mention[];
  /** Those that can be a subject: no preposition governs them (a passive agent can), not an object pronoun. */
  free: Set<Mention>;
  /** Persons joined to another by "and" ("Anita Kapferer und Alois Vahrner begrüßten …"): together a plural. */
  joined: Set<Mention>;
}

/** Per block, its sentences with persons or pronouns, latest first; built once per block. */
const sentenceIndex = new WeakMap<Mention[], SentenceMentions[]>();

function sentencesOf(inp: ResolveInput, b: number): SentenceMentions[] {
  const ms = inp.byBlock[b]!;
  let out = sentenceIndex.get(ms);
  if (out) return out;
  const c = inp.ctxs[b]!;
  const bySentence = new Map<number, SentenceMentions>();
  // A person named in parentheses is an aside ("(… dell'assessore alle Autonomie locali, Bernadette
  // Grasso)"): neither the sentence's subject nor whom its words are about.
  const asides = parenRanges(c.masked);
  for (const m of ms) {
    if (inRange(asides, c.toks[m.tok]!.start)) continue;
    // (A description is kept as a sentence's possible subject: "Der Oppositionsführer hatte … Er …".)
    if (
      !(m.kind === 'person' ? m.entity !== undefined : m.kind === 'pron' || (m.kind === 'desc' && !m.generic))
    )
      continue;
    const s = sentenceAt(c, c.toks[m.tok]!.start);
    let entry = bySentence.get(s);
    if (!entry) bySentence.set(s, (entry = { list: [], free: new Set(), joined: new Set() }));
    entry.list.push(m);
    const gv = governedBy(c, m, inp.lex);
    // The agent of a passive is its logical subject ("délivré par Claude Bartolone"). Someone named
    // inside a quote is what the speaker talks about, not the narrator's subject.
    const quoted = insideSpan(c, c.toks[m.tok]!.start);
    if ((gv === null || gv === 'agent') && !m.object && !quoted) entry.free.add(m);
  }
  out = [...bySentence.entries()].sort(([x], [y]) => y - x).map(([, v]) => v);
  for (const { list, joined } of out) markJoined(c, list, joined, inp.lex);
  sentenceIndex.set(ms, out);
  return out;
}

/**
 * Two persons joined by "and", with at most a role between ("Moderatorin Anita Kapferer und
 * TT-Chefredakteuer Alois Vahrner begrüßten den ÖVP-Chef Toni Mattle … „…“, gestand er"): a plural
 * subject, so neither is what a singular pronoun after them stands for.
 */
function markJoined(c: BlockCtx, list: readonly Mention[], joined: Set<Mention>, lex: Lex): void {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1]!;
    const b = list[i]!;
    if (a.kind !== 'person' || b.kind !== 'person' || b.tok - a.tokEnd < 1 || b.tok - a.tokEnd > 4) continue;
    if (!lex.joiners.has(c.toks[a.tokEnd]!.lo)) continue;
    if (/[,;:.!?()]/u.test(c.masked.slice(c.toks[a.tokEnd - 1]!.end, c.toks[b.tok]!.start))) continue;
    joined.add(a).add(b);
  }
}

/**
 * A heading below the first body paragraph is an intertitle: a label over the text, not a sentence
 * of it, so a pronoun further down does not refer to a person it names. (The headline does: "La
 * prima volta di Tiziano Ferro a San Siro" … "Con queste parole ha aperto".)
 */
function intertitle(ctxs: readonly BlockCtx[], b: number): boolean {
  return ctxs[b]!.kind === 'heading' && firstBody(ctxs) < b;
}

/** Index of the first body paragraph, found once per article (asked for every block looked back at). */
const firstBodyMemo = new WeakMap<readonly BlockCtx[], number>();

function firstBody(ctxs: readonly BlockCtx[]): number {
  let at = firstBodyMemo.get(ctxs);
  if (at === undefined) {
    at = ctxs.findIndex((c) => c.kind !== 'heading' && !c.caption && !c.ignore);
    if (at < 0) at = ctxs.length;
    firstBodyMemo.set(ctxs, at);
  }
  return at;
}

/** Index of the first sentence (latest first) with a mention before token `tok`. */
function firstBefore(sentences: readonly SentenceMentions[], tok: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.list[0]!.tok >= tok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What a search met on its way back: the nearest sentence subject that is someone unnamed — a
 * description no named person's stated role holds ("el alcalde ha subrayado …", and nobody is named
 * mayor) or a pronoun with no one named before it — and the persons offered only after it.
 */
export interface PastDescription {
  /** Whether a description subject is someone unnamed (resolve.ts knows; it imports this file). */
  unnamed: (desc: Mention) => boolean;
  desc?: Mention;
  after: Set<Mention>;
}

/**
 * Persons named before a position, latest sentence first and, within one, its subject first. A
 * sentence whose subject is a pronoun offers that pronoun's own antecedent first ("He said … He
 * explained that … Obasa's impeachment … He said: « … »" stays with the first "he").
 */
export function antecedents(
  inp: ResolveInput,
  block: number,
  tok: number,
  max: number,
  g: Gender,
  depth = 0,
  past?: PastDescription,
): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<Entity>();
  const offer = (m: Mention): void => {
    if (out.length >= max || seen.has(m.entity!) || !compatible(m.entity!, g)) return;
    seen.add(m.entity!);
    out.push(m);
    if (past?.desc) past.after.add(m);
  };
  const reachable = namedBefore(inp, block, tok, g);
  for (
    let b = block, body = 0;
    b >= 0 && body <= LOOKBACK && out.length < max && seen.size < reachable;
    b--
  ) {
    const c = inp.ctxs[b]!;
    if (c.ignore || ((c.caption || intertitle(inp.ctxs, b)) && b !== block)) continue;
    body++;
    const sentences = sentencesOf(inp, b);
    // In the position's own block, the sentences after it offer nobody: skipped by a binary search
    // (latest first, so their first mentions come in decreasing order), not one by one, which made
    // a long paragraph quadratic.
    const sorted = b !== block || sortedByTok(inp.byBlock[b]!);
    const first = b === block && sorted ? firstBefore(sentences, tok) : 0;
    // After the first, only the sentences that hold someone not met since it (sentence-skip.ts).
    for (
      let k = first, reads = 1;
      k < sentences.length;
      k = sorted
        ? nextToRead(inp, sentences, depth, antecedents, k, b !== block || k !== first, reads++)
        : k + 1
    ) {
      tallyBrief('antecedent sentences', 1);
      const { list, free, joined } = sentences[k]!;
      const before = b < block ? list : list.filter((m) => m.tok < tok);
      if (before.length === 0) continue;
      const isFree = (m: Mention): boolean => free.has(m) && !(g !== 'pl' && joined.has(m));
      const subject = before.find(isFree);
      // A description as the subject stands for the person whose stated role holds it.
      const owner = subject?.kind === 'desc' ? ownerOf(inp, subject) : undefined;
      if (owner) offer({ ...subject!, kind: 'person', entity: owner });
      // (Not when the sentence names someone free: "El ministro de …, Miguel Arias Cañete, ha afirmado".)
      else if (
        past &&
        !past.desc &&
        out.length === 0 &&
        subject?.kind === 'desc' &&
        !before.some((m) => m.kind === 'person' && isFree(m)) &&
        past.unnamed(subject)
      )
        past.desc = subject;
      if (subject?.kind === 'pron' && subject.gender !== 'pl' && depth < 3) {
        const r = pronounAntecedent(inp, subject, depth + 1, antecedents);
        if (r) offer(r);
        // "er" with no one named before it is someone unnamed: "wurde er von Richter X vorgeladen".
        else if (past && !past.desc && out.length === 0) past.desc = subject;
      }
      for (const m of before) if (m.kind === 'person' && isFree(m)) offer(m);
      for (const m of before) if (m.kind === 'person' && !isFree(m)) offer(m);
      if (out.length >= max || seen.size >= reachable) break;
    }
  }
  return out;
}
