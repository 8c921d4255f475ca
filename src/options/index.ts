/**
 * The options page (manifest options_ui): the settings, drawn from their typed defaults; the sites
 * where cleanup is off (remove one, add one); export and import of the settings as a JSON file.
 * Every change is saved at once; content scripts and open popups watch storage. The page redraws
 * itself when the settings change anywhere (the popup, another options page, an import), in the
 * language they choose.
 */
import browser from '../shared/browser.js';
import { chosenUiLang, localeFor, type MessageKey, type UiLocale, UI_LANGS } from '../shared/i18n.js';
import { translatePage } from '../shared/page-i18n.js';
import { exportSettings, importSettings, MAX_IMPORT_CHARS, siteOf } from '../shared/settings-io.js';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../shared/settings.js';

/** Every on/off setting has its label here: a new boolean in DEFAULTS without one does not compile. */
type BooleanKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];
const SWITCHES: Record<BooleanKey, MessageKey> = {
  cleanup: 'cleanEverywhere',
  autoRefuse: 'autoRefuse',
};

const byId = (id: string): HTMLElement => document.getElementById(id)!;
let locale: UiLocale = localeFor('en');

function showSaved(): void {
  const saved = byId('saved');
  saved.textContent = locale.t('saved');
  setTimeout(() => (saved.textContent = ''), 1500);
}

async function save(patch: Parameters<typeof saveSettings>[0]): Promise<void> {
  await saveSettings(patch);
  showSaved();
}

function drawSwitches(settings: Settings): void {
  const box = byId('switches');
  box.replaceChildren(
    ...(Object.keys(SWITCHES) as BooleanKey[]).map((key) => {
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.id = `setting-${key}`;
      input.checked = settings[key];
      input.addEventListener('change', () => void save({ [key]: input.checked }));
      const label = document.createElement('label');
      const text = document.createElement('span');
      text.textContent = locale.t(SWITCHES[key]);
      label.append(input, text);
      return label;
    }),
  );
}

/** Each language by its own name ("Deutsch", "Français"), so a reader finds theirs in any UI. */
function languageName(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

function drawLanguage(settings: Settings): void {
  const select = byId('ui-lang') as HTMLSelectElement;
  const option = (value: string, text: string): HTMLOptionElement => {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    if (value !== 'auto') o.lang = value;
    return o;
  };
  select.replaceChildren(
    option('auto', locale.t('langAuto')),
    ...UI_LANGS.map((l) => option(l, languageName(l))),
  );
  select.value = settings.uiLang;
}

function drawSites(settings: Settings): void {
  const list = byId('sites');
  byId('sites-empty').hidden = settings.disabledSites.length > 0;
  list.replaceChildren(
    ...settings.disabledSites.map((host) => {
      const item = document.createElement('li');
      const name = document.createElement('bdi');
      name.textContent = host;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'remove';
      remove.textContent = '✕';
      remove.title = locale.t('siteRemove', host);
      remove.setAttribute('aria-label', remove.title);
      remove.addEventListener('click', () => {
        void loadSettings().then((s) => save({ disabledSites: s.disabledSites.filter((h) => h !== host) }));
      });
      item.dataset.host = host;
      item.append(name, remove);
      return item;
    }),
  );
}

function draw(settings: Settings): void {
  locale = localeFor(chosenUiLang(settings.uiLang, browser.i18n.getUILanguage()));
  translatePage(locale);
  document.title = locale.t('optionsTitle');
  drawSwitches(settings);
  drawLanguage(settings);
  drawSites(settings);
}

function siteError(message: string): void {
  const error = byId('site-error');
  error.textContent = message;
  error.hidden = !message;
}

async function addSite(): Promise<void> {
  const input = byId('site-input') as HTMLInputElement;
  const host = siteOf(input.value);
  if (!host) {
    siteError(locale.t('siteInvalid', input.value.trim().slice(0, 80)));
    return;
  }
  const settings = await loadSettings();
  if (settings.disabledSites.includes(host)) {
    siteError(locale.t('siteExists', host));
    return;
  }
  siteError('');
  input.value = '';
  await save({ disabledSites: [...settings.disabledSites, host] });
}

/** The settings as a file download (a Blob link: no network, nothing leaves the machine). */
let exported: string | null = null;
function exportFile(settings: Settings): void {
  if (exported) URL.revokeObjectURL(exported);
  exported = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = exported;
  link.download = 'unwall-settings.json';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

function importStatus(kind: 'done' | 'error', message: string): void {
  const status = byId('import-status');
  status.dataset.kind = kind;
  status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  status.textContent = message;
}

async function importFile(file: File): Promise<void> {
  // Read as much as the limit plus one character: a huge file is refused, not loaded.
  const result = importSettings(await file.slice(0, MAX_IMPORT_CHARS + 1).text());
  if (!result.ok) {
    const reason = locale.t(result.error.key, ...result.error.args);
    importStatus('error', locale.t('importFailed', reason));
    return;
  }
  const saved = await saveSettings(result.settings);
  locale = localeFor(chosenUiLang(saved.uiLang, browser.i18n.getUILanguage()));
  importStatus('done', locale.t('importDone'));
}

function wire(): void {
  (byId('ui-lang') as HTMLSelectElement).addEventListener('change', (event) => {
    const value = (event.target as HTMLSelectElement).value;
    void save({ uiLang: value as Settings['uiLang'] });
  });
  (byId('site-form') as HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    void addSite();
  });
  byId('export').addEventListener('click', () => void loadSettings().then(exportFile));
  const file = byId('import-file') as HTMLInputElement;
  byId('import').addEventListener('click', () => {
    file.click();
  });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (chosen) void importFile(chosen);
  });
}

wire();
watchSettings(draw);
void loadSettings().then((settings) => {
  draw(settings);
  document.body.dataset.ready = 'true';
});
