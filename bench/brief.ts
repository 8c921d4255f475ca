/**
 * Brief accuracy against the gold files (../shared/gold) and the team-written fixtures
 * (fixtures/articles), scored with the shared reference scorer so every figure is computed the same way.
 * Per language and overall: people P/R/F1, key-actor recall (top 6), role accuracy, quote P/R/F1,
 * speaker accuracy, boilerplate left. Czech is reported on its own line (not a product language).
 */
import { Readability } from '@mozilla/readability';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { briefFromText } from '../src/core/index.js';
import { briefFromHtml, parseHtml } from '../src/node/index.js';
import type { Brief } from '../src/core/types.js';
import { FAKE_URL, HAS_SHARED, READABILITY_DIR, SHARED } from './corpus.js';

export interface Gold {
  page: string;
  lang: string;
  actors: unknown[];
  quotes: unknown[];
  boilerplate: string[];
}
interface Score {
  actors: { precision: number; recall: number; tp: number; fp: number; gold: number };
  keyActors: { recall: number; found: number; gold: number };
  roles: { accuracy: number; ok: number; n: number };
  quotes: { precision: number; recall: number; tp: number; fp: number; gold: number };
  speakers: { accuracy: number; ok: number; n: number };
  boilerplateLeft: number;
}
interface Totals {
  actorF1: number;
  actorP: number;
  actorR: number;
  keyRecall: number;
  roleAcc: number;
  quoteF1: number;
  quoteP: number;
  quoteR: number;
  speakerAcc: number;
  boilerplateLeft: number;
}
interface Scorer {
  scoreBrief: (gold: Gold, brief: Brief) => Score;
  total: (results: Score[]) => Totals;
}

export const FIXTURES_DIR = resolve(import.meta.dirname, '..', 'fixtures', 'articles');
const GOLD_DIR = join(SHARED, 'gold');
const SEED = join(SHARED, 'seed', '000_1587d152ec640068.txt');

export interface Case {
  name: string;
  set: 'gold' | 'team-written';
  gold: Gold;
  brief: () => Brief;
  html?: string;
}

const readJson = (path: string): Gold => JSON.parse(readFileSync(path, 'utf8')) as Gold;

export function goldCases(): Case[] {
  const out: Case[] = [];
  if (!HAS_SHARED) return out;
  for (const file of readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = readJson(join(GOLD_DIR, file));
    if (gold.page.startsWith('seed')) {
      out.push({
        name: gold.page,
        set: 'gold',
        gold,
        brief: () => briefFromText(readFileSync(SEED, 'utf8'), { lang: 'fr' }),
      });
      continue;
    }
    const html = readFileSync(join(READABILITY_DIR, gold.page, 'source.html'), 'utf8');
    out.push({
      name: gold.page,
      set: 'gold',
      gold,
      html,
      brief: () => briefFromHtml(html, { url: FAKE_URL }),
    });
  }
  return out;
}

export function fixtureCases(): Case[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const gold = readJson(join(FIXTURES_DIR, file));
      const text = readFileSync(join(FIXTURES_DIR, file.replace(/\.json$/, '.txt')), 'utf8');
      return {
        name: gold.page,
        set: 'team-written' as const,
        gold,
        brief: () => briefFromText(text, { lang: gold.lang }),
      };
    });
}

const pct = (x: number): string => x.toFixed(2);

function row(label: string, n: number, t: Totals): string {
  return `| ${label} | ${n} | ${pct(t.actorP)} | ${pct(t.actorR)} | ${pct(t.actorF1)} | ${pct(t.keyRecall)} | ${pct(t.roleAcc)} | ${pct(t.quoteP)} | ${pct(t.quoteR)} | ${pct(t.quoteF1)} | ${pct(t.speakerAcc)} | ${t.boilerplateLeft} |`;
}

export async function loadScorer(): Promise<Scorer> {
  return (await import(pathToFileURL(join(SHARED, 'scoring', 'brief-score.mjs')).href)) as Scorer;
}

export async function benchBrief(): Promise<void> {
  const { scoreBrief, total } = await loadScorer();
  const cases = [...goldCases(), ...fixtureCases()];
  // Timings: the best of three warm runs each (the machine is shared; a single run measures the noise).
  const RUNS = 3;
  const results = cases.map((c) => {
    c.brief();
    let brief = c.brief();
    let analyseMs = brief.timings['analyseMs'] ?? 0;
    for (let i = 1; i < RUNS; i++) {
      brief = c.brief();
      analyseMs = Math.min(analyseMs, brief.timings['analyseMs'] ?? 0);
    }
    let parseMs: number | null = null;
    if (c.html) {
      for (let i = 0; i < RUNS; i++) {
        const doc = parseHtml(c.html, FAKE_URL);
        const t = performance.now();
        new Readability(doc).parse();
        parseMs = Math.min(parseMs ?? Infinity, performance.now() - t);
      }
    }
    return { c, brief, score: scoreBrief(c.gold, brief), parseMs, analyseMs };
  });
  console.log(
    '| set / language | pages | person P | person R | person F1 | key recall | role acc | quote P | quote R | quote F1 | speaker acc | boilerplate left |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  const groups: [string, typeof results][] = [];
  for (const set of ['gold', 'team-written'] as const) {
    const inSet = results.filter((r) => r.c.set === set);
    for (const lang of [...new Set(inSet.map((r) => r.c.gold.lang))].sort()) {
      groups.push([
        `${set} ${lang}${lang === 'cs' ? ' (not a product language)' : ''}`,
        inSet.filter((r) => r.c.gold.lang === lang),
      ]);
    }
    groups.push([`**${set}, five languages**`, inSet.filter((r) => r.c.gold.lang !== 'cs')]);
  }
  groups.push(['**all, five languages**', results.filter((r) => r.c.gold.lang !== 'cs')]);
  for (const [label, rs] of groups) console.log(row(label, rs.length, total(rs.map((r) => r.score))));
  console.log('\nPer page (analysis time vs Readability.parse of the same page, best of 3 warm runs):\n');
  console.log('| page | set | lang | person F1 | quote F1 | speakers | analyse ms | Readability parse ms |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const t = total([r.score]);
    console.log(
      `| ${r.c.name} | ${r.c.set} | ${r.c.gold.lang} | ${pct(t.actorF1)} | ${pct(t.quoteF1)} | ${r.score.speakers.ok}/${r.score.speakers.n} | ${r.analyseMs.toFixed(2)} | ${r.parseMs === null ? '–' : r.parseMs.toFixed(1)} |`,
    );
  }
}
