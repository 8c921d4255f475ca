/**
 * One small interface over the two real browsers, so each scenario is written once and runs in
 * Chromium (playwright-core, persistent context: the only way to get an extension service worker)
 * and in Firefox (puppeteer-core over WebDriver BiDi, extension installed as a temporary add-on).
 * Recipes and pitfalls: ../shared/design/browser-testing.md.
 */
export interface PageHandle {
  url(): string;
  /** Evaluates a function in the page; arguments must be serialisable. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  text(selector: string): Promise<string>;
  /** A PNG of the element matching `selector` (the whole page when omitted). */
  screenshot(path: string, selector?: string): Promise<void>;
  reload(): Promise<void>;
  /** A real mouse-wheel scroll over the middle of the viewport (what a scroll lock blocks). */
  wheel(deltaY: number): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** Opens a web page in a new tab and waits for its load event. */
  openPage(url: string): Promise<PageHandle>;
  /** Opens one of the extension's pages (e.g. "popup.html?tabId=3") in a new tab. */
  openExtensionPage(path: string): Promise<PageHandle>;
  /** The extension's id for a tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  /** Reads the extension's storage.local. */
  storage(): Promise<Record<string, unknown>>;
  /** Ids of the content scripts the extension registered at run time (scripting API). */
  registeredScripts(): Promise<string[]>;
  /** Writes to the extension's storage.local (as the popup's toggles do). */
  setStorage(values: Record<string, unknown>): Promise<void>;
  /**
   * Every request the driver saw the browser make (pages, frames, and in Chromium the extension's
   * service worker too), in order.
   */
  requests: string[];
  close(): Promise<void>;
}

export const DIST = new URL('../dist/', import.meta.url).pathname;

export async function poll<T>(
  what: string,
  fn: () => Promise<T | null | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${last instanceof Error ? ` (last error: ${last.message})` : ''}`,
  );
}
