/**
 * Who said each quote. In order: an incise inside the quote (« …, tranche X. … »); a verb after the
 * quote (« … », a écrit X / "…," he said / „…“, so X); a source preposition (selon X, according to X,
 * laut X); a verb before the quote in the same sentence (X a affirmé … « … », X described it as "…");
 * a passive agent ("described as "…" by X"); a colon intro in the previous paragraph; then the
 * continuation of the previous quote. Nothing found gives null: never a guess.
 */
import {
  agentOf,
  firstAgent,
  firstCue,
  isSpeechToken,
  matchPhrase,
  proDrop,
  sourcePrep,
  tokAt,
  type Seg,
} from './agents.js';
import { sentenceAt, type BlockCtx } from '../prep/context.js';
import { PRO_DROP } from './agents.js';
import { isFirstName, type Lex } from '../lexicons/compile.js';
import type { People } from '../mentions/people.js';
import type { Span } from '../quotes/spans.js';
import { NOBODY, resolvePerson, type Speaker } from './resolve.js';

export { isSpeechToken, matchPhrase } from './agents.js';

export interface Attribution {
  speaker: Speaker | null;
  /** A cue in the quote's own sentence (verb, preposition, colon): short fragments need one. */
  explicit: boolean;
}

/** Whether a describe-verb before the quote is passive ("was described as"), so it needs an agent. */
function passiveDescribe(s: Seg, lex: Lex): boolean {
  for (let i = s.a; i < s.b; i++) {
    const t = s.c.toks[i]!;
    if (lex.describe.has(t.lo) && i > 0 && lex.passiveAux.has(s.c.toks[i - 1]!.lo)) return true;
  }
  return false;
}

