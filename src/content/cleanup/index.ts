/**
 * In-page cleanup: hides what the consent scan finds (marker attributes + one owned stylesheet per
 * root, never removing page nodes), puts an extension-owned notice with a link to the original in
 * place of each blocked embed, undoes scroll locks, and watches for late arrivals (watch.ts).
 * undo() restores the page exactly. The caller (src/content/index.ts) decides whether to run it.
 *
 * Every pass is bounded: the scan is about linear in the page's size and findings, runs in slices
 * of SLICE_MS that give the page the main thread in between (slices.ts), and stops at a hard cap
 * of work (elements handled, counted: the same on every machine) or, as a backstop, of main-thread
 * time (then what was found so far is applied); hiding is sliced too. Rescans read only what
 * changed.
 */
import {
  ConsentScan,
  findScrollLocks,
  gone,
  type Finding,
  type ScrollLock,
} from '../../core/consent/index.js';
import type { Removed } from '../../core/types.js';
import { Hider, inPage } from './hide.js';
import { NOTICE_ATTR, insertNotice } from './notice.js';
import { capped, runSliced, TaskClock, yieldToPage, type Meter } from './slices.js';
import type { Applied, Cleanup, CleanupOptions } from './types.js';
import { Unlocker } from './unlock.js';
import { boxless, Watcher } from './watch.js';

export { CLEANUP_CSS, HIDDEN_ATTR, PREHIDE_ATTR, UNLOCK_ATTR } from './hide.js';
export { NOTICE_ATTR } from './notice.js';
export type { Applied, Cleanup, CleanupOptions, CleanupStats } from './types.js';

/** Findings hidden between two pauses (each may insert a notice). */
const APPLY_CHUNK = 100;

const isConsentUi = (f: Finding): boolean => f.kind === 'consent-banner' || f.kind === 'consent-wall';

function isRendered(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function' || typeof el.getClientRects !== 'function')
    return true; // no layout (Node)
  return el.getClientRects().length > 0;
}

/**
 * Inside something the cleanup added or already hid (across shadow boundaries). Marks of `early`
 * (prehidden before their pass's findings were final) do not count: the pass decides on them.
 */
function covered(el: Element, hider: Hider, early: ReadonlySet<Element> = new Set()): boolean {
  for (let n: Node | null = el; n;) {
    if (
      n.nodeType === 1 &&
      ((hider.isHidden(n as Element) && !early.has(n as Element)) || (n as Element).hasAttribute(NOTICE_ATTR))
    )
      return true;
    n = n.parentNode ?? null;
    if (n && n.nodeType === 11) n = (n as ShadowRoot).host;
  }
  return false;
}

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

function toRemoved(f: Finding): Removed {
  const r: Removed = { kind: f.kind, text: f.text };
  if (f.kind === 'consent-embed') {
    r.provider = f.provider ?? null;
    r.url = f.url ?? null;
  }
  return r;
}

