/** Which words of a person's name the text may use alone for them. */
import { isKnownName } from '../lexicons/compile.js';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicons/first-names.js';
import { fold } from '../prep/text.js';

/** A name's surname: its last word, not a generational suffix ("Bill Moody Jr" → "Moody"). */
export function surnameOf(tokens: readonly string[]): string {
  const n = tokens.length;
  return n > 1 && /^(?:Jr|Sr|II|III|IV)\.?$/u.test(tokens[n - 1]!) ? tokens[n - 2]! : tokens[n - 1]!;
}

/**
 * "Pérez" for "Lucía Pérez Lozano": Spanish names carry two surnames and the text takes the person up
 * by the first ("dijo Pérez"). The word before the last, in a name of three words or more, when no
 * list knows it as a given name ("Juan Carlos Rodríguez": "Carlos" is a given name) and it is no particle.
 */
export function paternalSurname(tokens: readonly string[]): string | null {
  if (tokens.length < 3) return null;
  const w = tokens[tokens.length - 2]!;
  const lower = w.toLowerCase();
  if (
    !/^\p{Lu}\p{Ll}{2,}$/u.test(w) ||
    isKnownName(fold(lower)) ||
    MALE_NAMES.has(fold(lower)) ||
    FEMALE_NAMES.has(fold(lower))
  )
    return null;
  return w;
}
