/** Test helpers: an ExtractedArticle from paragraphs, and the quote/actor lookups tests use. */
import type { Actor, Analysis, Block, ExtractedArticle } from '../types.js';
import { analyse } from './index.js';

export function article(
  lang: string,
  paragraphs: (string | Block)[],
  extra: Partial<ExtractedArticle> = {},
): ExtractedArticle {
  return {
    article: true,
    title: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang,
    blocks: paragraphs.map((p) => (typeof p === 'string' ? { kind: 'paragraph', text: p } : p)),
    removed: [],
    ...extra,
  };
}

export function run(
  lang: string,
  paragraphs: (string | Block)[],
  extra: Partial<ExtractedArticle> = {},
): Analysis {
  return analyse(article(lang, paragraphs, extra));
}

/** Quote text → speaker, in reading order. */
export function said(a: Analysis): [string, string | null][] {
  return a.quotes.map((q) => [q.text, q.speaker]);
}

export function actor(a: Analysis, name: string): Actor | undefined {
  return a.actors.find((x) => x.name === name);
}
