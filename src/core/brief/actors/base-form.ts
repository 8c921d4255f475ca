/**
 * A role in its base form, as a reader would write it alone. German declines the words of a role with
 * the article before it ("des Kärntner Landesrats", "den ehemaligen VW-Vorstandsvorsitzenden", "die
 * beiden Anwälte"): alone, the role is "Kärntner Landesrat", "ehemaliger VW-Vorstandsvorsitzender",
 * "Anwalt". Only the words up to the role noun change; its complement ("der IGM Freudenstadt")
 * keeps its case. The other languages' roles are left as written.
 */
import { deRoleBase, isRoleWord, type Lex } from '../lexicons/compile.js';

/** Quantifiers of a plural role shared by several names: "die beiden Anwälte X und Y". */
const DE_QUANTIFIERS = /^(?:beide|beiden|zwei|drei|vier|fünf|alle|allen)$/u;

/** A lowercase declined adjective or participle before a German noun: "ehemaligen", "frisch gekürte". */
const DE_DECLINED = /^(\p{Ll}{3,}?)(?:en|em|es|er|e)$/u;

export function baseRole(role: string, gender: 'm' | 'f' | null, lex: Lex): string {
  if (lex.lang !== 'de') return role;
  const words = role.split(' ');
  const head = words.findIndex((w) => /^\p{Lu}/u.test(w) && isRoleWord(lex, w.toLowerCase()));
  if (head < 0) return role;
  const noun = words[head]!;
  const lower = noun.toLowerCase();
  // The noun: its listed form, in the case it has alone ("Landesrats" → "Landesrat").
  let base = deRoleBase(lex, lower) ?? lower;
  // A noun made from an adjective takes the adjective's strong ending: "der Vorsitzende" is
  // "Vorsitzender" alone (a woman: "Vorsitzende").
  const feminine = gender === 'f' || /in$/u.test(base);
  const listed = (w: string): boolean => deRoleBase(lex, w) === w;
  if (/e$/u.test(base) && !feminine && listed(`${base}r`)) base = `${base}r`;
  if (/er$/u.test(base) && feminine && listed(base.slice(0, -1))) base = base.slice(0, -1);
  // Keep what the text wrote before the changed letters: its capitals and compound parts ("VW-").
  let same = 0;
  while (same < base.length && lower[same] === base[same]) same++;
  const written = noun.slice(0, same) + base.slice(same);
  const out: string[] = [];
  for (let i = 0; i < head; i++) {
    const w = words[i]!;
    if (DE_QUANTIFIERS.test(w.toLowerCase())) continue;
    const m = DE_DECLINED.exec(w);
    // (Adverbs stay: "frisch gekürte"; only the words ending as a declined adjective change.)
    out.push(m ? `${m[1]!}${feminine ? 'e' : gender === 'm' ? 'er' : 'e'}` : w);
  }
  out.push(written, ...words.slice(head + 1));
  return out.join(' ');
}
