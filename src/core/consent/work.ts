/**
 * Work of the consent scan, counted rather than timed (timing is too noisy on a shared 2-core
 * machine; counts are exact): every loop of the scan counts the elements it handles (judges,
 * measures, visits, sorts). Building the document-order index touches each element once without
 * reading it, so it counts one per eight (it pauses every 2,048, the others every 256 or fewer).
 * ConsentScan reads the count around each of its units of work, so the largest unit is known
 * exactly: a loop that forgets to pause shows up as one unit handling thousands of elements.
 */
export const scanWork = { elements: 0 };

/** Counts `n` elements handled by the scan. */
export function handled(n = 1): void {
  scanWork.elements += n;
}

/**
 * Where a first pass spends its work, counted (issue 10: the first pass's cost must be resolved
 * on a shared machine, where its time swings by ±10 ms): text nodes the phrase walk reads and the
 * characters its literal prefilter scans, blocks it collects, blocks that reach the phrase tests,
 * characters the phrase regexps scan (each test counts the text it is given) and compile. Only
 * ever added to; a reader takes the difference around a scan (scripts/count-cleanup.ts).
 */
export const scanCounts = {
  textNodes: 0,
  prefilterChars: 0,
  candidateBlocks: 0,
  phraseBlocks: 0,
  regexChars: 0,
  compiledChars: 0,
};

/**
 * Counting scopes: a content script compiles every regexp anew on each page, a Node process once.
 * A regexp's source counts as compiled on its first use in each scope (newCountScope starts one),
 * so a run over many pages in one process counts what each page would compile in a browser.
 */
let scope = 0;
const lastUse = new WeakMap<object, number>();
export function newCountScope(): void {
  scope++;
}
/** The current counting scope (a page in a browser). */
export function countScope(): number {
  return scope;
}
export function used(re: RegExp): void {
  if (lastUse.get(re) === scope) return;
  lastUse.set(re, scope);
  scanCounts.compiledChars += re.source.length;
}

/** Counts `chars` of text scanned by one phrase regexp. */
export function scanned(chars: number): void {
  scanCounts.regexChars += chars;
}
