/**
 * The last person the text reports as speaking before a quote: the agent of the latest verb of
 * saying, direct or indirect ("Keller wollte nicht über die Zukunft reden", "Sarabia enfatizó que
 * …", German Konjunktiv "habe er … bekommen"). A quote with no attribution of its own, right after
 * such reported speech, is most often that person's words.
 */
import { sentenceAt, type BlockCtx } from '../prep/context.js';
import type { Span } from '../quotes/spans.js';
import { cueAt, matchPhrase, tokAt, type Seg } from './cues.js';
import { insideSpan } from './span-index.js';
import { WEAK_SOURCES } from './frame-index.js';
import { isRoleWord } from '../lexicons/compile.js';
import { agentsAfter, agentsIn, bodyNeighbour, subjectBefore, type FrameInput } from './agents.js';
import { resolveMention, type ResolveInput } from './resolve.js';
import type { SpeakerRef } from './types.js';

/** German Konjunktiv I marks reported speech: "sei", "habe", "werde", "könne". */
const KONJUNKTIV = new Set([
  'sei',
  'seien',
  'habe',
  'hätten',
  'werde',
  'könne',
  'müsse',
  'wolle',
  'solle',
  'dürfe',
]);

function speechAt(c: BlockCtx, i: number, inp: FrameInput): boolean {
  return cueAt(c, i, inp.lex) || (inp.lex.lang === 'de' && KONJUNKTIV.has(c.toks[i]!.lo));
}

function insideQuote(c: BlockCtx, i: number): boolean {
  return insideSpan(c, c.toks[i]!.start);
}

/**
 * The tokens of a block that can report speech (a source phrase starts there, or speechAt holds),
 * in order; found once per block and language (the walk back from each quote over every token of
 * a long paragraph without one was quadratic).
 */
const speechIndex = new WeakMap<BlockCtx, { lex: FrameInput['lex']; at: number[] }>();

function speechTokens(c: BlockCtx, inp: FrameInput): number[] {
  const known = speechIndex.get(c);
  if (known && known.lex === inp.lex) return known.at;
  const at: number[] = [];
  for (let i = 0; i < c.toks.length; i++)
    if (matchPhrase(c.toks, i, inp.lex.sourcePreps) > 0 || speechAt(c, i, inp)) at.push(i);
  speechIndex.set(c, { lex: inp.lex, at });
  return at;
}

/** Index in `at` (ascending) of the last entry below `end`, or -1. */
function lastBelow(at: readonly number[], end: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * A verb of saying right after a comma follows what was said: its subject comes after it
 * ("Oberholzer werde die Angelegenheit untersuchen, versicherte er"; "…, said Smith"), and a
 * name before it belongs to the words reported.
 */
function afterComma(c: BlockCtx, v: number, from: number, lex: FrameInput['lex']): boolean {
  // (A verb that opens a clause of its own — "Ángel Soto, uno de los vecinos, afirmó que …" — follows
  // an apposition's comma, not the words reported: its subject is the name before.)
  const next = c.toks[v + 1];
  if (next && !next.cap && lex.subordinators.has(next.lo)) return false;
  return v > from && /,\s*$/u.test(c.masked.slice(c.toks[v - 1]!.end, c.toks[v]!.start));
}

export interface RecentSpeaker {
  ref: SpeakerRef;
  /** 0: earlier in the quote's paragraph; 1: the paragraph before; 2: further back. */
  distance: number;
}

export function recentSpeaker(inp: FrameInput & ResolveInput, span: Span): RecentSpeaker | null {
  let c: BlockCtx | undefined = inp.ctxs[span.block];
  for (let distance = 0; c && distance <= 2; distance++) {
    // Before the quote's own sentence: what that sentence says is the frames' business.
    const end =
      distance === 0 ? tokAt(c, c.sentences[sentenceAt(c, span.outerStart)]?.[0] ?? 0) : c.toks.length;
    const cues = speechTokens(c, inp);
    for (let k = lastBelow(cues, end); k >= 0; k--) {
      const v = cues[k]!;
      if (insideQuote(c, v)) continue;
      const si = sentenceAt(c, c.toks[v]!.start);
      const [s0, s1] = c.sentences[si] ?? [0, c.text.length];
      const seg: Seg = { c, a: tokAt(c, s0), b: tokAt(c, s1) };
      // "Selon le procureur, Aïnoudine Allaoui, ces auditions …", "according to the mayor": reported
      // speech too. (A verb of saying inside a quote is the speaker's own word: not reported speech.)
      const source = matchPhrase(c.toks, v, inp.lex.sourcePreps);
      if (source === 0 && !speechAt(c, v, inp)) continue;
      // (A weak source word as the frames read it: a name at once, not after a role noun.)
      const weak = source > 0 && WEAK_SOURCES.has(c.toks[v]!.lo);
      if (weak && v > 0 && isRoleWord(inp.lex, c.toks[v - 1]!.lo)) continue;
      const agents =
        source > 0
          ? agentsIn(inp, c, v + source, Math.min(seg.b, v + source + (weak ? 3 : 8)))
              .filter((m) => !weak || m.tok <= v + source + 2)
              .slice(0, 2)
          : afterComma(c, v, seg.a, inp.lex)
            ? [
                // (and a pronoun there stands for someone named before those words, not in them)
                ...agentsAfter(inp, c, v + 1, seg.b).map((m) =>
                  m.kind === 'pron' ? { ...m, tok: seg.a } : m,
                ),
                ...subjectBefore(inp, seg, v),
              ]
            : [...subjectBefore(inp, seg, v), ...agentsAfter(inp, c, v + 1, seg.b)];
      for (const m of agents) {
        const opts = resolveMention(inp, m);
        if (opts === 'unnamed') return null;
        const first = opts[0];
        if (first) return { ref: first.ref, distance };
      }
    }
    c = bodyNeighbour(inp.ctxs, c.index, -1);
  }
  return null;
}
