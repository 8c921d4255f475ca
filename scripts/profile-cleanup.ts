/**
 * The content script's first cleanup pass in real Chromium, build against build: loads pages
 * (corpus pages, every STRIDE-th as in bench/content-script.ts, scripts stripped; or the files
 * given) with each extension build given (`--ext DIR`, default dist/chrome; cleanup only), in
 * rounds that alternate the builds, and prints per build the medians over pages of each page's
 * median: the pass's own time (User Timing `unwall:cleanup`), the renderer's script time (CDP
 * ScriptDuration), the longest and total own task (`unwall:task:*`). With `--profile`, also a CPU
 * profile of every load: the self time per function of content.js (native work it called charged
 * to it), summed, per build (build with `node build.mjs --dev` for readable names).
 *
 *   flock /tmp/unwall-heavy.lock npx tsx scripts/profile-cleanup.ts [--ext DIR]… [--rounds N] [--profile] [page.html …]
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { readabilityPages, zytePages } from '../bench/corpus.js';
import { launchWithExtension, servePages } from '../bench/page-server.js';
import { median } from '../bench/speed.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface Load {
  pass: number | null;
  script: number;
  longest: number;
  total: number;
}

const STRIDE = 4;
const SETTLE_MS = 1200;
const args = process.argv.slice(2);
const take = (flag: string): string[] => {
  const out: string[] = [];
  for (let i = args.indexOf(flag); i >= 0; i = args.indexOf(flag)) out.push(...args.splice(i, 2).slice(1));
  return out;
};
const exts = take('--ext').map((d) => resolve(d));
if (!exts.length) exts.push(resolve(import.meta.dirname, '..', 'dist', 'chrome'));
const ROUNDS = Number(take('--rounds')[0] ?? 1);
const PROFILE = args.includes('--profile');
const files = args.filter((a) => a !== '--profile');
const strip = (html: string): string => html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
const pages: { name: string; html: string }[] = files.length
  ? files.map((f) => ({ name: basename(f), html: readFileSync(f, 'utf8') }))
  : [
      ...readabilityPages().map((p) => ({ name: p.name, html: p.source })),
      ...zytePages().map((p) => ({ name: p.id, html: p.html })),
    ]
      .filter((_, i) => i % STRIDE === 0)
      .map((p) => ({ ...p, html: strip(p.html) }));

const server = await servePages(pages.map((p) => p.html));
const { origin } = server;

function selfTimes(profile: Profile, into: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  profile.samples.forEach((id, k) => {
    const leaf = byId.get(id)!;
    const dt = (profile.timeDeltas[k] ?? 0) / 1000;
    // A sample is the extension's when a frame of content.js is on its stack; native work it
    // called (DOM, style, layout, regexps) is charged to that frame, named after the native leaf.
    let n: ProfileNode | undefined = leaf;
    while (n && !n.callFrame.url.includes('content.js')) n = parent.get(n.id);
    if (!n) return;
    // Inclusive time per function of content.js (once per sample however deep it recurses).
    const onStack = new Set<string>();
    for (let a: ProfileNode | undefined = n; a; a = parent.get(a.id))
      if (a.callFrame.url.includes('content.js'))
        onStack.add(`[incl] ${a.callFrame.functionName || '(anon)'}`);
    for (const k of onStack) into.set(k, (into.get(k) ?? 0) + dt);
    const own = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
    const key = n === leaf ? own : `${own} > ${leaf.callFrame.functionName || '(native)'}`;
    into.set(key, (into.get(key) ?? 0) + dt);
  });
}

async function loadAll(ext: string, loads: Load[][], self: Map<string, number>): Promise<void> {
  const { context, dispose } = await launchWithExtension(ext, {
    schemaVersion: 1,
    cleanup: true,
    autoRefuse: false,
  });
  try {
    for (let i = 0; i < pages.length; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      if (PROFILE) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      await page.goto(`${origin}/page/${i}`, { waitUntil: 'load' }).catch(() => undefined);
      await page.waitForTimeout(SETTLE_MS);
      const { metrics } = await cdp.send('Performance.getMetrics');
      if (PROFILE)
        selfTimes(((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile, self);
      const own = await page
        .evaluate(() => ({
          pass: performance.getEntriesByName('unwall:cleanup')[0]?.duration ?? null,
          tasks: performance
            .getEntriesByType('measure')
            .filter((e) => e.name.startsWith('unwall:task:'))
            .map((e) => e.duration),
        }))
        .catch(() => ({ pass: null, tasks: [] as number[] }));
      loads[i]!.push({
        pass: own.pass,
        script: (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000,
        longest: Math.max(0, ...own.tasks),
        total: own.tasks.reduce((s, t) => s + t, 0),
      });
      await page.close();
    }
  } finally {
    await dispose();
  }
}

console.log(`pages: ${pages.map((p) => p.name).join(', ')}`);
const results = exts.map(() => pages.map((): Load[] => []));
const selfs = exts.map(() => new Map<string, number>());
try {
  for (let round = 0; round < ROUNDS; round++)
    for (let e = 0; e < exts.length; e++) await loadAll(exts[e]!, results[e]!, selfs[e]!);
} finally {
  server.close();
}
const p90 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))] ?? 0;
console.log(
  `${pages.length} pages, ${ROUNDS} round(s); per page its median over the rounds, then over pages:\n`,
);
console.log(
  '| build | pass median | p90 | script median | p90 | longest own task median | max | own tasks total median |',
);
console.log('|---|---|---|---|---|---|---|---|');
exts.forEach((ext, e) => {
  const per = (f: (l: Load) => number | null): number[] =>
    results[e]!.map((ls) => median(ls.map(f).filter((x): x is number => x !== null))).filter(
      (x) => !Number.isNaN(x),
    );
  const pass = per((l) => l.pass);
  const script = per((l) => l.script);
  const longest = per((l) => l.longest);
  const total = per((l) => l.total);
  console.log(
    `| ${ext} | ${median(pass).toFixed(1)} | ${p90(pass).toFixed(1)} | ${median(script).toFixed(1)} | ${p90(script).toFixed(1)} | ${median(longest).toFixed(1)} | ${Math.max(...longest).toFixed(1)} | ${median(total).toFixed(1)} |`,
  );
});
if (pages.length <= 5)
  exts.forEach((ext, e) => {
    results[e]!.forEach((ls, i) => {
      console.log(
        `${basename(ext)} ${pages[i]!.name}: pass ${ls.map((l) => l.pass?.toFixed(0)).join(' ')}; longest ${ls.map((l) => l.longest.toFixed(0)).join(' ')}; script ${ls.map((l) => l.script.toFixed(0)).join(' ')}`,
      );
    });
  });
if (PROFILE)
  exts.forEach((ext, e) => {
    console.log(`\n${ext}: self time in content.js (ms, all loads), top 40:`);
    const all = [...selfs[e]!].sort((a, b) => b[1] - a[1]);
    for (const [k, v] of all.filter(([k]) => !k.startsWith('[incl]')).slice(0, 40))
      console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
    console.log(`\n${ext}: inclusive time per function of content.js (ms, all loads), top 40:`);
    for (const [k, v] of all.filter(([k]) => k.startsWith('[incl]')).slice(0, 40))
      console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
  });
