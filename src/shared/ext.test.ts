/**
 * ext.ts speaks webextension-polyfill's wire format on Chrome's own API (the e2e suite runs it in
 * both browsers for real; these pin the format at the seam): a stand-in `chrome` records calls.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => unknown;

function fakeChrome(reply: () => Promise<unknown>) {
  const listeners: Listener[] = [];
  return {
    listeners,
    api: {
      runtime: {
        id: 'test',
        sendMessage: vi.fn(reply),
        onMessage: {
          addListener: (l: Listener) => listeners.push(l),
          removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
        },
      },
    },
  };
}

async function load(globals: Record<string, unknown>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(globals)) vi.stubGlobal(k, v);
  return (await import('./ext.js')).ext;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ext on Chrome (no native browser namespace)', () => {
  it('a reply is the value; the reject envelope is an error; "no answer" is undefined', async () => {
    let next: () => Promise<unknown> = () => Promise.resolve({ ok: 1 });
    const chrome = fakeChrome(() => next());
    const ext = await load({ chrome: chrome.api, browser: undefined });
    await expect(ext.sendMessage('m')).resolves.toEqual({ ok: 1 });
    next = () => Promise.resolve({ __mozWebExtensionPolyfillReject__: true, message: 'boom' });
    await expect(ext.sendMessage('m')).rejects.toThrow('boom');
    next = () => Promise.reject(new Error('The message port closed before a response was received.'));
    await expect(ext.sendMessage('m')).resolves.toBeUndefined();
    next = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(ext.sendMessage('m')).rejects.toThrow('Receiving end');
  });

  it('a listener answering with a promise replies through sendResponse, a rejection as the envelope', async () => {
    const chrome = fakeChrome(() => Promise.resolve(null));
    const ext = await load({ chrome: chrome.api, browser: undefined });
    const listener = (m: unknown) =>
      m === 'ignore'
        ? undefined
        : m === 'fail'
          ? Promise.reject(new Error('no'))
          : Promise.resolve(`re:${String(m)}`);
    ext.onMessage.addListener(listener);
    const wrapped = chrome.listeners[0]!;
    const replies: unknown[] = [];
    const send = (r: unknown) => replies.push(r);
    expect(wrapped('ignore', {}, send)).toBe(false);
    expect(wrapped('hi', {}, send)).toBe(true);
    expect(wrapped('fail', {}, send)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(replies).toEqual(['re:hi', { __mozWebExtensionPolyfillReject__: true, message: 'no' }]);
    ext.onMessage.removeListener(listener);
    expect(chrome.listeners).toHaveLength(0);
  });
});

describe('ext on Firefox (native browser namespace)', () => {
  it('passes listeners and replies through unchanged', async () => {
    const firefox = fakeChrome(() =>
      Promise.resolve({ __mozWebExtensionPolyfillReject__: true, message: 'x' }),
    );
    const ext = await load({ browser: firefox.api, chrome: undefined });
    await expect(ext.sendMessage('m')).resolves.toEqual({
      __mozWebExtensionPolyfillReject__: true,
      message: 'x',
    });
    const listener = () => Promise.resolve(1);
    ext.onMessage.addListener(listener);
    expect(firefox.listeners[0]).toBe(listener);
  });
});
