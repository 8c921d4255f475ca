import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** The article element Readability built (detached), or null when it found nothing. */
  content: Element | null;
}

/**
 * Runs Readability on `doc`, which it mutates: callers pass a clone or a document they own. The
 * serializer hands back the article element itself so we read its structure instead of re-parsing
 * an HTML string. Classes are kept because the boilerplate rules read them (markup-rules.ts).
 * isProbablyReaderable is not called: it walks the whole page again, and the article decision is
 * taken on Readability's result instead (index.ts).
 */
export function runReadability(doc: Document): ReadabilityResult {
  const parsed = new Readability<Element>(doc, {
    serializer: (node) => node as Element,
    keepClasses: true,
  }).parse();
  const str = (v: string | null | undefined): string | null => (v?.trim() ? v.trim() : null);
  return {
    title: str(parsed?.title),
    byline: str(parsed?.byline),
    siteName: str(parsed?.siteName),
    publishedTime: str(parsed?.publishedTime),
    lang: str(parsed?.lang),
    excerpt: str(parsed?.excerpt),
    content: parsed?.content ?? null,
  };
}
