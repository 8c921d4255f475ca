/**
 * The always-on content script: keep it lean (no lexicons, no Readability). It cleans consent
 * leftovers when the settings allow it for this site, undoes everything at once when they no
 * longer do (no reload), reports what it hides to the background (badge, popup), and reveals
 * places in the page for the popup.
 */
import { sendToBackground, onTabMessage, type PageCleanupState } from '../shared/messages.js';
import { cleanupEnabledFor, loadSettings, watchSettings, type Settings } from '../shared/settings.js';
import { startCleanup, type Cleanup } from './cleanup/index.js';
import { reveal } from './reveal.js';

let cleanup: Cleanup | null = null;
let settingsNow: Settings | null = null;
/** Whether this document asked for automatic refusal already (autoconsent starts once per page). */
let autoconsentAsked = false;
/** autoconsent usually answers within a second of load; banners still up after this are hidden. */
const AUTOCONSENT_GRACE_MS = 2500;

/**
 * Automatic refusal only where it has work: the cleanup found a consent banner or wall (it is
 * prehidden meanwhile, see consentUiGraceMs). On other pages autoconsent never loads: started in
 * every frame of every page it cost about 6 ms of script per page (issue 10).
 */
function startAutoconsentIfNeeded(): void {
  if (autoconsentAsked || !settingsNow?.autoRefuse || !cleanup?.consentUi) return;
  autoconsentAsked = true;
  void sendToBackground('startAutoconsent', null).catch(() => {
    autoconsentAsked = false; // the background was restarting: the next change asks again
  });
}

function state(): PageCleanupState {
  return {
    removed: cleanup?.removed() ?? [],
    payWall: cleanup?.payWall ?? false,
    stats: cleanup?.stats() ?? null,
    autoconsent: autoconsentAsked,
  };
}

function report(): void {
  startAutoconsentIfNeeded();
  const { removed, payWall } = state();
  void sendToBackground('reportCleanup', { removed, payWall }).catch(() => {
    // The background may be restarting (extension update); the next change reports again.
  });
}

function apply(settings: Settings): void {
  settingsNow = settings;
  const enabled = cleanupEnabledFor(settings, location.hostname);
  if (enabled && !cleanup) {
    const start = performance.now();
    // With automatic refusal on, autoconsent answers the banner first (see consentUiGraceMs).
    const started = startCleanup(document, {
      onChange: report,
      consentUiGraceMs: settings.autoRefuse ? AUTOCONSENT_GRACE_MS : 0,
    });
    cleanup = started;
    // A User Timing entry for the bench: the first pass's main-thread time (it may span tasks).
    void started.ready.then(() => {
      startAutoconsentIfNeeded();
      const ms = started.stats().firstPassMs;
      if (ms !== null) performance.measure('unwall:cleanup', { start, duration: ms });
    });
  } else if (!enabled && cleanup) {
    cleanup.undo();
    cleanup = null;
  }
  report();
}

/**
 * After a single-page navigation the new view may bring its own consent UI and placeholders, and
 * the watcher may have stopped: undo and clean again in one task, so nothing flashes in between.
 */
async function restart(): Promise<void> {
  const settings = await loadSettings();
  cleanup?.undo();
  cleanup = null;
  apply(settings);
}

onTabMessage({
  reveal: ({ text, context }) => reveal(document, text, context),
  cleanupState: () => state(),
  pageChanged: async () => {
    await restart();
    return null;
  },
});

void loadSettings().then(apply);
watchSettings(apply);
