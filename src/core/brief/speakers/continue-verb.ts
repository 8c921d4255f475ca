/**
 * A verb of going on ("« … », poursuit-il", "a-t-elle ajouté", "„…“, fügte er hinzu", "ergänzte
 * sie") with a pronoun for its subject says the quote continues the one who spoke last, whoever was
 * named in between: "Selon lui, Michel Aubry n’a rien proposé. « … », poursuit-il" is still the first
 * speaker's. Its features: `cont:verb` for the previous quote's speaker, `ante:cont-verb-other` for
 * the pronoun's other antecedents (weights provisional until the lead's refit).
 */
import type { BlockCtx } from '../prep/context.js';
import type { Lex } from '../lexicons/compile.js';
import type { Candidate, Features, Frame } from './types.js';

/** The verb itself, without the French inverted subject ("poursuit-il", "ajoute-t-elle"). */
const bare = (lo: string): string => lo.replace(/-(?:t-)?(?:il|elle|ils|elles|on)$/u, '');

/** Whether the quote's frame after it is a verb of going on whose first agent is a pronoun. */
function verbGoesOn(frames: readonly Frame[], ctxs: readonly BlockCtx[], lex: Lex): boolean {
  if (lex.continueVerbs.size === 0) return false;
  return frames.some((f) => {
    if ((f.kind !== 'post-inv' && f.kind !== 'post-subj') || f.cue < 0 || f.agents[0]?.kind !== 'pron')
      return false;
    const toks = ctxs[f.block]!.toks;
    // ("a-t-elle ajouté": the auxiliary is the cue, the participle right after it.)
    return [toks[f.cue], toks[f.cue + 1]].some((t) => t !== undefined && lex.continueVerbs.has(bare(t.lo)));
  });
}

/**
 * Marks the continuation's features (`cont`: those of the previous speaker's candidate, being built)
 * and the other candidates the pronoun was resolved to (`last`: the previous speaker's key).
 */
export function goesOn(
  frames: readonly Frame[],
  ctxs: readonly BlockCtx[],
  lex: Lex,
  cont: Features,
  candidates: Iterable<Candidate>,
  last: string,
): void {
  if (!verbGoesOn(frames, ctxs, lex)) return;
  cont['cont:verb'] = 1;
  for (const c of candidates)
    if (c.key !== last && c.features['via:pron']) c.features['ante:cont-verb-other'] = 1;
}
