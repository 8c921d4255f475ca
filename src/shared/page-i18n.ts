/**
 * The words of an extension page's static markup (popup, options): each element with
 * `data-i18n="key"` gets that message as its text, and the page its language.
 */
import type { MessageKey, UiLocale } from './i18n.js';

export function translatePage(locale: UiLocale, root: ParentNode = document): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.textContent = locale.t((node.dataset.i18n ?? '') as MessageKey);
  }
  document.documentElement.lang = locale.lang;
}
