/**
 * The speaker stage's data: for each quote, the attribution frames found around it (a verb of saying
 * and its agent, a source preposition, a colon, a label paragraph…), the candidate speakers those
 * frames and the context give, each with the evidence that proposes it as named features, and the
 * features of abstaining. The choice (choose.ts) weighs the features with fitted weights.
 */
import type { Entity, Mention } from '../mentions/entities.js';
import type { Span } from '../quotes/spans.js';

export type SpeakerRef = { kind: 'person'; entity: Entity } | { kind: 'org'; name: string };

/** Named numeric features (0 or absent = off). */
export type Features = Record<string, number>;

export type FrameKind =
  /** A verb of saying right after the quote, its agent after the verb: « … », a déclaré X / "…," said X. */
  | 'post-inv'
  /** A verb of saying after the quote, its agent between: "…," X said / „…“, so X. */
  | 'post-subj'
  /** A verb of saying before the quote, its subject before the verb: X a déclaré : « … ». */
  | 'pre-subj'
  /** A verb of saying before the quote, its agent after the verb: Ha detto il sindaco: « … ». */
  | 'pre-inv'
  /** "selon X", "according to X", "laut X", "X zufolge" in the quote's sentence. */
  | 'source'
  /** A clause ending in a colon before the quote (same or previous paragraph): X: « … ». */
  | 'colon'
  /** The sentence after the quote attributes it: « … ». Così il sindaco. / So Müller weiter. */
  | 'next'
  /** A short label paragraph next to a paragraph that is only a quote (press reviews, match quotes). */
  | 'label'
  /** A passive agent: described as "…" by X, jugé « … » par X. */
  | 'agent'
  /** The subject of the quote's sentence when its verb is not one of saying: X war „…“. */
  | 'subject';

export interface Frame {
  kind: FrameKind;
  block: number;
  /** Token index of the cue (verb, preposition, colon's clause start) in its block, or -1. */
  cue: number;
  /** The agent mentions the frame proposes, nearest first. Empty: a verb with no stated subject. */
  agents: Mention[];
  /** The frame's cue says the source is unnamed or a text (a spokesman, a report): no speaker. */
  unnamed: boolean;
  /** A variant of the frame that carries its own weight ("before"/"after" for labels). */
  detail?: string;
}

export interface Candidate {
  ref: SpeakerRef;
  key: string;
  features: Features;
  /** Human-readable evidence, for `--explain`. */
  evidence: string[];
  /** A description that stands for this person in a frame ("il segretario del Pd ha detto"). */
  desc?: Mention;
}

export interface QuoteCase {
  span: Span;
  frames: Frame[];
  candidates: Candidate[];
  /** Features of leaving the quote unattributed. */
  none: Features;
  noneEvidence: string[];
}

export interface Decision {
  span: Span;
  speaker: SpeakerRef | null;
  /** The chosen option's probability among the candidates and abstaining. */
  p: number;
  case: QuoteCase;
  /** The speaker came from the part of the same quote that closes it in the next paragraph. */
  carried?: true;
}

export const refKey = (r: SpeakerRef): string =>
  r.kind === 'person' ? `p:${r.entity.id}` : `o:${r.name.toLowerCase()}`;

export const refName = (r: SpeakerRef | null): string | null =>
  r === null ? null : r.kind === 'person' ? r.entity.name : r.name;
