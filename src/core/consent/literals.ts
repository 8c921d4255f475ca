/**
 * "Does this text hold one of these strings?" for the scan's literal lists (the prefilter's words,
 * the phrase gates' anchors, the markup gates' words): the same answer as one regexp of the escaped
 * strings, without flags, but the regexp is compiled only once the list has been asked enough to
 * pay for it. Until then each string is looked for with `includes`.
 *
 * Why (issues 10, 13): the content script starts cold on every page, and compiling these
 * alternations (about 13,000 characters of source on a corpus page, up to 2,000 in one) was a
 * large part of its first pass in Chromium (scripts/cold-scan.ts: the scan's regexps, compiled
 * and run once, 10–37 ms per page), while most lists are asked about a few dozen texts on a page.
 * In Node one process asks them thousands of times: the regexp is built early and used from then
 * on, as before.
 */
import { countScope, scanCounts } from './work.js';

/**
 * `includes` work a list may do before its regexp is built, per character of the regexp's source:
 * compiling costs about a microsecond per source character in a cold browser, one `includes` of a
 * short string in a text of up to SPAN characters a tenth to a fifth of that.
 */
const WORK_PER_SOURCE_CHAR = 4;
/** Text length one unit of `includes` work stands for: longer texts count as several units. */
const SPAN = 64;

/** A string as a regexp source that matches it literally. */
export const escapeLiteral = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A test of whether a text holds one of `strings` (code units, case as written). A closure, not a
 * class: the always-on content script is kept small, and local names minify where properties do
 * not. A fresh page (work.ts's counting scope) counts the regexp's source as compiled when it would
 * have built it, whatever one Node process did before.
 */
export function literals(strings: readonly string[]): (text: string) => boolean {
  let chars = 0;
  for (const s of strings) chars += s.length + 1;
  const budget = chars * WORK_PER_SOURCE_CHAR;
  let left = budget;
  let re: RegExp | null = null;
  let scope = -1;
  let scopeLeft = 0;
  return (text) => {
    const work = strings.length * (1 + Math.floor(text.length / SPAN));
    if (scope !== countScope()) {
      scope = countScope();
      scopeLeft = budget;
    }
    if (scopeLeft >= 0 && (scopeLeft -= work) < 0) scanCounts.compiledChars += chars;
    if (!re) {
      if ((left -= work) >= 0) {
        for (let i = 0; i < strings.length; i++) if (text.includes(strings[i]!)) return true;
        return false;
      }
      // No strings: nothing is held (an empty alternation would match everything).
      re = strings.length ? new RegExp(strings.map(escapeLiteral).join('|')) : /(?!)/;
    }
    return re.test(text);
  };
}
