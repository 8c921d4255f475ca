/**
 * Block-level boilerplate removal: what is left after markup pruning is judged paragraph by
 * paragraph, by wording (boilerplate-phrases.ts, per language), by link density and by shape
 * (shapes.ts: a time stamp, a share bar, a bare URL, a repeated title or byline, a photo credit).
 */
import type { Block, Removed } from '../types.js';
import { countWords, shorten } from '../text/normalize.js';
import { isGluedCredit, trailingCreditStart } from '../text/credits.js';
import { BOILERPLATE_MAX_CHARS, isArticleProse, matchPhraseKey, phraseKey } from './boilerplate-match.js';
import { BOILERPLATE_PHRASES, type BoilerplateFamily } from './boilerplate-phrases.js';
import type { RawBlock } from './blocks.js';
import { inDataTable, isLinkedSentence, titlesParagraph } from './link-lines.js';
import { dropTrace, tally, type Work } from './work.js';
import {
  CAPTION_LABEL,
  hasNoLetters,
  isBareAddress,
  isBylineLine,
  isContactLine,
  isDateLine,
  isShareBar,
  isOwnAddress,
  isPointerWithUrl,
} from './shapes.js';

/** A short paragraph that is nearly all link text is a pointer to another page. */
const LINK_DENSITY = 0.8;
const LINK_MAX_WORDS = 25;
/** Title and byline repeated in the body are only looked for at its top. */
const HEAD_BLOCKS = 6;

/** A paragraph this short that ends with a photo credit is a caption (text/credits.ts). */
const CAPTION_MAX_WORDS = 60;

/**
 * What is dropped as the article's metadata rather than cleaned: the repeated headline, bylines,
 * date lines, photo credits, separators. It stays out of the text but is not reported in
 * `removed`, which lists what was cleaned (the popup says those were hidden).
 */
const METADATA = new Set(['head', 'byline', 'dateline', 'credit', 'empty']);

/** Families whose label ("Related stories", "Newsletter") introduces a list of the same chrome. */
const SECTION_LABELS: readonly BoilerplateFamily[] = ['related', 'newsletter', 'author'];

export interface CleanContext {
  title: string | null;
  byline: string | null;
  /** Index of the first block of the article's tail, where author bios are looked for. */
  tailFrom: number;
  /** Set by cleanBlocks: the first byline line found at the top of the body ("By Jane Doe"). */
  foundByline?: string | null;
  /** Set by cleanBlocks: how many headings were links (teaser headlines of a home page or a list). */
  linkHeadings?: number;
  /** Counts of work done, when the caller keeps them (work.ts). */
  work?: Work | undefined;
  /** The page's address, when known. */
  url?: string | null;
}

/**
 * Families matched wherever a paragraph sits. Not consent wording: in a page, consent UIs are found
 * by consent detection from their markup before Readability runs (on the 458 corpus pages no
 * consent phrase was left for this step); consent wording still inside the article is the
 * article's own text, which quotes or lists what banners say (fixtures/consent/prose).
 */
const ANYWHERE = (Object.keys(BOILERPLATE_PHRASES) as BoilerplateFamily[]).filter(
  (f) => f !== 'bio' && f !== 'consent',
);
const BIO: readonly BoilerplateFamily[] = ['bio'];
/** The last part of the blocks (a share of them) where bios are looked for. */
export const TAIL_SHARE = 0.4;

const stripBy = (s: string): string => phraseKey(s).replace(/^(by|par|von|por|di)\s+/, '');
const sameText = (a: string, b: string | null): boolean => b !== null && stripBy(a) === stripBy(b);

/** The headline repeated at the top of the body, maybe with the site name or without a suffix. */
function isTitle(b: RawBlock, title: string | null): boolean {
  if (title === null) return false;
  const [x, y] = [phraseKey(b.text), phraseKey(title)];
  if (x === y) return true;
  return b.kind === 'heading' && Math.min(x.length, y.length) >= 20 && (x.includes(y) || y.includes(x));
}

/** Prose that follows a linked heading makes it an intertitle (a listicle's items), not a teaser. */
const INTRO_PROSE_WORDS = 40;
function headsProse(next: RawBlock | undefined): boolean {
  return (
    next !== undefined &&
    next.kind !== 'heading' &&
    next.linkChars / next.text.length < 0.5 &&
    countWords(next.text) >= INTRO_PROSE_WORDS
  );
}

