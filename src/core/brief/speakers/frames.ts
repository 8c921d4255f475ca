/**
 * Attribution frames around one quote: every construction in its sentence, its paragraph or the
 * paragraphs next to it that can say who speaks — a verb of saying before or after the quote with
 * its agent, a source preposition, a colon, the next sentence, a label paragraph, a passive agent,
 * the subject of a sentence the quote sits in. Frames only collect agents (mentions); which
 * person or organisation an agent stands for, and which candidate wins, is decided later.
 */
import { sentenceAt, type BlockCtx } from '../prep/context.js';
import { isRoleWord, type Lex } from '../lexicons/compile.js';
import type { Span } from '../quotes/spans.js';
import {
  clauseBetween,
  cueAt,
  firstCue,
  governedBy,
  impersonalPassive,
  matchPhrase,
  pluralCue,
  tokAt,
  type Seg,
} from './cues.js';
import { trailingGerund } from './modifiers.js';
import { indefiniteSubject, unreadNamedSubject } from './unread-subject.js';
import { firstStartingIn, lastEndingIn } from './span-index.js';
import {
  agentsAfter,
  agentsIn,
  frame,
  frontedClause,
  subjectBefore,
  unknownNoun,
  unnamedAfter,
  unnamedBefore,
  type FrameInput,
} from './agents.js';
import { nameOfRole } from './stated-roles.js';
import type { Frame } from './types.js';
import type { Mention } from '../mentions/entities.js';
import { tallyBrief } from '../work.js';
import { firstAtLeast, frameIndex, WEAK_SOURCES } from './frame-index.js';
import { nextFrame, opensAttribution } from './next-frame.js';
import { labelFrame, parenFrame, signatureFrame, speechNounFrame } from './label-frames.js';
import { colonFrame } from './colon-frame.js';

/**
 * The verb of saying right after a quote. "“patched” the software as the company continued": a
 * subordinator after the quote's first word opens another clause, whose verb says nothing of the
 * quote ("“…”, as Smith said", with the subordinator first, still attributes).
 */
function postCueOf(c: BlockCtx, lex: Lex, post: Seg, limit: number): number {
  const v = firstCue(post, lex, tokensFor(c, post, limit));
  for (let i = post.a + 1; i < v; i++) if (!c.toks[i]!.cap && lex.subordinators.has(c.toks[i]!.lo)) return -1;
  return v;
}

/**
 * How many tokens after the quote hold `words` words, a run of capitalised tokens counting as one:
 * the distance to the verb is a matter of clauses, not of how long the names are ('“…,” Officer
 * Mike Lopez of the LAPD’s Media Relations Section said').
 */
function tokensFor(c: BlockCtx, post: Seg, words: number): number {
  // (Only when a name follows the quote at once: '” as Whole Foods lowered its prices, Yahoo Finance
  // reported' is another clause, and its names do not bring its verb nearer.)
  if (!c.toks[post.a]?.cap) return words;
  let n = 0;
  let i = post.a;
  for (; i < post.b && n < words; i++) if (!(c.toks[i]!.cap && i > post.a && c.toks[i - 1]!.cap)) n++;
  return i - post.a;
}

