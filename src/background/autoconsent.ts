/**
 * The background half of autoconsent: started on demand in a tab, per-frame rules, page-world
 * snippets, and outcomes. Opt-out only: autoAction is 'optOut' and nothing here ever sends optIn.
 */
import {
  evalSnippets,
  filterCompactRules,
  type BackgroundMessage,
  type Config,
  type ContentScriptMessage,
  type IndexedCMPRuleset,
} from '@duckduckgo/autoconsent';
import compactRules from '@duckduckgo/autoconsent/rules/compact-rules.json';
import browser, { type Runtime } from '../shared/browser.js';
import { cleanupEnabledFor, loadSettings } from '../shared/settings.js';
import { addRefusal, resetRefusals } from './tab-state.js';

const CONFIG: Partial<Config> = {
  autoAction: 'optOut',
  enablePrehide: true,
  enableCosmeticRules: true,
  enableGeneratedRules: true,
  enableHeuristicDetection: false,
  detectRetries: 20,
  prehideTimeout: 2000,
  logs: {
    lifecycle: false,
    rulesteps: false,
    detectionsteps: false,
    evals: false,
    errors: false,
    messages: false,
    waits: false,
  },
};

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Runs one of autoconsent's own page-world snippets (never a code string) in the sender's frame. */
async function evalInFrame(
  tabId: number,
  frameId: number,
  snippetId: keyof typeof evalSnippets,
): Promise<unknown> {
  const func = evalSnippets[snippetId] as () => unknown;
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    world: 'MAIN',
    func,
  });
  return result?.result;
}

/**
 * Starts autoconsent in a tab's frames, when the content script found a consent banner or wall
 * there and the settings allow automatic refusal on the site. Injected into every frame the tab
 * has now (consent platforms often answer from a frame of their own); a frame that refuses
 * scripting is skipped. The script guards against a second start in the same frame.
 */
export async function startAutoconsent(tabId: number, pageUrl: string): Promise<boolean> {
  const settings = await loadSettings();
  if (!settings.autoRefuse || !cleanupEnabledFor(settings, hostOf(pageUrl))) return false;
  const files = ['autoconsent.js'];
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files });
  } catch {
    // One frame the browser will not script (about:blank of another origin, a policy) fails the
    // whole call in some versions: the top frame alone then.
    await browser.scripting.executeScript({ target: { tabId }, files }).catch(() => undefined);
  }
  return true;
}

export async function handleAutoconsent(
  message: ContentScriptMessage,
  sender: Runtime.MessageSender,
): Promise<BackgroundMessage | null> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (tabId === undefined) return null;
  const url = sender.url ?? '';
  switch (message.type) {
    case 'init': {
      if (frameId === 0) await resetRefusals(tabId);
      const settings = await loadSettings();
      // The top page's host decides, also for its frames: the setting is per site the user sees.
      const siteHost = hostOf(sender.tab?.url ?? url);
      const enabled = settings.autoRefuse && cleanupEnabledFor(settings, siteHost);
      return {
        type: 'initResp',
        config: { ...CONFIG, enabled } as Config,
        rules: {
          autoconsent: [],
          compact: filterCompactRules(compactRules as unknown as IndexedCMPRuleset, {
            url,
            mainFrame: frameId === 0,
          }),
        },
      };
    }
    case 'eval': {
      if (!message.snippetId || !(message.snippetId in evalSnippets)) {
        return { type: 'evalResp', id: message.id, result: false };
      }
      const result = await evalInFrame(tabId, frameId, message.snippetId).catch(() => false);
      return { type: 'evalResp', id: message.id, result };
    }
    case 'autoconsentDone':
      await addRefusal(tabId, message.cmp);
      return null;
    default:
      return null;
  }
}
