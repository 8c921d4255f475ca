/**
 * The anchor sets of phrase-anchors.ts, computed from the rules. Only the test (anchors.test.ts)
 * runs this: it checks that the stored sets are current and rewrites them with UPDATE_ANCHORS=1.
 * They are stored rather than computed at load because parsing every rule costs milliseconds in
 * a content script that is cold on every page.
 */
import type { BoilerplateFamily } from '../boilerplate/phrases.js';
import { BOILERPLATE_PHRASES } from '../boilerplate/phrases.js';
import { PAGE_PHRASES } from '../boilerplate/page-match.js';
import { gateOf, sourceRequirements, type Gate, type Requirements } from './anchors.js';
import { LANGS, PHRASES, PREFILTER_MIN_CHARS, PREFILTER_WORDS, type Category } from './phrases.js';
import { matchForm } from './text.js';

export const GATED_CATEGORIES: Category[] = [
  'placeholder',
  'banner',
  'explanation',
  'label',
  'weakLabel',
  'related',
  'newsletter',
  'pay',
];
/**
 * The families of extraction's lists that the in-page scan matches (scan.ts, and boilerplateKindOf
 * through page-match.ts): every family the page hides, so that a family's regexps are compiled
 * only on pages with text that may match them.
 */
export const GATED_FAMILIES: BoilerplateFamily[] = ['consent', 'related', 'newsletter', 'share', 'promo'];

export function categoryAnchors(c: Category): Gate | null {
  return gateOf(
    LANGS.flatMap((l) =>
      PHRASES[l][c].map((r) => (typeof r === 'string' ? [[[matchForm(r)]]] : sourceRequirements(r.source))),
    ),
  );
}

export function familyAnchors(f: BoilerplateFamily): Gate | null {
  const sets = Object.values(BOILERPLATE_PHRASES[f].langs);
  return gateOf(
    sets
      .flatMap((x) => [...(x.whole ?? []), ...(x.start ?? []), ...(x.contains ?? [])])
      .map(sourceRequirements),
  );
}

/**
 * The phrase categories the scan reads a block for on its own (scan.ts). Labels and weak labels
 * ("OK", "Paramètres") and pay markers count only beside stronger wording, which the prefilter
 * lets through.
 */
export const PREFILTERED_CATEGORIES: Category[] = [
  'placeholder',
  'banner',
  'explanation',
  'related',
  'newsletter',
];

/** Every rule the scan reads text for on its own, as the regexp source it is matched with. */
export function prefilteredRules(): { name: string; source: string }[] {
  const out: { name: string; source: string }[] = [];
  for (const l of LANGS)
    for (const c of PREFILTERED_CATEGORIES)
      for (const r of PHRASES[l][c])
        out.push({ name: `${c} ${l}`, source: typeof r === 'string' ? escapeRe(matchForm(r)) : r.source });
  for (const [f, fam] of Object.entries(PAGE_PHRASES))
    for (const [l, x] of Object.entries(fam.langs))
      for (const s of [...(x.whole ?? []), ...(x.start ?? []), ...(x.contains ?? [])])
        out.push({ name: `${f} ${l}`, source: s });
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PLAIN_WORD = new RegExp(`^[\\p{L}]{${PREFILTER_MIN_CHARS},}$`, 'u');

/** Whether every text a rule with these requirements matches holds a word of `words`. */
export function coveredBy(reqs: Requirements[] | null, words: RegExp): boolean {
  return (
    reqs !== null &&
    reqs.every((branch) => branch.some((alts) => alts.every((a) => words.test(a.toLowerCase()))))
  );
}

/**
 * The word a rule the hand-written prefilter misses adds to it: of the requirement whose every
 * alternative has a plain word of PREFILTER_MIN_CHARS letters or more, the longest such word of
 * each alternative. None when no requirement has one ("ok", "x", "(share|tweet|…)+"): such rules
 * are read only beside other wording.
 */
function wordsFor(reqs: Requirements[] | null): string[] {
  if (reqs === null) return [];
  const out: string[] = [];
  for (const branch of reqs) {
    let best: string[] | null = null;
    for (const alts of branch) {
      const words = alts.map(
        (a) =>
          a
            .split(/[^\p{L}]+/u)
            .filter((w) => PLAIN_WORD.test(w))
            .sort((x, y) => y.length - x.length)[0],
      );
      if (
        words.every((w) => w !== undefined) &&
        (!best || Math.min(...words.map((w) => w.length)) > Math.min(...best.map((w) => w.length)))
      )
        best = words;
    }
    if (!best) return [];
    out.push(...best);
  }
  return out;
}

/** Words the prefilter takes from the phrase lists, for the rules its hand-written words miss. */
export function prefilterWords(): string[] {
  const hand = new RegExp(PREFILTER_WORDS, 'i');
  const words = new Set<string>();
  for (const r of prefilteredRules()) {
    const reqs = sourceRequirements(r.source);
    if (!coveredBy(reqs, hand)) for (const w of wordsFor(reqs)) words.add(w.toLowerCase());
  }
  return [...words].filter((w) => !hand.test(w)).sort();
}

/** The text of phrase-anchors.ts. */
export function anchorsModule(): string {
  const cats = GATED_CATEGORIES.map((c) => `  ${c}: ${JSON.stringify(categoryAnchors(c))},`).join('\n');
  const fams = GATED_FAMILIES.map((f) => `  ${f}: ${JSON.stringify(familyAnchors(f))},`).join('\n');
  return `/**
 * Generated by anchor-sets.ts (UPDATE_ANCHORS=1 npx vitest run src/core/consent/anchors.test.ts);
 * anchors.test.ts fails when these are stale. Per phrase category, and per family of extraction's
 * boilerplate lists: the literal gate before their regexps (see anchors.ts).
 */
import type { BoilerplateFamily } from '../boilerplate/phrases.js';
import type { Gate } from './anchors.js';
import type { Category } from './lang/types.js';

// prettier-ignore
export const CATEGORY_ANCHORS: Record<Category, Gate | null> = {
${cats}
};

// prettier-ignore
export const FAMILY_ANCHORS: Partial<Record<BoilerplateFamily, Gate | null>> = {
${fams}
};

/** Words of the phrase lists that the hand-written prefilter words (phrases.ts) lack. */
// prettier-ignore
export const LIST_WORDS = ${JSON.stringify(prefilterWords().join('|'))};
`;
}
