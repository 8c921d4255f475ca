/** The cleanup's options, what it reports, and its counters (see index.ts). */
import type { Finding, ScrollLock } from '../../core/consent/index.js';
import type { Removed } from '../../core/types.js';
import type { TaskStats } from './slices.js';

export interface CleanupOptions {
  /** Hide in-article boilerplate ("Lire aussi", newsletter prompts, loose consent text). Default true. */
  boilerplate?: boolean;
  /** Put a notice with the original address in place of blocked embeds. Default true. */
  notices?: boolean;
  /** Watch for consent UIs that arrive late. Default true. */
  observe?: boolean;
  /** How long to watch the page's content after start, in ms. Default 15000. */
  observeMs?: number;
  /** Main-thread time rescans of the page's content may take in total, in ms. Default 150. */
  budgetMs?: number;
  /** Least time between two rescans, in ms. Default 100. */
  throttleMs?: number;
  /** Main-thread time per slice of a pass, ms (see slices.ts). Default SLICE_MS. */
  sliceMs?: number;
  /**
   * Hard cap of main-thread time for the scan of the first pass, ms (spread over slices, so the
   * page stays responsive; a bound on what a pathological page can cost). Default 1000.
   */
  firstPassCapMs?: number;
  /** Hard cap of main-thread time for the scan of one rescan, ms. Default 250. */
  rescanCapMs?: number;
  /**
   * Leave each consent banner and wall to automatic refusal (autoconsent) this long (ms) after it
   * is found: it is only prehidden (transparent and click-through, which autoconsent still sees and
   * clicks), and scroll locks are undone at once. A banner still on the page afterwards is hidden
   * fully; one the page took away or hid (answered) is let go and not reported. Default 0.
   */
  consentUiGraceMs?: number;
  /** Language of the notices; default: the page's html[lang]. */
  lang?: string | null;
  /** Called after what the cleanup hides changed. */
  onChange?: (cleanup: Cleanup) => void;
}

export interface Applied {
  finding: Finding;
  /** Whether the element was on screen (laid out) when hidden; hidden-anyway UIs are not counted. */
  rendered: boolean;
  notice: Element | null;
}

export interface CleanupStats extends TaskStats {
  /** Main-thread time of the first pass (scan and hiding), ms; null until it ended. */
  firstPassMs: number | null;
  /** Slices the first pass took. */
  firstPassSlices: number;
  /** Rescans run (of what changed, and of frames that loaded). */
  rescans: number;
  /** Markers put back after the page stripped them. */
  restored: number;
  /** Whether the page's content is still watched. */
  watching: boolean;
}

export interface Cleanup {
  /** What was hidden, in the order it was found. */
  readonly applied: readonly Applied[];
  readonly findings: readonly Finding[];
  /** Scroll locks that were undone. */
  readonly locks: readonly ScrollLock[];
  /** What to report (badge, popup): what is hidden on the page now, and was on screen. */
  removed(): Removed[];
  /** A pay-or-accept wall is hidden (report-only: never clicked). */
  readonly payWall: boolean;
  /** Whether a consent banner or wall is prehidden or hidden now (automatic refusal has work). */
  readonly consentUi: boolean;
  /** Settles when the first pass has ended. */
  readonly ready: Promise<void>;
  /** Time and work counters. */
  stats(): CleanupStats;
  /** Hides fully, now, the banners left to automatic refusal (it has answered what it could). */
  endGrace(): void;
  /** Stops watching; what was done stays. */
  stop(): void;
  /** Stops watching and restores the page exactly. */
  undo(): void;
}
