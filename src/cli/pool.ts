/**
 * A pool of brief workers (worker.ts) with a time limit per input: a worker still busy when its
 * time is up is terminated (the only way to stop synchronous code) and replaced. Memory is bounded
 * per worker; a worker that runs out of it is replaced too, and its input reported.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Outcome } from './brief-input.js';
import { EXIT, WORKER_HEAP_MB } from './limits.js';
import type { Done, Job } from './worker.js';

/** The worker is bundled next to the CLI (dist/node/cli-worker.js; see build.mjs). */
const newWorker = (options: WorkerOptions): Worker =>
  new Worker(new URL('./cli-worker.js', import.meta.url), options);

interface Slot {
  worker: Worker;
  busy: { job: Job; resolve: (o: Outcome) => void; timer: NodeJS.Timeout } | null;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: { job: Job; resolve: (o: Outcome) => void }[] = [];
  private nextId = 0;

  constructor(
    size: number,
    private readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) {
      const slot = { busy: null } as unknown as Slot;
      this.start(slot);
      this.slots.push(slot);
    }
  }

  run(job: Omit<Job, 'id'>): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** A fresh worker in `slot`. */
  private start(slot: Slot): void {
    const worker = newWorker({ resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    slot.worker = worker;
    worker.on('message', (done: Done) => {
      if (slot.worker === worker && slot.busy?.job.id === done.id) this.finish(slot, done.outcome);
    });
    worker.on('error', (error) => {
      if (slot.worker !== worker) return;
      const memory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.replace(slot, {
        ok: false,
        code: memory ? EXIT.LIMIT : EXIT.USAGE,
        message: memory ? `ran out of memory (${WORKER_HEAP_MB} MB)` : `unexpected error: ${error.message}`,
      });
    });
    worker.unref(); // an idle pool never keeps the process alive
  }

  private finish(slot: Slot, outcome: Outcome): void {
    if (!slot.busy) return;
    clearTimeout(slot.busy.timer);
    const { resolve } = slot.busy;
    slot.busy = null;
    slot.worker.unref();
    resolve(outcome);
    this.pump();
  }

  /** Ends the slot's worker (stuck or broken), puts a fresh one in its place, reports its input. */
  private replace(slot: Slot, outcome: Outcome): void {
    void slot.worker.terminate();
    this.start(slot);
    this.finish(slot, outcome);
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.queue.shift();
      if (!next) return;
      const timer = setTimeout(() => {
        this.replace(slot, {
          ok: false,
          code: EXIT.LIMIT,
          message: `took longer than ${this.timeoutMs / 1000} s, the time limit (--timeout)`,
        });
      }, this.timeoutMs);
      slot.busy = { ...next, timer };
      slot.worker.ref();
      slot.worker.postMessage(next.job);
    }
  }
}
