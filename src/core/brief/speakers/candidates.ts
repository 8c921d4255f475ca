/**
 * Speaker candidates of one quote, with their evidence as features: every frame's agents resolved to
 * the people or organisations they can stand for, the previous quote's speaker, and the subjects
 * of the sentences around the quote. A candidate proposed several ways keeps every piece of
 * evidence. The features of leaving the quote unattributed are gathered here too.
 */
import { sentenceAt, type BlockCtx } from '../prep/context.js';
import type { Lex } from '../lexicons/compile.js';
import { tallyBrief } from '../work.js';
import { fold } from '../prep/text.js';
import type { Mention } from '../mentions/entities.js';
import type { Span } from '../quotes/spans.js';
import { clauseBetween, governedBy, mentionsIn, tokAt } from './cues.js';
import { bodyNeighbour, quoteOnly } from './agents.js';
import { findFrames } from './frames.js';
import { goesOn } from './continue-verb.js';
import { continuesUnattributed } from './continue-open.js';
import { notMainSubject } from './prodrop-subject.js';
import { recentSpeaker } from './recent.js';
import { anonymityAt, documentCueIn, personIn } from './source-cues.js';
import { antecedents, type PastDescription } from './antecedents.js';
import { resolveMention, unnamedDescription, type ResolveInput } from './resolve.js';
import {
  refKey,
  type Candidate,
  type Decision,
  type Features,
  type Frame,
  type QuoteCase,
  type SpeakerRef,
} from './types.js';

export type CaseInput = ResolveInput;

function add(
  map: Map<string, Candidate>,
  ref: SpeakerRef,
  features: Features,
  why: string,
  desc?: Mention,
): void {
  const key = refKey(ref);
  const c: Candidate = map.get(key) ?? { ref, key, features: {}, evidence: [] };
  for (const [k, v] of Object.entries(features)) c.features[k] = Math.max(c.features[k] ?? 0, v);
  c.evidence.push(why);
  if (desc && !c.desc) c.desc = desc;
  map.set(key, c);
}

const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Whether a person is named inside the quote's own words (the one spoken about or to). */
function namedInside(span: Span, ref: SpeakerRef): boolean {
  if (ref.kind !== 'person') return false;
  const text = span.text;
  return [ref.entity.name, ...ref.entity.aliases].some((n) => n.length > 2 && text.includes(n));
}

function frameFeatures(f: Frame, rank: number, span: Span): Features {
  const out: Features = { [`f:${f.kind}${f.detail ? `:${f.detail}` : ''}`]: 1 };
  if (rank > 0) out['agent:later'] = 1;
  if (f.block !== span.block) out['frame:other-block'] = 1;
  return out;
}

/**
 * A cue in the quote's own sentence says someone's words are quoted (a verb, a preposition, a colon,
 * an unnamed or written source): short fragments are kept as quotes only then.
 */
export function isExplicit(frames: readonly Frame[], none: Features): boolean {
  return (
    frames.some((f) => f.kind !== 'subject' && f.kind !== 'label') ||
    none['none:anonymous'] === 1 ||
    none['none:document'] === 1
  );
}

