/**
 * The sentence after a quote as its attribution: « … ». Così il sindaco, Mario Rossi. / Lo ha
 * spiegato X. / "…" That was how Jones put it. / Con estas palabras, … — and a paragraph that is all
 * quote looking on to the next paragraph's first sentence.
 */
import type { BlockCtx } from '../prep/context.js';
import type { Lex } from '../lexicons/compile.js';
import { tallyBrief } from '../work.js';
import type { Span } from '../quotes/spans.js';
import { firstCue, tokAt, type Seg } from './cues.js';
import {
  agentsAfter,
  agentsIn,
  bodyNeighbour,
  frame,
  quoteOnly,
  subjectBefore,
  unnamedBefore,
  type FrameInput,
} from './agents.js';
import { someStartingIn } from './span-index.js';
import type { Mention } from '../mentions/entities.js';
import type { Frame } from './types.js';

/** Words that open an attribution sentence after a quote: "Così il sindaco", "So Müller weiter". */
export function opensAttribution(c: BlockCtx, a: number, lex: Lex): boolean {
  const t = c.toks[a];
  return t !== undefined && lex.attributionOpeners.has(t.lo);
}

/** Words that open a sentence pointing back at a quote: "Lo ha detto", "Das sagte", "C'est ce qu'a dit". */
const RESUMPTIVE = /^(?:lo|l’|l'|la|così|así|das|dies|diese|that|this|c’|c'|ce|voilà|ainsi)$/u;

/**
 * The sentence after the quote, when the quote ends its own sentence: « … ». Così il sindaco, Mario
 * Rossi. / Lo ha spiegato all'Adnkronos l'assessore Carlo Verdi. / "…" That was how Jones put it.
 * A quote-only paragraph looks at the next paragraph's first sentence.
 */
