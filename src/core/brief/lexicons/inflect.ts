/**
 * Regular inflection of speech verbs so lexicons can list lemmas and only the irregular forms.
 * Only the forms news prose uses for reported speech: third person present and past, participles.
 */
const strip = (lemma: string, n: number): string => lemma.slice(0, lemma.length - n);

/** French first group (-er): déclare, déclarent, déclarait, déclara, déclaré, déclarant. */
export function frEr(lemmas: string[]): string[] {
  return lemmas.flatMap((l) => {
    const s = strip(l, 2);
    return [
      `${s}e`,
      `${s}ent`,
      `${s}ait`,
      `${s}aient`,
      `${s}a`,
      `${s}èrent`,
      `${s}é`,
      `${s}ée`,
      `${s}és`,
      `${s}ant`,
    ];
  });
}

/** French second group (-ir): réagit, réagissent, réagissait, réagi, réagissant. */
export function frIr(lemmas: string[]): string[] {
  return lemmas.flatMap((l) => {
    const s = strip(l, 2);
    return [`${s}it`, `${s}issent`, `${s}issait`, `${s}i`, `${s}ie`, `${s}issant`];
  });
}

/** English regular verbs: adds, added, adding (final e and consonant doubling handled). */
export function en(lemmas: string[]): string[] {
  return lemmas.flatMap((l) => {
    if (l.endsWith('e')) return [l, `${l}s`, `${l}d`, `${strip(l, 1)}ing`];
    if (/[^aeiou]y$/.test(l)) return [l, `${strip(l, 1)}ies`, `${strip(l, 1)}ied`, `${l}ing`];
    if (/(?:sh|ch|ss|x)$/.test(l)) return [l, `${l}es`, `${l}ed`, `${l}ing`];
    return [l, `${l}s`, `${l}ed`, `${l}ing`];
  });
}

/** German weak verbs: betont, betonte, betonten, betonen, betont (participle "betont" too). */
export function deWeak(lemmas: string[]): string[] {
  return lemmas.flatMap((l) => {
    const s = l.endsWith('ern') || l.endsWith('eln') ? strip(l, 1) : strip(l, 2);
    const e = /(?:t|d)$/.test(s) ? 'e' : '';
    return [`${s}${e}t`, `${s}${e}te`, `${s}${e}ten`, l, `ge${s}${e}t`];
  });
}

/** Spanish -ar verbs: afirma, afirman, afirmó, afirmaron, afirmaba, afirmado, afirmando. */
export function esAr(lemmas: string[]): string[] {
  return lemmas.flatMap((l) => {
    const s = strip(l, 2);
    return [`${s}a`, `${s}an`, `${s}ó`, `${s}aron`, `${s}aba`, `${s}ado`, `${s}ada`, `${s}ando`];
  });
}

/** Spanish -er/-ir verbs: sostiene is irregular, so only: -e, -en, -ió, -ieron, -ía, -ido, -iendo. */
export function esErIr(lemmas: string[]): string[] {
  return lemmas.flatMap((l) => {
    const s = strip(l, 2);
    return [`${s}e`, `${s}en`, `${s}ió`, `${s}ieron`, `${s}ía`, `${s}ido`, `${s}ida`, `${s}iendo`];
  });
}

/** Italian -are verbs: dichiara, dichiarano, dichiarò, dichiarato, dichiarata, dichiarando. */
export function itAre(lemmas: string[]): string[] {
  return lemmas.flatMap((l) => {
    const s = strip(l, 3);
    // (-arlo: the infinitive with its clitic, "A spiegarlo è stato il ministro".)
    return [
      `${s}a`,
      `${s}ano`,
      `${s}ò`,
      `${s}ato`,
      `${s}ata`,
      `${s}ava`,
      `${s}ando`,
      `${s}arono`,
      `${s}arlo`,
    ];
  });
}