export function buildCase(inp: CaseInput, span: Span, previous: readonly Decision[]): QuoteCase {
  const { ctxs } = inp;
  const c = ctxs[span.block]!;
  const frames = findFrames(inp, span);
  const map = new Map<string, Candidate>();
  const none: Features = { 'none:bias': 1 };
  const noneEvidence: string[] = [];
  let resolved = 0;
  for (const f of frames) {
    if (f.unnamed) {
      none['none:unnamed'] = 1;
      noneEvidence.push(`${f.kind}: an unnamed source or a text`);
      continue;
    }
    if (pluralDropped(inp, f)) {
      none['none:unnamed'] = 1;
      noneEvidence.push(`${f.kind}: a plural verb with no subject`);
      continue;
    }
    // One candidate per frame: a description and the name it introduces ("le président américain,
    // Donald Trump") are one agent, with the evidence of both and the rank of the first.
    const inFrame = new Map<string, { ref: SpeakerRef; features: Features; why: string[]; desc?: Mention }>();
    f.agents.forEach((m, rank) => {
      const opts = resolveMention(inp, m);
      if (opts === 'unnamed') {
        // Only the frame's first agent says who speaks: "The pilots’ union BALPA warned" is BALPA's.
        if (rank === 0) {
          none['none:unnamed'] = 1;
          noneEvidence.push(`${f.kind}: unnamed agent`);
        }
        return;
      }
      // The pronoun's nearest subject before it is someone unnamed: "Als ein 18-Jähriger … wurde er
      // von Richter Kober vorgeladen … bezeichnete er": the judge is only the one named further back.
      if (
        rank === 0 &&
        m.kind === 'pron' &&
        opts.length > 0 &&
        opts.every((o) => o.features['ante:past-unnamed'])
      ) {
        none['none:pron-unnamed'] = 1;
        noneEvidence.push(`${f.kind}: a pronoun for someone unnamed`);
      }
      // "l'avocate générale avait requis …" with only Sylvie, the victim's mother, named before: a
      // description the text gave to no one, read as the last person named, who has another role.
      if (
        rank === 0 &&
        m.kind === 'desc' &&
        opts.length > 0 &&
        opts.every((o) => o.features['desc:conflict'])
      ) {
        none['none:desc-conflict'] = 1;
        noneEvidence.push(`${f.kind}: a description that fits no one named`);
      }
      for (const o of opts) {
        const key = refKey(o.ref);
        const hit = inFrame.get(key);
        // A verb inside a reported clause ("affirmé que X avait demandé de « … »"): only its frame counts.
        const via = f.detail === 'embedded' ? {} : o.features;
        const desc = m.kind === 'desc' && !m.generic ? m : undefined;
        if (hit) {
          Object.assign(hit.features, via);
          hit.why.push(o.why);
          hit.desc ??= desc;
        } else
          inFrame.set(key, {
            ref: o.ref,
            features: { ...frameFeatures(f, rank, span), ...via },
            why: [o.why],
            desc,
          });
      }
    });
    // "A detta del segretario della Cisl, Paola Neri": an organisation named in the role of a person
    // of the same frame is where that person works, not a second speaker.
    const roles = [...inFrame.values()].flatMap((x) =>
      x.ref.kind === 'person' ? x.ref.entity.roles.map((r) => fold(r.role)) : [],
    );
    for (const [key, { ref }] of inFrame)
      if (ref.kind === 'org' && roles.some((r) => r.includes(fold(ref.name)))) inFrame.delete(key);
    for (const { ref, features, why, desc } of inFrame.values()) {
      resolved++;
      add(map, ref, features, `${f.kind}${f.detail ? `:${f.detail}` : ''}: ${why.join(', ')}`, desc);
    }
  }
  if (documentSource(inp, span)) {
    none['none:document'] = 1;
    noneEvidence.push('words of a text named as their source');
  }
  if (questionPut(c, span)) {
    none['none:unnamed'] = 1;
    noneEvidence.push('a question put to the sentence’s subject');
  }
  if (anonymous(inp, span)) {
    none['none:anonymous'] = 1;
    noneEvidence.push('the source asked not to be named');
  }
  // "…», si legge in una nota. Che continua: «…»": a subjectless verb right after the words of an
  // unnamed source or a text goes on with that source, not with the person the story is about.
  const prev = previous[previous.length - 1];
  if (
    resolved === 0 &&
    frames.length > 0 &&
    prev?.speaker === null &&
    prev.case.none['none:unnamed'] === 1 &&
    prev.span.block === span.block
  ) {
    none['none:unnamed'] = 1;
    noneEvidence.push('goes on with an unnamed source or a text');
  }
  continuesUnattributed(ctxs, span, previous, none, noneEvidence);
  const explicit = isExplicit(frames, none);
  if (frames.length === 0) none['none:no-frame'] = 1;
  else if (resolved === 0) none['none:no-agent'] = 1;
  if (!explicit) none['none:implicit'] = 1;
  if (c.kind === 'heading') none['none:heading'] = 1;
  if (words(span.text) <= 3) none['none:fragment'] = 1;
  const framed = new Set(map.keys());
  if (context(inp, span, frames, previous, map)) {
    none['none:desc-topic'] = 1;
    noneEvidence.push('a subjectless verb after an unnamed person described');
  }
  for (const cand of map.values()) {
    // Context proposes someone the quote's own frames do not: they name another speaker.
    if (explicit && framed.size > 0 && !framed.has(cand.key)) cand.features['context:other-frame'] = 1;
    if (namedInside(span, cand.ref)) cand.features['named-inside'] = 1;
    if (cand.ref.kind === 'org') {
      cand.features['is-org'] = 1;
      // An organisation speaks through a statement, a spokesperson, a post: a frame of the quote's
      // own says so. Proposed only by the context (a quote that goes on, the last speaker), it is
      // most often a scare quote, a slogan or a person's words the reader could not place.
      if (!Object.keys(cand.features).some((k) => k.startsWith('f:'))) cand.features['org:context-only'] = 1;
    }
    if (!explicit) cand.features['implicit'] = 1;
  }
  return { span, frames, candidates: [...map.values()], none, noneEvidence };
}

