/**
 * One Chromium trace per page load (CDP Tracing), to see where the content script's main-thread
 * time goes: the evaluation of content.js (v8.compile and v8.run of its EvaluateScript) and the
 * extension's own tasks (User Timing `unwall:task:*`: the pass's slices, which run in promise
 * continuations), the layout, style and GC inside them, beside the renderer's ScriptDuration and
 * the pass's own figure (`unwall:cleanup`). Medians over the pages (corpus pages, every STRIDE-th
 * as in bench/content-script.ts, scripts stripped; cleanup only). Tracing slows the renderer:
 * compare the parts, not the absolute times, with the bench.
 *
 *   flock /tmp/unwall-heavy.lock npx tsx scripts/trace-content.ts [--ext DIR] [--pages N]
 *     [--stride S] [--each: one line per page] [--names: busiest trace events inside our spans]
 *     [--compile: V8's compile events too, slower]
 */
import type { CDPSession } from 'playwright-core';
import { resolve } from 'node:path';
import { readabilityPages, zytePages } from '../bench/corpus.js';
import { launchWithExtension, servePages } from '../bench/page-server.js';
import { median } from '../bench/speed.js';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
  id?: string;
  id2?: unknown;
}
const args = process.argv.slice(2);
const opt = (flag: string, dflt: string): string => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1]! : dflt;
};
const ext = resolve(opt('--ext', resolve(import.meta.dirname, '..', 'dist', 'chrome')));
const STRIDE = Number(opt('--stride', '4'));
const N = Number(opt('--pages', '40'));
const strip = (html: string): string => html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
const pages = [...readabilityPages().map((p) => p.source), ...zytePages().map((p) => p.html)]
  .filter((_, i) => i % STRIDE === 0)
  .map(strip)
  .slice(0, N);
const server = await servePages(pages);
const { origin } = server;

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((ok) =>
    cdp.once('Tracing.tracingComplete', () => {
      ok();
    }),
  );
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        ...(args.includes('--compile') ? ['disabled-by-default-v8.compile'] : []),
        'blink.user_timing',
        'toplevel',
      ],
    },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

const isOurs = (e: TraceEvent): boolean => {
  const d = (e.args?.data ?? e.args) as Record<string, string | undefined> | undefined;
  const url = d?.url ?? d?.scriptName ?? d?.fileName ?? '';
  return url.includes('content.js');
};

