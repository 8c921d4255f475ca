/**
 * The popup: `popup.html?tabId=N` shows the brief of tab N; without the parameter, the active tab.
 */
import { briefToMarkdown } from '../core/format.js';
import type { Brief } from '../core/types.js';
import browser from '../shared/browser.js';
import { sendToBackground, sendToTab } from '../shared/messages.js';
import { cleanupEnabledFor, loadSettings, saveSettings } from '../shared/settings.js';
import { renderBrief, renderState, type Translate } from './render.js';

const t: Translate = (key, substitution) => browser.i18n.getMessage(key, substitution) || key;
const view = document.getElementById('view')!;

function translateStatic(): void {
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n ?? '');
  }
  document.documentElement.lang = browser.i18n.getUILanguage();
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

function copyButton(id: string, text: () => string): void {
  const button = document.getElementById(id) as HTMLButtonElement;
  button.hidden = false;
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(text()).then(() => {
      const label = button.textContent;
      button.textContent = t('copied');
      setTimeout(() => (button.textContent = label), 1200);
    });
  });
}

async function wireSettings(host: string | null): Promise<void> {
  const settings = await loadSettings();
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

async function main(): Promise<void> {
  translateStatic();
  const tab = await targetTab();
  await wireSettings(hostOf(tab?.url));
  if (!tab) {
    show(renderState('error', t('restrictedTitle'), ''));
    return;
  }
  const [response, cleanup] = await Promise.all([
    sendToBackground('getBrief', { tabId: tab.id }),
    sendToBackground('getTabCleanup', { tabId: tab.id }),
  ]);
  if (!response.ok) {
    const title = response.reason === 'error' ? t('errorTitle') : t('restrictedTitle');
    show(renderState(response.reason, title, response.message));
    return;
  }
  const brief: Brief = response.brief;
  if (!brief.article) {
    show(renderState('not-article', t('notArticleTitle'), t('notArticleBody')));
    return;
  }
  const onReveal = (text: string): void => {
    void sendToTab(tab.id, 'reveal', { text }).catch(() => undefined);
  };
  show(renderBrief(brief, { t, onReveal, payWall: cleanup.payWall }));
  view.dataset.state = 'brief';
  copyButton('copy-md', () => briefToMarkdown(brief));
  copyButton('copy-text', () => `${brief.title ?? ''}\n\n${brief.text}\n`);
}

main().catch((error: unknown) => {
  show(renderState('error', t('errorTitle'), error instanceof Error ? error.message : String(error)));
});