/**
 * Context: the previous quote's speaker (a quote that goes on, or a paragraph of quotes) and the
 * subjects of the sentences around the quote (the current subject, when the verb has none). True
 * when a subjectless verb's nearest subject is a description no named person answers to.
 */
function context(
  inp: CaseInput,
  span: Span,
  frames: Frame[],
  previous: readonly Decision[],
  map: Map<string, Candidate>,
): boolean {
  const { ctxs } = inp;
  const c = ctxs[span.block]!;
  // The latest decision with a speaker, read back from the end (copying the list for each quote
  // made a long page quadratic in its quotes).
  let last: Decision | undefined;
  for (let i = previous.length - 1; i >= 0 && !last; i--)
    if (previous[i]!.speaker !== null) last = previous[i];
  const opens = span.outerStart <= 1;
  if (last?.speaker) {
    const lb = last.span.block;
    const f: Features = { cont: 1 };
    if (lb === span.block) f['cont:same-block'] = 1;
    else if (bodyNeighbour(ctxs, span.block, -1)?.index === lb) f['cont:next-block'] = 1;
    else f['cont:far'] = 1;
    if (opens) f['cont:opens'] = 1;
    if (quoteOnly(c)) f['cont:quote-only'] = 1;
    if (previous[previous.length - 1] !== last) f['cont:skipped'] = 1;
    if (!last.span.closed) f['cont:open-quote'] = 1;
    // Another person named between the two quotes.
    const between = personsBetween(inp, last.span, span, last.speaker, frames);
    if (between) f['cont:other-named'] = 1;
    if (lb === span.block && clauseBetween(c, last.span.outerEnd, span.outerStart)) f['cont:clause'] = 1;
    goesOn(frames, ctxs, inp.lex, f, map.values(), refKey(last.speaker));
    add(
      map,
      last.speaker,
      f,
      `continues ${last.speaker.kind === 'person' ? last.speaker.entity.name : last.speaker.name}`,
    );
  }
  // The last one reported as speaking, directly or not.
  const rs = recentSpeaker(inp, span);
  if (rs) add(map, rs.ref, { 'ctx:speaker': 1, [`ctx:speaker${rs.distance}`]: 1 }, 'last reported speaker');
  // The subject of the quote's sentence, then of the sentences before it.
  const sentenceStart = c.sentences[sentenceAt(c, span.outerStart)]?.[0] ?? 0;
  const past: PastDescription = { after: new Set(), unnamed: (d) => unnamedDescription(inp, d) };
  const subj = antecedents(inp, span.block, tokAt(c, sentenceStart), 2, null, 0, past);
  subj.forEach((m, i) => {
    const f: Features = { [`topic:${i}`]: 1 };
    // A description no one is named as stands between: "El alcalde ha subrayado … «…», ha explicado."
    if (past.after.has(m)) f['topic:past-desc'] = 1;
    const mc = ctxs[m.block]!;
    if (m.block === span.block && sentenceAt(mc, mc.toks[m.tok]!.start) === sentenceAt(c, span.outerStart))
      f['topic:same-sentence'] = 1;
    if (m.block !== span.block) f['topic:other-block'] = 1;
    if (i === 0 && frames.length === 0 && leadIn(ctxs, span, m, inp.lex)) f['topic:lead-in'] = 1;
    // A verb with no subject: Italian and Spanish drop it ("ha spiegato"); elsewhere it is rarer.
    if (frames.some((fr) => fr.agents.length === 0 && fr.kind !== 'next')) {
      f[PRO_DROP.has(inp.lex.lang) ? 'topic:prodrop' : 'topic:no-subject'] = 1;
      if (PRO_DROP.has(inp.lex.lang) && notMainSubject(mc, m, inp.lex)) f['topic:embedded'] = 1;
    }
    add(map, { kind: 'person', entity: m.entity! }, f, `topic ${m.entity!.name}`);
  });
  // The verb has no subject and the nearest one before it is that description: it speaks.
  return past.desc !== undefined && frames.some((fr) => fr.agents.length === 0 && fr.kind !== 'next');
}

