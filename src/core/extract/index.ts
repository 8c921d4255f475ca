import type { Block, ExtractedArticle, Removed } from '../types.js';
import { findConsent } from '../consent/index.js';
import { countWords, normalizeSpace, shorten } from '../text/normalize.js';
import { rawBlocksFromElement } from './blocks.js';
import { TAIL_SHARE, cleanBlocks, type CleanContext } from './clean.js';
import { loadUnits, MAX_READABILITY_LOAD, type Load } from './bounds.js';
import { findBody, findTitle, reshape } from './document-shape.js';
import { dropTrace, tally, type Work } from './work.js';
import { markPictureLabels, pruneChrome } from './markup-rules.js';
import { detectLang, primaryLang, readPageMeta, type PageMeta } from './metadata.js';
import { dropOtherPosts, ownPostId } from './other-posts.js';
import { pruneInTwoSteps } from './prune.js';
import { runReadability, type ReadabilityResult } from './readability.js';
import { articleRegion } from './region.js';
import { proseParagraphs, restoreDroppedProse } from './restore.js';
import { withoutTimeStamp } from './shapes.js';
import { extractFromText as extractText } from './text-input.js';

export { BOILERPLATE_PHRASES } from './boilerplate-phrases.js';
export { isConsentText, matchBoilerplate } from './boilerplate-match.js';
export { prepareForReadability } from './prune.js';

export interface ExtractOptions {
  url?: string | undefined;
  /**
   * The caller owns `doc` and will not use it again (e.g. it parsed the HTML itself): extraction
   * then works on it directly instead of on a clone, which costs as much as Readability's parse.
   */
  owned?: boolean | undefined;
  /**
   * Milliseconds the caller grants. When they are spent before Readability would start, the article
   * is read linearly instead (see readLinearly) and the result says it is partial.
   */
  budgetMs?: number | undefined;
  /** Filled with counts of the work each step did (work.ts), when given. */
  work?: Work | undefined;
}

/** Fewer words than this and a page is not an article (a news brief has about 60). */
const MIN_ARTICLE_WORDS = 50;
/** An article has at least this many paragraphs of prose (teaser lists and forms do not). */
const MIN_PROSE_BLOCKS = 1;
const PROSE_WORDS = 20;
/** So much text counts as an article even in short blocks (a results table, a poem, a photo essay). */
const LONG_TEXT_WORDS = 200;
/** Below this much text in the whole page, there is no article to look for. */
const MIN_PAGE_CHARS = 400;
const LISTING_LINKS = 4;

/** Scripts written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Words, with Chinese, Japanese and Korean characters counted as half a word each. */
function textSize(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk ? countWords(text.replace(CJK, ' ')) + cjk / 2 : countWords(text);
}

/**
 * Readability sometimes takes a whole author bio for the byline (a byline is a few names), or the
 * element that holds the time stamp too.
 */
function shortByline(byline: string | null): string | null {
  const b = withoutTimeStamp(normalizeSpace(byline ?? '').replace(/^(by|par|von|por|di)\s+/i, ''));
  return b && countWords(b) <= 8 ? b : null;
}

function notArticle(doc: Document, meta: PageMeta, reason: string, removed: Removed[]): ExtractedArticle {
  return {
    article: false,
    title: meta.title ?? findTitle(doc),
    byline: meta.byline,
    siteName: meta.siteName,
    publishedTime: meta.publishedTime,
    lang: meta.lang ?? 'und',
    blocks: [],
    removed,
    reason,
  };
}

