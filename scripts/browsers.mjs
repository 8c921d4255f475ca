// Where the browsers are: CHROMIUM_PATH / FIREFOX_PATH, else Debian's /usr/bin/chromium and /usr/bin/firefox-esr,
// else other common names on PATH.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function which(name) {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

function find(envVar, candidates) {
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const c of candidates) {
    const path = c.startsWith('/') ? (existsSync(c) ? c : null) : which(c);
    if (path) return path;
  }
  return null;
}

export const chromiumPath = () =>
  find('CHROMIUM_PATH', [
    '/usr/bin/chromium',
    'chromium',
    'chromium-browser',
    'google-chrome-stable',
    'google-chrome',
  ]);
export const firefoxPath = () => find('FIREFOX_PATH', ['/usr/bin/firefox-esr', 'firefox-esr', 'firefox']);

export const HOW_TO_INSTALL = `Install them with:  sudo apt-get update && sudo apt-get install -y chromium firefox-esr
or point at existing ones:  CHROMIUM_PATH=/path/to/chromium FIREFOX_PATH=/path/to/firefox npm test`;
