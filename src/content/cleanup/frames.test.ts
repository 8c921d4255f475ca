/**
 * Frames without a box (display: none, zero width or height) are read once they get one, not in
 * the pass that meets them: in Chromium the first read of a frame's document from the content
 * script builds the extension's script context for that frame. linkedom has no layout: the test
 * gives the window getComputedStyle, the frame a size and the window a ResizeObserver it drives.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { HIDDEN_ATTR } from './hide.js';
import { startCleanup } from './index.js';

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** Waits until `ok()` holds (a rescan runs in timer tasks; a loaded machine delays them). */
async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await wait(10);
}
const PROSE =
  'The council voted on Tuesday to extend the tram line to the northern districts, after two years of consultations with residents and shop owners.';

type Callback = (entries: { target: Element; contentRect: { width: number; height: number } }[]) => void;

/** A page with one frame of `size` whose document holds a consent banner; reads are counted. */
function setup(size: { width: number; height: number }): {
  doc: Document;
  frame: HTMLIFrameElement;
  banner: Element;
  reads: () => number;
  resize: (width: number, height: number) => void;
} {
  const doc = parseHtml(
    `<html lang="en"><body><main><p>${PROSE}</p><iframe></iframe></main></body></html>`,
    'https://news.example/tram',
  );
  const frameDoc = parseHtml(
    '<html><body><div id="CybotCookiebotDialog"><p>This website uses cookies.</p><button>Allow all</button></div></body></html>',
    'https://news.example/frame',
  );
  const frame = doc.querySelector('iframe')!;
  let reads = 0;
  Object.defineProperty(frame, 'contentDocument', {
    get: () => {
      reads++;
      return frameDoc;
    },
  });
  let rect = size;
  frame.getBoundingClientRect = () => ({ ...rect }) as DOMRect;
  const callbacks: Callback[] = [];
  const view = doc.defaultView as unknown as Record<string, unknown>;
  view.getComputedStyle = () => ({ getPropertyValue: () => '' });
  view.ResizeObserver = class {
    readonly #cb: Callback;
    constructor(cb: Callback) {
      this.#cb = cb;
      callbacks.push((e) => {
        this.#cb(e);
      });
    }
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  return {
    doc,
    frame,
    banner: frameDoc.querySelector('#CybotCookiebotDialog')!,
    reads: () => reads,
    resize: (width, height) => {
      rect = { width, height };
      for (const cb of callbacks) cb([{ target: frame, contentRect: { width, height } }]);
    },
  };
}

describe('frames without a box', () => {
  it('a frame on screen is read in the first pass, as before', async () => {
    const t = setup({ width: 600, height: 400 });
    const c = startCleanup(t.doc, { throttleMs: 0 });
    await c.ready;
    expect(t.reads()).toBeGreaterThan(0);
    expect(t.banner.hasAttribute(HIDDEN_ATTR)).toBe(true);
    c.undo();
  });

  it('a frame with no box is left unread, then read and cleaned once it gets one', async () => {
    const t = setup({ width: 0, height: 0 });
    const c = startCleanup(t.doc, { throttleMs: 0 });
    await c.ready;
    expect(t.reads()).toBe(0);
    expect(t.banner.hasAttribute(HIDDEN_ATTR)).toBe(false);
    t.resize(600, 0); // still no area: nothing to read yet
    await wait(20);
    expect(t.reads()).toBe(0);
    t.resize(600, 400);
    await until(() => t.banner.hasAttribute(HIDDEN_ATTR));
    expect(t.reads()).toBeGreaterThan(0);
    expect(t.banner.hasAttribute(HIDDEN_ATTR)).toBe(true);
    c.undo();
    expect(t.banner.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('without a watcher (observe: false) every frame is read at once', async () => {
    const t = setup({ width: 0, height: 0 });
    const c = startCleanup(t.doc, { observe: false });
    await c.ready;
    expect(t.reads()).toBeGreaterThan(0);
    expect(t.banner.hasAttribute(HIDDEN_ATTR)).toBe(true);
    c.undo();
  });
});
