/**
 * Literal anchors of phrase rules, for a cheap exact test before a large regexp runs. A regexp
 * of a few hundred alternatives costs about a millisecond to compile in a browser; most text a
 * page shows contains none of the literal runs any rule requires, so `String#includes` on those
 * runs answers "no match" without compiling anything. Hand-written because no library derives
 * required substrings from a JavaScript regexp source (the parse below is deliberately partial:
 * whatever it does not understand ends a run, which only makes the test less selective).
 */
import { literals } from './literals.js';

/**
 * What every match of one top-level alternative contains: a list of requirements, each met by any
 * one of its strings (a literal run: one string; a plain group such as "(cookies|traceurs)": its
 * alternatives).
 */
export type Requirements = string[][];

/** A counted quantifier: {2}, {0,40}, {1,}. */
const BRACES = /^\{\d+(,\d*)?\}/;
/** A group of plain alternatives, "(a|b c)" or "(?:a|b)", and no quantifier after it. */
const PLAIN_GROUP = /^\((?:\?:)?([^\\^$.|?*+()[\]{}]+(?:\|[^\\^$.|?*+()[\]{}]+)*)\)(?![?*+{])/;

const ESCAPE_BODY: Record<string, RegExp> = {
  p: /^\{[^}]*\}/,
  P: /^\{[^}]*\}/,
  k: /^<[^>]*>/,
  u: /^(\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/,
  x: /^[0-9a-fA-F]{2}/,
  c: /^[a-zA-Z]/,
};

/** Length of the escape sequence starting at `i` (a backslash), and its literal char if any. */
function escapeAt(s: string, i: number): { len: number; literal: string | null } {
  const next = s[i + 1] ?? '';
  if (/[^0-9A-Za-z]/.test(next)) return { len: 2, literal: next };
  const body = ESCAPE_BODY[next]?.exec(s.slice(i + 2));
  if (body) return { len: 2 + body[0].length, literal: null };
  if (/[0-9]/.test(next))
    return { len: 2 + (/^[0-9]*/.exec(s.slice(i + 2))?.[0].length ?? 0), literal: null };
  return { len: 2, literal: null };
}

/** Required strings of a regexp source, per top-level alternative; null when one has none. */
export function sourceRequirements(source: string): Requirements[] | null {
  const branches: Requirements[] = [[]];
  let run = '';
  let depth = 0;
  const flush = (): void => {
    if (run) branches[branches.length - 1]!.push([run]);
    run = '';
  };
  for (let i = 0; i < source.length;) {
    const c = source[i]!;
    if (c === '\\') {
      const e = escapeAt(source, i);
      if (depth === 0) {
        if (e.literal !== null) run += e.literal;
        else flush();
      }
      i += e.len;
    } else if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      if (depth === 0) flush();
    } else if (c === '(') {
      if (depth === 0) {
        flush();
        const plain = PLAIN_GROUP.exec(source.slice(i));
        if (plain) {
          branches[branches.length - 1]!.push(plain[1]!.split('|'));
          i += plain[0].length;
          continue;
        }
      }
      depth++;
      i++;
    } else if (c === ')') {
      depth--;
      i++;
    } else if (c === '|') {
      if (depth === 0) {
        flush();
        branches.push([]);
      }
      i++;
    } else if (c === '?' || c === '*' || c === '+' || (c === '{' && BRACES.test(source.slice(i)))) {
      // A quantifier applies to the atom before it: a literal char then is not required as written.
      if (depth === 0) {
        run = run.slice(0, -1);
        flush();
      }
      i += c === '{' ? BRACES.exec(source.slice(i))![0].length : 1;
    } else if (c === '{' || c === '^' || c === '$' || c === '.' || c === '}' || c === ']') {
      if (depth === 0) flush();
      i++;
    } else {
      if (depth === 0) run += c;
      i++;
    }
  }
  flush();
  return branches.some((b) => b.length === 0) ? null : branches;
}

/** Worth of a requirement as a filter: its shortest string, spaces not counted. */
const strength = (alts: string[]): number => Math.min(...alts.map((a) => a.trim().length));

