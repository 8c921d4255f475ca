/**
 * Tokens and sentences over one block of text, with character offsets into the block.
 * Hand-written: the engine needs offsets, elision ("l’Asloca"), possessives ("Parata’s") and
 * initials ("Donald J. Trump") handled the same way in five languages, which no small library does.
 */
export interface Token {
  /** Surface form without trailing dot, possessive or elided article. */
  t: string;
  lo: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** All capitals, two letters or more (an acronym: CGT, ARS, SPD). */
  acro: boolean;
  /** A dot followed the token ("J.", "Mr.", or a sentence end). */
  dot: boolean;
  /** Possessive "’s" was stripped. */
  poss: boolean;
}

const folded = new Map<string, string>();

/**
 * Whether fold leaves `s` as it is: ASCII without capitals or straight apostrophes (most lower-case
 * words of an article). Checking that is cheaper than the memo's lookup, which hashes the string and
 * probes a map of up to 200,000 entries; fold is asked for nearly every word of a text.
 */
function foldsToItself(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x27 || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}

/** Lowercase without diacritics, typographic apostrophe; memoised (names and words repeat a lot). */
export function fold(s: string): string {
  if (foldsToItself(s)) return s;
  let f = folded.get(s);
  if (f === undefined) {
    f = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/'/g, '’');
    if (folded.size > 200000) folded.clear();
    folded.set(s, f);
  }
  return f;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-’'.][\p{L}\p{M}\p{N}]+)*\.?/gu;
const ELISION = /^(l|d|qu|j|n|s|c|m|t|dell|dall|all|nell|sull|dev|un|quell|sant)['’](?=\p{L})/iu;

/** "al-Bashir", "el-Sisi", "bin-Salman": an Arabic article before a capitalised name. */
const ARABIC_ARTICLE = /^(?:al|el|ad|ash|bin|ben|abu|ibn)-\p{Lu}/u;

/** Hoisted: esbuild writes a `\p{…}` literal as `new RegExp(…)`, built again at every call. */
const LAST_WORD = /([\p{L}.]+)$/u;
/** An initial or initials written together ("J", "J.D"): the dot after them ends no sentence. */
const INITIALS = /^\p{L}(?:\.\p{L})*$/u;

/** Initialisms of places and bodies, written like initials ("U.S. Embassy", "U.N. envoy"). */
const NOT_INITIALS = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'n.y', 'l.a', 'n.j']);

/** An initial or initials written together ("J.", "J.D.") — before a surname, part of a name. */
export const isInitial = (t: Token): boolean =>
  t.dot && /^\p{Lu}(?:\.\p{Lu})*$/u.test(t.t) && !NOT_INITIALS.has(t.lo);

function push(out: Token[], t: string, start: number, dot: boolean, poss: boolean): void {
  const lower = t.toLowerCase();
  const first = t.charAt(0);
  // Cheap tests first: this runs for every word of the article.
  const upper = first !== first.toLowerCase();
  out.push({
    t,
    lo: lower.includes("'") ? lower.replace(/'/g, '’') : lower,
    start,
    end: start + t.length,
    cap: upper || (t.includes('-') && ARABIC_ARTICLE.test(t)),
    acro: t.length > 1 && first === first.toUpperCase() && t === t.toUpperCase() && t !== lower,
    dot,
    poss,
  });
}

/** Whether a word at `start` opens its sentence: nothing but space, quote marks or brackets since a full stop. */
function sentenceOpensAt(text: string, start: number): boolean {
  // (Only called for a capital D’, which is rare: reading the text before it costs nothing.)
  return /(?:^|[.!?…:;])[\s«»“”„"'‘’([–—-]*$/u.test(text.slice(0, start));
}

/**
 * `placeAt`: whether a folded word names a place. At a sentence start a capital D’ before a place is
 * an elided preposition ("D’Abidjan, il a …"); before any other capitalised word it opens a surname
 * ("D’Amato ha detto: …"), as it does inside a sentence.
 */
export function tokenize(text: string, placeAt: (folded: string) => boolean = () => true): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    let t = m[0];
    let start = m.index;
    let dot = false;
    let poss = false;
    if (t.endsWith('.')) {
      dot = true;
      t = t.slice(0, -1);
    }
    // Elisions and possessives hold an apostrophe; most words do not.
    if (t.includes('’') || t.includes("'")) {
      const el = ELISION.exec(t);
      // "Luciano D’Alfonso", "ha detto D'Amato": a capital D’ inside a sentence opens a surname (an
      // elided article there is written in lower case); at a sentence start, unless a place follows.
      if (
        el &&
        !(
          el[1] === 'D' &&
          /\p{Lu}/u.test(t.charAt(2)) &&
          (!sentenceOpensAt(text, start) || !placeAt(fold(t.slice(2).replace(/[’']s$/u, ''))))
        )
      ) {
        push(out, t.slice(0, el[0].length), start, false, false);
        start += el[0].length;
        t = t.slice(el[0].length);
      }
      if (/['’]s$/u.test(t) && t.length > 2) {
        t = t.slice(0, -2);
        poss = true;
      }
    }
    if (t) push(out, t, start, dot, poss);
  }
  return out;
}

/** Whether the gap between two tokens is plain space (they can belong to one name). */
export function tight(text: string, a: Token, b: Token): boolean {
  if (a.poss) return false;
  const gap = text.slice(a.end + (a.dot ? 1 : 0), b.start);
  return gap === ' ' || gap === '';
}

const NONE: ReadonlySet<string> = new Set();

const ABBR = new Set([
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
  'm',
  'mme',
  'mlle',
  'me',
  'sig',
  'dott',
  'sra',
  'dra',
  'no',
  'nr',
  'vs',
  'etc',
  'ca',
  'u.s',
  'u.k',
  'z.b',
  'bzw',
  'inc',
  'ltd',
  'co',
  'corp',
  'feb',
  'jan',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Sentence ranges [start, end) of a block whose quotes are masked (so periods inside quotes do not
 * split). A dot after an abbreviation or an initial is not an end.
 */
export function sentenceRanges(
  masked: string,
  ordinals = false,
  abbrevs: ReadonlySet<string> = NONE,
): [number, number][] {
  const out: [number, number][] = [];
  const re = /[.!?…]+(?=\s|$)/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(masked)) !== null) {
    const before =
      LAST_WORD.exec(masked.slice(Math.max(start, m.index - 12), m.index))?.[1]?.toLowerCase() ?? '';
    if (m[0] === '.' && (ABBR.has(before) || abbrevs.has(before) || INITIALS.test(before))) continue;
    // German writes ordinals with a stop: "über den 1. Heimsieg", "am 24. Dezember", "die 3. Liga".
    if (ordinals && m[0] === '.' && /(?:^|\s)\d{1,2}$/u.test(masked.slice(Math.max(0, m.index - 3), m.index)))
      continue;
    const end = m.index + m[0].length;
    out.push([start, end]);
    start = end;
  }
  if (start < masked.length) out.push([start, masked.length]);
  return out;
}
