/**
 * The always-on content script: keep it lean (no lexicons, no Readability). It cleans consent
 * leftovers, reports what it cleaned to the background (badge, popup) and reveals places in the page.
 */
import { sendToBackground, onTabMessage } from '../shared/messages.js';
import { reveal } from './reveal.js';

onTabMessage({
  reveal: ({ text }) => reveal(document, text),
});

void sendToBackground('reportCleanup', { removed: [], payWall: false }).catch(() => {
  // The background may be restarting (extension update); the next page load reports again.
});