function split(events: TraceEvent[]): Record<string, number> {
  const ours = events.filter((e) => isOurs(e) && e.ph === 'X' && e.dur !== undefined);
  if (!ours.length) return {};
  const { tid, pid } = ours[0]!;
  const thread = events.filter((e) => e.tid === tid && e.pid === pid);
  // The extension's own task measures (async begin/end pairs of blink.user_timing).
  const open = new Map<string, number>();
  const spans: [number, number, string][] = ours.map((e) => [e.ts, e.ts + e.dur!, e.name]);
  for (const e of thread) {
    if (!e.name.startsWith('unwall:task:')) continue;
    const key = `${e.name}:${e.id ?? JSON.stringify(e.id2)}`;
    if (e.ph === 'b') open.set(key, e.ts);
    else if (e.ph === 'e' && open.has(key)) {
      spans.push([open.get(key)!, e.ts, e.name]);
      open.delete(key);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s0, t] of spans) {
    const last = merged[merged.length - 1];
    if (last && s0 <= last[1]) last[1] = Math.max(last[1], t);
    else merged.push([s0, t]);
  }
  const out: Record<string, number> = {};
  const add = (k: string, v: number): void => {
    out[k] = (out[k] ?? 0) + v / 1000;
  };
  for (const [s0, t] of merged) add('ALL ours (union)', t - s0);
  const within = (e: TraceEvent): boolean => merged.some(([s0, t]) => e.ts >= s0 && e.ts + (e.dur ?? 0) <= t);
  for (const e of thread) {
    if (e.ph !== 'X' || e.dur === undefined || !within(e)) continue;
    if (
      [
        'Layout',
        'LocalWindowProxy::Initialize',
        'UpdateLayoutTree',
        'ParseAuthorStyleSheet',
        'InvalidateLayout',
        'ScheduleStyleRecalculation',
      ].includes(e.name)
    )
      add('in:' + e.name, e.dur);
    else if (/^(MinorGC|MajorGC|V8\.GC_SCAVENGER|V8\.GC_MARK_COMPACTOR|BlinkGC\.AtomicPhase)$/.test(e.name))
      add('in:gc:' + e.name, e.dur);
  }
  for (const e of ours) add('ours:' + e.name, e.dur!);
  // Forced style and layout: Layout / UpdateLayoutTree events that run inside our spans were
  // forced by our script (the page's own ones run in their own tasks). Counted, and whether the
  // page had laid itself out before our first span (else our first forced layout is its first).
  const first = merged[0]![0];
  out['count:forced Layout'] = 0;
  out['count:forced UpdateLayoutTree'] = 0;
  out['count:frame contexts built'] = 0;
  out['page laid out before us (0/1)'] = 0;
  for (const e of thread) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    if (e.name === 'Layout' && e.ts + e.dur <= first) out['page laid out before us (0/1)'] = 1;
    if (within(e) && e.name === 'Layout') {
      out['count:forced Layout']++;
      if (args.includes('--names')) {
        const stack = (e.args?.beginData as { stackTrace?: { functionName: string; lineNumber: number }[] })
          ?.stackTrace;
        console.log(
          `forced Layout ${(e.dur / 1000).toFixed(1)} ms at`,
          (stack ?? [])
            .slice(0, 4)
            .map((f) => `${f.functionName}:${f.lineNumber}`)
            .join(' < '),
        );
      }
    }
    if (within(e) && e.name === 'UpdateLayoutTree') out['count:forced UpdateLayoutTree']++;
    // A script context built for a frame inside our spans: the first read of a frame's document
    // from the content script creates the extension's world in that frame (~4 ms each).
    if (within(e) && e.name === 'LocalWindowProxy::Initialize') out['count:frame contexts built']++;
  }
  if (args.includes('--names')) {
    const by = new Map<string, number>();
    for (const e of thread)
      if (e.ph === 'X' && e.dur !== undefined && within(e))
        by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
    console.log(
      [...by]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(' | '),
    );
    const slices = spans
      .filter(([, , n]) => n === 'unwall:task:first pass')
      .map(([a, b]) => ((b - a) / 1000).toFixed(1));
    console.log('first-pass slices:', slices.join(' '));
  }
  for (const [s0, t, name] of spans) if (name.startsWith('unwall:')) add(name, t - s0);
  return out;
}

const { context, dispose } = await launchWithExtension(ext, {
  schemaVersion: 1,
  cleanup: true,
  autoRefuse: false,
});
const all: Record<string, number[]> = {};
try {
  for (let i = 0; i < pages.length; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const events = await trace(cdp, async () => {
      await page.goto(`${origin}/page/${i}`, { waitUntil: 'load' }).catch(() => undefined);
      await page.waitForTimeout(1200);
    });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const s = split(events);
    s['ScriptDuration(page total)'] = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    s['pass (User Timing)'] = await page.evaluate(
      () => performance.getEntriesByName('unwall:cleanup')[0]?.duration ?? -1,
    );
    for (const [k, v] of Object.entries(s)) (all[k] ??= []).push(v);
    if (args.includes('--each'))
      console.log(
        i,
        JSON.stringify(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, +v.toFixed(2)]))),
      );
    await page.close();
  }
} finally {
  await dispose();
  server.close();
}
for (const [k, v] of Object.entries(all).sort())
  console.log(
    `${k.padEnd(40)} n=${String(v.length).padStart(3)} median ${median(v).toFixed(2)}  sum/pages ${(v.reduce((a, b) => a + b, 0) / pages.length).toFixed(2)}`,
  );