/**
 * "SGW-Teammanager Marco Ostermann sprang seinem Coach nochmals bei. „Ich arbeite …“", "Smith was
 * unimpressed. “…”": a quote that is a sentence of its own right after a sentence whose subject is
 * a person, in the same paragraph or opening the next one, is most often that person's (when no
 * frame of its own says who speaks: "“…,” the statement says" is the statement's).
 */
function leadIn(ctxs: BlockCtx[], span: Span, m: Mention, lex: Lex): boolean {
  const c = ctxs[span.block]!;
  const si = sentenceAt(c, span.outerStart);
  const [ss] = c.sentences[si] ?? [0];
  if (c.text.slice(ss, span.outerStart).trim() !== '') return false;
  const mc = ctxs[m.block]!;
  const ms = sentenceAt(mc, mc.toks[m.tok]!.start);
  // The main clause's subject, not a name inside a clause a subordinator opens before it ("Así
  // rechazó que haya … al anterior portavoz, Juancho Alvarez.").
  for (let k = tokAt(mc, mc.sentences[ms]?.[0] ?? 0); k < m.tok; k++)
    if (!mc.toks[k]!.cap && lex.subordinators.has(mc.toks[k]!.lo)) return false;
  if (m.block === span.block) return ms === si - 1;
  return si === 0 && bodyNeighbour(ctxs, span.block, -1)?.index === m.block && ms === mc.sentences.length - 1;
}

