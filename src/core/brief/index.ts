/**
 * The brief stage: summary, people with their roles, and quotes with their speakers, from the
 * extracted blocks of an article. Rules and per-language lexicons (./lexicons), no model: the same
 * code runs in the extension and in Node, in a few milliseconds per article.
 */
import type { Analysis, ExtractedArticle, Quote } from '../types.js';
import { attribute } from './speakers/attribute.js';
import { buildContext } from './prep/context.js';
import { guessLang } from './prep/lang.js';
import { compileLex } from './lexicons/compile.js';
import { findPeople } from './mentions/people.js';
import { keepQuote } from './quotes/filter.js';
import { rankActors } from './actors/rank.js';
import type { Speaker } from './speakers/resolve.js';
import { findSpans, type Span } from './quotes/spans.js';
import { leadSummary } from './summary.js';
import { fold } from './prep/text.js';

function langOf(article: ExtractedArticle): string {
  const l = article.lang.toLowerCase().slice(0, 2);
  if (l && l !== 'un') return l;
  return guessLang(article.blocks.map((b) => b.text).join(' '));
}

/** Summary, actors and quotes of an extracted article. */
export function analyse(article: ExtractedArticle): Analysis {
  const lex = compileLex(langOf(article));
  const spans = findSpans(article.blocks);
  const ctxs = buildContext(article.blocks, spans, article.byline, lex);
  const people = findPeople(ctxs, lex, article.byline);
  const kept: { span: Span; speaker: Speaker | null }[] = [];
  const seen = new Set<string>();
  for (const span of spans) {
    const at = attribute(ctxs, people, span, lex, kept);
    if (!keepQuote(ctxs[span.block]!, span, at, lex)) continue;
    const key = fold(span.text);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ span, speaker: at.speaker });
  }
  echoHeadings(kept, article.blocks);
  for (const k of kept) if (k.speaker?.entity) k.speaker.entity.quotes++;
  const quotes: Quote[] = kept.map(({ span, speaker }) => ({
    text: span.text,
    speaker: speaker?.entity?.name ?? speaker?.org ?? null,
    paragraph: span.block,
  }));
  return {
    summary: leadSummary(article.blocks),
    actors: rankActors(people.entities, ctxs, article.title, lex),
    quotes,
  };
}

/**
 * A heading in quote marks (or a short paragraph that is only a quote, the intertitle of a copied
 * text) echoes words quoted later in the text: it takes their speaker, or none.
 */
function echoHeadings(
  kept: { span: Span; speaker: Speaker | null }[],
  blocks: { kind: string; text: string }[],
): void {
  for (const k of kept) {
    const block = blocks[k.span.block]!;
    const intertitle =
      k.span.outerStart === 0 &&
      k.span.outerEnd >= block.text.length - 1 &&
      k.span.text.split(/\s+/).length <= 8 &&
      !/[.!?]$/.test(k.span.text);
    if (block.kind !== 'heading' && !intertitle) continue;
    k.speaker = null;
    const words = fold(k.span.text).replace(/[.,!?]+$/u, '');
    const later = kept.find(
      (o) => o.span.block > k.span.block && o.speaker && fold(o.span.text).includes(words),
    );
    if (later) k.speaker = later.speaker;
  }
}