export function findFrames(inp: FrameInput, span: Span): Frame[] {
  const { ctxs, lex } = inp;
  const c = ctxs[span.block]!;
  const out: Frame[] = [];
  const si = sentenceAt(c, span.outerStart);
  const [ss, se] = c.sentences[si] ?? [0, c.text.length];
  const prevQ = lastEndingIn(c, ss, span.outerStart);
  const nextQ = firstStartingIn(c, span.outerEnd, se);
  const qa = tokAt(c, span.outerStart);
  const qb = tokAt(c, span.outerEnd);
  const pre: Seg = { c, a: tokAt(c, prevQ ? prevQ.outerEnd : ss), b: qa };
  const post: Seg = { c, a: qb, b: tokAt(c, nextQ ? nextQ.outerStart : se) };
  const whole: Seg = { c, a: tokAt(c, ss), b: qa };
  // US style '… an "uncertain winter." The union's …': a stop inside the marks before a capital
  // ends the sentence, unless a verb of saying follows at once ('"…?" Forte said').
  const closedInside = /[.!?…]$/u.test(span.text) && /^\s+\p{Lu}/u.test(c.text.slice(span.outerEnd));
  const near = postCueOf(c, lex, post, closedInside ? 4 : 8);
  const postCue = near >= 0 || closedInside ? near : cueAfterApposition(inp, post);

  // A verb of saying after the quote: its agent between ("…," X said) or after it (said X).
  if (postCue >= 0) {
    const impersonal = impersonalPassive(c, postCue);
    const between = impersonal ? [] : subjectBefore(inp, { c, a: qb, b: postCue }, postCue);
    const after = agentsAfter(inp, c, postCue, post.b);
    if (impersonal) out.push(frame('post-subj', c, postCue, [], true));
    else if (between.length > 0)
      out.push(frame('post-subj', c, postCue, between, unnamedBefore(inp, c, qb, postCue)));
    else {
      const agents = after.length > 0 ? after : unknownNoun(inp, c, postCue, post.b);
      // "«…», ont lancé les maires": a plural verb with only descriptions for agents is a group the
      // text does not name, not the one person named before.
      const group = agents.length > 0 && agents.every((m) => m.kind === 'desc') && pluralCue(c, postCue, lex);
      const unnamed =
        unnamedAfter(inp, c, postCue, post.b) ||
        unnamedBefore(inp, c, qb, postCue) ||
        (agents.length === 0 && unreadNamedSubject(c, qb, postCue, lex)) ||
        // (Whoever follows the verb then is its object: '“…,” one of them told the radio'.)
        indefiniteSubject(c, qb, postCue, lex);
      out.push(frame('post-inv', c, postCue, agents, unnamed || group));
    }
  }
  // Verbs of saying before the quote in its sentence, each with its subject (or its inverted agent).
  // One inside a clause another verb of saying introduces ("Le Kremlin a affirmé que Trump avait
  // demandé de « … »", "said the deal gives …") reports: the outer verb's subject is the source.
  // The first three of them that no clause separates from the quote (frame-index.ts: read once per
  // block, not from the sentence's start for each quote). A clause between a verb and the quote
  // lies between every earlier verb and the quote too, so the verbs it separates come first: a
  // binary search skips them. `sub`: the last subordinator after the first verb kept, up to this one.
  const fi = frameIndex(c, lex);
  const last = firstAtLeast(fi.cues, qa);
  let kept = firstAtLeast(fi.cues, whole.a);
  for (let hi = last; kept < hi;) {
    const mid = (kept + hi) >> 1;
    if (clauseBetween(c, c.toks[fi.cues[mid]!]!.end, span.outerStart)) kept = mid + 1;
    else hi = mid;
  }
  for (let j = kept; j < last && j < kept + 3; j++) {
    const v = fi.cues[j]!;
    // "Brown said the police were investigating, adding: …": the gerund's subject is the earlier
    // verb's (its frame is there), not the clause in between.
    if (j > kept && trailingGerund(c, v)) continue;
    // "Sanders was asked about Trump’s comment that Tillerson needs to be “tougher”": after a
    // possessor the cue is a noun of saying, and the possessor speaks, not the sentence's subject.
    if (c.toks[v - 1]?.poss) {
      const owner = agentsIn(inp, c, whole.a, v).find((m) => m.tokEnd === v && m.kind === 'person');
      if (owner) {
        out.push(frame('pre-subj', c, v, [owner]));
        continue;
      }
    }
    const s = fi.subs[firstAtLeast(fi.subs, v + 1) - 1];
    const sub = s !== undefined && s > fi.cues[kept]! ? s : -1;
    const embedded = sub >= 0;
    const seg: Seg = { c, a: embedded ? sub + 1 : whole.a, b: qa };
    const { subj, inv } = frontedClause(
      inp,
      seg,
      v,
      subjectBefore(inp, seg, v),
      agentsAfter(inp, c, v + 1, qa, true),
    );
    const unnamed = unnamedBefore(inp, c, seg.a, v);
    // One verb, one subject: before it, or else after it ("Ha detto il sindaco: « … »").
    const group = subj.length === 0 && inv.length === 0 && pluralCue(c, v, lex);
    const f =
      subj.length > 0
        ? frame(
            'pre-subj',
            c,
            v,
            subj,
            unnamed || (subj.every((m) => m.kind === 'desc') && pluralCue(c, v, lex)),
          )
        : frame('pre-inv', c, v, inv, unnamed || group);
    out.push(embedded ? { ...f, detail: 'embedded' } : f);
  }
  if (postCue < 0 && !closedInside) finalFrame(inp, c, post, out);
  if (postCue < 0 && !closedInside) invertedAfter(inp, span, c, post, out);
  // "«…»: così il presidente della Regione Attilio Fontana", "« … », ainsi le maire": no verb, an
  // opener right after the quote names who spoke.
  if (postCue < 0 && lex.lang !== 'en' && opensAttribution(c, post.a, lex) && post.b > post.a + 1) {
    const gap = c.masked.slice(span.outerEnd, c.toks[post.a]!.start);
    const agents = agentsAfter(inp, c, post.a + 1, post.b, true);
    if (/^\s*[:,–—-]?\s*$/u.test(gap) && agents.length > 0) out.push(frame('post-inv', c, post.a, agents));
  }
  if (postCue < 0) {
    const noun = speechNounFrame(inp, c, span, post.a, post.b);
    if (noun) out.push(noun);
  }
  sourceFrames(inp, whole, out);
  pronounOfSource(out);
  // "«…», ha detto il giovane, secondo quanto riferito dal suo avvocato", "“…,” he said, according
  // to his lawyer": after the quote's own verb of saying, a source only passes the words on.
  // (A verb with a subject: in "“…” are all thought to contribute, according to the Department" the
  // verb has none, and the source is the one who speaks.)
  const relayed = out.some(
    (f) => (f.kind === 'post-subj' || f.kind === 'post-inv') && f.block === c.index && f.agents.length > 0,
  );
  if (!relayed) sourceFrames(inp, post, out);
  colonFrame(inp, span, c, qa, out);
  agentFrame(inp, span, c, pre, post, out);
  if (post.b === post.a || closedInside || postCue < 0) nextFrame(inp, span, c, si, post, out);
  labelFrame(inp, c, out);
  parenFrame(inp, c, span, out);
  signatureFrame(inp, c, span, out);
  // No verb of saying in the sentence: its subject, when the quote sits inside the sentence.
  if (!out.some((f) => f.kind !== 'next' && f.kind !== 'label') && pre.b > pre.a) {
    const subj = agentsIn(inp, c, pre.a, pre.b).filter((m) => !governedBy(c, m, lex));
    if (subj.length > 0) out.push(frame('subject', c, -1, subj.slice(0, 2)));
  }
  return out;
}

