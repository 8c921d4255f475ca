/**
 * What the cleanup watches after its first pass, and what it asks for in return:
 * - the page's content (a subtree MutationObserver on the document and on every open shadow root
 *   and readable frame document it read), for consent UIs that arrive late: what was added, or
 *   shown by dropping a `hidden` attribute, is rescanned, not the whole page. Stops after a time
 *   window or a budget of main-thread time (the cleanup decides, see stopContent);
 * - its own markers and html/body (a light observer that stays until undo): a marker the page
 *   strips is put back, a scroll lock the page sets again is undone again;
 * - same-origin frames: each frame's load (also after the page is idle, at any depth up to
 *   MAX_FRAME_DEPTH) rescans the frame's document; a frame the scan left unread because it had
 *   no box (see watchBox) is read once it gets one.
 * Work is batched: every change goes into one pending set, handled by one task at most every
 * `throttleMs`.
 */
import { frameDocument, gone } from '../../core/consent/roots.js';
import { HIDDEN_ATTR, Hider, PREHIDE_ATTR, UNLOCK_ATTR } from './hide.js';

/**
 * Whether a frame has no area on screen now (display: none, or zero width or height): its
 * document cannot show anything yet. False without layout (Node).
 */
export function boxless(frame: Element): boolean {
  const view = frame.ownerDocument.defaultView;
  if (
    !view ||
    typeof view.getComputedStyle !== 'function' ||
    typeof frame.getBoundingClientRect !== 'function'
  )
    return false;
  const r = frame.getBoundingClientRect();
  return r.width === 0 || r.height === 0;
}

/** What a batch of changes asks the cleanup to do. */
export interface Pending {
  /** Subtrees to rescan (added, shown, or a frame's new document). */
  roots: Set<Element>;
  /** A marker or an owned stylesheet may be gone. */
  restore: boolean;
  /** html/body changed class or style: check scroll locks. */
  locks: boolean;
  /** Nodes were removed: what is hidden now may have changed. */
  removals: boolean;
  /** Whether the batch holds a frame load (rescanned even once content watching has stopped). */
  frameLoad: boolean;
}

export function emptyPending(): Pending {
  return { roots: new Set(), restore: false, locks: false, removals: false, frameLoad: false };
}

const CONTENT_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['hidden'],
};

export class Watcher {
  readonly pending: Pending = emptyPending();
  #content: MutationObserver | null = null;
  readonly #guard: MutationObserver | null;
  readonly #watched = new WeakSet<Node>();
  readonly #guarded = new WeakSet<Element>();
  readonly #hooked = new WeakSet<Element>();
  readonly #hooks: { frame: Element; listener: () => void }[] = [];
  #boxes: ResizeObserver | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #lastRun = 0;
  #closed = false;

  readonly #throttleMs: number;
  readonly #run: () => void;

  constructor(doc: Document, throttleMs: number, run: () => void) {
    this.#throttleMs = throttleMs;
    this.#run = run;
    const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
    this.#guard =
      typeof Observer === 'function'
        ? new Observer((records) => {
            this.#onGuard(records);
          })
        : null;
    if (typeof Observer === 'function')
      this.#content = new Observer((records) => {
        this.#onContent(records);
      });
    for (const el of [doc.documentElement, doc.body]) {
      if (el)
        this.#guard?.observe(el, { attributes: true, attributeFilter: ['class', 'style', UNLOCK_ATTR] });
    }
  }

  /** Whether content watching is still on. */
  get watching(): boolean {
    return this.#content !== null && !this.#closed;
  }

  /** Watches a document, shadow root or frame document for added content (once each). */
  watchContent(root: Document | ShadowRoot): void {
    const target = root.nodeType === 9 ? (root as Document).documentElement : root;
    if (!this.#content || !target || this.#watched.has(target)) return;
    this.#watched.add(target);
    this.#content.observe(target, CONTENT_OPTIONS);
  }

  /** Guards an element's hidden marker (put back when the page strips it). */
  guardMarker(el: Element): void {
    if (!this.#guard || this.#guarded.has(el)) return;
    this.#guarded.add(el);
    this.#guard.observe(el, { attributes: true, attributeFilter: [HIDDEN_ATTR, PREHIDE_ATTR] });
  }

  /** Rescans a same-origin frame's document each time it loads. */
  hookFrame(frame: Element): void {
    if (this.#closed || this.#hooked.has(frame)) return;
    this.#hooked.add(frame);
    const listener = (): void => {
      const fd = frameDocument(frame);
      if (!fd?.documentElement) return;
      this.pending.roots.add(fd.documentElement);
      this.pending.frameLoad = true;
      this.schedule();
    };
    frame.addEventListener('load', listener);
    this.#hooks.push({ frame, listener });
  }

  /**
   * Rescans a frame, like a frame load, once it gets a box (width and height). Returns false when
   * the browser cannot tell (no ResizeObserver) or the watcher is closed: then read it now.
   */
  watchBox(frame: Element): boolean {
    if (this.#closed) return false;
    const Observer = frame.ownerDocument.defaultView?.ResizeObserver ?? globalThis.ResizeObserver;
    if (typeof Observer !== 'function') return false;
    this.#boxes ??= new Observer((entries) => {
      for (const e of entries) {
        if (e.contentRect.width === 0 || e.contentRect.height === 0) continue;
        this.#boxes?.unobserve(e.target);
        if (gone(e.target) || !e.target.isConnected) continue;
        this.pending.roots.add(e.target);
        this.pending.frameLoad = true;
        this.schedule();
      }
    });
    this.#boxes.observe(frame);
    return true;
  }

  #onContent(records: MutationRecord[]): void {
    let any = false;
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.target.nodeType === 1) this.pending.roots.add(r.target as Element);
        any = true;
        continue;
      }
      for (const n of Array.from(r.addedNodes)) {
        if (Hider.owns(n)) continue;
        const el = n.nodeType === 1 ? (n as Element) : n.nodeType === 3 ? n.parentElement : null;
        if (el) {
          this.pending.roots.add(el);
          any = true;
        }
      }
      if (r.removedNodes.length && !Array.from(r.removedNodes).every((n) => Hider.owns(n))) {
        this.pending.removals = true;
        this.pending.restore = true; // an owned stylesheet may have gone with them
        any = true;
      }
    }
    if (any) this.schedule();
  }

  #onGuard(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.attributeName === 'class' || r.attributeName === 'style') this.pending.locks = true;
      else this.pending.restore = true;
    }
    this.schedule();
  }

  /** One task for everything pending, at most every throttleMs. */
  schedule(): void {
    if (this.#closed || this.#timer !== null) return;
    const wait = Math.max(0, this.#throttleMs - (Date.now() - this.#lastRun));
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#lastRun = Date.now();
      this.#run();
    }, wait);
  }

  /** Takes the pending work (and clears it). */
  take(): Pending {
    const taken = { ...this.pending, roots: new Set(this.pending.roots) };
    Object.assign(this.pending, emptyPending());
    return taken;
  }

  /** Ignores changes the cleanup itself just made. */
  flush(): void {
    this.#content?.takeRecords();
    this.#guard?.takeRecords();
  }

  /** Stops watching content; markers, locks and frames stay guarded. */
  stopContent(): void {
    this.#content?.disconnect();
    this.#content = null;
  }

  /** Stops everything. */
  close(): void {
    this.#closed = true;
    this.stopContent();
    this.#guard?.disconnect();
    this.#boxes?.disconnect();
    this.#boxes = null;
    for (const { frame, listener } of this.#hooks)
      if (!gone(frame)) frame.removeEventListener('load', listener);
    this.#hooks.length = 0;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