/** Whether a link leads to a page of the site at `pageUrl` (any page, when the site is unknown). */
function leadsToSite(href: string | null, pageUrl: string | null): boolean {
  if (href === null) return false;
  if (pageUrl === null) return true;
  try {
    const [a, b] = [new URL(href, pageUrl), new URL(pageUrl)];
    return a.host.replace(/^www\./, '') === b.host.replace(/^www\./, '');
  } catch {
    return false;
  }
}

/** A paragraph of prose that is not mostly links follows (see chromeReason). */
const headsArticleProse = (next: RawBlock | undefined): boolean =>
  next !== undefined &&
  next.kind !== 'heading' &&
  next.linkChars / next.text.length < 0.5 &&
  isArticleProse(next.text);

/**
 * Paragraphs of prose that may follow the end of an article's body (an author's note, a
 * correction, a closing remark). Teasers and linked headings followed by more than this are
 * inside the article: a grid of facts, a list of items with short notes, products by name.
 */
const TAIL_PROSE = 5;
const PROSE_WORDS = 20;

/** For each block, the paragraphs of prose from it to the end (one pass from the end). */
function proseAfter(blocks: readonly Block[]): number[] {
  const after = new Array<number>(blocks.length + 1).fill(0);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    const linked = 'linkChars' in b && (b as RawBlock).linkChars * 2 >= b.text.length;
    after[i] =
      after[i + 1]! + (b.kind === 'paragraph' && !linked && countWords(b.text) >= PROSE_WORDS ? 1 : 0);
  }
  return after;
}

/**
 * A line with no letters that is still data: a price ("$99.99", "12,50 €") or a telephone number
 * ("(415) 861-5449", "+33 1 23 45 67 89"). Counters, separators and share counts have neither.
 */
const isFigure = (text: string): boolean =>
  /^[$€£¥]\s?\d[\d.,\s]*$|^\d[\d.,\s]*\s?[$€£¥]$/.test(text) ||
  (/^\+?[\d\s().-]{7,20}$/.test(text) &&
    (text.match(/\d/g)?.length ?? 0) >= 7 &&
    /[\s().-]/.test(text) &&
    !/\d[./-]\d{1,2}[./-]\d/.test(text));

/** A short block made mostly of link text: a pointer to another page. */
const isLinkBlock = (b: RawBlock, words: number): boolean =>
  words <= LINK_MAX_WORDS && b.linkChars / b.text.length >= LINK_DENSITY;

function chromeReason(
  b: RawBlock,
  i: number,
  words: number,
  ctx: CleanContext,
  next: RawBlock | undefined,
  proseAfter: number,
  prev?: RawBlock,
): string | null {
  // The phrase key is built once for both sets of families.
  const key = b.text.length > BOILERPLATE_MAX_CHARS ? '' : phraseKey(b.text);
  const family = matchPhraseKey(key, ANYWHERE) ?? (i >= ctx.tailFrom ? matchPhraseKey(key, BIO) : null);
  // An intertitle that heads a paragraph of prose is the article's, whatever its words ("Sign up
  // for the newsletter, pay for the rest" over a paragraph on subscriptions).
  if (family && !(b.kind === 'heading' && headsArticleProse(next))) return family;
  if (words === 0 || (hasNoLetters(b.text) && !isFigure(b.text) && !b.owner?.closest('td, th')))
    return 'empty';
  // Dates in a table are its data, not the article's date line.
  if (isDateLine(b.text) && !isFigure(b.text) && !b.owner?.closest('td, th')) return 'dateline';
  if (isGluedCredit(b.text, words)) return 'credit';
  if (isShareBar(b.text)) return 'share';
  // Addresses in the text are sources and resources; the page's own address and the author's
  // contact line are not, nor a line that only points elsewhere.
  if (isContactLine(b.text) || isOwnAddress(b.text, ctx.url ?? null) || isPointerWithUrl(b.text, words))
    return 'address';
  // Links: list items stay (lists of links are judged whole, markup-rules.ts), block quotes quote
  // (an embedded post), and a linked heading followed by most of the article is one of its own
  // (a product's name, an anchored section title), unless it stands with other linked headings to
  // this site (a box of related stories). Every one is read for the listing decision anyway.
  // A link whose text is its address is printed for the reader to see: a source, not navigation.
  // The linked names of a data table are its data.
  if (
    b.kind !== 'list-item' &&
    b.kind !== 'quote' &&
    isLinkBlock(b, words) &&
    !isBareAddress(b.text) &&
    !inDataTable(b)
  ) {
    if (b.kind !== 'heading')
      return (isLinkedSentence(b, words) && !leadsToSite(b.href, ctx.url ?? null)) || titlesParagraph(b)
        ? null
        : 'link';
    const grouped = [prev, next].some((n) => n?.kind === 'heading' && isLinkBlock(n, countWords(n.text)));
    const related = grouped && leadsToSite(b.href, ctx.url ?? null);
    if (!headsProse(next) && (proseAfter <= TAIL_PROSE || related)) return 'link';
  }
  if (isBylineLine(b.text, words)) return 'byline';
  if (i < HEAD_BLOCKS && (sameText(b.text, ctx.byline) || isTitle(b, ctx.title))) return 'head';
  return null;
}

