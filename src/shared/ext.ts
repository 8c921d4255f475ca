/**
 * The extension calls of the message protocol and the settings (messages.ts, settings.ts) on the
 * browsers' own promise APIs, without webextension-polyfill. Those two modules are all the
 * always-on content script imports from the extension APIs, and it loads in every frame of every
 * page: the polyfill was about 10 kB of its bundle to parse and built its wrappers there each time
 * (issue 10, script time per page). Firefox has `browser.*` natively; Chrome's MV3 `chrome.*`
 * returns promises when called without a callback. What the polyfill added on top for these calls
 * is kept here, in the same wire format, so both ends interoperate with code that still uses it:
 * a listener may answer with a promise (Chrome gets it through sendResponse, a rejection as the
 * polyfill's reject envelope), and "no answer" resolves to undefined instead of failing.
 */
import type { Browser, Runtime } from './browser.js';

type Api = Pick<Browser, 'runtime' | 'storage' | 'tabs'>;
type Listener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;
type ChromeListener = (
  message: unknown,
  sender: Runtime.MessageSender,
  sendResponse: (response: unknown) => void,
) => boolean;

/** How webextension-polyfill sends a listener's rejection through Chrome's sendResponse. */
const REJECT = '__mozWebExtensionPolyfillReject__';
/** Chrome's error when the receiving end answered nothing; the polyfill resolves it to undefined. */
const NO_RESPONSE = 'The message port closed before a response was received.';

const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
/** Firefox: the native namespace (the polyfill itself returns it there). */
const native: Api | undefined = scope.browser?.runtime?.id ? scope.browser : undefined;

function api(): Api {
  const a = native ?? scope.chrome;
  if (!a) throw new Error('No extension API in this context');
  return a;
}

function rejection(res: unknown): Error | null {
  if (typeof res !== 'object' || res === null || (res as Record<string, unknown>)[REJECT] !== true)
    return null;
  const { message } = res as { message?: unknown };
  return new Error(typeof message === 'string' ? message : 'An unexpected error occurred');
}

/** A reply, or the sender's error (the polyfill's reject envelope included). */
async function answer(send: Promise<unknown>): Promise<unknown> {
  let res: unknown;
  try {
    res = await send;
  } catch (e) {
    if (!native && e instanceof Error && e.message === NO_RESPONSE) return undefined;
    throw e;
  }
  const err = native ? null : rejection(res);
  if (err) throw err;
  return res;
}

const wrapped = new WeakMap<Listener, ChromeListener>();

/** Chrome: a promise-answering listener through sendResponse (what the polyfill does). */
function toChrome(listener: Listener): ChromeListener {
  let w = wrapped.get(listener);
  if (!w) {
    w = (message, sender, sendResponse) => {
      const reply = listener(message, sender);
      if (!reply) return false;
      reply.then(sendResponse, (e: unknown) => {
        sendResponse({ [REJECT]: true, message: e instanceof Error ? e.message : String(e) });
      });
      return true;
    };
    wrapped.set(listener, w);
  }
  return w;
}

type OnMessage = {
  addListener(l: ChromeListener | Listener): void;
  removeListener(l: ChromeListener | Listener): void;
};

export const ext = {
  sendMessage: (message: unknown): Promise<unknown> => answer(api().runtime.sendMessage(message)),
  sendToTab: (tabId: number, message: unknown): Promise<unknown> =>
    answer(api().tabs.sendMessage(tabId, message)),
  onMessage: {
    addListener(listener: Listener): void {
      const on = api().runtime.onMessage as unknown as OnMessage;
      on.addListener(native ? listener : toChrome(listener));
    },
    removeListener(listener: Listener): void {
      const on = api().runtime.onMessage as unknown as OnMessage;
      on.removeListener(native ? listener : toChrome(listener));
    },
  },
  storage: {
    get: (keys: string[]): Promise<Record<string, unknown>> => api().storage.local.get(keys),
    set: (items: Record<string, unknown>): Promise<void> => api().storage.local.set(items),
    onChanged: {
      addListener: (l: (changes: unknown, area: string) => void): void => {
        api().storage.onChanged.addListener(l);
      },
      removeListener: (l: (changes: unknown, area: string) => void): void => {
        api().storage.onChanged.removeListener(l);
      },
    },
  },
};
