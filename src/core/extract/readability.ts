import { Readability, isProbablyReaderable } from '@mozilla/readability';

export interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** The article element Readability built (detached), or null when it found nothing. */
  content: Element | null;
  readerable: boolean;
}

/**
 * Runs Readability on `doc`, which it mutates: callers pass a clone. The serializer hands back the
 * article element itself so we read its structure instead of re-parsing an HTML string.
 */
export function runReadability(doc: Document): ReadabilityResult {
  const readerable = isProbablyReaderable(doc);
  const parsed = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  const str = (v: string | null | undefined): string | null => (v?.trim() ? v.trim() : null);
  return {
    title: str(parsed?.title),
    byline: str(parsed?.byline),
    siteName: str(parsed?.siteName),
    publishedTime: str(parsed?.publishedTime),
    lang: str(parsed?.lang),
    excerpt: str(parsed?.excerpt),
    content: parsed?.content ?? null,
    readerable,
  };
}
