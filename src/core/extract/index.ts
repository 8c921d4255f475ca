import type { ExtractedArticle } from '../types.js';
import { blocksFromElement } from './blocks.js';
import { runReadability } from './readability.js';
import { blocksFromText } from './text-input.js';
import { countWords } from '../text/normalize.js';

export interface ExtractOptions {
  url?: string | undefined;
}

/** Fewer words than this and a page is not an article, whatever Readability found. */
const MIN_ARTICLE_WORDS = 80;

function primaryLang(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})\b/i.exec(tag?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Extracts the article of `doc` without touching it: every step works on a clone.
 */
export function extractFromDocument(doc: Document, _options: ExtractOptions = {}): ExtractedArticle {
  const clone = doc.cloneNode(true) as Document;
  const docLang = primaryLang(doc.documentElement?.getAttribute('lang'));
  const r = runReadability(clone);
  const blocks = r.content ? blocksFromElement(r.content) : [];
  const words = blocks.reduce((n, b) => n + countWords(b.text), 0);
  const article = r.content !== null && (r.readerable || words >= MIN_ARTICLE_WORDS * 3) && words >= MIN_ARTICLE_WORDS;
  const result: ExtractedArticle = {
    article,
    title: r.title,
    byline: r.byline,
    siteName: r.siteName,
    publishedTime: r.publishedTime,
    lang: primaryLang(r.lang) ?? docLang ?? 'und',
    blocks,
    removed: [],
  };
  if (!article) result.reason = r.content ? 'too little article text' : 'no article content found';
  return result;
}

export interface TextOptions {
  lang?: string | undefined;
}

/** Plain text (a copied article): paragraphs on blank lines. */
export function extractFromText(text: string, options: TextOptions = {}): ExtractedArticle {
  const blocks = blocksFromText(text);
  const words = blocks.reduce((n, b) => n + countWords(b.text), 0);
  const result: ExtractedArticle = {
    article: words >= MIN_ARTICLE_WORDS,
    title: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: primaryLang(options.lang) ?? 'und',
    blocks,
    removed: [],
  };
  if (!result.article) result.reason = 'too little text for an article';
  return result;
}
