/**
 * Sentence splitting for news prose in FR/EN/DE/ES/IT. Hand-written because Intl.Segmenter's sentence
 * mode is missing in older Firefox ESR builds and splits after abbreviations like "M." or "Dr.".
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'sgt',
  'capt',
  'mm',
  'mme',
  'mlle',
  'me',
  'mgr',
  'hr',
  'fr',
  'sra',
  'sr',
  'dott',
  'sig',
  'sig.ra',
  'on',
  'avv',
  'ing',
  'no',
  'nr',
  'vol',
  'p',
  'pp',
  'ca',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'z.b',
  'bzw',
  'usw',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'ltd',
  'co',
  'corp',
]);

const CLOSERS = '»”"’)\\]';

/** Built once (the loop below runs to the end, so lastIndex is reset at each call, not shared). */
const SENTENCE_END = new RegExp(`[.!?…]+[${CLOSERS}]*(?=\\s+[\\p{Lu}\\p{N}«“"„‘¿¡(\\[—–-])`, 'gu');
const LAST_WORD = /([\p{L}.]+)$/u;
const ONE_LETTER = /^\p{L}$/u;
const DOTTED_LETTER = /\.\p{L}$/u;

/** Splits a paragraph into sentences, keeping each sentence verbatim (a substring of the input). */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  const re = SENTENCE_END;
  re.lastIndex = 0;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph)) !== null) {
    const end = m.index + m[0].length;
    const before = paragraph.slice(start, m.index);
    const lastWord = LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? '';
    // "M. Dupont", "Dr. Smith", "J. R. R. Tolkien", "U.S. officials": not a sentence end.
    if (
      m[0] === '.' &&
      (ABBREVIATIONS.has(lastWord) || ONE_LETTER.test(lastWord) || DOTTED_LETTER.test(lastWord))
    ) {
      continue;
    }
    const sentence = paragraph.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
