#!/usr/bin/env node
// `npm test` starts here: the end-to-end tests need real Chromium and Firefox. Say so at once,
// with the fix, rather than failing with a timeout twenty minutes later.
import { chromiumPath, firefoxPath, HOW_TO_INSTALL } from './browsers.mjs';

const missing = [];
if (!chromiumPath())
  missing.push(
    process.env.CHROMIUM_PATH
      ? `Chromium (CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist)`
      : 'Chromium',
  );
if (!firefoxPath())
  missing.push(
    process.env.FIREFOX_PATH
      ? `Firefox (FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist)`
      : 'Firefox',
  );
if (missing.length) {
  console.error(
    `npm test: the end-to-end tests need ${missing.join(' and ')}, not found on this machine.\n${HOW_TO_INSTALL}`,
  );
  process.exit(1);
}
