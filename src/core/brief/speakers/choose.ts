/**
 * The choice among a quote's candidates: each candidate's score is the weighted sum of its
 * features, abstaining has a score of its own, and the highest probability (softmax) wins. The
 * weights are fitted on labelled real articles by scripts/fit-speakers.ts (weights.ts); a quote
 * whose best candidate is not clearly ahead is left unattributed: a wrong name is worse than none.
 */
import { WEIGHTS } from './weights.js';
import type { Features, QuoteCase, SpeakerRef } from './types.js';

export type Weights = Readonly<Record<string, number>>;

export function score(features: Features, w: Weights): number {
  let s = 0;
  for (const [k, v] of Object.entries(features)) s += (w[k] ?? 0) * v;
  return s;
}

/** Probabilities of [none, ...candidates]. */
export function probabilities(qc: QuoteCase, w: Weights): number[] {
  const scores = [score(qc.none, w), ...qc.candidates.map((c) => score(c.features, w))];
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function choose(qc: QuoteCase, w: Weights = WEIGHTS): { speaker: SpeakerRef | null; p: number } {
  const ps = probabilities(qc, w);
  let best = 0;
  for (let i = 1; i < ps.length; i++) if (ps[i]! > ps[best]!) best = i;
  const threshold = w['threshold'] ?? 0;
  if (best === 0 || ps[best]! < threshold) return { speaker: null, p: ps[0]! };
  return { speaker: qc.candidates[best - 1]!.ref, p: ps[best]! };
}
