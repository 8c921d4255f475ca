/**
 * How deeply the elements of an HTML string nest, in one linear scan of its tags, before a parser
 * sees it: linkedom's parse time grows faster than the depth, so a page nested 200,000 levels takes
 * it 86 s. The count is what a parser builds, closely enough for a limit far above real pages:
 * void elements, self-closed tags, and elements whose end tag is optional (p, li, td…, which cannot
 * nest into themselves) add no level; comments and raw text (script, style…) are skipped.
 */
/**
 * Deeper documents are refused before parsing (by the CLI and the popup's worker): linkedom's
 * parse grows faster than the depth (20,000 levels 0.2 s, 50,000 levels 7 s, 200,000 levels 86 s),
 * and real pages nest fewer than 100 levels.
 */
export const MAX_HTML_DEPTH = 5000;

const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr keygen'.split(' '),
);
const OPTIONAL_END = new Set(
  'html head body p li dt dd option optgroup tr td th thead tbody tfoot caption colgroup rb rt rp rtc'.split(
    ' ',
  ),
);
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

/** The greatest depth reached, or `stopAbove + 1` as soon as the depth passes `stopAbove`. */
export function htmlDepth(html: string, stopAbove = Infinity): number {
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment
    if (m[1]) {
      if (!VOID.has(name) && !OPTIONAL_END.has(name) && depth > 0) depth--;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = tag.lastIndex;
      tag.lastIndex = close.exec(html)?.index ?? html.length;
      continue;
    }
    if (m[3] || VOID.has(name) || OPTIONAL_END.has(name)) continue;
    depth++;
    if (depth > max) {
      max = depth;
      if (max > stopAbove) return max;
    }
  }
  return max;
}
