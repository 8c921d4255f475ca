/**
 * Frames from a source's name beside the quote rather than a verb of saying: a label paragraph
 * next to a paragraph that is only a quote (press reviews, "Stimmen zum Spiel"), the source in
 * parentheses after the quote, or a signature ("“…” – Erin H.").
 */
import type { BlockCtx } from '../prep/context.js';
import type { Mention } from '../mentions/entities.js';
import type { Span } from '../quotes/spans.js';
import { isRoleWord } from '../lexicons/compile.js';
import { cueAt, tokAt } from './cues.js';
import { agentsIn, bodyNeighbour, frame, quoteOnly, type FrameInput } from './agents.js';
import type { Frame } from './types.js';

/** A short paragraph that names a source: no verb, no quote, a few capitalised words or "Name:". */
function labelOf(inp: FrameInput, n: BlockCtx): Mention[] | null {
  if (n.spans.length > 0 || n.toks.length === 0 || n.toks.length > 10) return null;
  if (n.toks.some((_, i) => cueAt(n, i, inp.lex))) return null;
  const text = n.text.trim();
  if (/[.!?]$/u.test(text) && n.toks.length > 6) return null;
  // A sentence, not a name: it ends with a stop and has a word that is not part of a name ("Die
  // Staatsanwaltschaft prüft nun einen Haftbefehl." — German capitalises its nouns, so counting
  // capitals does not tell it from "Frankfurter Allgemeine Zeitung").
  const { lex } = inp;
  const nameWord = (lo: string): boolean =>
    lex.particles.has(lo) ||
    lex.determiners.has(lo) ||
    lex.prepositions.has(lo) ||
    lex.prepArticles.has(lo) ||
    lex.orgConnectors.has(lo) ||
    lex.conjunctions.has(lo);
  if (/[.!?]$/u.test(text) && n.toks.some((t) => !t.cap && /\p{L}/u.test(t.lo) && !nameWord(t.lo)))
    return null;
  // An all-capitals heading ("PRESSESTIMMEN") is a section title, not a source.
  if (text === text.toUpperCase() && /\p{L}/u.test(text)) return null;
  const ms = agentsIn(inp, n, 0, n.toks.length).filter((m) => m.kind === 'person' || m.kind === 'org');
  if (ms.length > 0) return ms.slice(0, 1);
  // A newspaper or an institution the name reader does not know: the label itself, when it is a name.
  if (
    n.toks.length <= 6 &&
    n.toks.filter((t) => t.cap).length >= Math.ceil(n.toks.length / 2) &&
    n.toks[0]!.cap
  )
    return [
      {
        kind: 'org',
        block: n.index,
        tok: 0,
        tokEnd: n.toks.length,
        // ("Sky Austria (AUT):": the country, party or club in parentheses is not part of the name.)
        text: text
          .replace(/[:.]$/u, '')
          .replace(/\s*\([^()]{1,12}\)$/u, '')
          .trim(),
      },
    ];
  return null;
}

/**
 * A label paragraph next to a paragraph that is only a quote (press reviews, "Stimmen zum Spiel").
 * Which side labels belong to is the article's convention: a run of alternating quotes and labels
 * that starts with a label puts them before their quotes, one that starts with a quote after.
 */
export function labelFrame(inp: FrameInput, c: BlockCtx, out: Frame[]): void {
  if (!quoteOnly(c)) return;
  let first = c;
  for (let guard = 0; guard < 40; guard++) {
    const p = bodyNeighbour(inp.ctxs, first.index, -1);
    if (!p || !(quoteOnly(p) || labelOf(inp, p))) break;
    first = p;
  }
  const side: 1 | -1 = quoteOnly(first) ? 1 : -1;
  const n = bodyNeighbour(inp.ctxs, c.index, side);
  const ms = n ? labelOf(inp, n) : null;
  if (!n || !ms) return;
  // "Steel shortage ¶ “We ordered the beams in March …”": a lone short paragraph of capitalised
  // words beside a quote is most often a crosshead (or a credit), not its source. An organisation
  // labels a quote when the label says so with a colon ("Sky Austria:") or when labels and quotes
  // alternate (a press review names each paper); a person's name stays a label on its own.
  if (ms[0]!.kind === 'org' && !/:\s*$/u.test(n.text) && labelsInRun(inp, first) < 2) return;
  out.push({ ...frame('label', n, -1, ms), detail: side === 1 ? 'after' : 'before' });
}

/** The label paragraphs of the run of quotes and labels that starts at `first` (counted up to 2). */
function labelsInRun(inp: FrameInput, first: BlockCtx): number {
  let labels = 0;
  for (let p: BlockCtx | undefined = first, guard = 0; p && guard < 40 && labels < 2; guard++) {
    if (labelOf(inp, p)) labels++;
    else if (!quoteOnly(p)) break;
    p = bodyNeighbour(inp.ctxs, p.index, 1);
  }
  return labels;
}

/**
 * "“…”. (Antonio Tajani)": the source in parentheses right after the quote; or its signature, a
 * dash and a name that end the paragraph ("“…” – Erin H.", letters and testimonials).
 */