/** "alla domanda", "à la question", "a la pregunta", "auf die Frage", "to the question" before the quote. */
const QUESTION_PUT =
  /(?:^|[\s(])(?:alla|a una|à la|à une|a la|a una|ante la|auf die|to the|to a)\s+(?:domanda|question|pregunta|frage)\s*[:,]?\s*$/iu;

/**
 * "E alla domanda «Lei è di sinistra?» la Ministra risponde …": the question is put to the sentence's
 * subject, who answers it; it is not theirs (whoever asked is not named in that sentence).
 */
function questionPut(c: BlockCtx, span: Span): boolean {
  return QUESTION_PUT.test(c.masked.slice(Math.max(0, span.outerStart - 40), span.outerStart));
}

/** Words defined by a text named as their source: « prévus par le décret : … un « contrôle renforcé » ». */
function documentSource(inp: CaseInput, span: Span): boolean {
  const c = inp.ctxs[span.block]!;
  const [ss] = c.sentences[sentenceAt(c, span.outerStart)] ?? [0, 0];
  return documentCueIn(c, inp.lex, tokAt(c, ss), tokAt(c, span.outerStart));
}

/** Languages that drop the subject pronoun ("ha spiegato", "añadió"). */
const PRO_DROP = new Set(['it', 'es']);

/** Third person plural verb forms, and the auxiliaries that make one of a participle. */
const PLURAL_VERB: Record<string, { end: RegExp; aux: Set<string> }> = {
  es: { end: /(?:[aeií]n|ron)$/u, aux: new Set(['han', 'habían', 'hubieran', 'habrían', 'habrán']) },
  it: {
    end: /(?:[aeio]no|ero)$/u,
    aux: new Set(['hanno', 'avevano', 'avrebbero', 'avranno', 'fanno', 'facevano', 'sono', 'erano']),
  },
};
const VERB_FRAMES = new Set(['post-inv', 'pre-inv', 'post-subj', 'pre-subj', 'next']);

/**
 * "«…», aseguraron.", "«…», hanno spiegato.": a verb of saying in the third person plural with its
 * subject dropped is said by a group (neighbours, a party, a family) the text does not name as one
 * speaker — not by the one person named before.
 */
function pluralDropped(inp: CaseInput, f: Frame): boolean {
  const pl = PLURAL_VERB[inp.lex.lang];
  if (!pl || f.agents.length > 0 || f.cue < 0 || !VERB_FRAMES.has(f.kind)) return false;
  const toks = inp.ctxs[f.block]!.toks;
  const verb = toks[f.cue]?.lo ?? '';
  return pl.end.test(verb) || pl.aux.has(toks[f.cue - 1]?.lo ?? '');
}

/**
 * The quote's sentence, the one before it, or (for a quote opening its paragraph) the end of the
 * previous paragraph says its source stays anonymous, and no person is named after that.
 */
function anonymous(inp: CaseInput, span: Span): boolean {
  const { lex, ctxs } = inp;
  if (!lex.anonymity) return false;
  const c = ctxs[span.block]!;
  const si = sentenceAt(c, span.outerStart);
  const places: [number, number, number][] = [
    [c.index, c.sentences[Math.max(0, si - 1)]?.[0] ?? 0, span.outerStart],
  ];
  const prev = bodyNeighbour(ctxs, span.block, -1);
  if (span.outerStart <= 1 && prev)
    places.push([prev.index, prev.sentences[prev.sentences.length - 1]?.[0] ?? 0, prev.text.length]);
  return places.some(([b, a, z]) => {
    const bc = ctxs[b]!;
    const at = anonymityAt(bc, lex, a, z);
    if (at < 0) return false;
    // The persons whose first token starts in (at, z): tokens are in order of their offsets.
    return !personIn(inp.byBlock[b]!, tokAt(bc, at + 1), tokAt(bc, z));
  });
}

function personsBetween(inp: CaseInput, a: Span, b: Span, sp: SpeakerRef, labels: readonly Frame[]): boolean {
  // A label that names someone else counts too (it is not a mention of the reading order).
  if (
    labels.some(
      (f) =>
        f.kind === 'label' &&
        f.agents.some((m) => m.kind === 'org' && !(sp.kind === 'org' && m.text === sp.name)),
    )
  )
    return true;
  for (let blk = a.block; blk <= b.block; blk++) {
    const c = inp.ctxs[blk]!;
    if (c.caption || c.ignore) continue;
    const from = blk === a.block ? a.outerEnd : 0;
    const to = blk === b.block ? b.outerStart : Infinity;
    const other = (m: Mention): boolean =>
      m.kind === 'person' && !(sp.kind === 'person' && m.entity === sp.entity);
    // Only the mentions whose token starts in [from, to), found by binary search: testing every
    // mention of the block for each quote made a long paragraph of quotes quadratic.
    const ms = mentionsIn(inp.byBlock[blk]!, tokAt(c, from), tokAt(c, to));
    tallyBrief('persons between', ms.length);
    const hit = ms.some((m: Mention) => other(m) && !governedBy(c, m, inp.lex));
    if (hit) return true;
  }
  return false;
}
