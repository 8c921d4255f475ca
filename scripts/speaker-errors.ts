// Development aid: for the TUNING part of the real labelled sets only, every quote whose speaker is
// wrong or missing, with its candidates, their probabilities and evidence (the test and holdout
// parts are never read).   npx tsx scripts/speaker-errors.ts [lang] [page-substring]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyse, type Trace } from '../src/core/brief/index.js';
import { probabilities } from '../src/core/brief/speakers/choose.js';
import { refName } from '../src/core/brief/speakers/types.js';
import { WEIGHTS } from '../src/core/brief/speakers/weights.js';
import { extractFromText } from '../src/core/extract/index.js';

const [lang, page] = process.argv.slice(2);
const SHARED = resolve('../shared');
const S = (await import(pathToFileURL(join(SHARED, 'scoring/brief-score.mjs')).href)) as {
  quoteMatches: (a: string, b: string) => boolean;
  nameMatches: (a: string, g: { name: string; aliases?: string[] }) => boolean;
};
interface G {
  page: string;
  lang: string;
  actors: { name: string; aliases?: string[] }[];
  quotes: { text: string; speaker: string | null; kind?: string; note?: string; co_speakers?: string[] }[];
}
const files: [G, string][] = [];
const real = join(SHARED, 'gold/real');
const per: Record<string, number> = {};
for (const f of readdirSync(real)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const g = JSON.parse(readFileSync(join(real, f), 'utf8')) as G;
  const i = (per[g.lang] = (per[g.lang] ?? -1) + 1);
  if (i < 7) files.push([g, readFileSync(join(real, 'texts', `${g.page}.txt`), 'utf8')]);
}
const tune = resolve('bench/real-news/tune');
if (existsSync(tune))
  for (const f of readdirSync(tune)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const g = JSON.parse(readFileSync(join(tune, f), 'utf8')) as G;
    files.push([g, readFileSync(join(tune, 'texts', `${g.page}.txt`), 'utf8')]);
  }
for (const [g, text] of files) {
  if ((lang && g.lang !== lang) || (page && !g.page.includes(page))) continue;
  const trace: Trace = { decisions: [] };
  analyse(extractFromText(text, { lang: g.lang }), trace);
  for (const d of trace.decisions) {
    const gq = g.quotes.find((q) => S.quoteMatches(d.span.text, q.text));
    if (!gq || !gq.speaker || gq.kind === 'heading' || gq.kind === 'document') continue;
    const names = [gq.speaker, ...(gq.co_speakers ?? [])];
    const ok = (n: string | null): boolean =>
      n !== null &&
      names.some((x) => S.nameMatches(n, g.actors.find((a) => a.name === x) ?? { name: x, aliases: [] }));
    const got = refName(d.speaker);
    if (ok(got)) continue;
    const ps = probabilities(d.case, WEIGHTS);
    console.log(
      `${g.page} [${d.span.block}] «${d.span.text.slice(0, 60)}» want ${gq.speaker} got ${got} — ${gq.note?.slice(0, 80)}`,
    );
    console.log(`    nobody ${ps[0]!.toFixed(2)} ${Object.keys(d.case.none).join(' ')}`);
    d.case.candidates.forEach((c, i) => {
      console.log(
        `    ${ok(refName(c.ref)) ? '✓' : ' '} ${refName(c.ref)} ${ps[i + 1]!.toFixed(2)} ${Object.keys(c.features).join(' ')}`,
      );
    });
  }
}