export function startCleanup(doc: Document, options: CleanupOptions = {}): Cleanup {
  const opts = {
    boilerplate: true,
    notices: true,
    observe: true,
    observeMs: 15000,
    budgetMs: 150,
    throttleMs: 100,
    sliceMs: undefined as number | undefined,
    firstPassCapElements: 200_000,
    rescanCapElements: 50_000,
    firstPassCapMs: 5000,
    rescanCapMs: 250,
    consentUiGraceMs: 0,
    ...options,
  };
  const started = Date.now();
  const lang = opts.lang ?? doc.documentElement?.getAttribute('lang') ?? null;
  const clock = new TaskClock();
  const hider = new Hider();
  const unlocker = new Unlocker(hider);
  const applied: Applied[] = [];
  const locks: ScrollLock[] = [];
  const extra = {
    firstPassMs: null as number | null,
    firstPassSlices: 0,
    firstPassUnits: 0,
    largestUnit: 0,
    largestCompile: 0,
    rescans: 0,
    restored: 0,
  };
  /** Prehidden banners and when their grace period ends (Date.now() time). */
  const grace = new Map<Element, number>();
  let graceTimer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let undone = false;
  let busy = false;
  let watchSpent = 0;
  let reportedKey = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const watcher = new Watcher(doc, opts.throttleMs, () => {
    const start = performance.now();
    clock.run('watch', maintain);
    if (watcher.watching) watchSpent += performance.now() - start;
  });

  /**
   * Reports, in a task of its own, when what is hidden now differs from the last report (the
   * report itself copies the whole list into a message).
   */
  let reportQueued = false;
  const changed = (): void => {
    if (reportQueued || !opts.onChange) return;
    reportQueued = true;
    void yieldToPage().then(() => {
      reportQueued = false;
      if (undone) return;
      clock.run('report', () => {
        const key = cleanup
          .removed()
          .map((r) => `${r.kind}:${r.text}`)
          .join('\n');
        if (key === reportedKey) return;
        reportedKey = key;
        opts.onChange?.(cleanup);
      });
    });
  };

  /** Undoes scroll locks: consent-named ones always, generic ones when a consent UI was found. */
  const unlock = (): void => {
    const consentUi = cleanup.consentUi;
    const inline = findScrollLocks(doc).filter((l) => l.consent || consentUi);
    if (inline.length) locks.push(...unlocker.apply(inline, doc));
    const view = doc.defaultView;
    if ((consentUi || inline.length > 0) && view && typeof view.getComputedStyle === 'function') {
      const computed = findScrollLocks(doc, (el) => view.getComputedStyle(el)).filter(
        (l) => l.kind !== 'class',
      );
      locks.push(...unlocker.mark(computed));
    }
  };

  /**
   * Hides what is new among `found`, a chunk at a time. `early`: consent UIs prehidden while the
   * scan ran (see prehideEarly); those the finished scan does not keep are let go at the end.
   */
  function* hideWork(found: Finding[], early: Set<Element>): Generator<void> {
    const todo: Finding[] = [];
    for (let i = 0; i < found.length; i++) {
      if (i % APPLY_CHUNK === APPLY_CHUNK - 1) yield;
      const f = found[i]!;
      if (gone(f.element)) continue; // in a frame that navigated meanwhile (Firefox)
      if (!covered(f.element, hider, early) && (f.kind !== 'boilerplate' || opts.boilerplate)) todo.push(f);
    }
    // Findings are outermost, so hiding one never covers another of the same pass: what is on
    // screen is read for all of them first (one layout; nothing is written in between), before
    // any marker changes it.
    const shown: boolean[] = [];
    for (let i = 0; i < todo.length; i++) {
      if (i % (4 * APPLY_CHUNK) === 0) yield;
      shown.push(!gone(todo[i]!.element) && isRendered(todo[i]!.element));
    }
    const now = Date.now();
    for (let i = 0; i < todo.length; i++) {
      if (i % APPLY_CHUNK === 0) yield;
      const f = todo[i]!;
      if (!inPage(f.element) || covered(f.element, hider, early)) continue;
      early.delete(f.element);
      if (isConsentUi(f) && opts.consentUiGraceMs > 0) {
        hider.prehide(f.element, f.kind);
        grace.set(f.element, now + opts.consentUiGraceMs);
      } else hider.hide(f.element, f.kind);
      watcher.guardMarker(f.element);
      for (const part of f.parts ?? []) {
        hider.hide(part, f.kind);
        watcher.guardMarker(part);
      }
      const notice = f.kind === 'consent-embed' && opts.notices ? insertNotice(f, lang) : null;
      applied.push({ finding: f, rendered: shown[i]!, notice });
    }
    // In the same task as the last markers: nothing the scan dropped flashes in between.
    for (const el of early) hider.release(el);
    early.clear();
    yield;
    scheduleGrace();
    unlock();
    watcher.flush();
  }

  /**
   * A pass: the scan (whole page or what changed), capped, then hiding, all in slices. The first
   * pass starts in the caller's task, so a small page is clean before it is next painted;
   * rescans start in a task of their own.
   */
  const pass = (within: Element[] | null, first: boolean): void => {
    busy = true;
    // Roots and frames are watched the moment the scan reads them, not after it: the scan runs in
    // slices, and a nested frame that finished loading in between (its load event already fired)
    // or a frame document that went on parsing kept its banner (Chromium runs the content script
    // at document_idle, often while nested frames still load).
    const early = new Set<Element>();
    /**
     * Consent UIs named by their platform's markup, made transparent and click-through the
     * moment the scan has read them (the refusal library still sees them; see consentUiGraceMs):
     * the phrase passes after them took 70–300 ms of a first pass in Chromium, all that time
     * with the banner on screen (npm run bench, consent UI on screen).
     */
    const prehideEarly = (found: readonly Finding[]): void => {
      if (undone) return;
      for (const f of found) {
        if (gone(f.element) || covered(f.element, hider, early)) continue;
        hider.prehide(f.element, f.kind);
        early.add(f.element);
      }
    };
    const scan = new ConsentScan(doc, {
      onConsentUi: prehideEarly,
      within,
      reach: {
        root: (root) => {
          if (watcher.watching) watcher.watchContent(root);
        },
        frame: (frame) => {
          if (opts.observe) watcher.hookFrame(frame);
        },
        // A frame not on screen is read once it gets a box (what it shows only matters then): the
        // first read of a frame's document builds the extension's script context for it.
        deferFrame: (frame) => opts.observe && boxless(frame) && watcher.watchBox(frame),
      },
    });
    const capMs = first ? opts.firstPassCapMs : opts.rescanCapMs;
    const capElements = first ? opts.firstPassCapElements : opts.rescanCapElements;
    function* work(meter: Meter): Generator<void> {
      const found = yield* capped(
        scan.run(),
        () => scan.work.elements >= capElements || meter.spent() >= capMs,
        () => scan.partial(),
      );
      if (found.capped) {
        clock.stats.capped++;
        // For the bench, beside the pass's tasks (the time cap depends on the machine).
        mark(`unwall:capped:${first ? 'first pass' : 'rescan'}`);
      }
      if (first) extra.firstPassUnits = scan.work.units;
      extra.largestUnit = Math.max(extra.largestUnit, scan.work.largestUnit);
      extra.largestCompile = Math.max(extra.largestCompile, scan.work.largestCompile);
      yield* hideWork(found.value, early);
    }
    const go = (): void => {
      const what = first ? 'first pass' : 'rescan';
      runSliced(work, clock, { what, sliceMs: opts.sliceMs, cancelled: () => undone }, (result) => {
        busy = false;
        if (first) {
          extra.firstPassMs = result.ms;
          extra.firstPassSlices = result.slices;
          markReady();
        } else {
          extra.rescans++;
          watchSpent += result.ms;
        }
        changed();
        // What changed while the pass ran.
        if (watcher.pending.roots.size) watcher.schedule();
      });
    };
    if (first) go();
    else void yieldToPage().then(go);
  };

  /** One task for what the watcher collected. */
  const maintain = (): void => {
    if (undone) return;
    const over = Date.now() - started > opts.observeMs || watchSpent > opts.budgetMs;
    if (watcher.watching && over) watcher.stopContent();
    const pending = watcher.take();
    if (pending.restore) extra.restored += hider.restore() + unlocker.restore();
    if (pending.locks) unlock();
    watcher.flush();
    const roots = [...pending.roots].filter(inPage);
    if (roots.length && busy) {
      // Kept for after the pass, a frame's load included (rescanned even once watching stopped).
      for (const r of roots) watcher.pending.roots.add(r);
      if (pending.frameLoad) watcher.pending.frameLoad = true;
    } else if (roots.length && (watcher.watching || pending.frameLoad)) pass(roots, false);
    changed();
  };

  /** Banners whose grace period ended: hidden fully if still shown, let go if answered. */
  const settleGrace = (all: boolean): void => {
    graceTimer = null;
    if (undone) return;
    const now = Date.now();
    const due = [...grace].filter(([, until]) => all || until <= now).map(([el]) => el);
    const still = due.map((el) => inPage(el) && isRendered(el));
    due.forEach((el, i) => {
      grace.delete(el);
      const kind = applied.find((a) => a.finding.element === el)?.finding.kind ?? 'consent-banner';
      if (still[i]) hider.hide(el, kind);
      else {
        hider.release(el);
        const at = applied.findIndex((a) => a.finding.element === el);
        if (at >= 0) applied.splice(at, 1);
      }
    });
    scheduleGrace();
    unlock();
    watcher.flush();
    changed();
  };

  /** One timer for the next banner whose grace period ends (it always comes; only undo stops it). */
  function scheduleGrace(): void {
    if (graceTimer !== null || grace.size === 0 || undone) return;
    const next = Math.min(...grace.values());
    graceTimer = setTimeout(
      () => {
        clock.run('grace', () => {
          settleGrace(false);
        });
      },
      Math.max(0, next - Date.now()),
    );
  }

  const cleanup: Cleanup = {
    applied,
    get findings() {
      return applied.map((a) => a.finding);
    },
    locks,
    removed: () =>
      applied
        .filter((a) => a.rendered && hider.hiddenNow(a.finding.element))
        .map((a) => toRemoved(a.finding)),
    get payWall() {
      return applied.some(
        (a) => a.finding.kind === 'consent-wall' && a.rendered && hider.hiddenNow(a.finding.element),
      );
    },
    get consentUi() {
      return applied.some((a) => isConsentUi(a.finding) && inPage(a.finding.element));
    },
    ready,
    stats: () => ({ ...clock.stats, ...extra, watching: watcher.watching && !stopped }),
    endGrace: () => {
      if (graceTimer !== null) clearTimeout(graceTimer);
      graceTimer = null;
      clock.run('grace', () => {
        settleGrace(true);
      });
    },
    // Stops the watcher; banners already prehidden still get the end of their grace period.
    stop: () => {
      stopped = true;
      watcher.close();
    },
    undo: () => {
      undone = true;
      cleanup.stop();
      if (graceTimer !== null) clearTimeout(graceTimer);
      grace.clear();
      for (const a of applied) if (a.notice && !gone(a.notice)) a.notice.remove();
      hider.undo();
      unlocker.undo();
      applied.length = 0;
      locks.length = 0;
      markReady();
    },
  };

  if (opts.observe && doc.documentElement) watcher.watchContent(doc);
  else watcher.stopContent();
  pass(null, true);
  return cleanup;
}
