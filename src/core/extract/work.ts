/**
 * Units of work per step of one extraction (nodes visited, blocks judged, characters read), for
 * tests that check each step grows in proportion to the page: timing is too noisy on a shared
 * machine, counts are exact. Filled only when the caller passes one (ExtractOptions.work).
 */
export type Work = Record<string, number>;

export function tally(work: Work | undefined, step: string, units: number): void {
  if (work) work[step] = (work[step] ?? 0) + units;
}

/**
 * A hook for development tools that want to see why each piece of text was dropped (which step,
 * which rule). Null in normal use; nothing is computed for it then.
 */
export const dropTrace: { fn: ((step: string, reason: string, text: string) => void) | null } = {
  fn: null,
};
