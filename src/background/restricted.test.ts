import { expect, test } from 'vitest';
import { restrictedReason } from './restricted.js';

test.each([
  ['chrome://extensions/', /Browser pages/],
  ['about:addons', /Browser pages/],
  ['moz-extension://abc/popup.html', /Browser pages/],
  ['https://chromewebstore.google.com/detail/x', /stores/],
  ['https://addons.mozilla.org/fr/firefox/', /stores/],
  ['https://example.org/report.PDF', /PDF/],
  [undefined, /no page/],
])('%s cannot be read', (url, reason) => {
  expect(restrictedReason(url)).toMatch(reason);
});

test.each([
  'https://www.lemonde.fr/international/article.html',
  'http://127.0.0.1:8080/',
  'https://chrome.google.com/search',
])('%s can be read', (url) => {
  expect(restrictedReason(url)).toBeNull();
});