/**
 * Promotions that pages fence with skip links for screen readers ("skip past newsletter
 * promotion" … "after newsletter promotion"): everything between the two marks goes.
 */
const PROMO_START = /^skip past .{1,40} promotion$/i;
const PROMO_END = /^after .{1,40} promotion$/i;
const PROMO_MAX_BLOCKS = 15;

/** Indexes of the blocks inside fenced promotions, the fences included. */
export function promoRegions(texts: string[]): Set<number> {
  const inside = new Set<number>();
  texts.forEach((t, i) => {
    if (!PROMO_START.test(t)) return;
    const end = texts.findIndex((u, j) => j > i && j <= i + PROMO_MAX_BLOCKS && PROMO_END.test(u));
    if (end > i) for (let j = i; j <= end; j++) inside.add(j);
  });
  return inside;
}

/** Teaser cards after an article: at least this many, each a linked headline and its standfirst. */
const TAIL_CARDS = 3;
const CARD_LINES = 2;

/**
 * Whether a link leads into the page itself or below it ('/collection/guide' to
 * '/collection/guide/step-1'): the parts of a guide or a collection, not other stories.
 */
function below(href: string, pageUrl: string): boolean {
  try {
    const base = `${new URL(pageUrl).pathname.replace(/\/$/, '')}/`;
    return `${new URL(href, pageUrl).pathname}/`.startsWith(base);
  } catch {
    return true;
  }
}

/**
 * Where the cards of other stories that close the article begin (raw.length when there are none):
 * from the end, groups of a headline linked to another page of this site and at most CARD_LINES
 * blocks under it (a standfirst, a date), TAIL_CARDS groups or more. Their standfirsts are whole
 * sentences, so the teaser-line rules do not see them. A list of items that makes the article (a
 * round-up whose headings link to the site's reviews) holds more words than the text before it,
 * and stays.
 */
function tailCards(raw: readonly RawBlock[], pageUrl: string | null): number {
  let start = raw.length;
  let groups = 0;
  let i = raw.length - 1;
  for (;;) {
    let lines = 0;
    while (i >= 0 && raw[i]!.kind !== 'heading' && lines <= CARD_LINES) [i, lines] = [i - 1, lines + 1];
    const h = raw[i];
    if (lines > CARD_LINES || !h || !isLinkBlock(h, countWords(h.text)) || !leadsToSite(h.href, pageUrl))
      break;
    // Without the page's address, another story and a part of this one look alike.
    if (pageUrl === null || below(h.href!, pageUrl)) break;
    [start, groups, i] = [i, groups + 1, i - 1];
  }
  if (groups < TAIL_CARDS) return raw.length;
  const words = (bs: readonly RawBlock[]): number => bs.reduce((n, b) => n + countWords(b.text), 0);
  return words(raw.slice(0, start)) >= words(raw.slice(start)) ? start : raw.length;
}

/**
 * Keeps the article blocks; everything dropped goes to `removed` with kind 'boilerplate'.
 */
