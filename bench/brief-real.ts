/**
 * The brief on real news excerpts labelled blind, next to the naive baseline of ../shared/scoring
 * (every span in quote marks is a quote, the nearest capitalised two-word name its speaker), per
 * language and part: ../shared/gold/real (dev = the first 7 files of each language, test = the last
 * 3) and bench/real-news (tune, holdout). The weights are fitted on the dev and tune parts only
 * (scripts/fit-speakers.ts); test and holdout are measured, never tuned on. "wrong" is the share of
 * matched quotes with a named speaker that the brief gives to the wrong person (no name is not wrong).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { briefFromText } from '../src/core/index.js';
import type { Brief } from '../src/core/types.js';
import { loadScorer, type Gold } from './brief.js';
import { SHARED } from './corpus.js';

interface RealGold extends Gold {
  actors: { name: string; aliases?: string[] }[];
  quotes: { text: string; speaker: string | null; kind?: string; co_speakers?: string[] }[];
}
interface Doc {
  gold: RealGold;
  text: string;
  part: 'dev' | 'test' | 'tune' | 'holdout';
}
type Scorer = Awaited<ReturnType<typeof loadScorer>> & {
  quoteMatches: (a: string, b: string) => boolean;
  nameMatches: (pred: string, actor: { name: string; aliases?: string[] }) => boolean;
};
type Naive = (text: string) => Pick<Brief, 'text' | 'quotes' | 'actors'>;

const LOCAL = resolve(import.meta.dirname, 'real-news');

function readDir(dir: string, part: (g: RealGold, i: number) => Doc['part']): Doc[] {
  if (!existsSync(dir)) return [];
  const perLang: Record<string, number> = {};
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as RealGold;
      const i = (perLang[gold.lang] = (perLang[gold.lang] ?? -1) + 1);
      return {
        gold,
        text: readFileSync(join(dir, 'texts', `${gold.page}.txt`), 'utf8'),
        part: part(gold, i),
      };
    });
}

export function realDocs(): Doc[] {
  return [
    ...readDir(join(SHARED, 'gold', 'real'), (_, i) => (i < 7 ? 'dev' : 'test')),
    ...readDir(join(LOCAL, 'tune'), () => 'tune'),
    ...readDir(join(LOCAL, 'holdout'), () => 'holdout'),
  ];
}

/**
 * Matched quotes with a named speaker, and how many the brief gives to someone else; matched quotes
 * of someone the text does not name (speaker null), and how many the brief still gives a name to
 * (the shared scorer leaves those out of speaker accuracy: a name there misleads as much).
 */
function wrongSpeakers(
  s: Scorer,
  gold: RealGold,
  brief: Pick<Brief, 'quotes'>,
): { n: number; wrong: number; unnamed: number; named: number } {
  let n = 0;
  let wrong = 0;
  let unnamed = 0;
  let named = 0;
  for (const gq of gold.quotes) {
    if (gq.kind === 'document' || gq.kind === 'heading') continue;
    const pq = brief.quotes.find((q) => s.quoteMatches(q.text, gq.text));
    if (!pq) continue;
    if (!gq.speaker) {
      unnamed++;
      if (pq.speaker) named++;
      continue;
    }
    n++;
    if (!pq.speaker) continue;
    const names = [gq.speaker, ...(gq.co_speakers ?? [])];
    if (!names.some((x) => s.nameMatches(pq.speaker!, gold.actors.find((a) => a.name === x) ?? { name: x })))
      wrong++;
  }
  return { n, wrong, unnamed, named };
}

