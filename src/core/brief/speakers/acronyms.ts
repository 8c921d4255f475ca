/**
 * An organisation that speaks under its acronym ("UQ said") is named in full when the text spells it
 * out ("the University of Queensland"): the reader may not know the acronym, and one organisation
 * should not appear under two names in the brief.
 */
import type { BlockCtx } from '../prep/context.js';
import type { Decision } from './types.js';

/** Short words an organisation's name may hold between its capitalised words, in the five languages. */
const LINK = String.raw`(?:of|the|for|and|on|per|pour|para|por|zur|zum|de|des|du|la|le|les|et|di|del|della|dello|dei|degli|delle|e|y|los|las|für|der|die|das|und|von)`;

function spelledOut(acronym: string, ctxs: readonly BlockCtx[]): string | null {
  const letters = acronym.match(/\p{Lu}/gu) ?? [];
  const word = (l: string): string => `${l}[\\p{Ll}\\p{Lu}’'-]*\\p{Ll}[\\p{L}’'-]*`;
  let re: RegExp | undefined;
  for (const c of ctxs) {
    // Each word of the name starts with one of the letters, as written: a block without one of them
    // cannot match (most blocks; the pattern, compiled per acronym, is slow to run over every block).
    if (!letters.every((l) => c.text.includes(l))) continue;
    re ??= new RegExp(`(?<![\\p{L}])${letters.map(word).join(`(?:\\s+${LINK}){0,2}\\s+`)}(?![\\p{L}])`, 'u');
    const m = re.exec(c.text);
    if (m) return m[0];
  }
  return null;
}

/**
 * The name an acronym or a ticker stands beside in parentheses: "ArcelorMittal (NYSE: MT)" (one
 * word with inner capitals), "la Agencia Estatal de Meteorología (Aemet)" (capitalised words joined
 * by a short word, after a lowercase one).
 */
function introduced(acronym: string, ctxs: readonly BlockCtx[]): string | null {
  const cap = String.raw`\p{Lu}[\p{L}\p{N}&’'.-]*`;
  const paren = String.raw`\s*\((?:\p{Lu}+:\s*)?${acronym}\)`;
  const brand = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*)${paren}`, 'u');
  const institution = new RegExp(
    String.raw`(?<=\p{Ll}\s+)(${cap}(?:\s+${cap})*(?:\s+${LINK}(?:\s+${LINK})?\s+${cap}(?:\s+${cap})*)+)${paren}`,
    'u',
  );
  // Both patterns end with the acronym and its closing parenthesis: a block without them cannot match
  // (running the patterns over every block cost a long text more than the rest of the analysis).
  const closing = `${acronym})`;
  for (const c of ctxs) {
    if (!c.text.includes(closing)) continue;
    const m = brand.exec(c.text) ?? institution.exec(c.text);
    if (m) return m[1]!;
  }
  return null;
}

export function expandAcronyms(decisions: readonly Decision[], ctxs: readonly BlockCtx[]): void {
  const memo = new Map<string, string | null>();
  for (const d of decisions) {
    const s = d.speaker;
    if (s?.kind !== 'org' || !/^\p{Lu}{2,6}$/u.test(s.name)) continue;
    if (!memo.has(s.name)) memo.set(s.name, introduced(s.name, ctxs) ?? spelledOut(s.name, ctxs));
    const full = memo.get(s.name);
    if (full) d.speaker = { kind: 'org', name: full };
  }
}
