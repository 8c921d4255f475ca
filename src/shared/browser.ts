/**
 * The one import of webextension-polyfill: every extension API call goes through `browser`, except
 * the message protocol and the settings, which the always-on content script needs and which use
 * the browsers' own APIs (ext.ts). The polyfill gives Chrome the promise-based `browser.*` namespace
 * Firefox has natively.
 */
import browser from 'webextension-polyfill';

export type { Browser, Runtime, Tabs } from 'webextension-polyfill';
export default browser;
