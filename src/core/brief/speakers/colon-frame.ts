/**
 * The frame of a quote after a colon: the clause the colon closes, in the quote's sentence or at the
 * end of the previous paragraph ("Cr Acklin pointed out the rules, to which Ms Tait retorted: “…”",
 * "His thoughts were echoed by Roger Jones, who said: “…”", "Bonaccini: « … »").
 */
import { sentenceAt, type BlockCtx } from '../prep/context.js';
import { isRoleWord, type Lex } from '../lexicons/compile.js';
import type { Mention } from '../mentions/entities.js';
import type { Span } from '../quotes/spans.js';
import { firstCue, governedBy, lastClauseEnd, matchPhrase, tokAt, type Seg } from './cues.js';
import { GERUND, trailingGerund } from './modifiers.js';
import { lastEndingIn } from './span-index.js';
import {
  agentsAfter,
  agentsIn,
  authorOfText,
  bodyNeighbour,
  frame,
  quoteOnly,
  subjectBefore,
  unnamedBefore,
  type FrameInput,
} from './agents.js';
import type { Frame } from './types.js';

/** A clause that ends with a colon right before the quote, here or at the end of the previous paragraph. */
export function colonFrame(inp: FrameInput, span: Span, c: BlockCtx, qa: number, out: Frame[]): void {
  const { ctxs, lex } = inp;
  const here = /:\s*$/u.test(c.masked.slice(Math.max(0, span.outerStart - 4), span.outerStart));
  const prev = span.outerStart <= 1 ? bodyNeighbour(ctxs, c.index, -1) : undefined;
  const before = prev && /:\s*$/u.test(prev.text) && !quoteOnly(prev) ? prev : undefined;
  if (!here && !before) return;
  const pc = here ? c : before!;
  const si = here ? sentenceAt(c, span.outerStart) : pc.sentences.length - 1;
  const [a0] = pc.sentences[si] ?? [0, 0];
  // The clause after the last quote of that sentence ("« … », dit-il. Puis : « … »").
  const lastQ = lastEndingIn(pc, -Infinity, here ? span.outerStart : pc.text.length);
  const from = Math.max(tokAt(pc, a0), lastQ && lastQ.outerEnd > a0 ? tokAt(pc, lastQ.outerEnd) : 0);
  const to = here ? qa : pc.toks.length;
  const seg: Seg = { c: pc, a: from, b: to };
  let v = firstCue(seg, lex);
  // "Brown said he was “surprised” the police were investigating, adding: “…”": a gerund after the
  // sentence's last quote says the main clause's subject, before that quote.
  if (v >= 0 && trailingGerund(pc, v) && from > tokAt(pc, a0)) {
    seg.a = tokAt(pc, a0);
    v = firstCue(seg, lex);
  }
  // "Cr Bill Acklin pointed out the rules, to which Ms Tait retorted: “…”": the colon closes the
  // last clause, when that clause has a verb of saying of its own.
  const end = here && v >= 0 ? lastClauseEnd(pc, pc.toks[v]!.end, span.outerStart) : -1;
  const own = end >= 0 ? firstCue({ c: pc, a: tokAt(pc, end), b: to }, lex) : -1;
  if (own >= 0) {
    seg.a = tokAt(pc, end);
    v = own;
  }
  const docs = pc.toks.slice(from, to).some((t) => lex.documents.has(t.lo));
  const viewer = viewOf(inp, pc, from, to);
  if (viewer) {
    out.push(frame('colon', pc, -1, [viewer]));
    return;
  }
  if (v >= 0) {
    // "…», dice Alfano mentre Salvini lo incalza: «…»": a later clause with its own subject and verb
    // of saying is the one the colon closes.
    const later = laterClause(inp, pc, v, to);
    if (later) {
      out.push(frame('colon', pc, later.v, later.subj));
      return;
    }
    const subj = subjectBefore(inp, seg, v);
    const agents = subj.length > 0 ? subj : agentsAfter(inp, pc, v + 1, to);
    // "Weaver released a statement, saying:" with Weaver unknown to the people found: someone speaks
    // whom the text names but the brief could not read — not the last speaker.
    const unknown = agents.length === 0 && unknownSubject(pc, from, v, lex);
    out.push(frame('colon', pc, v, agents, unnamedBefore(inp, pc, from, v) || unknown));
    return;
  }
  // "His thoughts were echoed by Roger Jones, who said: «…»": the verb the colon closes is in a
  // relative clause (firstCue stops at the relative); its subject is the name before the relative.
  for (let k = to - 1; k > from; k--) {
    if (!lex.relatives.has(pc.toks[k]!.lo)) continue;
    const v2 = firstCue({ c: pc, a: k + 1, b: to }, lex);
    if (v2 < 0) continue;
    const subj = subjectBefore(inp, { c: pc, a: from, b: to }, v2);
    if (subj[0]?.kind === 'person' && subj[0].tokEnd <= k) {
      out.push(frame('colon', pc, v2, subj));
      return;
    }
  }
  const at = viewAtOf(inp, pc, from, to);
  if (at) {
    out.push(frame('colon', pc, -1, at.person ? [at.person] : [], !at.person));
    return;
  }
  // No verb: "Bonaccini: « … »", "Sur une banderole, on peut lire : « … »" (a text: no speaker).
  const ms = agentsIn(inp, pc, from, to).filter(
    (m) => (!governedBy(pc, m, lex) || authorOfText(pc, m, lex)) && !aboutBefore(pc, m, lex),
  );
  out.push(frame('colon', pc, -1, ms.slice(0, 2), docs && !ms.some((m) => m.kind === 'person')));
}

