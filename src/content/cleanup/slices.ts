/**
 * Running the cleanup's work in short tasks. A scan is a generator that pauses between small units
 * of work (core/consent scanConsent); runSliced runs it for at most `sliceMs`, gives the page the
 * main thread (a zero-delay timer), and resumes,
 * until the work is done or the pass has used its hard cap (see capped). Every task is timed on
 * one clock, which is what the bench reads (performance entries `unwall:task:<what>`, and the
 * counters of TaskClock); tests read the counts of work and slices.
 */

/** Main-thread time a slice may take before it gives the page a turn, ms. */
export const SLICE_MS = 8;
/** Units of work between two reads of the clock (in a slice, and against a pass's cap). */
const CLOCK_EVERY = 4;

export interface TaskStats {
  /** Tasks the cleanup ran (slices of passes, maintenance, timers). */
  tasks: number;
  /** Longest of them, ms. */
  longestMs: number;
  /** All of them together, ms. */
  totalMs: number;
  /** Passes whose scan was stopped by its hard cap (what it had found was applied). */
  capped: number;
  /** Passes that needed more than one slice. */
  split: number;
}

/** Timeline entries are kept for the first tasks only, so a long-lived page never piles them up. */
const MAX_ENTRIES = 500;

export class TaskClock {
  readonly stats: TaskStats = { tasks: 0, longestMs: 0, totalMs: 0, capped: 0, split: 0 };

  /** Records one task that ran from `start` to now (performance.now() times), named by `what`. */
  record(start: number, what: string): number {
    const end = performance.now();
    const ms = end - start;
    this.stats.tasks++;
    this.stats.totalMs += ms;
    if (ms > this.stats.longestMs) this.stats.longestMs = ms;
    if (this.stats.tasks <= MAX_ENTRIES && typeof performance.measure === 'function') {
      try {
        performance.measure(`unwall:task:${what}`, { start, end });
      } catch {
        // Old engines without the options form: the counters still hold.
      }
    }
    return ms;
  }

  /** Runs `fn` as one timed task. */
  run<T>(what: string, fn: () => T): T {
    const start = performance.now();
    try {
      return fn();
    } finally {
      this.record(start, what);
    }
  }
}

/** Resumers waiting for the message channel (hidden documents, see yieldToPage). */
const waiting: (() => void)[] = [];
let channel: MessagePort | null = null;

function viaMessage(): Promise<void> {
  if (!channel) {
    const mc = new MessageChannel();
    mc.port1.onmessage = () => waiting.shift()?.();
    channel = mc.port2;
  }
  const port = channel;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/**
 * Lets the page run before the work goes on: a zero-delay timer, queued behind the page's own
 * timers and events, so the page's tasks interleave with the slices. (scheduler.yield resumes
 * ahead of the page's tasks: input and painting get through, but the page's own timers wait for
 * the whole pass.) In a hidden tab (a page opened in the background) both browsers run timers at
 * most once a second, which spread a 50-slice pass over 50 s: there a message to ourselves, which
 * is not throttled and still lets queued page tasks run in between.
 */
export function yieldToPage(): Promise<void> {
  const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  if (hidden && typeof MessageChannel === 'function') return viaMessage();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  /** What the work is, for the timeline entries. */
  what: string;
  /** Main-thread time per slice, ms. */
  sliceMs?: number;
  /** Whether to stop early (the cleanup was stopped or undone meanwhile). */
  cancelled?: () => boolean;
}

/** Main-thread time a run has taken so far (its slices, the current one included), ms. */
export interface Meter {
  spent(): number;
}

export interface SliceResult<T> {
  /** The work's result; null when it was cancelled before the end. */
  value: T | null;
  /** Main-thread time the run took, ms. */
  ms: number;
  slices: number;
}

/**
 * Runs the work `make` builds in slices. The first slice runs now, in the caller's task (so a
 * small page is cleaned before it is next painted); `then` runs with the result in the same task
 * as the last slice, and its time counts in that task. The work can read its own main-thread time
 * from the meter (see capped).
 */
export function runSliced<T>(
  make: (meter: Meter) => Generator<void, T>,
  clock: TaskClock,
  options: SliceOptions,
  then: (result: SliceResult<T>) => void,
): void {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let ms = 0;
  let slices = 0;
  let sliceStart = 0;
  const work = make({ spent: () => ms + performance.now() - sliceStart });
  const slice = (): void => {
    sliceStart = performance.now();
    slices++;
    let done = false;
    try {
      if (options.cancelled?.()) {
        work.return(null as T);
        done = true;
        return;
      }
      const deadline = sliceStart + sliceMs;
      for (let n = 1; ; n++) {
        const step = work.next();
        if (step.done) {
          done = true;
          const spent = ms + performance.now() - sliceStart;
          if (slices > 1) clock.stats.split++;
          then({ value: step.value, ms: spent, slices });
          break;
        }
        // Units are small (tens of µs): the clock is read every few, not after each.
        if (n % CLOCK_EVERY === 0 && performance.now() >= deadline) break;
      }
    } finally {
      ms += clock.record(sliceStart, options.what);
    }
    if (!done) void yieldToPage().then(slice);
  };
  slice();
}

/**
 * Runs `work` until `over()` says its share of time is used up (checked between units), then
 * stops it and returns `partial()` instead: a hard cap inside a sliced run.
 */
export function* capped<T>(
  work: Generator<void, T>,
  over: () => boolean,
  partial: () => T,
): Generator<void, { value: T; capped: boolean }> {
  for (let n = 1; ; n++) {
    const step = work.next();
    if (step.done) return { value: step.value, capped: false };
    if (n % (4 * CLOCK_EVERY) === 0 && over()) {
      const value = partial();
      work.return(value);
      return { value, capped: true };
    }
    yield;
  }
}
