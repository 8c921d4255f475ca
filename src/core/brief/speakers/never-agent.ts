/**
 * Mentions that read as organisations but never speak: a street, a dateline. (An English
 * organisation before a role noun is governed by it: modifiers.ts.) agentsIn drops them.
 */
import type { Lex } from '../lexicons/compile.js';
import type { Mention } from '../mentions/entities.js';
import type { BlockCtx } from '../prep/context.js';

export function neverAgent(c: BlockCtx, m: Mention, lex: Lex): boolean {
  return dateline(c, m) || street(m, lex) || labelAside(c, m);
}

/**
 * A label opening the paragraph with an abbreviation in parentheses before its colon ("Krone (AUT):
 * „…“", "Anna Berg (SPD):"): the abbreviation is the label's country, party or club, not who speaks;
 * the name before it is (or no one the brief can read).
 */
const LABEL_HEAD = /^\s*(?:\p{Lu}[\p{L}\d.&'’-]*\s+){0,3}\p{Lu}[\p{L}\d.&'’-]*\s*\(\s*$/u;

function labelAside(c: BlockCtx, m: Mention): boolean {
  if (m.kind !== 'org' || !m.text || !/^\p{Lu}{2,5}$/u.test(m.text)) return false;
  const start = c.toks[m.tok]!.start;
  const end = c.toks[m.tokEnd - 1]!.end;
  return LABEL_HEAD.test(c.masked.slice(0, start)) && /^\s*\)\s*:/u.test(c.masked.slice(end, end + 6));
}

/**
 * A street is a place, not an organisation that speaks: "Jim Teenan, aged 49, Fairbourne Close
 * said", "residents of Europa Boulevard". English puts the street's type last, the Romance languages
 * first ("Piazza Garibaldi"), German in one word ("Hauptstraße"); a one-word name may be a surname.
 */
function street(m: Mention, lex: Lex): boolean {
  if (m.kind !== 'org' || !m.text) return false;
  const words = m.text.toLowerCase().split(/\s+/u);
  if (lex.streetSuffixes.some((x) => words.some((w) => w.length > x.length + 2 && w.endsWith(x))))
    return true;
  return words.length > 1 && lex.streetWords.has((lex.lang === 'en' ? words.at(-1) : words[0])!);
}

/**
 * A dateline opening the paragraph ("BELLUNO – «…»", "PHOENIX, Ariz. —", "ROMA (ANSA) -") is where
 * and through whom the story was filed, never who speaks. Only a place in capitals, and only an
 * organisation's name in it: an interview's label ("Mario Rossi – …") stays a speaker.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{1,30}(?:,[^,—–«“"„]{1,25})?(?:\s*\([^)]{1,20}\))?\s*[—–-]\s/u;

function dateline(c: BlockCtx, m: Mention): boolean {
  if (m.kind !== 'org' || m.tok > 4) return false;
  const d = DATELINE.exec(c.masked.slice(0, 80));
  return d !== null && c.toks[m.tok]!.start < d[0].length;
}
