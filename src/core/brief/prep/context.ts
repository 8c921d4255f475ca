/**
 * Per-block working data shared by every stage: the text with quotes masked, its tokens and
 * sentences, and whether the block is body text, a caption, or a credit/bio line to ignore.
 */
import type { Block } from '../../types.js';
import { maskQuotes, type Span } from '../quotes/spans.js';
import type { Lex } from '../lexicons/compile.js';
import { CAPTION_CREDITS, MAY_END_WITH_CREDIT_MASK, TRAILING_CREDIT_MASK } from '../../text/credits.js';
import { isPlace } from '../lexicons/places.js';
import { sentenceRanges, tokenize, type Token } from './text.js';

/** Hoisted: esbuild writes a `\p{…}` literal as `new RegExp(…)`, built again at every call. */
const FIRST_TWO_NAMES = /^\p{Lu}[\p{L}’'-]+ \p{Lu}[\p{L}’'-]+/u;

export interface BlockCtx {
  index: number;
  kind: Block['kind'];
  text: string;
  /** Text with quotes replaced by underscores and credits blanked (same length as text). */
  masked: string;
  toks: Token[];
  sentences: [number, number][];
  spans: Span[];
  caption: boolean;
  /** Author bio, contributor line or consent text: no people or quotes are taken from it. */
  ignore: boolean;
}

/** Consent and cookie texts (the extraction stage removes most; these must never yield quotes). */
const CONSENT =
  /traceurs|consentement|J’accepte|Gérer mes choix|Tout accepter|Accept all|Alle akzeptieren|Accetta tutti|Aceptar todo|Einwilligung|cookie (?:policy|settings|preferences)|(?:we|nous) (?:use|utilisons) (?:des )?cookies|verwendet Cookies|utilizziamo (?:i )?cookie|utilizamos cookies/iu;
const CONTRIBUTED =
  /\b(?:contributed (?:to )?(?:this )?report|contributed reporting|a contribué à cet article|hat mitgearbeitet|ha collaborato|colaboró|(?:reporting|editing|writing) by)\b/iu;
/**
 * A byline paragraph of copied text ("By X and Y", "Par X", "Von X", "Por X", "di X", "Live updates by X
 * at Y"): short, no stop at the end, and the name right after the preposition. Its names are the author's.
 */
const BYLINE = /^(?:[\p{L}-]+ ){0,2}(?:by|par|von|por|di|texte?|text)\s+\p{Lu}[^.!?«»"“”„]{0,80}$/iu;
/**
 * A correspondent's line ("Avec notre correspondante à Bruxelles, Laxmi Lota", "De notre envoyé
 * spécial à Kiev, X", "From our correspondent in Rome, X", "Von unserem Korrespondenten in Paris, X",
 * "Dal nostro corrispondente a Londra, X", "De nuestro corresponsal en Roma, X"): the author.
 */
const CORRESPONDENT =
  /^(?:avec|de|par|from|by|von|dal|dalla|desde)\s+(?:notre|nos|our|unse\p{L}*|nostr\p{L}|nuestr\p{L}+)\s+(?:correspondant\p{L}*|envoy\p{L}+(?:\s+spécia\p{L}+)?|(?:special\s+)?correspondent|korrespondent\p{L}*|corrispondente|inviat\p{L}|corresponsal\p{L}*|enviad\p{L}\s+especial)\b[^.!?«»"“”„]{0,80}$/iu;
/** Literal parts every match of CONTRIBUTED holds: most blocks have none (cheaper than the pattern). */
const MAY_BE_CONTRIBUTED = /contribu|mitgearbeitet|collaborato|colabor|ing by/i;

function nameTokens(byline: string | null): Set<string> {
  if (!byline) return new Set();
  return new Set((byline.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []).map((s) => s.toLowerCase()));
}

/** French incise inside the marks (« …, tranche Sophie Lambert, infirmière. … »): left readable for names. */
const INCISE = /,\s+(\p{Ll}+)(?:-t)?(?:-(?:il|elle|ils|elles|on))?\s[^.;!?]*/gu;

function unmaskIncises(text: string, masked: string, spans: Span[], lex: Lex): string {
  // Each incise takes its characters back from the text; the ranges are gathered and the string
  // built once (rebuilding it for each incise made a long paragraph quadratic).
  const ranges: [number, number][] = [];
  for (const s of spans) {
    const inner = text.slice(s.outerStart, s.outerEnd);
    for (const m of inner.matchAll(INCISE)) {
      if (!lex.speech.has(m[1]!)) continue;
      const from = s.outerStart + m.index;
      const to = Math.min(from + m[0].length, s.outerEnd - 1);
      if (to > from) ranges.push([from, to]);
    }
  }
  if (ranges.length === 0) return masked;
  ranges.sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of ranges) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    out += masked.slice(at, start) + text.slice(start, to);
    at = to;
  }
  return out + masked.slice(at);
}

export function buildContext(blocks: Block[], spans: Span[], byline: string | null, lex: Lex): BlockCtx[] {
  const bySpan = new Map<number, Span[]>();
  for (const s of spans) {
    const list = bySpan.get(s.block);
    if (list) list.push(s);
    else bySpan.set(s.block, [s]);
  }
  const bylineNames = nameTokens(byline);
  return blocks.map((b, index) => {
    const own = bySpan.get(index) ?? [];
    const caption = b.kind === 'caption';
    let masked = unmaskIncises(b.text, maskQuotes(b.text, own), own, lex);
    if (caption || /Credit|\/[^/]*\)/u.test(masked))
      masked = masked.replace(CAPTION_CREDITS, (m) => ' '.repeat(m.length));
    if (MAY_END_WITH_CREDIT_MASK.test(masked))
      masked = masked.replace(TRAILING_CREDIT_MASK, (m) => ' '.repeat(m.length));
    const firstTwo = (b.text.match(FIRST_TWO_NAMES)?.[0] ?? '').toLowerCase().split(' ');
    const bio =
      bylineNames.size > 0 &&
      firstTwo.length === 2 &&
      firstTwo.every((t) => bylineNames.has(t)) &&
      / (?:is|est|ist|è|es) /u.test(b.text);
    // (A correspondent's line copied first reads as the title: it is the author all the same.)
    const byl =
      b.text.length < 100 && ((b.kind !== 'heading' && BYLINE.test(b.text)) || CORRESPONDENT.test(b.text));
    const ignore =
      bio ||
      byl ||
      (MAY_BE_CONTRIBUTED.test(b.text) && CONTRIBUTED.test(b.text)) ||
      (b.text.length < 400 && CONSENT.test(b.text));
    return {
      index,
      kind: b.kind,
      text: b.text,
      masked,
      toks: ignore ? [] : tokenize(masked, isPlace),
      sentences: sentenceRanges(masked, lex.lang === 'de', lex.dotAbbrevs),
      spans: own,
      caption,
      ignore,
    };
  });
}

/** Index of the sentence holding offset `pos`. */
export function sentenceAt(ctx: BlockCtx, pos: number): number {
  const s = ctx.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos < s[mid]![1]) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo);
}
