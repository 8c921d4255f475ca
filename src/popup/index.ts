/**
 * The popup: `popup.html?tabId=N` shows the brief of tab N; without the parameter, the active tab.
 * It speaks the reader's language (settings.uiLang, else the browser's), and so does the copied brief.
 */
import { briefToMarkdown } from '../core/format.js';
import type { Brief } from '../core/types.js';
import browser from '../shared/browser.js';
import { chosenUiLang, localeFor, type MessageKey, type UiLocale } from '../shared/i18n.js';
import { sendToBackground, sendToTab } from '../shared/messages.js';
import { translatePage } from '../shared/page-i18n.js';
import { cleanupEnabledFor, loadSettings, saveSettings, type Settings } from '../shared/settings.js';
import { DEFAULT_BUDGET_MS, runBriefJob, type Stage } from './brief-job.js';
import { renderBrief, renderState, type RevealTarget } from './render.js';

const view = document.getElementById('view')!;

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
  document.getElementById('open-options')!.addEventListener('click', () => {
    void browser.runtime.openOptionsPage();
  });
}

function show(node: Node, state?: string): void {
  view.replaceChildren(node);
  if (state) view.dataset.state = state;
}

const STAGE_LABELS: Record<Stage, MessageKey> = {
  page: 'stage_page',
  parse: 'stage_page',
  extract: 'stage_extract',
  analyse: 'stage_analyse',
};

/**
 * Progress while the worker briefs: the stage, an indeterminate bar and the seconds spent, ticking
 * (the popup stays responsive: settings and copy work meanwhile). `data-stage` says where it is.
 */
function showProgress(locale: UiLocale): { stage: (stage: Stage) => void; stop: () => void } {
  const label = document.createElement('strong');
  const seconds = document.createElement('span');
  seconds.className = 'elapsed';
  const box = document.createElement('div');
  box.className = 'state progress';
  box.append(label, document.createElement('progress'), seconds);
  show(box, 'loading');
  const started = performance.now();
  const unit = new Intl.NumberFormat(locale.lang, { style: 'unit', unit: 'second', unitDisplay: 'short' });
  const tick = (): void => {
    seconds.textContent = unit.format(Math.floor((performance.now() - started) / 1000));
  };
  tick();
  const timer = setInterval(tick, 250);
  const stage = (s: Stage): void => {
    label.textContent = locale.t(STAGE_LABELS[s]);
    view.dataset.stage = s;
  };
  stage('page');
  return {
    stage,
    stop: () => {
      clearInterval(timer);
      delete view.dataset.stage;
    },
  };
}

/** The time budget: `popup.html?tabId=N&budget=S` sets it in seconds (tests, slow machines). */
function budgetMs(): number {
  const param = Number(new URLSearchParams(location.search).get('budget'));
  return param > 0 ? param * 1000 : DEFAULT_BUDGET_MS;
}

async function main(locale: UiLocale, settings: Settings): Promise<void> {
  const tab = await targetTab();
  wireSettings(settings, hostOf(tab?.url));
  if (!tab) {
    show(renderState('error', locale.t('restrictedTitle'), ''));
    return;
  }
  const progress = showProgress(locale);
  const [response, cleanup] = await Promise.all([
    sendToBackground('getPage', { tabId: tab.id }),
    sendToBackground('getTabCleanup', { tabId: tab.id }),
  ]);
  if (!response.ok) {
    progress.stop();
    const title = response.reason === 'error' ? locale.t('errorTitle') : locale.t('restrictedTitle');
    show(renderState(response.reason, title, response.message), response.reason);
    return;
  }
  const budget = budgetMs();
  const result = await runBriefJob(response.page, budget, progress.stage);
  progress.stop();
  if (result.kind === 'error') {
    show(renderState('error', locale.t('errorTitle'), result.message), 'error');
    return;
  }
  const seconds = Math.round(budget / 1000);
  if (result.kind === 'too-slow') {
    show(renderState('too-slow', locale.t('tooSlowTitle'), locale.t('tooSlowBody', seconds)), 'too-slow');
    return;
  }
  // What the brief reports as cleaned is what was done to the page, the badge's list: text the
  // extraction leaves out of the brief but the page still shows was never hidden.
  const brief: Brief = { ...result.brief, removed: cleanup.removed };
  if (!brief.article) {
    show(renderState('not-article', locale.t('notArticleTitle'), locale.t('notArticleBody')), 'not-article');
    return;
  }
  const partial = result.kind === 'partial';
  const onReveal = (target: RevealTarget): void => {
    void sendToTab(tab.id, 'reveal', target).catch(() => undefined);
  };
  show(
    renderBrief(brief, {
      locale,
      onReveal,
      payWall: cleanup.payWall,
      partialAfterSeconds: partial ? seconds : undefined,
    }),
    partial ? 'partial' : 'brief',
  );
  copyButton('copy-md', locale, () => briefToMarkdown(brief, locale, { partial }));
  copyButton('copy-text', locale, () => `${brief.title ?? ''}\n\n${brief.text}\n`);
}

void loadSettings().then((settings) => {
  const locale = localeFor(chosenUiLang(settings.uiLang, browser.i18n.getUILanguage()));
  translatePage(locale);
  main(locale, settings).catch((error: unknown) => {
    show(
      renderState('error', locale.t('errorTitle'), error instanceof Error ? error.message : String(error)),
    );
  });
});
