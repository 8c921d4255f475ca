/**
 * The page cleanup's consistency with the extraction (bench/consistency.ts), per corpus and part,
 * and the misses of the part rules are tuned on, grouped by kind: what to work on next (issue 10).
 * The held-out third is counted, never listed, so that no rule is fitted to it.
 *   npx tsx scripts/consistency-misses.ts [zyte|wcxb] [--held-out]   (--held-out: its figures only)
 */
import { boilerplateKindOf } from '../src/core/boilerplate/box.js';
import { consistency } from '../bench/consistency.js';
import { HAS_SHARED, isHeldOut, wcxbPages, zytePages } from '../bench/corpus.js';

if (!HAS_SHARED) {
  console.log('consistency-misses: ../shared not found, nothing to measure');
  process.exit(0);
}
const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
const showHeldOut = process.argv.includes('--held-out');
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)} %` : '-');

for (const corpus of ['zyte', 'wcxb'] as const) {
  if (only && only !== corpus) continue;
  const pages = corpus === 'zyte' ? zytePages() : wcxbPages();
  const tuned = pages.filter((p) => !isHeldOut(corpus, p.id));
  const heldOut = pages.filter((p) => isHeldOut(corpus, p.id));
  for (const [part, ps] of showHeldOut
    ? ([['held out', heldOut]] as const)
    : ([['tuned on', tuned]] as const)) {
    const c = consistency([...ps]);
    console.log(
      `${corpus} ${part}: ${c.pages} pages, hidden ${c.hidden}/${c.removed} = ${pct(c.hidden, c.removed)}, class names only ${pct(c.byName, c.removed)} (it would hide ${c.articleByName} article blocks), article blocks hidden ${c.articleHidden} of ${c.articleBlocks} (by design ${c.byDesign})`,
    );
    for (const p of c.byPage) for (const w of p.wronglyHidden) console.log(`  WRONGLY HIDDEN ${p.id}: ${w}`);
    if (part !== 'tuned on') continue;
    const byKind = new Map<string, string[]>();
    for (const p of c.byPage)
      for (const m of p.missed) {
        const kind = boilerplateKindOf(m) ?? 'named box';
        byKind.set(kind, [...(byKind.get(kind) ?? []), `${p.id}: ${m.replace(/\s+/g, ' ')}`]);
      }
    for (const [kind, list] of [...byKind].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`  ${kind} (${list.length})`);
      for (const l of list) console.log(`    ${l}`);
    }
  }
}
