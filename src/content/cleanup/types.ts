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
   * Hard cap of the first pass's scan in work: elements handled (core/consent/work.ts; the scan
   * pauses at least every 256). Counted, so a page is cleaned the same way on a fast desktop, a
   * slow phone or a loaded machine: a cap in time alone stopped the scan of 2,000 "Lire aussi"
   * lines part-way whenever the machine was busy (the pass took 420–1,250 ms there in the browsers). A
   * 2,000-line page is about 38,000; the cap bounds a pathological page. Default 200,000.
   */
  firstPassCapElements?: number;
  /** Hard cap of one rescan's scan in work, elements handled. Default 50,000. */
  rescanCapElements?: number;
  /**
   * Hard cap of main-thread time for the scan of the first pass, ms (spread over slices, so the
   * page stays responsive): the backstop for work the count does not see (a unit that climbs a
   * very deep tree). Default 5000.
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
  /**
   * Units of work of the first pass's scan (it pauses between units; a slice runs units until its
   * time is up). Counted, so the same on any machine, unless the pass was capped.
   */
  firstPassUnits: number;
  /**
   * The most elements one unit of a scan handled, over all passes (core/consent/work.ts): what
   * bounds the longest task whatever the page, exact where times are not.
   */
  largestUnit: number;
  /**
   * The most characters of phrase regexps one unit of a scan compiled, over all passes
   * (core/consent/phrases.ts phraseWork): compiling is the other cost a unit can hold, counted.
   */
  largestCompile: number;
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
