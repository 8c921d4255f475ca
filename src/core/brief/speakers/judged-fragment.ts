/**
 * A verb of calling, judging or speaking of makes a short quoted fragment someone's words: its object
 * or predicate ("Le ministre a qualifié la mesure d’« inacceptable »", "Sie nannte den Plan
 * „unausgegoren“", "calificó la decisión de «impecable»", "described the plan as "reckless"", "parla
 * di «tradimento»"). Without such a verb a short fragment is a scare quote or a term. The fragment is
 * kept as one with a person for its subject is (filter.ts, support 'subject': a title, a name or a
 * nickname in capitals is still dropped); who said it is left to the speaker model.
 */
import { sentenceAt, type BlockCtx } from '../prep/context.js';
import type { Lex } from '../lexicons/compile.js';
import type { Span } from '../quotes/spans.js';
import { tokAt } from './cues.js';

/** Words between the verb and the fragment: "a qualifié [la mesure d’] « … »", "definendo [la ricostruzione come] “…”". */
const BEFORE = 6;
/** German puts the verb after a fronted predicate: "Als „dumm“ bezeichnete er …". */
const AFTER_DE = 3;
/** English phrasal verbs that mean something else: "called for", "called on", "spoke to". */
const PARTICLE_EN = new Set(['for', 'on', 'off', 'up', 'in', 'out', 'to', 'with', 'at']);

/** An auxiliary of the passive before the verb: "was described as “unprecedented”" names no one who judged. */
const PASSIVE_AUX = new Set(
  `was were is are been being be été est sont fut fue fueron es son sido stato stata stati state è viene vengono
  venne wurde wurden wird werden worden`.split(/\s+/),
);

/**
 * Third person plural forms of the verbs: "Auch andere Anwohner sprechen von „…“", "molti residenti
 * definiscono «…»" — a group judges, not the one person quoted before (English cannot tell).
 */
const PLURAL: Record<string, RegExp> = {
  de: /(?:en|ten)$/u,
  fr: /ent$/u,
  it: /(?:ano|ono|arono|irono)$/u,
  es: /(?:an|en|aron|ieron)$/u,
};

/** Whether a verb of judging governs the fragment, and whether in the plural (a group's words). */
export function judgedFragment(c: BlockCtx, span: Span, lex: Lex): false | 'one' | 'group' {
  if (lex.judgeVerbs.size === 0) return false;
  const [ss, se] = c.sentences[sentenceAt(c, span.outerStart)] ?? [0, c.text.length];
  const [a, b] = [tokAt(c, ss), tokAt(c, se)];
  const [qa, qb] = [tokAt(c, span.outerStart), tokAt(c, span.outerEnd)];
  const judge = (i: number): false | 'one' | 'group' => {
    const t = c.toks[i];
    if (!t || !lex.judgeVerbs.has(t.lo)) return false;
    if (i > 0 && PASSIVE_AUX.has(c.toks[i - 1]!.lo)) return false;
    const next = c.toks[i + 1];
    if (lex.lang === 'en' && next && i + 1 < qa && PARTICLE_EN.has(next.lo)) return false;
    return PLURAL[lex.lang]?.test(t.lo) ? 'group' : 'one';
  };
  for (let i = Math.max(a, qa - BEFORE); i < qa; i++) {
    const j = judge(i);
    if (j) return j;
  }
  if (lex.lang === 'de')
    for (let i = qb; i < Math.min(b, qb + AFTER_DE); i++) {
      const j = judge(i);
      if (j) return j;
    }
  return false;
}
