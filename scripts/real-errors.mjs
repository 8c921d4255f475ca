#!/usr/bin/env node
// Development aid for quote attribution: prints, for the TUNING part of the real labelled sets
// (../shared/gold/real dev split, bench/real-news/tune), every quote whose speaker is wrong or
// missing, every missed or extra quote, and actor misses and extras. It never prints the test or
// holdout parts: those are scored (bench) but not looked at while tuning.
//   node scripts/real-errors.mjs [--lang xx] [--page substring] [--all]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (k) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const shared = resolve('../shared');
const S = await import(pathToFileURL(join(shared, 'scoring/brief-score.mjs')).href);
const L = await import(pathToFileURL(resolve('dist/node/index.js')).href);

function sets() {
  const out = [];
  const dir = opt('--dir');
  if (dir) {
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const g = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const t = [join(dir, 'texts', `${g.page}.txt`), join(dir, f.replace(/\.json$/, '.txt'))].find(
        existsSync,
      );
      out.push({ g, text: readFileSync(t, 'utf8') });
    }
    return out;
  }
  const real = join(shared, 'gold/real');
  if (existsSync(real)) {
    const per = {};
    for (const f of readdirSync(real)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const g = JSON.parse(readFileSync(join(real, f), 'utf8'));
      const i = (per[g.lang] = (per[g.lang] ?? -1) + 1);
      if (i < 7) out.push({ g, text: readFileSync(join(real, 'texts', `${g.page}.txt`), 'utf8') });
    }
  }
  const tune = resolve('bench/real-news/tune');
  if (existsSync(tune))
    for (const f of readdirSync(tune)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const g = JSON.parse(readFileSync(join(tune, f), 'utf8'));
      out.push({ g, text: readFileSync(join(tune, 'texts', `${g.page}.txt`), 'utf8') });
    }
  return out;
}

const lang = opt('--lang');
const page = opt('--page');
let nOk = 0,
  nWrong = 0,
  nNull = 0,
  nMiss = 0,
  nExtra = 0;
for (const { g, text } of sets()) {
  if (lang && g.lang !== lang) continue;
  if (page && !g.page.includes(page)) continue;
  const b = L.briefFromText(text, { lang: g.lang });
  const lines = [];
  const used = new Set();
  for (const gq of g.quotes) {
    const i = b.quotes.findIndex((q, k) => !used.has(k) && S.quoteMatches(q.text, gq.text));
    if (i < 0) {
      nMiss++;
      lines.push(`  MISS  «${gq.text.slice(0, 70)}» (${gq.speaker})`);
      continue;
    }
    used.add(i);
    const q = b.quotes[i];
    if (!gq.speaker || gq.kind === 'heading' || gq.kind === 'document') {
      if (q.speaker && !gq.speaker && args.includes('--all'))
        lines.push(`  null? «${gq.text.slice(0, 60)}» got ${q.speaker}`);
      continue;
    }
    const names = [gq.speaker, ...(gq.co_speakers || [])];
    const ok =
      q.speaker &&
      names.some((n) =>
        S.nameMatches(q.speaker, g.actors.find((a) => a.name === n) || { name: n, aliases: [] }),
      );
    if (ok) {
      nOk++;
      if (args.includes('--all')) lines.push(`  ok    «${gq.text.slice(0, 60)}» ${q.speaker}`);
      continue;
    }
    if (q.speaker) nWrong++;
    else nNull++;
    lines.push(
      `  ${q.speaker ? 'WRONG' : 'NULL '} «${gq.text.slice(0, 60)}» got ${q.speaker} want ${gq.speaker}  [${(gq.note || '').slice(0, 90)}]`,
    );
  }
  b.quotes.forEach((q, k) => {
    if (used.has(k)) return;
    if (g.quotes.some((gq) => S.quoteMatches(q.text, gq.text))) return;
    const nq = (g.non_quotes || []).find((n) => S.quoteMatches(q.text, n.text));
    if (nq?.borderline) return;
    nExtra++;
    lines.push(`  EXTRA «${q.text.slice(0, 70)}» (${q.speaker})${nq ? ' non-quote: ' + nq.reason : ''}`);
  });
  const extraA = b.actors.filter((a) => !g.actors.some((ga) => S.nameMatches(a.name, ga))).map((a) => a.name);
  const missA = g.actors.filter((ga) => !b.actors.some((a) => S.nameMatches(a.name, ga))).map((a) => a.name);
  if (extraA.length) lines.push(`  actors extra: ${extraA.join(' | ')}`);
  if (missA.length) lines.push(`  actors missed: ${missA.join(' | ')}`);
  for (const ga of g.actors) {
    const a = b.actors.find((x) => S.nameMatches(x.name, ga));
    if (!a || !ga.role) continue;
    const words = (s) =>
      new Set(
        S.norm(s)
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w.length > 3),
      );
    const gw = words(ga.role),
      pw = words(a.role || '');
    if (![...gw].some((w) => pw.has(w))) lines.push(`  role  ${ga.name}: got "${a.role}" want "${ga.role}"`);
  }
  const keyTop = [...b.actors].sort((x, y) => Number(!!y.key) - Number(!!x.key)).slice(0, 6);
  const keyMiss = g.actors
    .filter((ga) => ga.key && !keyTop.some((a) => S.nameMatches(a.name, ga)))
    .map((a) => a.name);
  if (keyMiss.length) lines.push(`  key missed: ${keyMiss.join(' | ')}`);
  if (lines.length) console.log(`${g.page}\n${lines.join('\n')}`);
}
console.log(`\nspeakers ok ${nOk}, wrong ${nWrong}, null ${nNull}; quotes missed ${nMiss}, extra ${nExtra}`);