export function nextFrame(
  inp: FrameInput,
  span: Span,
  c: BlockCtx,
  si: number,
  post: Seg,
  out: Frame[],
): void {
  const { ctxs, lex } = inp;
  let nc: BlockCtx | undefined = c;
  let range = c.sentences[si + 1];
  // Only when nothing but the end of the sentence follows the quote.
  if (post.b > post.a && range && tokAt(c, range[0]) !== post.a) return;
  if (!range) {
    // Only a paragraph that is all quote looks on: in "« … », dit le texte. « … »" the last quote
    // goes on with its paragraph's source, not with the next paragraph's.
    if (span.outerEnd < c.text.length - 2 || (!quoteOnly(c) && c.spans[0] !== span)) return;
    // Nor a quote whose own sentence names its speaker before it ("X se defendió y expresó que «…»."):
    // the next paragraph's verb is another statement ("El fiscal Francisco Micheltorena pidió …").
    if (out.some((f) => (f.kind === 'pre-subj' || f.kind === 'pre-inv') && f.agents.length > 0)) return;
    nc = bodyNeighbour(ctxs, c.index, 1);
    range = nc?.sentences[0];
  }
  if (!nc || !range) return;
  const a = tokAt(nc, range[0]);
  const b = tokAt(nc, range[1]);
  // "Con estas palabras, la portavoz …", "With these words, …": a phrase pointing back opens it too.
  const phrase = wordsBack(nc, a, lex);
  const opener = phrase > 0 || opensAttribution(nc, a, lex);
  const skip = phrase > 0 ? phrase : opener ? 1 : 0;
  const v = firstCue({ c: nc, a: a + skip, b }, lex, 8, true);
  // An attribution sentence is short ("So Müller weiter.", "Lo ha spiegato X."), or points back at the
  // quote and goes on with where and when ("Lo ha detto il presidente del Coni, Giovanni Malagò, a
  // margine di …"); a long one tells more ("Wanderers put only three of their 19 shots on target …").
  // ("A dirlo è stato X", "A spiegarlo è Y": an infinitive with its clitic points back too.)
  const clitic = nc.toks[a]?.lo === 'a' && v === a + 1 && /l[oa]$/u.test(nc.toks[v]!.lo);
  const resumes = RESUMPTIVE.test(nc.toks[a]?.lo ?? '') || opener || clitic;
  // The next sentence quotes for itself: its cue is that quote's. (Not a title or a term after the
  // words pointing back: "A dirlo è stato X, intervenendo a “Dritto e rovescio”".)
  const cueAt0 = v >= 0 ? nc.toks[v]!.start : Infinity;
  const own = (s: Span): boolean =>
    !(resumes && v >= 0 && v - a <= 3 && s.outerStart > cueAt0 && s.text.split(/\s+/u).length <= 4);
  // (Only the spans of that sentence are read: a pass over the block's spans for each quote made a
  // long paragraph of quotes quadratic.)
  tallyBrief('next-sentence spans', 1);
  const ownAndCounted = (s: Span): boolean => {
    tallyBrief('next-sentence spans', 1);
    return own(s);
  };
  if (someStartingIn(nc, range[0], range[1], ownAndCounted)) return;
  // ("Così Gaetano Manfredi, il candidato sindaco che …": a verbless opener with its agent at once.)
  // (Or with its verb further on: "Così il ministro dell'Economia, Giovanni Tria, risponde, …".)
  // ("Sono le parole con le quali l’avvocato Andrea Miroli, …, ha commentato": a few words further.)
  const reach = phrase > 0 ? 6 : 2;
  const openerAgent =
    opener && agentsIn(inp, nc, a + skip, a + skip + reach + 1).some((m) => m.tok <= a + skip + reach);
  const subj = v >= 0 ? subjectBefore(inp, { c: nc, a, b: v }, v) : [];
  // (A long one that opens on its speaker and the verb: "Il leader della Lega, Matteo Salvini
  // attacca ancora una volta il ministro dell'Interno, …" names who spoke before it tells more.)
  // (Not after the last paragraph of a quote that ran over several: its speaker is the first's.)
  const prevSpans = bodyNeighbour(ctxs, c.index, -1)?.spans;
  // (Nor after a paragraph that quotes too: a quote-only paragraph there goes on with that speaker,
  // and "But Mr Carr said the $30 billion would …" after it is the other side's statement.)
  const carriesOn = prevSpans !== undefined && prevSpans.length > 0;
  const opensOnSpeaker = v >= 0 && v - a <= 8 && !carriesOn && subj.some((m) => m.kind === 'person');
  if (b - a > 14 && !(v >= 0 && v - a <= 3 && resumes) && !openerAgent && !opensOnSpeaker) return;
  if (v < 0 && !opener) return;
  if (v >= 0 && (askedOf(nc, v, lex) || refuses(nc, a, v))) return;
  if (v >= 0) {
    const agents = subj.length > 0 ? subj : agentsAfter(inp, nc, v + 1, b);
    if (orgStatement(nc, v, agents, lex)) return;
    out.push(frame('next', nc, v, agents, unnamedBefore(inp, nc, a, v)));
    return;
  }
  const ms = agentsIn(inp, nc, a + skip, Math.min(b, a + skip + 9));
  if (ms.length > 0) out.push(frame('next', nc, a, ms.slice(0, 2)));
}

/** "With these words", "Con estas palabras", "Con queste parole", "Mit diesen Worten", "Par ces mots". */
const WORDS_BACK =
  /^(?:with (?:these|those) words|con (?:estas|esas|queste|tali) (?:palabras|parole)|mit (?:diesen|den|solchen) worten|par ces (?:mots|paroles)|en ces termes|in these terms|(?:queste )?sono le parole|queste le parole|ecco le parole|(?:estas|esas) (?:son|fueron) las palabras|son las palabras|ce sont (?:les|ses|leurs) (?:mots|paroles|propos)|tels sont (?:les|ses) propos|das (?:sind|waren) (?:die|seine|ihre) worte|(?:these|those) (?:are|were) the words)$/u;