export function cleanBlocks(raw: RawBlock[], ctx: CleanContext, removed: Removed[]): Block[] {
  const out: Block[] = [];
  let inLabelledList = false;
  const promos = promoRegions(raw.map((b) => b.text));
  const cards = tailCards(raw, ctx.url ?? null);
  const after = proseAfter(raw);
  let read = 0;
  raw.forEach((b, i) => {
    read += 1 + b.text.length;
    const words = countWords(b.text);
    const reason = promos.has(i)
      ? 'newsletter'
      : i >= cards
        ? 'teaser cards'
        : chromeReason(b, i, words, ctx, raw[i + 1], after[i + 1]!, raw[i - 1]);
    // A list right after a "Related stories"-type label belongs to it.
    const drop = reason !== null || (inLabelledList && b.kind === 'list-item');
    if (b.kind !== 'list-item')
      inLabelledList = reason !== null && (SECTION_LABELS as readonly string[]).includes(reason);
    if (reason === 'byline' && i < HEAD_BLOCKS)
      ctx.foundByline ??= b.text.replace(/^\S+\s+/, '').split(/\s[-|·–—]\s/)[0]!;
    // A listing's headlines lead to other pages of its own site; a round-up's to the products.
    if (
      b.kind === 'heading' &&
      isLinkBlock(b, words) &&
      !headsProse(raw[i + 1]) &&
      leadsToSite(b.href, ctx.url ?? null)
    )
      ctx.linkHeadings = (ctx.linkHeadings ?? 0) + 1;
    if (drop) {
      dropTrace.fn?.('clean', reason ?? 'labelled list', b.text);
      if (reason === null || !METADATA.has(reason))
        removed.push({ kind: 'boilerplate', text: shorten(b.text) });
      return;
    }
    let { kind, text } = b;
    const label = CAPTION_LABEL.exec(text);
    if (label) {
      text = text.slice(label[0].length);
      kind = 'caption';
    }
    const credit = trailingCreditStart(text, words, CAPTION_MAX_WORDS);
    if (credit > 0 && countWords(text.slice(0, credit)) <= CAPTION_MAX_WORDS) {
      // A paragraph ending with a photo credit is a caption; the credit is the picture's metadata.
      text = text.slice(0, credit).trim();
      kind = 'caption';
    }
    if (text) out.push({ kind, text });
  });
  tally(ctx.work, 'clean', read);
  return dropTrailingHeadings(dropTeaserRuns(out, removed, ctx.work), removed);
}

/** A heading at the very end heads nothing: the label of a widget that stayed empty ("Popular on …"). */
/** More headings than this at the end are a list of items (product names, steps), not a label. */
const TRAILING_LABELS = 2;

function dropTrailingHeadings(blocks: Block[], removed: Removed[]): Block[] {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]!.kind === 'heading') end--;
  if (blocks.length - end > TRAILING_LABELS) return blocks;
  for (const b of blocks.slice(end)) {
    dropTrace.fn?.('clean', 'trailing heading', b.text);
    removed.push({ kind: 'boilerplate', text: shorten(b.text) });
  }
  return end === blocks.length ? blocks : blocks.slice(0, end);
}

/** Teasers of other stories: kicker, headline, one-line summary, none of them a finished sentence. */
const TEASER_MAX_WORDS = 20;
const TEASER_RUN = 6;
const TEASER_PAIRS = 3;
// The ending is tested before the words are counted: most paragraphs end with a stop.
const isTeaserLine = (b: Block): boolean =>
  (b.kind === 'heading' || b.kind === 'paragraph') &&
  !/[.!?:;…"”»)]$/.test(b.text) &&
  countWords(b.text) <= TEASER_MAX_WORDS;

/**
 * Drops runs of teaser lines: a block of "more stories" (kicker or headline, then a one-line
 * summary) whose links Readability flattened, near the end of the article or after it. Article
 * prose ends its paragraphs with a stop, and its intertitles each head paragraphs of prose.
 */
function dropTeaserRuns(blocks: Block[], removed: Removed[], work?: Work): Block[] {
  const drop = new Set<number>();
  tally(work, 'teasers', 2 * blocks.length + 1);
  const after = proseAfter(blocks);
  // One pass: a run's length and its headings are counted as it grows (no copy of the run).
  let start = -1;
  let headings = 0;
  for (let i = 0; i <= blocks.length; i++) {
    const b = blocks[i];
    if (b !== undefined && isTeaserLine(b)) {
      if (start < 0) [start, headings] = [i, 0];
      if (b.kind === 'heading') headings++;
      continue;
    }
    const length = start < 0 ? 0 : i - start;
    // Headline and summary pairs: headings alternate with lines, at least three of each.
    if (
      length >= TEASER_RUN &&
      headings >= TEASER_PAIRS &&
      length - headings >= TEASER_PAIRS &&
      after[i]! <= TAIL_PROSE
    ) {
      for (let j = start; j < i; j++) drop.add(j);
      tally(work, 'teasers', length);
    }
    start = -1;
  }
  if (drop.size === 0) return blocks;
  for (const i of drop) {
    dropTrace.fn?.('clean', 'teaser run', blocks[i]!.text);
    removed.push({ kind: 'boilerplate', text: shorten(blocks[i]!.text) });
  }
  return blocks.filter((_, i) => !drop.has(i));
}
