/**
 * Role phrases about several people: a plural role shared by coordinated names, the category
 * before examples ("poids lourds de l'opposition comme X"), and the singular of such a phrase.
 */
import type { Lex } from '../lexicons/compile.js';
import type { Token } from '../prep/text.js';

/**
 * A plural role shared by two coordinated names: « Les émissaires américain et russe, X et Y » gives
 * « émissaire américain » and « émissaire russe »; otherwise both keep the phrase as written.
 */
export function distributeRole(role: string, lex: Lex): [string, string] {
  const conj = [...lex.conjunctions].join('|');
  const m = new RegExp(`^(\\S+)\\s+(\\S+)\\s+(?:${conj})\\s+(\\S+)$`, 'u').exec(role);
  if (!m) return [role, role];
  const head = singular(m[1]!, lex.lang);
  return [`${head} ${m[2]!}`, `${head} ${m[3]!}`];
}

/** Words that introduce examples of a category: "comme", "such as", "wie", "come", "como". */
const EXAMPLES: Record<string, string[]> = {
  fr: ['comme', 'tels', 'telles'],
  en: ['like'],
  de: ['wie'],
  it: ['come'],
  es: ['como'],
};

/** Token index where the category phrase ends when an example cue precedes the name, else -1. */
export function exampleCue(toks: Token[], end: number, lex: Lex): number {
  const a = toks[end - 1];
  if (!a) return -1;
  if (a.cap) return -1;
  if (EXAMPLES[lex.lang]?.includes(a.lo)) return end - 1;
  if (lex.lang === 'en' && a.lo === 'as' && toks[end - 2]?.lo === 'such') return end - 2;
  return -1;
}

/** "poids lourds de l'opposition" → "poids lourd de l'opposition": the head words made singular. */
export function singularPhrase(role: string, lex: Lex): string {
  const words = role.split(' ');
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    if (lex.stop.has(w) || lex.particles.has(w)) break;
    if (!lex.roleNouns.has(w) && /[^s](?:s|x)$/u.test(w) && w.length > 3) words[i] = words[i]!.slice(0, -1);
  }
  return words.join(' ');
}

function singular(word: string, lang: string): string {
  if (lang === 'it' && /i$/.test(word)) return `${word.slice(0, -1)}o`;
  return /[sx]$/.test(word) ? word.slice(0, -1) : word;
}
