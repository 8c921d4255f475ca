/**
 * In-page cleanup: hides what findConsent finds (marker attributes + one owned stylesheet per
 * root, never removing page nodes), puts an extension-owned notice with a link to the original in
 * place of each blocked embed, undoes scroll locks, and watches for late arrivals with a batched,
 * throttled MutationObserver that stops after a time window or a CPU budget. undo() restores the
 * page exactly. The caller (src/content/index.ts) decides whether to run it (settings, site).
 */
import { findConsent, findScrollLocks, type Finding, type ScrollLock } from '../../core/consent/index.js';
import type { Removed } from '../../core/types.js';
import { Hider } from './hide.js';

export { CLEANUP_CSS, HIDDEN_ATTR, UNLOCK_ATTR } from './hide.js';
export { NOTICE_ATTR } from './notice.js';
import { NOTICE_ATTR, insertNotice } from './notice.js';
import { Unlocker } from './unlock.js';

export interface CleanupOptions {
  /** Hide in-article boilerplate ("Lire aussi", newsletter prompts, loose consent text). Default true. */
  boilerplate?: boolean;
  /** Put a notice with the original address in place of blocked embeds. Default true. */
  notices?: boolean;
  /** Watch for consent UIs that arrive late. Default true. */
  observe?: boolean;
  /** How long to watch after start, in ms. Default 15000. */
  observeMs?: number;
  /** Main-thread time the watcher may spend on rescans in total, in ms. Default 150. */
  budgetMs?: number;
  /** Least time between two rescans, in ms. Default 400. */
  throttleMs?: number;
  /**
   * Leave consent banners and walls alone this long (ms) so that automatic refusal (autoconsent)
   * can answer them first: a hidden banner looks absent to it, and the site would never record the
   * refusal. Embeds and boilerplate are cleaned at once; banners still up afterwards are hidden.
   * Default 0.
   */
  consentUiGraceMs?: number;
  /** Language of the notices; default: the page's html[lang]. */
  lang?: string | null;
  /** Called after a rescan found something new. */
  onChange?: (cleanup: Cleanup) => void;
}

export interface Applied {
  finding: Finding;
  /** Whether the element was on screen (laid out) when hidden; hidden-anyway UIs are not counted. */
  rendered: boolean;
  notice: Element | null;
}

export interface Cleanup {
  /** What was hidden, in the order it was found. */
  readonly applied: readonly Applied[];
  readonly findings: readonly Finding[];
  /** Scroll locks that were undone. */
  readonly locks: readonly ScrollLock[];
  /** What to report (badge, popup): rendered findings only. */
  removed(): Removed[];
  /** A pay-or-accept wall was found (report-only: never clicked). */
  readonly payWall: boolean;
  /** Stops watching; what was done stays. */
  stop(): void;
  /** Stops watching and restores the page exactly. */
  undo(): void;
}

function isRendered(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function' || typeof el.getClientRects !== 'function')
    return true; // no layout (Node)
  return el.getClientRects().length > 0;
}

