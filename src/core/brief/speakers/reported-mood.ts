/**
 * German reports speech in the Konjunktiv I: "Die Schäden seien „gewaltig“" is someone's words, with
 * no verb of saying in its sentence (the source was named in the one before: "X zufolge …", "laut
 * X"). A short quoted fragment in such a sentence is kept as a quote as one with a person for its
 * subject is (filter.ts, support 'subject'); who said it is left to the context's evidence.
 */
import { sentenceAt, type BlockCtx } from '../prep/context.js';
import type { Lex } from '../lexicons/compile.js';
import type { Span } from '../quotes/spans.js';
import { tokAt } from './cues.js';

export function reportedMood(c: BlockCtx, span: Span, lex: Lex): boolean {
  if (lex.reportedMood.size === 0) return false;
  const [ss, se] = c.sentences[sentenceAt(c, span.outerStart)] ?? [0, c.text.length];
  const [a, b] = [tokAt(c, ss), tokAt(c, se)];
  const [qa, qb] = [tokAt(c, span.outerStart), tokAt(c, span.outerEnd)];
  for (let i = a; i < b; i++) if ((i < qa || i >= qb) && lex.reportedMood.has(c.toks[i]!.lo)) return true;
  return false;
}