/**
 * "Selon le District, l’opération visait une zone qu’il qualifie « … »": a singular pronoun, the
 * subject of the verb before the quote, after a source phrase naming an organisation in the same
 * sentence stands for that organisation — the one thing the sentence names that can be "it" — not
 * for a person of an earlier sentence (pronoun antecedents are persons).
 */
function pronounOfSource(out: Frame[]): void {
  for (const [i, f] of out.entries()) {
    const p = f.agents[0];
    if (f.kind !== 'pre-subj' || f.agents.length !== 1 || p?.kind !== 'pron' || p.gender === 'pl') continue;
    const j = out.findIndex(
      (g) => g.kind === 'source' && g.block === f.block && g.cue < p.tok && isOrg(g.agents[0]),
    );
    if (j < 0) continue;
    // (The source's own window may reach the pronoun: it is the source again, not another agent.)
    const src = out[j]!;
    out[j] = { ...src, agents: src.agents.filter((m) => m !== p) };
    out[i] = { ...f, agents: src.agents.filter(isOrg) };
  }
}

/** An organisation by its name ("le District") or its common noun ("la préfecture"). */
const isOrg = (m: Mention | undefined): m is Mention => m?.kind === 'org' || m?.kind === 'orgdesc';

/** "selon X", "according to X", "laut X", "X zufolge", "según fuentes" (unnamed). */
function sourceFrames(inp: FrameInput, s: Seg, out: Frame[]): void {
  const { lex } = inp;
  const toks = s.c.toks;
  // Only the tokens that are source words (frame-index.ts), not every token of the segment.
  const sources = frameIndex(s.c, lex).sources;
  let next = s.a;
  for (let k = firstAtLeast(sources, s.a); k < sources.length && sources[k]! < s.b; k++) {
    const i = sources[k]!;
    if (i < next) continue;
    tallyBrief('frames', 1);
    const n = matchPhrase(toks, i, lex.sourcePreps);
    if (n > 0) {
      const weak = WEAK_SOURCES.has(toks[i]!.lo);
      // "la ministra para la Transición Ecológica": after a role noun it is the role's complement.
      if (weak && i > 0 && isRoleWord(lex, toks[i - 1]!.lo)) continue;
      const from = i + n;
      const ms = agentsIn(inp, s.c, from, Math.min(s.b, from + (weak ? 3 : 12)));
      const unnamed = toks.slice(from, from + 2).some((t) => lex.anonymous.has(t.lo));
      if (ms.length === 0 && !unnamed) continue;
      if (weak && ms[0] && ms[0].tok > from + 2) continue;
      // "Per il ministro degli Esteri Antonio Tajani": the name the role phrase leads to speaks.
      const own = ms[0] ? nameOfRole(inp, ms[0]) : undefined;
      if (own && !ms.includes(own)) ms.splice(1, 0, own);
      out.push(frame('source', s.c, i, ms.slice(0, 3), unnamed));
      next = from + 1;
      continue;
    }
    if (lex.sourcePostps.has(toks[i]!.lo)) {
      const ms = agentsIn(inp, s.c, Math.max(s.a, i - 5), i);
      if (ms.length > 0) out.push(frame('source', s.c, i, ms.reverse().slice(0, 2)));
    }
  }
}

