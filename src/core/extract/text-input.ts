/**
 * Plain text as a reader copied it from a page: paragraphs, intertitles, and the consent and
 * other boilerplate paragraphs the copy picked up.
 */
import type { Block, ExtractedArticle, Removed } from '../types.js';
import { countWords, normalizeSpace, shorten } from '../text/normalize.js';
import { matchBoilerplate } from './boilerplate-match.js';
import { promoRegions } from './clean.js';
import { isBylineLine, isDateLine, isShareBar } from './shapes.js';
import { detectLang } from './metadata.js';

const MIN_ARTICLE_WORDS = 80;
/** Bylines are looked for among the first blocks only. */
const HEAD_BLOCKS = 4;
/** An intertitle is short: a few words, never a full sentence. */
const HEADING_MAX_WORDS = 12;
const HEADING_MAX_CHARS = 90;

/**
 * Paragraphs are separated by blank lines; a single line break inside a run of short lines
 * (button labels, menus) also separates blocks.
 */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map(normalizeSpace).filter(Boolean);
    if (lines.length === 0) continue;
    // Lines that each look like a full sentence or a label stay separate; a paragraph hard-wrapped
    // at a fixed width (every line but the last long and without a final stop) is joined.
    const wrapped =
      lines.length > 1 && lines.slice(0, -1).every((l) => l.length > 50 && !/[.!?:»”"]$/.test(l));
    const parts = wrapped ? [lines.join(' ')] : lines;
    for (const part of parts) blocks.push({ kind: 'paragraph', text: part });
  }
  return blocks;
}

/** A short line without a final stop, between paragraphs of prose: an intertitle. */
function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (t.length > HEADING_MAX_CHARS || countWords(t) > HEADING_MAX_WORDS || countWords(t) === 0) return false;
  // "« … », a-t-il ajouté", "„…“, sagte er" with no stop at the end: a quote, a comma, then its
  // attribution in lower case is a sentence, not an intertitle.
  if (/["»”“«]\s*,\s*\p{Ll}/u.test(t)) return false;
  // A quoted intertitle (« … », “…”) may end with a closing mark after its last word; a stop, a
  // colon or a comma before it means a sentence or a lead-in, not a title.
  // (German closes its quotes with “ and ‘, and inward guillemets with «: „…“ ends a sentence too.)
  return (
    !/[.!?:;,…]["»”’“‘«›)]*$/.test(t.replace(/\s*["»”’“‘«›]$/, (m) => m.trim())) ||
    /^["«“„»].*[^.!?\s]\s*["»”“«]$/.test(t)
  );
}

/** A headline is one line of a few words (news headlines run about 10); prose follows it. */
const TITLE_MAX_WORDS = 18;
const TITLE_MAX_CHARS = 200;
const LEAD_MIN_WORDS = 20;

/**
 * The first block is the headline when it reads like one: short, not ending like a sentence or a
 * lead-in (a question or an exclamation may be a headline), not a byline, date or boilerplate, and
 * followed near the top by a longer paragraph of prose.
 */
function headlineAt(all: readonly Block[]): string | null {
  const t = all[0]?.text.trim() ?? '';
  const words = countWords(t);
  if (!words || words > TITLE_MAX_WORDS || t.length > TITLE_MAX_CHARS) return null;
  if (/[.:;,…]["»”’)]*$/.test(t) || isBylineLine(t, words) || isDateLine(t) || matchBoilerplate(t) !== null)
    return null;
  const lead = all.slice(1, HEAD_BLOCKS + 1).some((b) => {
    const n = countWords(b.text);
    return n >= LEAD_MIN_WORDS && n > words;
  });
  return lead ? t : null;
}

export function extractFromText(text: string, lang: string | null): ExtractedArticle {
  const removed: Removed[] = [];
  const blocksWithTitle = blocksFromText(text);
  const title = headlineAt(blocksWithTitle);
  // The headline stays in the text as its heading: its words are the reader's too, and a quote in
  // it is a quote of the article (a heading quote echoes the body's speaker).
  const all =
    title === null
      ? blocksWithTitle
      : [{ kind: 'heading' as const, text: title }, ...blocksWithTitle.slice(1)];
  const promos = promoRegions(all.map((b) => b.text));
  let byline: string | null = null;
  const kept = all.filter((b, i) => {
    // A byline line near the top is metadata, as on pages (shapes.ts); so are time stamps.
    if (i < HEAD_BLOCKS && byline === null && isBylineLine(b.text, countWords(b.text))) {
      byline = b.text.replace(/^\S+\s+/, '').split(/\s[-|·–—]\s/)[0]!;
    } else if (
      promos.has(i) ||
      matchBoilerplate(b.text) !== null ||
      isDateLine(b.text) ||
      isShareBar(b.text)
    ) {
      removed.push({ kind: 'boilerplate', text: shorten(b.text) });
    } else return true;
    return false;
  });
  // Intertitles are judged after boilerplate is gone, so that button labels between two
  // paragraphs are not taken for titles; the first and last blocks are never intertitles.
  // Each block's words counted once (counting them again for both neighbours cost a 1 MB text).
  const counts = kept.map((b) => countWords(b.text));
  const blocks = kept.map((b, i): Block => {
    const inside = i > 0 && i < kept.length - 1;
    const between = inside && counts[i - 1]! > HEADING_MAX_WORDS && counts[i + 1]! > HEADING_MAX_WORDS;
    return between && looksLikeHeading(b.text) ? { kind: 'heading', text: b.text } : b;
  });
  const words = counts.reduce((n, c) => n + c, 0);
  const result: ExtractedArticle = {
    article: words >= MIN_ARTICLE_WORDS,
    title,
    byline,
    siteName: null,
    publishedTime: null,
    lang: lang ?? detectLang(blocks.map((b) => b.text).join('\n')),
    blocks,
    removed,
  };
  if (!result.article) result.reason = 'too little text for an article';
  return result;
}