/** Demonstratives and copulas of "That was the promise of X", "Questa la reazione di Y", "Das war die Antwort von Z". */
const POINTERS = new Set(
  "that this these those such questo questa queste questi tale ce c’ c' telle tel voilà esta este estas estos das dies".split(
    ' ',
  ),
);
const COPULAS = new Set(
  'is was are were è era sono erano est était sont es fue son fueron ist war sind waren'.split(' '),
);

/** Tokens of a phrase opening a sentence that points back at the quote before it, or 0. */
function wordsBack(c: BlockCtx, a: number, lex: Lex): number {
  const words = c.toks.slice(a, a + 4).map((t) => t.lo);
  for (let n = words.length; n >= 2; n--) if (WORDS_BACK.test(words.slice(0, n).join(' '))) return n;
  // A pointer, a copula, an article and a noun of saying: "That was the promise of …".
  if (!POINTERS.has(words[0] ?? '')) return 0;
  let k = 1;
  if (COPULAS.has(words[k] ?? '')) k++;
  if (lex.determiners.has(words[k] ?? '')) k++;
  return k > 1 && lex.speechNouns.has(words[k] ?? '') ? k + 1 : 0;
}

/** Forms of "be" that make a passive of the participle right after them, in the five languages. */
const BE_PASSIVE = new Set(
  'been was were is are being été sido fue fueron stato stata stati state worden wurde wurden'.split(' '),
);

/**
 * "“…” The company has been asked for comment.", "La mairie a été sollicitée.": a passive verb of
 * saying or asking with no agent after it makes its subject the one asked, not the one who spoke
 * (an organisation carried over from an earlier paragraph took a person's quote that way). With
 * its agent ("That was said by the mayor") it is still an attribution.
 */
function askedOf(c: BlockCtx, v: number, lex: Lex): boolean {
  return v > 0 && BE_PASSIVE.has(c.toks[v - 1]!.lo) && !lex.agentPreps.has(c.toks[v + 1]?.lo ?? '');
}

/** Negations and verbs of refusing, in the five languages ("n’t" ends its verb: "didn’t"). */
const REFUSAL = new Set(
  'not never declined refused pas jamais refusé nicht nie kein keine abgelehnt verweigert no nunca declinó rehusó non mai rifiutato'.split(
    ' ',
  ),
);

/**
 * "“…” The company declined to comment.", "did not respond to a request for comment", "La Régie n’a
 * pas souhaité commenter", "Die Firma wollte sich nicht äußern", "no quiso hacer declaraciones": a
 * sentence after the quote that says someone did not speak names no speaker (it gave a person's
 * quote to an organisation carried over from an earlier paragraph).
 */
function refuses(c: BlockCtx, a: number, v: number): boolean {
  for (let k = a; k <= v + 1 && k < c.toks.length; k++) {
    const lo = c.toks[k]!.lo;
    if (REFUSAL.has(lo) || /n[’']t$/u.test(lo)) return true;
  }
  return false;
}

/** English subject pronouns that open a clause reported without "that" ("said it would …"). */
const CLAUSE_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i']);

/**
 * "“…” The company said it would review the timetable.", "La Régie a indiqué que …": an
 * organisation's verb of saying with a clause of its own after it is that organisation's next
 * statement, not the attribution of the quote before it (a person's quote running over several
 * paragraphs went to the organisation named in an earlier one).
 */
function orgStatement(c: BlockCtx, v: number, agents: readonly Mention[], lex: Lex): boolean {
  if (agents.length === 0 || agents.some((m) => m.kind !== 'org' && m.kind !== 'orgdesc')) return false;
  const next = c.toks[v + 1];
  if (!next) return false;
  if (lex.subordinators.has(next.lo)) return true;
  return CLAUSE_PRONOUNS.has(next.lo) && c.toks[v + 2] !== undefined && !c.toks[v + 2]!.cap;
}
