/**
 * A paragraph that goes on with a quote the paragraph before left open (English “… / “… ”, French
 * « … then » later, German „…, Spanish and Italian «…) is the same speaker's words. When that open
 * quote was left unattributed (an unnamed nurse, a spokesperson no one names), the one who spoke
 * before it — often an organisation named paragraphs earlier — is not who goes on: the feature
 * `none:cont-open` says so (weight provisional until the lead's refit).
 */
import type { BlockCtx } from '../prep/context.js';
import type { Span } from '../quotes/spans.js';
import { bodyNeighbour } from './agents.js';
import type { Decision, Features } from './types.js';

/** Whether `span` opens its paragraph and continues `prev`, left open in the paragraph before. */
export function continuesOpen(ctxs: BlockCtx[], span: Span, prev: Decision | undefined): boolean {
  if (!prev || prev.span.closed || span.outerStart > 1) return false;
  return bodyNeighbour(ctxs, span.block, -1)?.index === prev.span.block;
}

/** Marks the case's `none` features when the open quote it continues was left unattributed. */
export function continuesUnattributed(
  ctxs: BlockCtx[],
  span: Span,
  previous: readonly Decision[],
  none: Features,
  evidence: string[],
): void {
  const prev = previous[previous.length - 1];
  if (prev?.speaker !== null || !continuesOpen(ctxs, span, prev)) return;
  none['none:cont-open'] = 1;
  evidence.push('goes on with an open quote left unattributed');
}
