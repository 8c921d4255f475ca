/**
 * Units of work of the brief's steps (characters or tokens read), for tests that check each step
 * grows in proportion to the text: timing is too noisy on a shared machine, counts are exact.
 * Off (null) in normal use, when counting costs one comparison. Tests set `briefWork.counts` to
 * an empty record, brief a text, and read it back.
 */
export const briefWork: { counts: Record<string, number> | null } = { counts: null };

export function tallyBrief(step: string, units: number): void {
  const w = briefWork.counts;
  if (w) w[step] = (w[step] ?? 0) + units;
}
