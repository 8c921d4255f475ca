/**
 * The brief stage: summary, people with their roles, and quotes with their speakers, from the
 * extracted blocks of an article. Stages, each a function of the previous one's output:
 *   prep      blocks → tokens and sentences per block, quotes masked (prep/)
 *   mentions  people (entities with roles), organisations, pronouns, descriptions (mentions/)
 *   quotes    quote spans, and which spans are quotes of someone's words (quotes/)
 *   speakers  per quote: frames → candidates with evidence → the choice (speakers/)
 *   actors    people ranked, key actors marked (actors/)
 * Rules and per-language lexicons (lexicons/), weights fitted on labelled articles, no model
 * download: the same code runs in the extension and in Node, in a few milliseconds per article.
 */
import type { Analysis, Block, ExtractedArticle, Quote } from '../types.js';
import { rankActors } from './actors/rank.js';
import { compileLex, type Lex } from './lexicons/compile.js';
import type { People } from './mentions/entities.js';
import { findPeople } from './mentions/people.js';
import { descriptionPhrase } from './mentions/description-phrase.js';
import { buildContext, type BlockCtx } from './prep/context.js';
import { guessLang } from './prep/lang.js';
import { fold } from './prep/text.js';
import { keepQuote, type Support } from './quotes/filter.js';
import { echoHeadings, headingLike } from './quotes/headings.js';
import { findSpans, type Span } from './quotes/spans.js';
import { texMarks } from './quotes/tex-marks.js';
import type { Weights } from './speakers/choose.js';
import { decideSpeakers, type Decision } from './speakers/index.js';
import { expandAcronyms } from './speakers/acronyms.js';
import { refName } from './speakers/types.js';
import { leadSummary } from './summary.js';

/**
 * A person the text names without a role, then speaks of by a description that the choice took for
 * them ("Enrico Letta … Il segretario del Partito democratico scrive:"), has that description as role.
 */
function rolesFromDescriptions(decisions: readonly Decision[], ctxs: readonly BlockCtx[], lex: Lex): void {
  for (const d of decisions) {
    if (d.speaker?.kind !== 'person' || d.speaker.entity.role) continue;
    const cand = d.case.candidates.find(
      (c) =>
        c.ref === d.speaker ||
        (c.ref.kind === 'person' && d.speaker?.kind === 'person' && c.ref.entity === d.speaker.entity),
    );
    const m = cand?.desc;
    if (!m || cand.features['desc:conflict']) continue;
    const c = ctxs[m.block]!;
    const role = descriptionPhrase(c.masked, c.toks, m.tok, lex);
    if (role) {
      d.speaker.entity.role = { role, score: 1.5 };
      d.speaker.entity.roles.push(d.speaker.entity.role);
    }
  }
}

/** Two copies of one quote differ at most by the punctuation closing them ("… down" / "… down,"). */
const quoteKey = (text: string): string => fold(text).replace(/[\s,.;:!?…]+$/u, '');

function langOf(article: ExtractedArticle): string {
  const l = article.lang.toLowerCase().slice(0, 2);
  if (l && l !== 'un') return l;
  return guessLang(article.blocks.map((b) => b.text).join(' '));
}

/** Everything the speaker stage reads, built by the stages before it. */
export interface Prepared {
  lex: Lex;
  /** The article's blocks, TeX-style quote marks rewritten (same offsets). */
  blocks: Block[];
  ctxs: BlockCtx[];
  people: People;
  spans: Span[];
  /** Whether a span is a quote of someone's words (and not a repeat of one kept before). */
  keep: (span: Span, support: Support) => boolean;
  /** Whether `keep` will refuse a span whatever its support: its words were kept before. */
  repeated: (span: Span) => boolean;
}

export function prepare(article: ExtractedArticle): Prepared {
  const lex = compileLex(langOf(article));
  const blocks = texMarks(article.blocks);
  const spans = findSpans(blocks, {
    speech: (w) => lex.speech.has(w) || lex.speechPairs.has(w),
    lead: (w) => lex.inciseLeads.has(w),
    noun: (w) => lex.speechNouns.has(w),
    article: (w) => lex.determiners.has(w),
  });
  const ctxs = buildContext(blocks, spans, article.byline, lex);
  const people = findPeople(ctxs, lex, article.byline);
  // The same words quoted twice are one quote; a heading's copy gives way to the body's (below).
  const seen = new Set<string>();
  const keep = (span: Span, support: Support): boolean => {
    if (!keepQuote(ctxs[span.block]!, span, support, lex)) return false;
    const key = quoteKey(span.text);
    if (seen.has(key)) return false;
    if (!headingLike(span, blocks)) seen.add(key);
    return true;
  };
  const repeated = (span: Span): boolean => seen.has(quoteKey(span.text));
  return { lex, blocks, ctxs, people, spans, keep, repeated };
}

export interface Trace {
  decisions: Decision[];
}

/** Summary, actors and quotes of an extracted article; `trace` receives the speaker stage's cases. */
export function analyse(article: ExtractedArticle, trace?: Trace, weights?: Weights): Analysis {
  const { lex, blocks, ctxs, people, spans, keep, repeated } = prepare(article);
  const all = decideSpeakers(ctxs, people, spans, lex, keep, weights, repeated);
  echoHeadings(all, blocks);
  // A heading that repeats a quote of the body is not a second quote: the body's copy has the speaker.
  const bodyKeys = new Set(all.filter((d) => !headingLike(d.span, blocks)).map((d) => quoteKey(d.span.text)));
  const decisions = all.filter((d) => !headingLike(d.span, blocks) || !bodyKeys.has(quoteKey(d.span.text)));
  if (trace) trace.decisions = decisions;
  rolesFromDescriptions(decisions, ctxs, lex);
  expandAcronyms(decisions, ctxs);
  for (const d of decisions) if (d.speaker?.kind === 'person') d.speaker.entity.quotes++;
  const quotes: Quote[] = decisions.map((d) => ({
    text: d.span.text,
    speaker: refName(d.speaker),
    paragraph: d.span.block,
  }));
  return {
    summary: leadSummary(article.blocks),
    actors: rankActors(people.entities, ctxs, article.title, lex),
    quotes,
  };
}