export async function benchBriefReal(): Promise<void> {
  const s = (await loadScorer()) as Scorer;
  const { naiveBrief } = (await import(pathToFileURL(join(SHARED, 'scoring', 'naive-brief.mjs')).href)) as {
    naiveBrief: Naive;
  };
  const docs = realDocs();
  type Row = {
    results: ReturnType<Scorer['scoreBrief']>[];
    n: number;
    wrong: number;
    unnamed: number;
    named: number;
    files: number;
  };
  const rows = new Map<string, Row>();
  for (const d of docs) {
    const briefs: [string, Pick<Brief, 'text' | 'quotes' | 'actors'>][] = [
      ['Unwall', briefFromText(d.text, { lang: d.gold.lang })],
      ['naive', naiveBrief(d.text)],
    ];
    for (const [system, b] of briefs) {
      for (const lang of [d.gold.lang, 'all']) {
        const key = `${d.part}|${lang}|${system}`;
        const row = rows.get(key) ?? { results: [], n: 0, wrong: 0, unnamed: 0, named: 0, files: 0 };
        row.results.push(s.scoreBrief(d.gold, b as Brief));
        const w = wrongSpeakers(s, d.gold, b);
        row.n += w.n;
        row.wrong += w.wrong;
        row.unnamed += w.unnamed;
        row.named += w.named;
        row.files++;
        rows.set(key, row);
      }
    }
  }
  const f2 = (x: number): string => x.toFixed(2);
  const pct = (k: number, n: number): string => `${n ? ((100 * k) / n).toFixed(0) : '0'} %`;
  console.log(
    'Real news excerpts labelled blind. dev/test: ../shared/gold/real (first 7 / last 3 files per language);\n' +
      'tune/holdout: bench/real-news. Weights are fitted on dev and tune only; test and holdout are never tuned on.\n' +
      '"wrong speaker": of the matched quotes of a named speaker, the share given to someone else; "unnamed given a\n' +
      'name": of the matched quotes of someone the text does not name (count in brackets), the share given a name.\n',
  );
  console.log(
    '| part | lang | files | system | person F1 | key recall | role acc | quote F1 | speaker acc | wrong speaker | unnamed given a name |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const part of ['dev', 'test', 'tune', 'holdout']) {
    for (const lang of ['de', 'en', 'es', 'fr', 'it', 'all']) {
      for (const system of ['Unwall', 'naive']) {
        const r = rows.get(`${part}|${lang}|${system}`);
        if (!r) continue;
        const t = s.total(r.results);
        const label = lang === 'all' ? '**all**' : lang;
        console.log(
          `| ${part} | ${label} | ${r.files} | ${system} | ${f2(t.actorF1)} | ${f2(t.keyRecall)} | ${f2(t.roleAcc)} | ${f2(t.quoteF1)} | ${f2(t.speakerAcc)} | ${pct(r.wrong, r.n)} | ${pct(r.named, r.unnamed)} (${r.unnamed}) |`,
        );
      }
    }
  }
}

/**
 * Brief time on plain text of growing size (the team-written articles repeated up to the size, a
 * paragraph structure like a long page): time must grow about linearly. CPU time of this process,
 * median of three runs.
 */
export function benchBriefSize(): void {
  const dir = resolve(import.meta.dirname, '..', 'fixtures', 'articles');
  const article = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n\n');
  const cpu = (f: () => unknown): number => {
    const a = process.cpuUsage();
    f();
    const d = process.cpuUsage(a);
    return (d.user + d.system) / 1000;
  };
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const words = (s: string): number => s.split(/\s+/u).length;
  const one = article.split('\n\n').slice(0, 14).join('\n\n');
  briefFromText(one);
  const short = median([0, 1, 2].map(() => cpu(() => briefFromText(one))));
  const analyse = median([0, 1, 2].map(() => briefFromText(one).timings['analyseMs'] ?? 0));
  console.log(
    `Article of ${words(one)} words: whole brief ${short.toFixed(1)} ms CPU, analysis ${analyse.toFixed(1)} ms\n`,
  );
  console.log('| text | words | brief ms (CPU) | ms per 100 kB |');
  console.log('|---|---|---|---|');
  for (const mb of [0.25, 0.5, 1, 2]) {
    let text = '';
    while (text.length < mb * 1e6) text += `${article}\n\n`;
    text = text.slice(0, mb * 1e6);
    const ms = median([0, 1, 2].map(() => cpu(() => briefFromText(text))));
    console.log(`| ${mb} MB | ${words(text)} | ${ms.toFixed(0)} | ${((ms / (mb * 1e6)) * 1e5).toFixed(0)} |`);
  }
  // One paragraph where a minister speaks again and again (a description, then a pronoun, as the
  // subject) after a mayor named in the paragraph before: each quote's antecedent search reached
  // back to her over the whole paragraph (n² sentence reads before sentence-skip.ts).
  const piece = (i: number): string =>
    `Le ministre de l’Intérieur, Gérald Darmanin, a parlé du dossier ${i}. Il a déclaré : « Nous allons agir vite sur le dossier ${i}. » Le ministre a ajouté : « C’est urgent pour ${i}. »`;
  for (const mb of [0.125, 0.25, 0.5]) {
    let text =
      'Le conseil vote le budget\n\nMarie Dubois, la maire, a parlé lundi aux journalistes du projet.\n\n';
    for (let i = 0; text.length < mb * 1e6; i++) text += `${piece(i)} `;
    const ms = median([0, 1, 2].map(() => cpu(() => briefFromText(text, { lang: 'fr' }))));
    console.log(
      `| one paragraph, ${mb} MB | ${words(text)} | ${ms.toFixed(0)} | ${((ms / (mb * 1e6)) * 1e5).toFixed(0)} |`,
    );
  }
}
