/**
 * The popup: `popup.html?tabId=N` shows the brief of tab N; without the parameter, the active tab.
 * It speaks the reader's language (settings.uiLang, else the browser's), and so does the copied brief.
 */
import { briefToMarkdown } from '../core/format.js';
import type { Brief } from '../core/types.js';
import browser from '../shared/browser.js';
import { chosenUiLang, localeFor, type MessageKey, type UiLocale } from '../shared/i18n.js';
import { sendToBackground, sendToTab } from '../shared/messages.js';
import { cleanupEnabledFor, loadSettings, saveSettings, type Settings } from '../shared/settings.js';
import { renderBrief, renderState, type RevealTarget } from './render.js';

const view = document.getElementById('view')!;

function translateStatic(locale: UiLocale): void {
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.textContent = locale.t((node.dataset.i18n ?? '') as MessageKey);
  }
  document.documentElement.lang = locale.lang;
}

async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

function hostOf(url: string | undefined): string | null {
  try {
    return url && /^https?:/.test(url) ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

function copyButton(id: string, locale: UiLocale, text: () => string): void {
  const button = document.getElementById(id) as HTMLButtonElement;
  button.hidden = false;
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(text()).then(() => {
      const label = button.textContent;
      button.textContent = locale.t('copied');
      setTimeout(() => (button.textContent = label), 1200);
    });
  });
}

function wireSettings(settings: Settings, host: string | null): void {
  const site = document.getElementById('site-cleanup') as HTMLInputElement;
  const everywhere = document.getElementById('cleanup') as HTMLInputElement;
  const refuse = document.getElementById('auto-refuse') as HTMLInputElement;
  everywhere.checked = settings.cleanup;
  refuse.checked = settings.autoRefuse;
  site.checked = host ? cleanupEnabledFor(settings, host) : settings.cleanup;
  site.disabled = !host || !settings.cleanup;
  // Content scripts watch storage, so each change applies at once in every open tab.
  site.addEventListener('change', () => {
    if (!host) return;
    void loadSettings().then((s) => {
      const others = s.disabledSites.filter((h) => h !== host);
      return saveSettings({ disabledSites: site.checked ? others : [...others, host] });
    });
  });
  everywhere.addEventListener('change', () => {
    site.disabled = !host || !everywhere.checked;
    void saveSettings({ cleanup: everywhere.checked });
  });
  refuse.addEventListener('change', () => void saveSettings({ autoRefuse: refuse.checked }));
}

function show(node: Node): void {
  view.replaceChildren(node);
}

async function main(locale: UiLocale, settings: Settings): Promise<void> {
  const tab = await targetTab();
  wireSettings(settings, hostOf(tab?.url));
  if (!tab) {
    show(renderState('error', locale.t('restrictedTitle'), ''));
    return;
  }
  const [response, cleanup] = await Promise.all([
    sendToBackground('getBrief', { tabId: tab.id }),
    sendToBackground('getTabCleanup', { tabId: tab.id }),
  ]);
  if (!response.ok) {
    const title = response.reason === 'error' ? locale.t('errorTitle') : locale.t('restrictedTitle');
    show(renderState(response.reason, title, response.message));
    return;
  }
  const brief: Brief = response.brief;
  if (!brief.article) {
    show(renderState('not-article', locale.t('notArticleTitle'), locale.t('notArticleBody')));
    return;
  }
  const onReveal = (target: RevealTarget): void => {
    void sendToTab(tab.id, 'reveal', target).catch(() => undefined);
  };
  show(renderBrief(brief, { locale, onReveal, payWall: cleanup.payWall }));
  view.dataset.state = 'brief';
  copyButton('copy-md', locale, () => briefToMarkdown(brief, locale));
  copyButton('copy-text', locale, () => `${brief.title ?? ''}\n\n${brief.text}\n`);
}

void loadSettings().then((settings) => {
  const locale = localeFor(chosenUiLang(settings.uiLang, browser.i18n.getUILanguage()));
  translateStatic(locale);
  main(locale, settings).catch((error: unknown) => {
    show(
      renderState('error', locale.t('errorTitle'), error instanceof Error ? error.message : String(error)),
    );
  });
});
