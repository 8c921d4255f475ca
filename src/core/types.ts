/**
 * The Brief and its parts: the contract other tools rely on (see PRODUCT.md). Keep field names exact.
 */
export interface Brief {
  /** false when the page is not an article (then text may be empty). */
  article: boolean;
  url: string | null;
  /** Primary language subtag, e.g. "fr". */
  lang: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  readingMinutes: number;
  /** Clean article text, paragraphs separated by "\n\n". */
  text: string;
  /** 2–5 sentences, verbatim from text. */
  summary: string[];
  /** Ranked, most important first. */
  actors: Actor[];
  /** In reading order. */
  quotes: Quote[];
  /** What was cleaned. */
  removed: Removed[];
  timings: Timings;
}

export interface Timings {
  totalMs: number;
  [stage: string]: number;
}

export interface Actor {
  name: string;
  role: string | null;
  aliases: string[];
  mentions: number;
  quotes: number;
  key: boolean;
}

export interface Quote {
  /** Text without the quote marks. */
  text: string;
  speaker: string | null;
  /** Index of the paragraph (block) in `Brief.text`, 0-based. */
  paragraph: number;
}

export type RemovedKind = 'consent-banner' | 'consent-wall' | 'consent-embed' | 'boilerplate';

export interface Removed {
  kind: RemovedKind;
  /** Visible text of what was removed (trimmed, may be shortened). */
  text: string;
  /** For consent-embed: "x", "youtube", "instagram", ... */
  provider?: string | null;
  /** For consent-embed: the original address when the page kept it. */
  url?: string | null;
}

/** Kinds of article block after extraction. The Brief's `text` is the blocks joined by blank lines. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption';

export interface Block {
  kind: BlockKind;
  text: string;
}

/** Metadata of an article, whatever the input (page or plain text). */
export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string;
}

/** What extraction hands to the brief stage. */
export interface ExtractedArticle extends ArticleMeta {
  article: boolean;
  /** Article blocks in reading order; captions are kept as their own kind. */
  blocks: Block[];
  removed: Removed[];
  /** Why the page is not an article, when `article` is false. */
  reason?: string;
  /**
   * Set when the article was read in part or by a simpler method than usual (a page too large or
   * too deeply nested, or a time budget spent): why.
   */
  partial?: string;
}

/** What the brief stage (summary, actors, quotes) adds. */
export interface Analysis {
  summary: string[];
  actors: Actor[];
  quotes: Quote[];
}
