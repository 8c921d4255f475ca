/**
 * The pure core: from a Document or a text to a Brief. Runs in Node (with linkedom) and in pages;
 * never touches extension APIs and never mutates the document it is given.
 */
import type { Block, Brief, ExtractedArticle } from './types.js';
import { analyse } from './brief/index.js';
import { explainAnalysis } from './brief/explain.js';
import { extractFromDocument, extractFromText } from './extract/index.js';
import { readingMinutes } from './text/normalize.js';

export type * from './types.js';

export interface DocumentOptions {
  url?: string | undefined;
}
export interface TextOptions {
  lang?: string | undefined;
}

const now = (): number => globalThis.performance.now();
const round = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * The clean text is the article's prose: headings, paragraphs, list items and quote blocks.
 * Captions stay out of it (they describe pictures; the benchmarks' ground truths leave them out
 * too) but the analysis still sees them, for people who appear only in a caption. A quote found
 * in a caption points at the next paragraph of the text, the nearest place a reader would look.
 */
function articleText(blocks: readonly Block[]): { text: string; paragraphOf: (block: number) => number } {
  const paragraphs: string[] = [];
  const index: number[] = [];
  for (const block of blocks) {
    index.push(paragraphs.length);
    if (block.kind !== 'caption') paragraphs.push(block.text);
  }
  const last = Math.max(0, paragraphs.length - 1);
  return { text: paragraphs.join('\n\n'), paragraphOf: (block) => Math.min(index[block] ?? last, last) };
}

function assemble(
  extracted: ExtractedArticle,
  url: string | null,
  started: number,
  extractMs: number,
  withAnalysis = true,
): Brief {
  const t = now();
  const analysis =
    extracted.article && withAnalysis ? analyse(extracted) : { summary: [], actors: [], quotes: [] };
  const analyseMs = now() - t;
  const { text, paragraphOf } = articleText(extracted.blocks);
  return {
    article: extracted.article,
    url,
    lang: extracted.lang,
    title: extracted.title,
    byline: extracted.byline,
    siteName: extracted.siteName,
    publishedTime: extracted.publishedTime,
    readingMinutes: readingMinutes(text),
    text,
    summary: analysis.summary,
    actors: analysis.actors,
    quotes: analysis.quotes.map((q) => ({ ...q, paragraph: paragraphOf(q.paragraph) })),
    removed: extracted.removed,
    timings: { totalMs: round(now() - started), extractMs: round(extractMs), analyseMs: round(analyseMs) },
  };
}

/** `owned`: the caller parsed `doc` itself and drops it afterwards, so extraction need not clone it. */
function briefOf(doc: Document, options: DocumentOptions, owned: boolean): Brief {
  const started = now();
  const url = options.url ?? (doc.URL && /^https?:/.test(doc.URL) ? doc.URL : null);
  const extracted = extractFromDocument(doc, { url: url ?? undefined, owned });
  return assemble(extracted, url, started, now() - started);
}

/** A read article, before the analysis (see extractStep). */
export interface Extraction {
  extracted: ExtractedArticle;
  url: string | null;
  started: number;
  extractMs: number;
}

/**
 * The brief in two steps, for a caller that shows progress or works to a time budget (the popup's
 * worker): extractStep reads the article, briefStep adds the analysis — or not, for a brief that
 * has the title, text and what was cleaned but no summary, people or quotes yet.
 */
export function extractStep(
  doc: Document,
  options: DocumentOptions & { owned?: boolean; budgetMs?: number | undefined } = {},
): Extraction {
  const started = now();
  const url = options.url ?? (doc.URL && /^https?:/.test(doc.URL) ? doc.URL : null);
  const extracted = extractFromDocument(doc, {
    url: url ?? undefined,
    owned: options.owned ?? false,
    budgetMs: options.budgetMs,
  });
  return { extracted, url, started, extractMs: now() - started };
}

export function briefStep(step: Extraction, withAnalysis = true): Brief {
  return assemble(step.extracted, step.url, step.started, step.extractMs, withAnalysis);
}

/** Brief of a document (a live page or a parsed one). The document is not modified. */
export function briefFromDocument(doc: Document, options: DocumentOptions = {}): Brief {
  return briefOf(doc, options, false);
}

/** Brief of plain text, e.g. an article copied from a page; paragraphs are split on blank lines. */
export function briefFromText(text: string, options: TextOptions = {}): Brief {
  const started = now();
  const extracted = extractFromText(text, options);
  return assemble(extracted, null, started, now() - started);
}

/** Brief of an HTML string, given a parser (DOMParser in pages, linkedom in Node). */
export function briefFromHtmlWith(
  parse: (html: string) => Document,
  html: string,
  options: DocumentOptions = {},
): Brief {
  return briefOf(parse(html), options, true);
}

/** The speaker stage's trace (people, every quote's candidates and evidence) for plain text. */
export function explainFromText(text: string, options: TextOptions = {}): string {
  return explainAnalysis(extractFromText(text, options));
}

/** The speaker stage's trace for a document (not modified). */
export function explainFromDocument(doc: Document, options: DocumentOptions = {}): string {
  const url = options.url ?? (doc.URL && /^https?:/.test(doc.URL) ? doc.URL : null);
  return explainAnalysis(extractFromDocument(doc, { url: url ?? undefined, owned: false }));
}
