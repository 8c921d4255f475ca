/**
 * Two questions asked of the words before each quote, answered from an index built once per block
 * (issue 13): the questions were regular expressions and token loops over a slice from the
 * sentence's start to the quote, and in a paragraph that is one long sentence (quote marks left
 * open, or every stop inside the marks) that slice grew with every quote: quadratic. Same answers.
 *
 * - `anonymityAt`: the first cue of anonymity (lexicon `anonymityCues`) that lies whole in
 *   [from, to) of a block's masked text, as the regular expression over that slice found it.
 * - `personIn`: whether a person is mentioned at a token in [a, b).
 * - `documentCueIn`: whether a preposition of agent or source followed within three tokens by a
 *   document word ("prévus par le décret") starts at a token in [a, b).
 */
import type { Lex } from '../lexicons/compile.js';
import type { Mention } from '../mentions/entities.js';
import type { BlockCtx } from '../prep/context.js';
import { tallyBrief } from '../work.js';
import { matchPhrase, mentionsIn, sortedByTok } from './cues.js';

/** Every start of a cue in the block's masked text, with the end of the match found there. */
interface Cues {
  starts: number[];
  ends: number[];
}
const cueMemo = new WeakMap<BlockCtx, Cues | null>();
/** The lexicon's pattern with the global flag, made once. */
const globalOf = new WeakMap<RegExp, RegExp>();

/** The form the cues are matched in; null when lower-casing changed the length (offsets would shift). */
function matchForm(c: BlockCtx): string | null {
  const lower = c.masked.toLowerCase().replace(/'/g, '’');
  return lower.length === c.masked.length ? lower : null;
}

function cuesOf(c: BlockCtx, re: RegExp): Cues | null {
  if (cueMemo.has(c)) return cueMemo.get(c)!;
  const text = matchForm(c);
  let cues: Cues | null = null;
  if (text !== null) {
    tallyBrief('anonymity', text.length);
    cues = { starts: [], ends: [] };
    let g = globalOf.get(re);
    if (!g) {
      g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
      globalOf.set(re, g);
    }
    g.lastIndex = 0;
    // Every start, overlapping ones too: a slice that begins inside one match may hold another.
    for (let m = g.exec(text); m; m = g.exec(text)) {
      cues.starts.push(m.index);
      cues.ends.push(m.index + m[0].length);
      g.lastIndex = m.index + 1;
    }
  }
  cueMemo.set(c, cues);
  return cues;
}

/** Offset in the block of the first anonymity cue whole inside [from, to), or -1. */
export function anonymityAt(c: BlockCtx, lex: Lex, from: number, to: number): number {
  const re = lex.anonymity;
  if (!re || to <= from) return -1;
  const cues = cuesOf(c, re);
  if (!cues) {
    // Lower-casing changed the text's length: the slice, as before.
    tallyBrief('anonymity', to - from);
    const m = re.exec(c.masked.slice(from, to).toLowerCase().replace(/'/g, '’'));
    return m ? from + m.index : -1;
  }
  let lo = 0;
  let hi = cues.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues.starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < cues.starts.length && cues.starts[i]! < to; i++) {
    tallyBrief('anonymity', 1);
    if (cues.ends[i]! <= to) return cues.starts[i]!;
  }
  return -1;
}

/** Tokens where a document cue starts, ascending. */
const docMemo = new WeakMap<BlockCtx, number[]>();

function documentCues(c: BlockCtx, lex: Lex): number[] {
  const known = docMemo.get(c);
  if (known) return known;
  const out: number[] = [];
  tallyBrief('document-source', c.toks.length);
  for (let i = 0; i < c.toks.length; i++) {
    const t = c.toks[i]!;
    // (The whole source phrase: "de acuerdo con", not any "de"; "a detta di", not any "a".)
    if (!lex.agentPreps.has(t.lo) && matchPhrase(c.toks, i, lex.sourcePreps) === 0) continue;
    if (c.toks.slice(i + 1, i + 4).some((x) => lex.documents.has(x.lo))) out.push(i);
  }
  docMemo.set(c, out);
  return out;
}

/** Whether a document cue starts at a token i with a <= i < b - 1 (its document word may lie past b). */
export function documentCueIn(c: BlockCtx, lex: Lex, a: number, b: number): boolean {
  const cues = documentCues(c, lex);
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]! < a) lo = mid + 1;
    else hi = mid;
  }
  tallyBrief('document-source', 1);
  return lo < cues.length && cues[lo]! < b - 1;
}

/** Tokens of a block's person mentions, ascending, for the list as long as it was then. */
const personMemo = new WeakMap<readonly Mention[], { n: number; toks: number[] }>();

/** Whether a person mention's token is in [a, b) (mentionsIn(…).some(person), without the list). */
export function personIn(ms: readonly Mention[], a: number, b: number): boolean {
  if (!sortedByTok(ms)) return mentionsIn(ms, a, b).some((x) => x.kind === 'person');
  let known = personMemo.get(ms);
  if (!known || known.n !== ms.length) {
    tallyBrief('persons', ms.length);
    known = { n: ms.length, toks: ms.filter((m) => m.kind === 'person').map((m) => m.tok) };
    personMemo.set(ms, known);
  }
  const toks = known.toks;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]! < a) lo = mid + 1;
    else hi = mid;
  }
  return lo < toks.length && toks[lo]! < b;
}
