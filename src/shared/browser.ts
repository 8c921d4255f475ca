/**
 * The one import of webextension-polyfill: every extension API call goes through `browser`.
 * The polyfill gives Chrome the promise-based `browser.*` namespace Firefox has natively.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export default browser;
