/**
 * The speaker stage: for every quote in reading order, its candidates with their evidence
 * (candidates.ts) and the choice among them (choose.ts). The previous decisions feed the next
 * quote's context (a quote that goes on keeps its speaker).
 */
import type { BlockCtx } from '../prep/context.js';
import type { Lex } from '../lexicons/compile.js';
import type { People } from '../mentions/entities.js';
import type { Support } from '../quotes/filter.js';
import type { Span } from '../quotes/spans.js';
import { bodyNeighbour } from './agents.js';
import { buildCase, isExplicit } from './candidates.js';
import { choose, type Weights } from './choose.js';
import { WEIGHTS } from './weights.js';
import { reportedMood } from './reported-mood.js';
import { judgedFragment } from './judged-fragment.js';
import { tallyBrief } from '../work.js';
import type { Decision } from './types.js';

export type { Decision, QuoteCase, SpeakerRef } from './types.js';

export function decideSpeakers(
  ctxs: BlockCtx[],
  people: People,
  spans: readonly Span[],
  lex: Lex,
  keep: (span: Span, support: Support) => boolean,
  weights: Weights = WEIGHTS,
  repeated?: (span: Span) => boolean,
): Decision[] {
  const inp = { ctxs, byBlock: people.byBlock, entities: people.entities, lex };
  const out: Decision[] = [];
  for (const span of spans) {
    // A quote whose words were kept before is dropped whatever its case says: no case is built (the
    // cases only read what the stages before built, so the quotes after are decided the same).
    if (repeated?.(span)) continue;
    tallyBrief('cases', 1);
    const qc = buildCase(inp, span, out);
    const subject = qc.frames.some(
      (f) => f.kind === 'subject' && f.agents.some((m) => m.kind === 'person' || m.kind === 'pron'),
    );
    const judged = subject ? false : judgedFragment(ctxs[span.block]!, span, lex);
    const reported = !subject && (reportedMood(ctxs[span.block]!, span, lex) || judged !== false);
    const support = isExplicit(qc.frames, qc.none) ? 'explicit' : subject || reported ? 'subject' : 'none';
    if (!keep(span, support)) continue;
    // A fragment a group judges with no frame of its own ("andere Anwohner sprechen von „…“") is an
    // unnamed source's words: the model's evidence for no one, not the last person quoted.
    if (judged === 'group' && support !== 'explicit') qc.none['none:unnamed'] = 1;
    const { speaker, p } = choose(qc, weights);
    out.push({ span, speaker, p, case: qc });
  }
  carryBack(ctxs, out);
  return out;
}

/**
 * “… (no closing mark where the paragraph ends) ¶ …”, said X: a quote that goes on into the next
 * paragraph is one quote. The decisions run in reading order, so its first part was decided before
 * the words that name its speaker; when that part has no frame of its own and the part that closes
 * it (opening the next paragraph) has one, the whole quote is that speaker's. Read backwards, so a
 * quote over three paragraphs takes its speaker from the last.
 */
function carryBack(ctxs: BlockCtx[], out: Decision[]): void {
  const framed = (d: Decision): boolean => isExplicit(d.case.frames, d.case.none);
  for (let i = out.length - 2; i >= 0; i--) {
    const d = out[i]!;
    const next = out[i + 1]!;
    if (d.span.closed || !next.speaker || framed(d)) continue;
    if (next.span.outerStart > 1 || bodyNeighbour(ctxs, d.span.block, 1)?.index !== next.span.block) continue;
    if (!framed(next) && !next.carried) continue;
    out[i] = { ...d, speaker: next.speaker, p: next.p, carried: true };
  }
}
