/**
 * People and other agents of an article: person entities (with aliases, role, mention counts) and,
 * in reading order, every mention a speaker can be resolved from: names, organisations, pronouns
 * and descriptions ("le magistrat", "the agency"). Bylines, credits and bios are kept out.
 */
import type { BlockCtx } from '../prep/context.js';
import { speechAdjacent, type Entity, type People, type Read } from './entities.js';
import { genderOf, isOrgWord, isRoleWord, type Lex } from '../lexicons/compile.js';
import { roleAfter, roleBefore } from './roles.js';
import { findRuns, readRun } from './runs.js';
import { fold } from '../prep/text.js';
import { mentionsOf } from './mentions.js';

export type { Entity, Mention, MentionKind, People } from './entities.js';

interface Candidate {
  tokens: string[];
  /** The name as written, initials with their dots ("Donald J. Trump"). */
  surface: string;
  key: string;
  first: number;
  hasFirstName: boolean;
  titled: boolean;
  roled: boolean;
  speechAdj: boolean;
  /** Right after a verb of saying, with no article: "sagte Scholz", "says Parata". */
  inverted: boolean;
}

const pos = (block: number, tok: number): number => block * 100000 + tok;

function readAll(ctxs: BlockCtx[], lex: Lex): Read[] {
  const out: Read[] = [];
  for (const c of ctxs) {
    if (c.ignore) continue;
    const starts = new Set(c.sentences.map(([s]) => s));
    for (const run of findRuns(c.masked, c.toks, lex)) {
      const t0 = c.toks[run.from]!;
      const atStart =
        run.from === 0 || starts.has(t0.start) || /[.!?:_]\s*$/u.test(c.masked.slice(0, t0.start));
      const r = readRun(c.toks, run, lex, atStart);
      if (r.kind !== 'none') out.push({ block: c.index, r, to: run.to });
    }
  }
  return out;
}

function candidates(reads: Read[], ctxs: BlockCtx[], lex: Lex, byline: Set<string>): Map<string, Candidate> {
  const map = new Map<string, Candidate>();
  for (const { block, r, to } of reads) {
    if (r.kind !== 'person') continue;
    const c = ctxs[block]!;
    const tokens = r.name.map((t) => t.t);
    const key = fold(tokens.join(' '));
    const surface = c.masked.slice(r.name[0]!.start, r.name[r.name.length - 1]!.end);
    if (byline.has(key)) continue;
    const cand = map.get(key) ?? {
      tokens,
      surface,
      key,
      first: pos(block, r.nameFrom),
      hasFirstName: false,
      titled: false,
      roled: false,
      speechAdj: false,
      inverted: false,
    };
    cand.hasFirstName ||= r.hasFirstName;
    cand.titled ||= r.titled;
    cand.speechAdj ||= speechAdjacent(c.masked, c.toks, r.nameFrom, to, lex);
    const verb = c.toks[r.nameFrom - 1];
    // Only the attribution of a quote just closed: "„…“, sagte Scholz", "« … », a déclaré Dupont".
    const afterQuote =
      verb !== undefined && c.masked.slice(Math.max(0, verb.start - 8), verb.start).includes('_');
    cand.inverted ||=
      afterQuote && lex.speech.has(verb.lo) && c.masked.slice(verb.end, c.toks[r.nameFrom]!.start) === ' ';
    const rb = roleBefore(c.masked, c.toks, r.nameFrom, lex);
    const ra = roleAfter(c.masked, c.toks, to, lex);
    cand.roled ||= (rb?.score ?? 0) >= 2.5 || (ra?.score ?? 0) >= 3;
    map.set(key, cand);
  }
  return map;
}

function bylineKeys(byline: string | null): Set<string> {
  const out = new Set<string>();
  for (const part of (byline ?? '').split(
    /,|;|&|\band\b|\bet\b|\bund\b|\by\b|\be\b|\bBy\b|\bPar\b|\bVon\b|\bDi\b/u,
  )) {
    const k = fold(part.trim());
    if (k.includes(' ')) out.add(k);
  }
  return out;
}

export function findPeople(ctxs: BlockCtx[], lex: Lex, byline: string | null): People {
  const reads = readAll(ctxs, lex);
  const cands = candidates(reads, ctxs, lex, bylineKeys(byline));
  // Surnames vouched for on their own: "Mr. Georgelis", "says Parata".
  const vouched = new Set<string>();
  for (const c of cands.values()) if (c.tokens.length === 1 && (c.titled || c.roled)) vouched.add(c.key);
  const accepted = [...cands.values()]
    .filter((c) => c.tokens.length > 1)
    .filter((c) => c.hasFirstName || c.titled || c.roled || vouched.has(fold(c.tokens[c.tokens.length - 1]!)))
    .sort((a, b) => b.tokens.length - a.tokens.length || a.first - b.first);
  const entities: Entity[] = [];
  for (const c of accepted) {
    const last = c.tokens[c.tokens.length - 1]!;
    const into = entities.find(
      (e) =>
        fold(e.tokens[e.tokens.length - 1]!) === fold(last) && c.tokens.every((t) => e.tokens.includes(t)),
    );
    if (into) {
      into.aliases.add(c.tokens.join(' '));
      into.first = Math.min(into.first, c.first);
      continue;
    }
    const particle = c.tokens.findIndex((t, i) => i > 0 && lex.particles.has(t.toLowerCase()));
    const aliases = new Set<string>([last]);
    if (particle > 0) aliases.add(c.tokens.slice(particle).join(' '));
    entities.push({
      id: entities.length,
      name: c.surface,
      tokens: c.tokens,
      aliases,
      role: null,
      mentions: 0,
      bodyMentions: 0,
      quotes: 0,
      first: c.first,
      gender: genderOf(lex, c.tokens[0]!),
    });
  }
  // Single names with no full form in the text: titled ("President Obama", "Mr Trump") or right
  // after a verb of saying ("sagte Scholz"), when they are not an organisation or a role word.
  for (const c of cands.values()) {
    if (c.tokens.length !== 1 || !(c.titled || c.inverted)) continue;
    if (isOrgWord(lex, c.key) || lex.orgNouns.has(c.key) || lex.speech.has(c.key)) continue;
    if (entities.some((e) => fold(e.tokens[e.tokens.length - 1]!) === c.key)) continue;
    if (lex.stop.has(c.key) || isRoleWord(lex, c.key)) continue;
    entities.push({
      id: entities.length,
      name: c.tokens[0]!,
      tokens: c.tokens,
      aliases: new Set(),
      role: null,
      mentions: 0,
      bodyMentions: 0,
      quotes: 0,
      first: c.first,
      gender: null,
    });
  }
  entities.sort((a, b) => a.first - b.first);
  entities.forEach((e, i) => (e.id = i));
  return { entities, byBlock: mentionsOf(ctxs, reads, entities, lex) };
}