/** Each removed text once: a share bar repeated under every picture is one thing cleaned. */
function distinct(removed: Removed[]): Removed[] {
  const seen = new Set<string>();
  return removed.filter((r) => {
    const key = `${r.kind}\n${r.text}\n${r.url ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Removes what the consent engine finds from the working copy and records it. Brief.removed lists
 * consent banners and walls of the whole page, and the rest (boilerplate, blocked embeds) only
 * inside the article's region (region.ts): what sits in the page's header, footer or sidebar is
 * removed, so that Readability reads the same page as before, but not listed.
 */
function removeConsent(
  work: Document,
  elements: readonly Element[],
  regionOf: () => Element | null,
  removed: Removed[],
): void {
  let region: Element | null | undefined;
  const textRegion = (): Element | null => (region ??= regionOf());
  for (const f of findConsent(work, { textRegion, elements })) {
    dropTrace.fn?.('consent', f.source ?? f.kind, f.element.textContent ?? '');
    const listed =
      f.kind === 'consent-banner' || f.kind === 'consent-wall' || !region || region.contains(f.element);
    if (listed)
      removed.push({ kind: f.kind, text: shorten(f.text), provider: f.provider ?? null, url: f.url ?? null });
    f.element.remove();
    for (const part of f.parts ?? []) part.remove();
  }
}

/** True once `min` characters of text are found outside scripts and styles; stops there. */
function hasText(root: Element, min: number): boolean {
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      n += (node.nodeValue ?? '').trim().length;
      if (n >= min) return true;
    } else if (
      node.nodeType === 1 &&
      !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test((node as Element).tagName)
    ) {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return false;
}

const now = (): number => globalThis.performance.now();

/** Why Readability is not run on this page, or null when it is (bounds.ts). */
function whyPartial(load: Load, started: number, budgetMs: number | undefined): string | null {
  if (loadUnits(load) > MAX_READABILITY_LOAD) return 'page too large or too deeply nested for a full reading';
  if (budgetMs !== undefined && now() - started > budgetMs)
    return 'time budget spent before the article was read';
  return null;
}

/** Where a page that says so keeps its article, most specific first. */
const ARTICLE_ROOTS = [
  '[itemprop="articleBody"]',
  '[itemprop="articlebody"]',
  'article',
  'main',
  '[role="main"]',
];

/**
 * The linear stand-in for Readability on pages it would take too long to read: the element the
 * page marks as its article (else the body) is read as it is, and the boilerplate rules that
 * follow do the rest. Linear in the page's size.
 */
function readLinearly(work: Document, body: Element | null, meta: PageMeta): ReadabilityResult {
  let content: Element | null = null;
  for (const selector of ARTICLE_ROOTS) {
    const el = body?.querySelector(selector);
    if (el?.textContent?.trim()) {
      content = el;
      break;
    }
  }
  return {
    title: meta.title ?? findTitle(work),
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    excerpt: null,
    content: content ?? body,
  };
}

/** Up to `max` characters of the blocks' text, for language detection (which reads no more). */
function leadText(blocks: readonly Block[], max = 2000): string {
  let out = '';
  for (const b of blocks) {
    if (out.length >= max) break;
    out += `${b.text}\n`;
  }
  return out;
}

/**
 * Extracts the article of `doc`. Unless `owned` is set, `doc` is not touched: every step works
 * on a clone (and the document is only read through finders that never create an element).
 */
export function extractFromDocument(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  const started = now();
  const meta = readPageMeta(doc);
  const removed: Removed[] = [];
  const body = findBody(doc);
  if (!body || !hasText(body, MIN_PAGE_CHARS))
    return notArticle(doc, meta, 'too little text on the page', removed);

  const work = options.owned ? doc : (doc.cloneNode(true) as Document);
  const workBody = reshape(work);
  // Chrome and inert markup go first, so that consent detection reads less of the page.
  const pruning = pruneInTwoSteps(work, workBody);
  removeConsent(work, pruning.elements, () => articleRegion(pruning.paragraphs, workBody), removed);
  pruning.finish();
  const { load } = pruning;
  const partial = whyPartial(load, started, options.budgetMs);
  tally(options.work, 'prune', load.visited);
  tally(options.work, 'readability', partial ? 0 : loadUnits(load));
  const proseMarks = partial ? [] : proseParagraphs(pruning.paragraphs, workBody, options.work);
  if (!partial) markPictureLabels(pruning.elements);
  const r = partial ? readLinearly(work, workBody, meta) : runReadability(work);
  const url = options.url ?? (/^https?:/.test(doc.URL) ? doc.URL : null);
  if (r.content && !partial) restoreDroppedProse(proseMarks, r.content);
  const title = r.title ?? meta.title;
  let byline = shortByline(r.byline) ?? meta.byline;
  let blocks: Block[] = [];
  let linkHeadings = 0;
  if (r.content) {
    pruneChrome(r.content, removed, options.work, url);
    dropOtherPosts(r.content, ownPostId(body), removed);
    const raw = rawBlocksFromElement(r.content, options.work);
    const ctx: CleanContext = {
      title,
      byline,
      tailFrom: Math.floor(raw.length * (1 - TAIL_SHARE)),
      work: options.work,
      url,
    };
    blocks = cleanBlocks(raw, ctx, removed);
    byline ??= ctx.foundByline ?? null;
    linkHeadings = ctx.linkHeadings ?? 0;
  }
  // Each block's size is counted once, for the total and for the prose test.
  let words = 0;
  let prose = 0;
  for (const b of blocks) {
    const size = textSize(b.text);
    words += size;
    if (b.kind !== 'heading' && b.kind !== 'caption' && size >= PROSE_WORDS) prose++;
  }
  // A home page or a result list: headlines that link elsewhere, as many as paragraphs of prose.
  const listing = linkHeadings >= LISTING_LINKS && linkHeadings >= prose;
  const result: ExtractedArticle = {
    article:
      r.content !== null &&
      words >= MIN_ARTICLE_WORDS &&
      (prose >= MIN_PROSE_BLOCKS || words >= LONG_TEXT_WORDS) &&
      !listing,
    title,
    byline,
    siteName: r.siteName ?? meta.siteName,
    publishedTime: meta.publishedTime ?? r.publishedTime,
    lang: meta.lang ?? primaryLang(r.lang) ?? detectLang(leadText(blocks)),
    blocks,
    removed: distinct(removed),
  };
  if (partial) result.partial = partial;
  // Blocks stay even when the page is not an article: the reader may still want its text.
  if (!result.article) {
    result.reason = !r.content
      ? 'no article content found'
      : listing
        ? 'a list of links (home page or results)'
        : 'too little article text';
  }
  return result;
}

export interface TextOptions {
  lang?: string | undefined;
}

/** Plain text (a copied article): paragraphs on blank lines, intertitles, boilerplate removed. */
export function extractFromText(text: string, options: TextOptions = {}): ExtractedArticle {
  return extractText(text, primaryLang(options.lang));
}