export function attribute(
  ctxs: BlockCtx[],
  people: People,
  span: Span,
  lex: Lex,
  previous: { span: Span; speaker: Speaker | null }[],
): Attribution {
  const c = ctxs[span.block]!;
  const si = sentenceAt(c, span.outerStart);
  const [ss, se] = c.sentences[si] ?? [0, c.text.length];
  const prevInSentence = c.spans.filter((o) => o.outerEnd <= span.outerStart && o.outerEnd > ss).pop();
  const nextInSentence = c.spans.find((o) => o.outerStart >= span.outerEnd && o.outerStart < se);
  const qa = tokAt(c, span.outerStart);
  const qb = tokAt(c, span.outerEnd);
  const pre: Seg = { c, a: tokAt(c, prevInSentence ? prevInSentence.outerEnd : ss), b: qa };
  // US-style '… an "uncertain winter." The union's …': a stop inside the marks before a capital ends
  // the sentence, so the next sentence's verb is not this quote's attribution.
  // But '"…?" Forte said': a verb of saying within a few words is still the attribution.
  const post: Seg = { c, a: qb, b: tokAt(c, nextInSentence ? nextInSentence.outerStart : se) };
  if (
    /[.!?…]$/u.test(span.text) &&
    /^\s+\p{Lu}/u.test(c.text.slice(span.outerEnd)) &&
    firstCue(post, lex, 4) < 0
  )
    post.b = qb;
  const wholeSentencePre: Seg = { c, a: tokAt(c, ss), b: qa };

  // 0. "One former volunteer, who asked not to be named, said …": a source kept anonymous.
  if (anonymous(ctxs, people, span, lex)) return { speaker: NOBODY, explicit: true };
  // 1. Incise inside the quote: « …, tranche Sophie Lambert, infirmière. … »
  const incise = inciseSpeaker(ctxs, people, span, lex);
  if (incise) return { speaker: incise, explicit: true };
  // 2. A verb right after the quote.
  const postCue = firstCue(post, lex, 8);
  if (postCue >= 0) {
    const sp =
      agentOf(ctxs, people, post, postCue, lex) ??
      (PRO_DROP.has(lex.lang) ? proDrop(ctxs, people, c, qa, lex) : undefined);
    if (sp) return { speaker: sp, explicit: true };
  }
  // 3. A source preposition anywhere in the sentence.
  const src = sourcePrep(ctxs, people, wholeSentencePre, lex) ?? sourcePrep(ctxs, people, post, lex);
  if (src) return { speaker: src, explicit: true };
  // 4. A passive description needs its agent: "described as "…" by X".
  if (passiveDescribe(pre, lex)) {
    const agent =
      post.b > post.a && lex.agentPreps.has(c.toks[post.a]?.lo ?? '')
        ? agentOf(ctxs, people, { c, a: post.a + 1, b: post.b }, post.a, lex)
        : undefined;
    return { speaker: agent ?? null, explicit: agent !== undefined };
  }
  // 5. A passive agent right after the quote: un chiffre jugé « honorable » par la chancellerie.
  const agentTok = c.toks[post.a];
  if (
    agentTok &&
    post.a < post.b &&
    lex.agentPreps.has(agentTok.lo) &&
    pre.b > pre.a &&
    isSpeechToken(c.toks[pre.b - 1]!, lex)
  ) {
    const agent = agentOf(ctxs, people, { c, a: post.a + 1, b: post.b }, post.a, lex);
    if (agent) return { speaker: agent, explicit: true };
  }
  // 6. A verb of saying before the quote, in the same sentence.
  let cue = false;
  for (const seg of prevInSentence ? [pre, wholeSentencePre] : [pre]) {
    for (let v = seg.a; v < seg.b; v++) {
      const t = c.toks[v]!;
      if (!isSpeechToken(t, lex) && matchPhrase(c.toks, v, lex.speechPhrases) === 0) continue;
      // After a determiner it is a noun ("la déclaration", "une tranche").
      if (v > 0 && lex.determiners.has(c.toks[v - 1]!.lo)) continue;
      // A verb in another clause ("…, and the salt and “freeze-thaw” cycles") does not govern the quote.
      if (
        /;|,\s+(?:and|but|et|mais|e|ma|y|pero|und|aber|while|alors)\s/u.test(
          c.masked.slice(t.end, span.outerStart),
        )
      )
        continue;
      // A cue with no agent only counts close to the quote (a little further where the subject is
      // dropped: "ricorda quando il suo banco era frequentato «solo da veneziani»").
      const near = qa - v <= (PRO_DROP.has(lex.lang) ? 10 : 6);
      cue ||= near;
      const sp = agentOf(ctxs, people, seg, v, lex) ?? (near ? proDrop(ctxs, people, c, v, lex) : undefined);
      if (sp) return { speaker: sp, explicit: true };
    }
  }
  if (postCue >= 0 && !cue) {
    const sp = proDrop(ctxs, people, c, qa, lex);
    return { speaker: sp ?? null, explicit: true };
  }
  if (cue) return { speaker: continuation(ctxs, people, span, previous) ?? null, explicit: true };
  // 7. A colon intro: "The Environment Agency said in a statement: "…"" (same or previous paragraph).
  const colonHere = /:\s*$/.test(c.masked.slice(0, span.outerStart));
  const prevBlock = previousBody(ctxs, span.block);
  const colonBefore = span.outerStart <= 1 && prevBlock !== undefined && /:\s*$/.test(prevBlock.text);
  if (colonHere || colonBefore) {
    const pc = colonHere ? c : prevBlock!;
    const ps = colonHere ? sentenceAt(c, span.outerStart) : pc.sentences.length - 1;
    const [a0] = pc.sentences[ps] ?? [0, 0];
    const seg: Seg = { c: pc, a: tokAt(pc, a0), b: colonHere ? qa : pc.toks.length };
    const v = firstCue(seg, lex);
    // "Sur une banderole, on peut lire : « … »": the words of a text, no speaker.
    if (v < 0 && pc.toks.slice(seg.a, seg.b).some((t) => lex.documents.has(t.lo))) {
      return { speaker: null, explicit: true };
    }
    const sp =
      (v >= 0 ? agentOf(ctxs, people, seg, v, lex) : undefined) ??
      firstAgent(ctxs, people, seg, lex) ??
      continuation(ctxs, people, span, previous);
    return { speaker: sp ?? null, explicit: true };
  }
  // 8. Words defined by a text named as their source: « prévus par la loi : … une « urgence absolue » ».
  const toks = c.toks;
  for (let i = wholeSentencePre.a; i < wholeSentencePre.b - 1; i++) {
    if (!lex.agentPreps.has(toks[i]!.lo) && matchPhrase(toks, i, lex.sourcePreps) === 0) continue;
    const near = toks.slice(i + 1, i + 4);
    if (near.some((t) => lex.documents.has(t.lo))) return { speaker: null, explicit: true };
  }
  // 9. Continuation of the previous quote or of the paragraph's subject.
  return { speaker: continuation(ctxs, people, span, previous) ?? null, explicit: false };
}

/**
 * Whether the quote's sentence, the one before it, or (for a quote opening its paragraph) the end of
 * the previous paragraph says its source stays anonymous, with no person named after that.
 */
