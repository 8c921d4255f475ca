/**
 * Italian and Spanish drop the subject of a verb that goes on with the same person ("«…», ha
 * aggiunto", "puntualizó en Palacio Nacional"): the speaker is the subject of the narration before,
 * not whoever that narration mentions. A person named there only inside a reported or subordinate
 * clause ("respondió que el senador fue quien …", "ha detto che Rossi …"), as an object or inside a
 * quote, is not that subject. (After a preposition it can be: "il primo commento di X", "difesa
 * dall'avvocato X"; penalising it moved the quote to the next name.) Its feature `topic:embedded` (weight provisional until the lead's refit) lowers it.
 */
import { sentenceAt, type BlockCtx } from '../prep/context.js';
import type { Lex } from '../lexicons/compile.js';
import type { Mention } from '../mentions/entities.js';
import { isSpeechToken, tokAt } from './cues.js';
import { insideSpan } from './span-index.js';

/**
 * The word that opens reported speech ('respondió que …', 'ha detto che …'); other subordinators
 * ('como', 'se') open clauses an inverted speaker follows ('según explicó … X').
 */
const COMPLEMENTIZER: Readonly<Record<string, string>> = { es: 'que', it: 'che' };

/** Whether mention `m` of block context `mc` is not its sentence's main-clause subject. */
export function notMainSubject(mc: BlockCtx, m: Mention, lex: Lex): boolean {
  if (m.object || insideSpan(mc, mc.toks[m.tok]!.start)) return true;
  // The complementizer of reported speech ('respondió que') before it in its sentence: that clause's subject.
  const comp = COMPLEMENTIZER[lex.lang];
  const s = sentenceAt(mc, mc.toks[m.tok]!.start);
  // Only right after a verb of saying: a relative 'che'/'que' ("la vittima, che si è costituita
  // con l'avvocato X") opens no reported speech, and penalising X there gave the quote to the next name.
  const first = tokAt(mc, mc.sentences[s]?.[0] ?? 0);
  for (let k = first + 1; k < m.tok; k++)
    if (mc.toks[k]!.lo === comp && isSpeechToken(mc.toks[k - 1]!, lex)) return true;
  return false;
}
