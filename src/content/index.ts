/**
 * The always-on content script: keep it lean (no lexicons, no Readability). It cleans consent
 * leftovers when the settings allow it for this site, undoes everything at once when they no
 * longer do (no reload), reports what it cleaned to the background (badge, popup), and reveals
 * places in the page for the popup.
 */
import { sendToBackground, onTabMessage } from '../shared/messages.js';
import { cleanupEnabledFor, loadSettings, watchSettings, type Settings } from '../shared/settings.js';
import { startCleanup, type Cleanup } from './cleanup/index.js';
import { reveal } from './reveal.js';

let cleanup: Cleanup | null = null;
/** autoconsent usually answers within a second of load; banners still up after this are hidden. */
const AUTOCONSENT_GRACE_MS = 2500;

function report(): void {
  const state = { removed: cleanup?.removed() ?? [], payWall: cleanup?.payWall ?? false };
  void sendToBackground('reportCleanup', state).catch(() => {
    // The background may be restarting (extension update); the next change reports again.
  });
}

function apply(settings: Settings): void {
  const enabled = cleanupEnabledFor(settings, location.hostname);
  if (enabled && !cleanup) {
    // A User Timing entry, so the benchmark can tell the automatic pass from the script's start-up.
    const start = performance.now();
    // With automatic refusal on, autoconsent answers the banner first (see consentUiGraceMs).
    cleanup = startCleanup(document, {
      onChange: report,
      consentUiGraceMs: settings.autoRefuse ? AUTOCONSENT_GRACE_MS : 0,
    });
    performance.measure('unwall:cleanup', { start, end: performance.now() });
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
  pageChanged: async () => {
    await restart();
    return null;
  },
});

void loadSettings().then(apply);
watchSettings(apply);
