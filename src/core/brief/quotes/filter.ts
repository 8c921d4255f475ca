/**
 * Which quote spans are quotes of someone's words. Dropped: UI labels (« J’accepte »), titles of works
 * and apps, nicknames and terms ("so-called", « dite »), hypothetical utterances ("as if to say"),
 * and short unattributed fragments (scare quotes: "wins", « régulation »). Kept: short fragments a
 * speech cue attributes (« constructives », "merciless"), and any longer span.
 */
import type { BlockCtx } from '../prep/context.js';
import { matchPhrase, tokAt } from '../speakers/cues.js';
import type { Lex } from '../lexicons/compile.js';
import { isOutletName } from '../lexicons/outlets.js';
import type { Span } from './spans.js';
import type { Token } from '../prep/text.js';

/** Hoisted: esbuild writes a `\p{…}` literal as `new RegExp(…)`, built again at every call. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** Labels of buttons and links, whatever the sentence says around them. */
const UI_LABEL =
  /^(?:j[’']accepte|accepter|tout accepter|refuser|ok|accept(?: all)?|i agree|agree|alle akzeptieren|akzeptieren|accetta|accetto|aceptar|acepto|continuer|continue|gérer mes choix|manage (?:my )?(?:choices|preferences))\b/iu;

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => WORD_CHAR.test(w)).length;

/** The n tokens ending before `pos` (tokens never straddle a quote mark: quotes are masked). */
function tokensBefore(c: BlockCtx, pos: number, n: number): Token[] {
  const i = tokAt(c, pos);
  return c.toks.slice(Math.max(0, i - n), i);
}

function tokensAfter(c: BlockCtx, pos: number, n: number): Token[] {
  const i = tokAt(c, pos);
  return c.toks.slice(i, i + n);
}

/**
 * Every word a capital, the language's function words aside ("La Mañanera del Pueblo"). (German
 * writes every noun with a capital: there, a function word in lower case still says "not a name".)
 */
function titleCase(text: string, lex: Lex): boolean {
  const words = text
    .replace(/[.,!?]+$/u, '')
    .split(/\s+/)
    .filter((w) => w.length > 2 && (STARTS_UPPER.test(w) || lex.lang === 'de' || !lex.stop.has(w)));
  return words.length > 0 && words.length <= 5 && words.every((w) => STARTS_UPPER.test(w));
}

/** The paragraph is this one quote, a sentence that starts with a capital and ends with a stop. */
function wholeSentence(c: BlockCtx, span: Span): boolean {
  const rest = c.text.slice(span.outerEnd);
  return (
    c.text.slice(0, span.outerStart).trim() === '' &&
    /^[\s.!?…]*$/u.test(rest) &&
    STARTS_UPPER.test(span.text) &&
    (/[.!?…]$/u.test(span.text) || /^\s*[.!?…]/u.test(rest))
  );
}

/**
 * What attributes a span: a cue in its sentence ('explicit'), only a person as the subject of its
 * sentence ('subject': "Kickl sprach von einem „fulminanten Wahlerfolg“"), or nothing.
 */
export type Support = 'explicit' | 'subject' | 'none';

export function keepQuote(c: BlockCtx, span: Span, support: Support, lex: Lex): boolean {
  const explicit = support === 'explicit';
  if (c.ignore) return false;
  const text = span.text;
  const words = wordCount(text);
  if (words === 0) return false;
  if (UI_LABEL.test(text) && words <= 5) return false;
  const before = tokensBefore(c, span.outerStart, 4);
  const after = tokensAfter(c, span.outerEnd, 1);
  if (before.some((t) => lex.uiCues.has(t.lo))) return false;
  const sentenceBefore = tokensBefore(c, span.outerStart, 6);
  for (let i = 0; i < sentenceBefore.length; i++)
    if (matchPhrase(sentenceBefore, i, lex.hypothetical) > 0) return false;
  const last2 = before.slice(-2);
  if (last2.some((t) => lex.termCues.has(t.lo)) && words <= 4) return false;
  const prevWord = before[before.length - 1];
  if (prevWord && lex.workNouns.has(prevWord.lo) && words <= 8 && !explicit) return false;
  if (
    prevWord &&
    lex.workNouns.has(prevWord.lo) &&
    words <= 8 &&
    STARTS_UPPER.test(text) &&
    !/[.!?,]$/.test(text)
  )
    return false;
  const next = after[0];
  if (next && lex.workNouns.has(next.lo) && c.masked.slice(span.outerEnd, next.start).trim() === '')
    return false;
  if (titleCase(text, lex) && !explicit && words <= 5) return false;
  // "sagte er der „Süddeutschen Zeitung“", "told the “Evening Standard”": a name after an article;
  // "Durante ‘La Mañanera del Pueblo’": or after a preposition (not in German, which writes every
  // noun with a capital: „Krieg und Frieden“ after "von" says nothing of a name).
  if (
    titleCase(text, lex) &&
    words >= 2 &&
    words <= 4 &&
    !/[.!?,]$/u.test(text) &&
    prevWord &&
    (lex.determiners.has(prevWord.lo) || (lex.lang !== 'de' && lex.prepositions.has(prevWord.lo)))
  )
    return false;
  // "sagte Merz der „Bild“", "im „Deutschlandfunk“", "ha detto al «Corriere»": an outlet's name.
  if (
    words <= 4 &&
    STARTS_UPPER.test(text) &&
    !/[.!?,]$/u.test(text.trim()) &&
    prevWord &&
    (lex.determiners.has(prevWord.lo) || lex.prepositions.has(prevWord.lo)) &&
    isOutletName(text)
  )
    return false;
  if (c.kind === 'heading') return words >= 3 && !titleCase(text, lex);
  // A short fragment is someone's words when a cue or a person in its sentence gives them; a
  // paragraph that is only a quoted sentence («Fue aterrador».) is always someone's words.
  if (words <= 3)
    return explicit || (support === 'subject' && !titleCase(text, lex)) || wholeSentence(c, span);
  return true;
}
