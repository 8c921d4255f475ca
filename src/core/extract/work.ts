/**
 * Units of work per step of one extraction (nodes visited, blocks judged, characters read), for
 * tests that check each step grows in proportion to the page: timing is too noisy on a shared
 * machine, counts are exact. Filled only when the caller passes one (ExtractOptions.work).
 */
export type Work = Record<string, number>;

export function tally(work: Work | undefined, step: string, units: number): void {
  if (work) work[step] = (work[step] ?? 0) + units;
}
