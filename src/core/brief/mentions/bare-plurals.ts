/**
 * English plurals of people with no article ("witnesses said"): an unnamed group that speaks.
 */
import type { BlockCtx } from '../prep/context.js';
import { isGenericPerson, type Lex } from '../lexicons/compile.js';
import type { Mention } from './entities.js';

/**
 * "“It was chaos,” witnesses said", "what residents said was “prolonged”", "which campaigners
 * described as “a disgrace”": in English a plural of people with no article is a subject, an
 * unnamed group, when a verb of saying follows it (not the person or the body named before).
 */
export function barePluralSpeaks(c: BlockCtx, i: number, lex: Lex): boolean {
  const t = c.toks[i]!;
  if (lex.lang !== 'en' || !t.lo.endsWith('s') || !isGenericPerson(lex, t.lo)) return false;
  const next = c.toks[i + 1];
  if (!next || !lex.speech.has(next.lo) || c.masked.slice(t.end, next.start) !== ' ') return false;
  return !t.cap || /(?:^|[.!?:_]\s*)$/u.test(c.masked.slice(0, t.start).trimEnd());
}

/** A generic description of one token. */
export function generic(block: number, tok: number, text: string): Mention {
  return { kind: 'desc', block, tok, tokEnd: tok + 1, text, generic: true };
}