/**
 * "„…“, leitete Oberbürgermeister Erik Pauly die Sitzung ein", "“…,” laughed Smith": right after the
 * quote and its comma, one lowercase word the lists do not know as a verb of saying, then a person
 * named at once — the verb with its inverted subject says who spoke, whatever the verb.
 */
function invertedAfter(inp: FrameInput, span: Span, c: BlockCtx, post: Seg, out: Frame[]): void {
  const { lex } = inp;
  const w = c.toks[post.a];
  if (!w || w.cap || post.b - post.a < 2 || !/^\s*,\s*$/u.test(c.masked.slice(span.outerEnd, w.start)))
    return;
  if (lex.stop.has(w.lo) || lex.prepositions.has(w.lo) || lex.determiners.has(w.lo)) return;
  if (lex.conjunctions.has(w.lo) || lex.subordinators.has(w.lo) || lex.relatives.has(w.lo)) return;
  const agents = agentsAfter(inp, c, post.a, post.b, true).filter((m) => m.kind === 'person');
  if (agents.length > 0 && agents[0]!.tok - post.a <= 3)
    out.push(frame('post-inv', c, post.a, agents.slice(0, 1)));
}

/** Passive agents: described as "…" by X; un chiffre jugé « honorable » par la chancellerie. */
function agentFrame(inp: FrameInput, span: Span, c: BlockCtx, pre: Seg, post: Seg, out: Frame[]): void {
  const { lex } = inp;
  // The agent may follow a short complement of the quoted words: "… « … » de Bruxelles par le quotidien".
  let at = post.a;
  while (at < Math.min(post.b, post.a + 3) && !lex.agentPreps.has(c.toks[at]!.lo)) at++;
  const agentTok = c.toks[at];
  if (!agentTok || at >= post.b || !lex.agentPreps.has(agentTok.lo)) return;
  const describes = c.toks
    .slice(Math.max(pre.a, pre.b - 4), pre.b)
    .some((t, i, arr) => lex.describe.has(t.lo) || (i === arr.length - 1 && lex.speech.has(t.lo)));
  if (!describes) return;
  const ms = agentsIn(inp, c, at + 1, Math.min(post.b, at + 8));
  if (ms.length > 0 && span.outerEnd > 0) out.push(frame('agent', c, at, ms.slice(0, 2)));
}

/**
 * "“…” Mayer, Disney’s chairman of direct-to-consumer and international, said Tuesday": the verb
 * after the speaker's apposition, which may be longer than the usual reach and hold an "and".
 */
function cueAfterApposition(inp: FrameInput, post: Seg): number {
  const { c } = post;
  const m = agentsIn(inp, c, post.a, Math.min(post.b, post.a + 5)).find((x) => x.kind === 'person');
  if (!m || m.tok > post.a + 1 || m.tokEnd >= post.b) return -1;
  if (!/^\s*,\s*$/u.test(c.masked.slice(c.toks[m.tokEnd - 1]!.end, c.toks[m.tokEnd]!.start))) return -1;
  for (let i = m.tokEnd + 1; i < Math.min(post.b, m.tokEnd + 25); i++) {
    const gap = c.masked.slice(c.toks[i - 1]!.end, c.toks[i]!.start);
    if (/[.;:!?]/u.test(gap)) return -1;
    if (!gap.includes(',')) continue;
    if (cueAt(c, i, inp.lex)) return i;
    return i + 1 < post.b && cueAt(c, i + 1, inp.lex) ? i + 1 : -1;
  }
  return -1;
}

/**
 * An attribution closing the sentence the quote sits in, after a clause of reported speech: 'The
 * statement was released to assure the community that "…" and …, Councilwoman Elizabeth Psimas
 * said.' / « … », …, a indiqué le maire. The verb of saying is the sentence's last words after a
 * comma, so its agent is the source of everything before, the quote included.
 */
function finalFrame(inp: FrameInput, c: BlockCtx, post: Seg, out: Frame[]): void {
  const { lex } = inp;
  let v = -1;
  for (let i = post.b - 1; i >= post.a && post.b - i <= 10; i--) {
    if (cueAt(c, i, lex)) {
      v = i;
      break;
    }
  }
  if (v < 0 || post.b - v > 4) return;
  // The comma that opens the attribution: at most six words before the verb.
  let k = v - 1;
  while (k > post.a && v - k <= 6 && !/,\s*$/u.test(c.masked.slice(c.toks[k - 1]!.end, c.toks[k]!.start)))
    k--;
  if (k <= post.a || v - k > 6) return;
  const subj = subjectBefore(inp, { c, a: k, b: v }, v);
  const agents = subj.length > 0 ? subj : agentsAfter(inp, c, v + 1, post.b);
  if (agents.length > 0)
    out.push({ ...frame(subj.length > 0 ? 'post-subj' : 'post-inv', c, v, agents), detail: 'final' });
}
