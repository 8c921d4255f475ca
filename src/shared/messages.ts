/**
 * The one typed message protocol. Two maps, one per direction (to the background, to a tab's
 * content scripts); each entry names the request and response types. Call sites use
 * `sendToBackground` / `sendToTab`; receivers register an object of handlers checked against the map.
 */
import type { BackgroundMessage, ContentScriptMessage } from '@duckduckgo/autoconsent';
import type { CleanupStats } from '../content/cleanup/index.js';
import type { Removed } from '../core/types.js';
import type { Runtime } from './browser.js';
import { ext } from './ext.js';

/** Why a brief could not be made for a tab. */
export type BriefFailure = 'restricted' | 'no-tab' | 'error';

/** A page's document as HTML, to be briefed off the page's main thread (src/popup/brief-job.ts). */
export interface SerializedPage {
  html: string;
  url: string;
}

export type PageResponse =
  { ok: true; page: SerializedPage } | { ok: false; reason: BriefFailure; message: string };

export interface TabCleanupState {
  /**
   * What is cleaned on the tab's current page now: what the content script hides there at this
   * moment (a thing the page took back or that was never on screen is not in it), and the banners
   * refused automatically. The badge shows how many.
   */
  removed: Removed[];
  /** Pay-or-accept walls are reported, never clicked. */
  payWall: boolean;
}

/** The content script's own answer: what it hides now, and its time and work counters. */
export interface PageCleanupState extends TabCleanupState {
  stats: CleanupStats | null;
  /** Whether the page asked for automatic refusal (only pages with a consent banner or wall do). */
  autoconsent: boolean;
}

/** Messages to the background (from the popup and content scripts). */
export interface BackgroundProtocol {
  /** The document of the page in a tab, serialised (injects the brief script on demand). */
  getPage: { req: { tabId: number }; res: PageResponse };
  /** The content script reports what it cleaned; the background keeps it per tab and sets the badge. */
  reportCleanup: { req: TabCleanupState; res: null };
  /** What was cleaned on a tab. */
  getTabCleanup: { req: { tabId: number }; res: TabCleanupState };
  /** autoconsent's content-script messages; the reply, if any, goes back to its instance. */
  autoconsent: { req: ContentScriptMessage; res: BackgroundMessage | null };
  /** The cleanup found a consent banner or wall: start automatic refusal in the tab (if allowed). */
  startAutoconsent: { req: null; res: boolean };
}

/** Messages to a tab's content scripts (from the background and the popup). */
export interface TabProtocol {
  /** Answered by the on-demand brief script: the document as HTML. */
  serializePage: { req: null; res: SerializedPage };
  /** Is the brief script already in the page? */
  pingBrief: { req: null; res: true };
  /** The page's address changed without a load (a single-page app navigated): clean again. */
  pageChanged: { req: { url: string }; res: null };
  /** What the always-on content script hides now, and its counters (null when cleanup is off). */
  cleanupState: { req: null; res: PageCleanupState };
  /** Scroll to and flash the place in the page that holds `text` (in the block holding `context`, if given). */
  reveal: { req: { text: string; context?: string | undefined }; res: boolean };
}

type Req<P, K extends keyof P> = P[K] extends { req: infer R } ? R : never;
type Res<P, K extends keyof P> = P[K] extends { res: infer R } ? R : never;

export type Handlers<P> = {
  [K in keyof P]: (req: Req<P, K>, sender: Runtime.MessageSender) => Res<P, K> | Promise<Res<P, K>>;
};

interface Envelope {
  unwall: string;
  req: unknown;
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).unwall === 'string';
}

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  name: K,
  req: Req<BackgroundProtocol, K>,
): Promise<Res<BackgroundProtocol, K>> {
  const res: unknown = await ext.sendMessage({ unwall: name, req } satisfies Envelope);
  return res as Res<BackgroundProtocol, K>;
}

export async function sendToTab<K extends keyof TabProtocol>(
  tabId: number,
  name: K,
  req: Req<TabProtocol, K>,
): Promise<Res<TabProtocol, K>> {
  const res: unknown = await ext.sendToTab(tabId, { unwall: name, req } satisfies Envelope);
  return res as Res<TabProtocol, K>;
}

/**
 * Registers handlers. `Partial` for tabs: the always-on content script and the on-demand brief
 * script each answer their own messages and leave the others to the other listener.
 */
function listen<P>(handlers: Partial<Handlers<P>>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.unwall)) return undefined;
    const handler = handlers[message.unwall as keyof P] as
      ((req: unknown, sender: Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve().then(() => handler(message.req, sender));
  };
  ext.onMessage.addListener(listener);
  return () => {
    ext.onMessage.removeListener(listener);
  };
}

export const onBackgroundMessage = (handlers: Handlers<BackgroundProtocol>): (() => void) =>
  listen<BackgroundProtocol>(handlers);
export const onTabMessage = (handlers: Partial<Handlers<TabProtocol>>): (() => void) =>
  listen<TabProtocol>(handlers);
