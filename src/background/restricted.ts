/**
 * Pages no extension may script: browser pages, extension stores, the built-in PDF viewer.
 * Knowing them up front lets the popup say so plainly instead of showing a scripting error.
 */
const STORE_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
];

export function restrictedReason(url: string | undefined): string | null {
  if (!url) return 'This tab has no page the extension can read.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This tab has no page the extension can read.';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `Browser pages (${parsed.protocol}) cannot be read by extensions.`;
  }
  if (
    STORE_HOSTS.includes(parsed.hostname) &&
    (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))
  ) {
    return 'Extension stores cannot be read by extensions.';
  }
  if (/\.pdf$/i.test(parsed.pathname))
    return 'PDF documents open in the browser’s viewer, which extensions cannot read.';
  return null;
}