/** "A proposito del signor Luciano: «…»", "As for Smith:": the one spoken about, per language. */
const ABOUT: Record<string, RegExp> = {
  it: /(?:a proposito|riguardo|quanto|rispetto|parlando)\s+(?:a|ad|al|allo|alla|ai|agli|alle|di|del|dello|della|dei|degli|delle)$/u,
  fr: /(?:à propos|au sujet|quant|parlant)\s+(?:de|du|des|d’|d'|à|au|aux)$/u,
  es: /(?:a propósito|respecto|en cuanto|acerca|hablando)\s+(?:de|del|a|al)$/u,
  de: /(?:^|\s)(?:über|bezüglich|zu)$/u,
  en: /(?:^|\s)(?:about|regarding|as for|on)$/u,
};

function aboutBefore(c: BlockCtx, m: Mention, lex: Lex): boolean {
  const re = ABOUT[lex.lang];
  if (!re) return false;
  const start = c.toks[m.tok]!.start;
  // Titles and articles between: "del signor Luciano", "über den Kanzler".
  const before = c.masked
    .slice(Math.max(0, start - 48), start)
    .toLowerCase()
    .replace(
      /(?:\s+(?:signor|signora|sig\.|dott\.|mr\.|mrs\.|ms\.|m\.|mme|herr|frau|don|doña|der|den|dem|die|the|el|la|le|il|lo|l’|l'))+\s*$/u,
      '',
    )
    .trim();
  return re.test(before);
}

/**
 * "Für Trainer X ist klar: „…“", "Pour X, une chose est sûre : « … »": a clause opened by a
 * preposition of view that governs a person, then a word of certainty before the colon — the words
 * after the colon are that person's view. (Not "Für die Kinder gibt es ein Angebot:", no certainty;
 * not a name further in: "Für die Stadt ist klar, dass X …".)
 */
function viewOf(inp: FrameInput, c: BlockCtx, from: number, to: number): Mention | null {
  const { lex } = inp;
  if (!lex.viewPreps.has(c.toks[from]?.lo ?? '')) return null;
  const m = agentsIn(inp, c, from + 1, to)[0];
  if (!m || m.kind !== 'person' || m.tok > from + 3) return null;
  for (let k = m.tokEnd; k < to; k++) if (lex.viewWords.has(c.toks[k]!.lo)) return m;
  return null;
}

/** Plural articles after a preposition of view: "bei den Eltern", "chez les commerçants". */
const PLURAL_AFTER_AT = new Set(['les', 'des', 'ces', 'den', 'allen', 'vielen']);

/**
 * "Même son de cloche chez l’entraîneur X : « … »", "Ähnlich bei X:": no verb of saying before the
 * colon, a preposition of view (lexicon viewAt) and the person it governs, after at most an article,
 * a title and a role — that person's words follow. A plural group in its place ("Bei den Eltern ist
 * die Sorge groß:") is a source the text does not name: `person` undefined.
 */
function viewAtOf(inp: FrameInput, c: BlockCtx, from: number, to: number): { person?: Mention } | null {
  const { lex } = inp;
  if (lex.viewAt.length === 0) return null;
  for (let k = from; k < to; k++) {
    const n = matchPhrase(c.toks, k, lex.viewAt);
    if (n === 0) continue;
    const a = k + n;
    const m = agentsIn(inp, c, a, Math.min(to, a + 6))[0];
    // (Only an article, a title or a role between: "beim Treffen mit Kanzler X" places nothing at X.)
    const between = (t: BlockCtx['toks'][number]): boolean =>
      lex.determiners.has(t.lo) || lex.honorifics.has(t.lo) || lex.titles.has(t.lo) || isRoleWord(lex, t.lo);
    if (m?.kind === 'person' && m.tok - a <= 3 && c.toks.slice(a, m.tok).every(between)) return { person: m };
    if (PLURAL_AFTER_AT.has(c.toks[a]?.lo ?? '') && (!m || m.kind === 'desc')) return {};
    return null;
  }
  return null;
}

/** After the cue v, a clause opened by a conjunction or subordinator whose verb of saying has a named subject. */

function laterClause(
  inp: FrameInput,
  c: BlockCtx,
  v: number,
  to: number,
): { v: number; subj: Mention[] } | null {
  const { lex } = inp;
  for (let k = to - 1; k > v; k--) {
    const t = c.toks[k]!;
    if (!lex.conjunctions.has(t.lo) && !lex.subordinators.has(t.lo)) continue;
    const seg: Seg = { c, a: k + 1, b: to };
    const v2 = firstCue(seg, lex);
    if (v2 < 0) continue;
    // "Liu said that the Army could be deployed, warning: «…»": a gerund's subject is the main
    // clause's, not the subordinate clause's.
    if (GERUND.test(c.toks[v2]!.lo)) continue;
    const subj = subjectBefore(inp, seg, v2);
    if (subj.length > 0) return { v: v2, subj };
  }
  return null;
}

/** A capitalised word opening the clause, then a lowercase verb: a subject named but not read as anyone. */
function unknownSubject(c: BlockCtx, from: number, v: number, lex: Lex): boolean {
  const t = c.toks[from];
  const next = c.toks[from + 1];
  if (!t || !next || from + 1 > v || !t.cap || next.cap) return false;
  const fn = (w: string): boolean =>
    lex.stop.has(w) ||
    lex.determiners.has(w) ||
    lex.prepositions.has(w) ||
    lex.pronM.has(w) ||
    lex.pronF.has(w) ||
    lex.pronPl.has(w) ||
    lex.conjunctions.has(w) ||
    lex.subordinators.has(w);
  return !fn(t.lo) && !fn(next.lo) && c.masked.slice(t.end, next.start) === ' ';
}
