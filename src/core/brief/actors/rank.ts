/**
 * Key actors: people ranked by what the story gives them. Score = 3 × quotes + 2 × (named in the
 * title or the lead) + mentions + 1 if a role is stated + 1 if that role holds an office title
 * (ministre, president, Kanzler: the decision-makers); people seen only in captions go last.
 * The top six with a quote, a lead presence or two mentions are marked key.
 */
import type { Actor } from '../../types.js';
import type { BlockCtx } from '../prep/context.js';
import type { Lex } from '../lexicons/compile.js';
import type { Entity } from '../mentions/entities.js';
import { surnameOf } from '../mentions/surnames.js';
import { fold } from '../prep/text.js';
import { baseRole } from './base-form.js';

export const MAX_KEY = 6;

export function rankActors(entities: Entity[], ctxs: BlockCtx[], title: string | null, lex: Lex): Actor[] {
  // Decision-makers matter: a role holding a title word (ministre, president, Kanzler) counts once more.
  const office = (e: Entity): boolean =>
    e.role !== null &&
    e.role.role
      .toLowerCase()
      .split(/[\s-]+/u)
      .some((w) => lex.titles.has(w));
  const lead = ctxs
    .filter((c) => !c.caption && !c.ignore && c.kind === 'paragraph' && c.text.length > 80)
    .slice(0, 2)
    .map((c) => fold(c.text))
    .join(' ');
  const head = `${fold(title ?? '')} ${lead}`;
  const inLead = (e: Entity): boolean => [e.name, ...e.aliases].some((n) => head.includes(fold(n)));
  const scored = entities.map((e) => {
    const captionOnly = e.bodyMentions === 0;
    const score = captionOnly
      ? -1
      : 3 * e.quotes +
        2 * Number(inLead(e)) +
        e.mentions +
        Number(e.role !== null && e.role.score >= 2) +
        Number(office(e));
    return { e, score, lead: inLead(e), captionOnly };
  });
  scored.sort((a, b) => b.score - a.score || a.e.first - b.e.first);
  return scored.map(({ e, lead, captionOnly }, i) => {
    const surname = e.tokens.length > 1 ? surnameOf(e.tokens) : null;
    const aliases = [...new Set([...(surname ? [surname] : []), ...e.aliases])].filter((a) => a !== e.name);
    return {
      name: e.name,
      role: e.role ? baseRole(e.role.role, e.gender, lex) : null,
      aliases,
      mentions: e.mentions,
      quotes: e.quotes,
      key: i < MAX_KEY && !captionOnly && (e.quotes > 0 || lead || e.mentions >= 2),
    };
  });
}