export function parenFrame(inp: FrameInput, c: BlockCtx, span: Span, out: Frame[]): void {
  const rest = c.text.slice(span.outerEnd);
  const m =
    /^[\s.,;]*\(([^()]{2,80})\)/u.exec(rest) ??
    /^[\s.,;]*[–—-]\s*(\p{Lu}[^–—()«»“”"]{1,60}?)[\s.]*$/u.exec(rest);
  if (!m) return;
  const from = span.outerEnd + m.index + m[0].indexOf(m[1]!);
  const ms = agentsIn(inp, c, tokAt(c, from), tokAt(c, from + m[1]!.length)).filter(
    (x) => x.kind === 'person' || x.kind === 'org',
  );
  const detail = m[0].includes('(') ? 'paren' : 'signed';
  if (ms.length > 0) out.push({ ...frame('label', c, -1, ms.slice(0, 1)), detail });
}

/**
 * "“… rencontrer les parents.” Gina Guillemette, porte-parole de la Commission scolaire.": a quote
 * that ends its own sentence, then the rest of the paragraph is a name, a comma and a role — a
 * signature line with no verb.
 */
export function signatureFrame(inp: FrameInput, c: BlockCtx, span: Span, out: Frame[]): void {
  if (!/[.!?…]$/u.test(span.text.trim())) return;
  const rest = c.text.slice(span.outerEnd);
  const m = /^\s+(\p{Lu}[^«»“”„"]{1,160}?)[\s.]*$/u.exec(rest);
  if (!m) return;
  const a = tokAt(c, span.outerEnd);
  const b = tokAt(c, c.text.length);
  for (let i = a; i < b; i++) if (cueAt(c, i, inp.lex)) return;
  const first = agentsIn(inp, c, a, b)[0];
  if (first?.kind !== 'person' || first.tok !== a) return;
  // One apposition to the end, opening on a role: "Name, porte-parole de …" (not "Name, le
  // directeur, a ensuite quitté la salle").
  const tail = c.masked.slice(c.toks[first.tokEnd - 1]!.end);
  if (!/^\s*,[^,;:]*$/u.test(tail)) return;
  const r = c.toks[first.tokEnd];
  const r2 = c.toks[first.tokEnd + 1];
  const role = (t: typeof r): boolean => t !== undefined && isRoleWord(inp.lex, t.lo);
  if (!role(r) && !(r && inp.lex.determiners.has(r.lo) && role(r2))) return;
  out.push({ ...frame('label', c, -1, [first]), detail: 'signed' });
}

/** "tel est l’avis de X", "lautet das Fazit von X", "so die Einschätzung von X", "c’est le constat de X". */
const VIEW_POINTERS = new Set(['tel', 'telle', 'c’', "c'", 'voilà', 'lautet', 'lautete', 'lauteten']);
const viewLead = (lex: FrameInput['lex'], lo: string): boolean =>
  VIEW_POINTERS.has(lo) || lex.copulas.has(lo) || lex.attributionOpeners.has(lo) || lex.determiners.has(lo);

/** Prepositions of a genitive ("il commento di X", "le message de X", "the reaction of X", "von X"). */
const GENITIVE = new Set(['di', 'del', 'della', 'dello', 'de', 'du', 'des', 'of', 'von', 'vom', 'd']);

/**
 * "“…”, il primo commento da sindaco di Alan Fabbri", "« … », le message de X": no verb after the
 * quote, a noun of saying (after an article and at most two modifiers) whose genitive names who spoke.
 * A noun of view does the same after a copula or an opener ("„…“, lautet das Fazit von X", "so die
 * Einschätzung von X", "« … », tel est l’avis de X", "c’est le constat de X"): up to three words
 * before it, the noun itself capitalised in German.
 */
export function speechNounFrame(
  inp: FrameInput,
  c: BlockCtx,
  span: Span,
  a: number,
  b: number,
): Frame | null {
  const { lex } = inp;
  if (a >= b || !/^\s*[,:–—-]\s*$/u.test(c.masked.slice(span.outerEnd, c.toks[a]!.start))) return null;
  const noun = (lo: string): boolean => lex.speechNouns.has(lo) || lex.viewNouns.has(lo);
  let k = a;
  while (k < b && k - a < 4 && !noun(c.toks[k]!.lo)) {
    // (A capital after the comma: "« … », C’est le constat de X" is not French; a name is not skipped.)
    if (c.toks[k]!.cap || cueAt(c, k, lex)) return null;
    k++;
  }
  if (k >= b || !noun(c.toks[k]!.lo)) return null;
  // A noun of view only after words that point back at the quote ("tel est l’", "lautet das",
  // "so die"), not after modifiers that make it a noun of the sentence ("« … », dans une analyse
  // de X"); a noun of saying after at most three words of any kind.
  if (lex.speechNouns.has(c.toks[k]!.lo) ? k - a > 3 : !c.toks.slice(a, k).every((t) => viewLead(lex, t.lo)))
    return null;
  const person = agentsIn(inp, c, k + 1, Math.min(b, k + 6)).find((m) => m.kind === 'person');
  if (!person) return null;
  if (/[.;:!?«»“”„"]/u.test(c.masked.slice(c.toks[k]!.end, c.toks[person.tok]!.start))) return null;
  for (let j = k + 1; j < person.tok; j++)
    if (GENITIVE.has(c.toks[j]!.lo.replace(/[’']$/u, ''))) return frame('source', c, k, [person]);
  return null;
}
