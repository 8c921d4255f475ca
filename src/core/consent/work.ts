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
