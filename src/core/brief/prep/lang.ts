/**
 * A cheap language guess from stopwords, for text whose language is unknown ("und"). Counts the
 * commonest function words of each language; enough for news paragraphs, no model needed.
 */
const STOP: Record<string, string[]> = {
  fr: [
    'le',
    'la',
    'les',
    'des',
    'est',
    'une',
    'dans',
    'pour',
    'que',
    'qui',
    'pas',
    'sur',
    'avec',
    'du',
    'au',
    'et',
  ],
  en: ['the', 'and', 'is', 'of', 'to', 'in', 'that', 'was', 'for', 'with', 'on', 'he', 'said', 'it', 'are'],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'mit',
    'sich',
    'auf',
    'den',
    'ein',
    'eine',
    'sie',
    'von',
    'zu',
  ],
  es: ['el', 'la', 'los', 'las', 'que', 'del', 'por', 'con', 'una', 'para', 'es', 'se', 'y', 'en', 'su'],
  it: ['il', 'la', 'che', 'di', 'della', 'per', 'con', 'sono', 'una', 'gli', 'non', 'del', 'nel', 'è', 'ha'],
  cs: ['a', 'je', 'se', 'na', 'že', 'v', 've', 'to', 'jsou', 'by', 'jako', 'podle', 'také', 'který'],
};

const SETS = Object.fromEntries(Object.entries(STOP).map(([k, v]) => [k, new Set(v)]));

export function guessLang(text: string): string {
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, 2000) ?? [];
  let best = 'und';
  let bestScore = 0;
  for (const [lang, set] of Object.entries(SETS)) {
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    if (n > bestScore) {
      best = lang;
      bestScore = n;
    }
  }
  return bestScore >= 3 ? best : 'und';
}
