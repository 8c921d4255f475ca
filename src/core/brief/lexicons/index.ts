import type { Lexicon } from './types.js';
import { CS } from './cs.js';
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { IT } from './it.js';

export type { Lexicon } from './types.js';
export { MALE_NAMES, FEMALE_NAMES } from './first-names.js';

const LEXICONS: Record<string, Lexicon> = { en: EN, fr: FR, de: DE, es: ES, it: IT, cs: CS };

/** The lexicon of a language; English for languages the engine does not know. */
export function lexiconFor(lang: string): Lexicon {
  return LEXICONS[lang] ?? EN;
}

export const KNOWN_LANGS = Object.keys(LEXICONS);
