/**
 * Reading an element as runs of text ("segments", one per block or button) and deciding whether
 * each run is consent wording. Phrase evidence must cover most of a run: an article sentence that
 * quotes a banner inside a longer paragraph stays prose.
 */
import {
  CONSENT_VOCABULARY,
  matchesCategory,
  matchesUnquoted,
  unquotedMatchChars,
  type Category,
} from './phrases.js';
import { blockOf, countWordsLoose, isButtonLike, matchForm, sentences, visibleTextNodes } from './text.js';
import { normalizeSpace } from '../text/normalize.js';
import { providerOfHint } from './embed.js';

export interface Segment {
  el: Element;
  text: string;
}

export function segmentsOf(el: Element, except: Element | null = null): Segment[] {
  const byBlock = new Map<Element, string[]>();
  for (const t of visibleTextNodes(el, except)) {
    const key = blockOf(t, el.parentNode) ?? el;
    const list = byBlock.get(key);
    if (list) list.push(t.nodeValue ?? '');
    else byBlock.set(key, [t.nodeValue ?? '']);
  }
  return Array.from(byBlock, ([k, parts]) => ({ el: k, text: normalizeSpace(parts.join(' ')) })).filter(
    (s) => s.text,
  );
}

/**
 * Words that address the reader or speak for the site ("you", "vous", "Sie", "wir"…): consent
 * notices do; news prose about consent reports in the third person ("the reader allows…").
 * German "du" separately: in French it is "of the" (see addressesReader). A letter of a dotted
 * abbreviation is no word: the "u" of "U.S." is not the Dutch "u" (you).
 */
const ADDRESS =
  /(^|[^\p{L}.]|(?<!\p{L})\.)(you|your|we|our|us|vous|votre|vos|nous|notre|nos|sie|ihnen|ihre?|dich|dein\p{L}*|wir|uns|unser\p{L}*|usted|ustedes|tu|tus|nosotros|nuestr[oa]s?|voi|vostr[oaie]|tuo|tuoi|tua|noi|nostr[oaie]|puoi|devi|hai|puedes|debes|tienes|u|uw|jij|jouw|wij|ons|onze)(?![\p{L}]|\.\p{L})/u;

/** Whether folded text speaks to the reader outside quotation marks ('"nous utilisons…" : la formule' does not). */
export function addressesReader(folded: string): boolean {
  const t = folded.replace(/"[^"]*"/g, ' ');
  return ADDRESS.test(t) || (GERMAN_DU.test(t) && !FRENCH_WORDS.test(t));
}

const GERMAN_DU = /(^|[^\p{L}])du(?![\p{L}])/u;
/** Words of French that German never writes: beside them, "du" is the French "of the". */
const FRENCH_WORDS = /(^|[^\p{L}])(le|la|les|une|est|et|au|aux|sur|dans)(?![\p{L}])/u;

/** A sentence this short is a label or a notice line, whatever its grammar. */
const SHORT_SENTENCE = 60;
/** Share of a longer sentence that phrase matches must cover when it does not address the reader. */
const MIN_SENTENCE_SHARE = 0.5;

/**
 * Whether one folded sentence is consent wording of `cats`: a phrase matches outside quotes, and
 * the sentence is short, addresses the reader, or is mostly made of phrase matches. A long
 * sentence of news prose that merely contains a phrase ("Tout accepter, tout refuser, paramétrer
 * les cookies : les trois boutons sont désormais obligatoires, rappelle la CNIL…") is not.
 */
function consentSentence(s: string, cats: Category[]): boolean {
  if (!cats.some((c) => matchesUnquoted(s, c))) return false;
  if (s.length <= SHORT_SENTENCE || addressesReader(s)) return true;
  let covered = 0;
  for (const c of cats) covered = Math.max(covered, unquotedMatchChars(s, c));
  return covered >= s.length * MIN_SENTENCE_SHARE;
}

/** Share of the characters of `text` in sentences that are consent wording of `cats`. */
export function coverage(text: string, cats: Category[]): number {
  const ss = sentences(matchForm(text));
  let all = 0;
  let hit = 0;
  for (const s of ss) {
    all += s.length;
    if (consentSentence(s, cats)) hit += s.length;
  }
  if (all > 0 && hit === 0) {
    // A phrase may straddle a sentence break ("J'accepte". Then…): try the whole text too.
    const whole = matchForm(text);
    if (whole.length < 200 && consentSentence(whole, cats)) return 1;
  }
  return all === 0 ? 0 : hit / all;
}

const QUOTE_START = /^["'«“„‘‹]/;

/** Text that opens with a quote mark is someone quoting a banner, not the banner. */
export function quoted(text: string): boolean {
  return QUOTE_START.test(text.trim());
}

const CONSENT_CATS: Category[] = ['placeholder', 'banner', 'explanation', 'label'];

/** Longest consent-vocabulary run we accept without a phrase match, and how many per step. */
const VOCAB_MAX_CHARS = 200;

export type SegmentClass = 'consent' | 'vocab' | 'ui' | 'other';

/**
 * What a blocked embed leaves of itself next to its placeholder: the provider's fallback
 * blockquote (a tweet's or a post's text and permalink, shown until the provider's script runs),
 * or a preview line that names the provider's site ("… (twitter.com)", Golem). Part of the
 * placeholder, not of the article.
 */
export const EMBED_FALLBACK =
  'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote[data-instgrm-permalink], blockquote.bluesky-embed, blockquote.threads-post, blockquote.reddit-embed-bq, blockquote.mastodon-embed';
const PREVIEW_SOURCE =
  /\((?:www\.)?(?:twitter|x|instagram|youtube|facebook|tiktok|threads|bsky)\.(?:com|net|app)\)$/;

function embedFallback(seg: Segment): boolean {
  return seg.el.closest(EMBED_FALLBACK) !== null || PREVIEW_SOURCE.test(seg.text);
}

/** Longest title a notice may give the embed it stands for. */
const EMBED_TITLE_WORDS = 8;

/**
 * The title a notice gives the embed it stands for ("Listen: The Daily podcast", "Video on
 * YouTube"): a short line that names the provider or the kind of embed. Part of the notice when
 * it stands in the notice's box; in the article's own flow the box holds prose and is not climbed.
 */
function embedTitle(seg: Segment, words: number): boolean {
  return words <= EMBED_TITLE_WORDS && !/[.!?]$/.test(seg.text) && providerOfHint(seg.text) !== null;
}

export function classifySegment(seg: Segment): SegmentClass {
  const words = countWordsLoose(seg.text);
  const folded = matchForm(seg.text);
  if (!quoted(seg.text) && coverage(seg.text, CONSENT_CATS) >= 0.5) return 'consent';
  if (matchesCategory(folded, 'weakLabel') || embedFallback(seg)) return 'ui';
  if (isButtonLike(seg.el) && seg.text.length <= 60) return 'ui';
  if (words <= 4 && !/^H[1-3]$/.test(seg.el.tagName)) return 'ui';
  if (embedTitle(seg, words)) return 'ui';
  if (seg.text.length <= VOCAB_MAX_CHARS && CONSENT_VOCABULARY.test(folded)) return 'vocab';
  return 'other';
}

/**
 * Whether everything `el` shows (outside `except`) is consent wording or UI. One short
 * consent-vocabulary run is tolerated ("(more information)", "Cookie policy").
 */
export function consentOnly(el: Element, except: Element | null = null): boolean {
  let vocab = 0;
  for (const seg of segmentsOf(el, except)) {
    const c = classifySegment(seg);
    if (c === 'other') return false;
    if (c === 'vocab' && ++vocab > 1) return false;
  }
  return true;
}