/** Inside something the cleanup added or already hid (across shadow boundaries). */
function covered(el: Element, hider: Hider): boolean {
  for (let n: Node | null = el; n;) {
    if (n.nodeType === 1 && (hider.isHidden(n as Element) || (n as Element).hasAttribute(NOTICE_ATTR)))
      return true;
    n = n.parentNode ?? null;
    if (n && n.nodeType === 11) n = (n as ShadowRoot).host;
  }
  return false;
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
    throttleMs: 400,
    consentUiGraceMs: 0,
    ...options,
  };
  const started = Date.now();
  // Whether a pass runs inside the grace period is decided when the pass starts: a first pass that
  // takes longer than the grace period (a slow machine, a huge page) still leaves banners alone.
  let graceNow = opts.consentUiGraceMs > 0;
  const inGrace = (f: Finding): boolean =>
    (f.kind === 'consent-banner' || f.kind === 'consent-wall') && graceNow;
  const lang = opts.lang ?? doc.documentElement?.getAttribute('lang') ?? null;
  const hider = new Hider();
  const unlocker = new Unlocker(hider);
  const applied: Applied[] = [];
  const locks: ScrollLock[] = [];
  let stopped = false;

  /** One pass: find, hide what is new, undo locks. Returns whether anything new was hidden. */
  const pass = (): boolean => {
    graceNow = Date.now() - started < opts.consentUiGraceMs;
    let added = false;
    // Findings are outermost, so hiding one never covers another of the same pass: what is on
    // screen is read for all of them first, in one layout, before any marker changes it.
    const todo = findConsent(doc).filter(
      (f) => !covered(f.element, hider) && (f.kind !== 'boilerplate' || opts.boilerplate) && !inGrace(f),
    );
    const shown = todo.map((f) => isRendered(f.element));
    todo.forEach((f, i) => {
      hider.hide(f.element, f.kind);
      const notice = f.kind === 'consent-embed' && opts.notices ? insertNotice(f, lang) : null;
      applied.push({ finding: f, rendered: shown[i]!, notice });
      added = true;
    });
    const consentUi = applied.some(
      (a) => a.finding.kind === 'consent-banner' || a.finding.kind === 'consent-wall',
    );
    // Consent-named locks are undone always; generic ones (inline overflow:hidden…) only with a consent UI.
    const inline = findScrollLocks(doc).filter((l) => l.consent || consentUi);
    if (inline.length) {
      unlocker.apply(inline, doc);
      locks.push(...inline);
    }
    const view = doc.defaultView;
    if ((consentUi || inline.length > 0) && view && typeof view.getComputedStyle === 'function') {
      const computed = findScrollLocks(doc, (el) => view.getComputedStyle(el)).filter(
        (l) => l.kind !== 'class',
      );
      unlocker.mark(computed);
      locks.push(...computed);
    }
    return added;
  };

  pass();

  const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let spent = 0;
  let lastRun = 0;

  let graceTimer: ReturnType<typeof setTimeout> | null = null;
  const stop = (): void => {
    stopped = true;
    if (graceTimer !== null) clearTimeout(graceTimer);
    observer?.disconnect();
    observer = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const run = (): void => {
    timer = null;
    if (stopped) return;
    if (Date.now() - started > opts.observeMs || spent > opts.budgetMs) {
      stop();
      return;
    }
    const t0 = performance.now();
    const added = pass();
    observer?.takeRecords(); // our own changes are not page activity
    spent += performance.now() - t0;
    lastRun = Date.now();
    if (added) opts.onChange?.(cleanup);
  };

  const schedule = (records: MutationRecord[]): void => {
    if (stopped || timer !== null) return;
    const ours = records.every(
      (r) =>
        r.type === 'childList' &&
        [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].every((n) => Hider.owns(n)),
    );
    if (ours) return;
    timer = setTimeout(run, Math.max(0, opts.throttleMs - (Date.now() - lastRun)));
  };

  if (opts.observe && typeof Observer === 'function' && doc.documentElement) {
    observer = new Observer(schedule);
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden'],
    });
    lastRun = Date.now();
  }
  // One more pass when the grace period ends, for banners nobody answered.
  if (opts.consentUiGraceMs > 0) graceTimer = setTimeout(run, opts.consentUiGraceMs);

  const cleanup: Cleanup = {
    applied,
    get findings() {
      return applied.map((a) => a.finding);
    },
    locks,
    removed: () => applied.filter((a) => a.rendered).map((a) => toRemoved(a.finding)),
    get payWall() {
      return applied.some((a) => a.finding.kind === 'consent-wall' && a.rendered);
    },
    stop,
    undo: () => {
      stop();
      for (const a of applied) a.notice?.remove();
      hider.undo();
      unlocker.undo();
      applied.length = 0;
      locks.length = 0;
    },
  };
  return cleanup;
}