/**
 * A cheap exact test before a set of alternatives (the rules of one list): `any` holds strings at
 * least one of which is in every text an alternative matches; `all` holds, per alternative, its
 * requirements, all of which such a text meets. `any` rejects most text with a few `includes`;
 * `all` is read only after it passes, and also says WHICH alternatives may match, so that only
 * those are compiled and run (see candidates). Stored compactly (phrase-anchors.ts is part of the
 * always-on content script): one string per alternative, its top-level branches joined by BRANCH,
 * a branch's requirements by REQ, each requirement's strings by ALT; requirements shorter than
 * four characters ("la", "sie", "des") filter little and are left out (the content script is
 * smaller by about 2 KB gzip than with them).
 */
export interface Gate {
  any: string[];
  all: string[];
}

const BRANCH = '#';
const REQ = '&';
const ALT = '|';

/**
 * The gate of many alternatives: the strongest requirement of each branch goes into `any`,
 * without strings that contain another one (that one is then present too). Null when an
 * alternative has no requirement at all.
 */
export function gateOf(alternatives: (Requirements[] | null)[]): Gate | null {
  const picked: string[] = [];
  const all: string[] = [];
  for (const branches of alternatives) {
    if (branches === null) return null;
    const entry: string[] = [];
    for (const reqs of branches) {
      const best = reqs.reduce((a, b) => (strength(b) > strength(a) ? b : a));
      picked.push(...best);
      const kept = reqs.filter((alts) => strength(alts) >= 4);
      for (const alts of kept)
        if (alts.some((a) => a.includes(BRANCH) || a.includes(REQ) || a.includes(ALT)))
          throw new Error(`anchors: a literal holds a separator: ${alts.join(', ')}`);
      entry.push(kept.map((alts) => alts.join(ALT)).join(REQ));
    }
    all.push(entry.join(BRANCH));
  }
  const sorted = [...new Set(picked)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const any: string[] = [];
  for (const a of sorted) if (!any.some((o) => a.includes(o))) any.push(a);
  return { any, all };
}

/** A gate's `all`, split once per gate: alternative, branch, requirement, strings. */
const split = new WeakMap<Gate, string[][][][]>();
function requirements(gate: Gate): string[][][][] {
  let r = split.get(gate);
  if (!r) {
    r = gate.all.map((entry) =>
      entry.split(BRANCH).map((e) => (e ? e.split(REQ).map((alts) => alts.split(ALT)) : [])),
    );
    split.set(gate, r);
  }
  return r;
}

function includesOne(text: string, strings: readonly string[]): boolean {
  for (let i = 0; i < strings.length; i++) if (text.includes(strings[i]!)) return true;
  return false;
}

/**
 * A gate's `any` strings, tested as one (literals.ts: `includes` per string while the gate is
 * asked little, one regexp of the escaped strings once it is asked often; the same answer).
 */
const anyOf = new WeakMap<Gate, (text: string) => boolean>();
function includesAny(text: string, gate: Gate): boolean {
  let any = anyOf.get(gate);
  if (!any) {
    any = literals(gate.any);
    anyOf.set(gate, any);
  }
  return any(text);
}

/** Whether `text` meets every requirement of one branch of an alternative. */
function meets(text: string, branches: string[][][]): boolean {
  for (const reqs of branches) if (reqs.every((alts) => includesOne(text, alts))) return true;
  return false;
}

/** False only when no alternative can match `text` (see Gate). */
export function mayMatch(text: string, gate: Gate | null): boolean {
  if (gate === null) return true;
  if (!includesAny(text, gate)) return false;
  for (const branches of requirements(gate)) if (meets(text, branches)) return true;
  return false;
}

/**
 * Whether alternative `i` may match `text` (a null gate: every one may). Callers that stop at
 * the first alternative that matches ask this one by one, after `mayAny`.
 */
export function mayMatchAlternative(text: string, gate: Gate | null, i: number): boolean {
  return gate === null || meets(text, requirements(gate)[i]!);
}

/** False when no alternative can match `text`: none of the gate's `any` strings is in it. */
export function mayAny(text: string, gate: Gate | null): boolean {
  return gate === null || includesAny(text, gate);
}

/**
 * The alternatives (indexes, ascending) that may match `text`: every other one cannot. `count`
 * is the number of alternatives, for a gate that is null (then all may).
 */
export function candidates(text: string, gate: Gate | null, count: number): number[] {
  const out: number[] = [];
  if (!mayAny(text, gate)) return out;
  for (let i = 0; i < count; i++) if (mayMatchAlternative(text, gate, i)) out.push(i);
  return out;
}
