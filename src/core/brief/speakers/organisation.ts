/**
 * The organisation an organisation noun stands for ("l'agence", "die Polizei", "le quotidien La
 * Capitale"): one named before whose name holds it, the one just named, or the noun as written.
 */
import type { Mention } from '../mentions/entities.js';
import { isPlace } from '../lexicons/places.js';
import { fold } from '../prep/text.js';
import { LOOKBACK } from './named-before.js';
import type { Option, ResolveInput } from './resolve.js';

/**
 * "Brightwell Foods closed its plant in Hong Kong. “…,” the company said.", "paid US$1.1bn": a
 * place or a currency's country is named as an organisation, but no company, firm or union is
 * a place — "the company" passes over it to the organisation named before.
 */
function placeOrSum(inp: ResolveInput, b: number, o: Mention): boolean {
  if (isPlace(fold(o.text ?? ''))) return true;
  const c = inp.ctxs[b]!;
  const end = c.toks[o.tokEnd - 1]?.end ?? 0;
  return /^[$€£¥]/u.test(c.masked.slice(end, end + 1));
}

/** The organisation an org noun stands for: the latest one whose name holds it, or the one just named. */
export function organisation(inp: ResolveInput, m: Mention): Option[] {
  const head = fold(m.text ?? '');
  if (inp.lex.orgPronouns.has(head)) return orgOfPronoun(inp, m);
  let near: string | undefined;
  for (let b = m.block; b >= 0 && m.block - b <= LOOKBACK; b--) {
    const orgs = inp.byBlock[b]!.filter((o) => o.kind === 'org' && o.text && (b < m.block || o.tok < m.tok));
    for (const o of orgs.reverse()) {
      if (fold(o.text!).includes(head))
        return [
          {
            ref: { kind: 'org', name: o.text! },
            features: { 'via:orgdesc': 1, 'org:named': 1 },
            why: `« ${m.text} » → ${o.text}`,
          },
        ];
      if (!near && m.block - b <= 1 && inp.lex.orgAnaphors.has(head) && !placeOrSum(inp, b, o)) near = o.text;
    }
  }
  if (near)
    return [
      {
        ref: { kind: 'org', name: near },
        features: { 'via:orgdesc': 1, 'org:near': 1 },
        why: `« ${m.text} » → ${near}`,
      },
    ];
  const c = inp.ctxs[m.block]!;
  // "le ministère des Affaires étrangères": the noun with its complement, as written.
  const next = c.toks[m.tokEnd];
  let name = c.toks[m.tok]!.t;
  // (An article may stand between: "le ministère de la Santé".)
  let k = m.tokEnd + 1;
  while (c.toks[k] && inp.lex.determiners.has(c.toks[k]!.lo) && k - m.tokEnd < 3) k++;
  const complement = c.toks[k];
  let why = `« ${m.text} » as written`;
  // "le quotidien La Capitale", "l'agence Reuters": the name in apposition is the organisation's.
  if (
    next?.cap &&
    (!inp.lex.stop.has(next.lo) || (inp.lex.determiners.has(next.lo) && c.toks[m.tokEnd + 1]?.cap)) &&
    c.masked.slice(c.toks[m.tokEnd - 1]!.end, next.start) === ' '
  ) {
    let end = m.tokEnd;
    while (c.toks[end + 1]?.cap && end - m.tokEnd < 3) end++;
    name = c.masked.slice(next.start, c.toks[end]!.end);
    why = `« ${m.text} » → its name ${name}`;
  } else if (next && complement && inp.lex.orgConnectors.has(next.lo) && complement.cap) {
    let end = k;
    while (c.toks[end + 1]?.cap) end++;
    name = c.masked.slice(c.toks[m.tok]!.start, c.toks[end]!.end);
  }
  return [{ ref: { kind: 'org', name }, features: { 'via:orgdesc': 1, 'org:noun': 1 }, why }];
}

/** "Network Rail apologised. “…,” it said.": the organisation named last, in this paragraph or the one before. */
function orgOfPronoun(inp: ResolveInput, m: Mention): Option[] {
  for (let b = m.block; b >= 0 && m.block - b <= 1; b--) {
    // (Or an organisation's noun, as that noun resolves: "The council issued a statement. “…,” it said.")
    const orgs = inp.byBlock[b]!.filter(
      (o) =>
        (o.kind === 'org' || (o.kind === 'orgdesc' && !inp.lex.orgPronouns.has(fold(o.text ?? '')))) &&
        o.text &&
        (b < m.block || o.tok < m.tok) &&
        !(o.kind === 'org' && placeOrSum(inp, b, o)),
    );
    const last = orgs[orgs.length - 1];
    if (last?.kind === 'orgdesc') return organisation(inp, last);
    if (last)
      return [
        {
          ref: { kind: 'org', name: last.text! },
          features: { 'via:orgdesc': 1, 'org:near': 1 },
          why: `« ${m.text} » → ${last.text}`,
        },
      ];
  }
  return [];
}