function anonymous(ctxs: BlockCtx[], people: People, span: Span, lex: Lex): boolean {
  if (!lex.anonymity) return false;
  const c = ctxs[span.block]!;
  const si = sentenceAt(c, span.outerStart);
  const from = c.sentences[Math.max(0, si - 1)]?.[0] ?? 0;
  const places: [BlockCtx, number, number][] = [[c, from, span.outerStart]];
  const prev = previousBody(ctxs, span.block);
  if (span.outerStart <= 1 && prev && prev.index === span.block - 1)
    places.push([prev, prev.sentences[prev.sentences.length - 1]?.[0] ?? 0, prev.text.length]);
  return places.some(([b, a, z]) => {
    const m = lex.anonymity!.exec(b.masked.slice(a, z).toLowerCase().replace(/'/g, '’'));
    if (!m) return false;
    const at = a + m.index;
    return !people.byBlock[b.index]!.some(
      (x) => x.kind === 'person' && b.toks[x.tok]!.start > at && b.toks[x.tok]!.start < z,
    );
  });
}

function previousBody(ctxs: BlockCtx[], block: number): BlockCtx | undefined {
  for (let b = block - 1; b >= 0; b--) {
    const c = ctxs[b]!;
    if (!c.caption && !c.ignore) return c;
  }
  return undefined;
}

/**
 * A quote with no cue continues the previous quote's speaker when it is close (same paragraph, or
 * within two paragraphs with no other person named in between); else the paragraph's subject.
 */
function continuation(
  ctxs: BlockCtx[],
  people: People,
  span: Span,
  previous: { span: Span; speaker: Speaker | null }[],
): Speaker | undefined {
  const last = previous[previous.length - 1];
  const c = ctxs[span.block]!;
  const namedBetween = (b: number, fromPos: number, toPos: number): boolean =>
    people.byBlock[b]!.some(
      (m) =>
        m.kind === 'person' &&
        m.entity !== last?.speaker?.entity &&
        ctxs[b]!.toks[m.tok]!.start >= fromPos &&
        ctxs[b]!.toks[m.tok]!.start < toPos,
    );
  // Across paragraphs, only a quote that opens its paragraph continues ("…" paragraphs of a speech).
  const opensParagraph = span.outerStart <= 1;
  if (
    last?.speaker &&
    last.span.block >= span.block - 3 &&
    (opensParagraph || last.span.block === span.block)
  ) {
    let clean = true;
    if (last.span.block === span.block)
      clean = !namedBetween(span.block, last.span.outerEnd, span.outerStart);
    else {
      for (let b = last.span.block + 1; b < span.block && clean; b++)
        if (!ctxs[b]!.caption && !ctxs[b]!.ignore) clean = !namedBetween(b, 0, Infinity);
      if (clean && last.span.block === span.block - 1)
        clean = !namedBetween(last.span.block, last.span.outerEnd, Infinity);
      clean &&= !namedBetween(span.block, 0, span.outerStart);
      const gap = ctxs
        .slice(last.span.block + 1, span.block)
        .filter((x) => !x.caption && !x.ignore && x.text.length > 150).length;
      clean &&= gap <= 1;
    }
    if (clean) return last.speaker;
  }
  // A quote that opens a sentence may take the paragraph's subject; one inside a sentence may not.
  const opensSentence = /(?:^|[.!?:]\s*)$/u.test(c.masked.slice(0, span.outerStart).trimEnd());
  if (!opensSentence) return undefined;
  const e = resolvePerson(ctxs, people, span.block, tokAt(c, span.outerStart), null);
  if (!e) return undefined;
  // Only the immediate context: a person named in this or the previous paragraph.
  const near = [span.block, span.block - 1].some(
    (b) => b >= 0 && people.byBlock[b]!.some((m) => m.entity === e),
  );
  return near ? { entity: e } : undefined;
}

/** « …, tranche Sophie Lambert, infirmière. … » / « …, prévient-il. … »: the incise inside the marks. */
function inciseSpeaker(ctxs: BlockCtx[], people: People, span: Span, lex: Lex): Speaker | undefined {
  const re =
    /,\s+([\p{Ll}]+(?:-t)?(?:-(?:il|elle|ils|elles|on))?)\s*([\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,3})?/gu;
  for (const m of span.text.matchAll(re)) {
    const sp = inciseMatch(ctxs, people, span, lex, m[1]!, m[2]);
    if (sp) return sp;
  }
  return undefined;
}

function inciseMatch(
  ctxs: BlockCtx[],
  people: People,
  span: Span,
  lex: Lex,
  verb: string,
  name: string | undefined,
): Speaker | undefined {
  const base = verb.split('-')[0]!;
  if (!lex.speech.has(base)) return undefined;
  if (verb.includes('-')) {
    const e = resolvePerson(
      ctxs,
      people,
      span.block,
      tokAt(ctxs[span.block]!, span.outerStart),
      verb.endsWith('elle') ? 'f' : 'm',
    );
    return e ? { entity: e } : undefined;
  }
  if (!name) return undefined;
  const words = name.split(/\s+/);
  const e = people.entities.find(
    (x) =>
      words.includes(x.tokens[x.tokens.length - 1]!) &&
      (words.length === 1 || isFirstName(lex, words[0]!.toLowerCase()) || words[0] === x.tokens[0]),
  );
  return e ? { entity: e } : undefined;
}
