/**
 * A readable trace of the speaker stage, for `unwall brief --explain`: the people found, then for
 * every quote the frames around it, each candidate with the evidence that proposes it, its score
 * and probability, and the choice. A wrong speaker can be traced to the candidate and the
 * evidence that chose it.
 */
import type { ExtractedArticle } from '../types.js';
import { analyse, type Trace } from './index.js';
import { probabilities, score } from './speakers/choose.js';
import { refName } from './speakers/types.js';
import { WEIGHTS } from './speakers/weights.js';

const fmt = (f: Record<string, number>): string =>
  Object.entries(f)
    .map(([k, v]) => (v === 1 ? k : `${k}=${v}`))
    .join(' ');

export function explainAnalysis(article: ExtractedArticle): string {
  const trace: Trace = { decisions: [] };
  const analysis = analyse(article, trace);
  const lines: string[] = ['People:'];
  for (const a of analysis.actors)
    lines.push(
      `  ${a.key ? '*' : '-'} ${a.name}${a.role ? ` (${a.role})` : ''} — mentions ${a.mentions}, quotes ${a.quotes}${a.aliases.length ? `, also ${a.aliases.join(', ')}` : ''}`,
    );
  lines.push('', 'Quotes:');
  for (const d of trace.decisions) {
    const qc = d.case;
    const ps = probabilities(qc, WEIGHTS);
    lines.push(
      `  [${d.span.block}] «${d.span.text.length > 90 ? `${d.span.text.slice(0, 90)}…` : d.span.text}»`,
    );
    lines.push(
      `      → ${refName(d.speaker) ?? 'nobody'} (p ${d.p.toFixed(2)}${d.carried ? ', from the part that closes this quote in the next paragraph' : ''})`,
    );
    for (const f of qc.frames)
      lines.push(
        `      frame ${f.kind}${f.detail ? `:${f.detail}` : ''}${f.unnamed ? ' (unnamed source)' : ''}, ${f.agents.length} agent(s)${f.agents.length ? `: ${f.agents.map((m) => `${m.kind} ${m.entity?.name ?? m.text}`).join(' | ')}` : ''}`,
      );
    lines.push(
      `      nobody: score ${score(qc.none, WEIGHTS).toFixed(2)} p ${ps[0]!.toFixed(2)} [${fmt(qc.none)}]${qc.noneEvidence.length ? ` ${qc.noneEvidence.join('; ')}` : ''}`,
    );
    qc.candidates.forEach((c, i) => {
      lines.push(
        `      ${refName(c.ref)}: score ${score(c.features, WEIGHTS).toFixed(2)} p ${ps[i + 1]!.toFixed(2)} [${fmt(c.features)}] ${c.evidence.join('; ')}`,
      );
    });
  }
  return lines.join('\n');
}
