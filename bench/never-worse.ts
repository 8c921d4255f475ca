/**
 * "Never worse than Readability" (issue 11), one definition for the bench and the corpus test:
 * where Readability.js alone extracts the article (some text, with a word F1 against the ground
 * truth of at least READABILITY_EXTRACTS), Unwall must say `article: true` and keep at least Readability's word
 * recall minus RECALL_TOLERANCE. Word F1 and recall are the WCXB benchmark's own
 * (../shared/scoring/wcxb.mjs), on every corpus.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { briefFromHtml, parseHtml } from '../src/node/index.js';
import { SHARED, type WcxbTruth } from './corpus.js';

export const READABILITY_EXTRACTS = 0.5;
export const RECALL_TOLERANCE = 0.02;

export interface Prf {
  f1: number;
  precision: number;
  recall: number;
}
export interface WordScore extends Prf {
  with: number;
  without: number;
}
export interface WcxbMetric {
  wordF1: (pred: string, truth: string) => Prf;
  scorePage: (gt: WcxbTruth, pred: string) => WordScore;
  mean: (xs: WordScore[]) => WordScore & { pages: number };
}

/** The WCXB metric module of ../shared (callers check HAS_SHARED first). */
export async function wcxbMetric(): Promise<WcxbMetric> {
  return (await import(pathToFileURL(join(SHARED, 'scoring', 'wcxb.mjs')).href)) as WcxbMetric;
}

/** One page read by Readability.js alone and by Unwall (Brief.text, as users get it). */
export interface BothReadings {
  article: boolean;
  ours: string;
  theirs: string;
}

export function readBoth(html: string, url: string): BothReadings {
  const theirs = new Readability(parseHtml(html, url)).parse()?.textContent ?? '';
  // Brief.text as users get it (captions are not part of it, as in the benchmarks' truths).
  const brief = briefFromHtml(html, { url });
  return { article: brief.article, ours: brief.text, theirs };
}

export interface Judgement {
  /** Readability's word scores against the truth. */
  theirs: Prf;
  /** Unwall's. */
  ours: Prf;
  /** Readability extracts the article here, so the page is judged. */
  judged: boolean;
  /** Judged, and Unwall says not an article or keeps less than Readability's recall − tolerance. */
  worse: boolean;
}

export function judge(metric: WcxbMetric, reading: BothReadings, truth: string): Judgement {
  const ours = metric.wordF1(reading.ours, truth);
  const theirs = metric.wordF1(reading.theirs, truth);
  // An empty reading against an empty truth scores F1 1: Readability extracted nothing there.
  const judged = /[\p{L}\p{N}]/u.test(reading.theirs) && theirs.f1 >= READABILITY_EXTRACTS;
  const worse = judged && (!reading.article || ours.recall < theirs.recall - RECALL_TOLERANCE);
  return { ours, theirs, judged, worse };
}
