/**
 * People the article names only inside quotes. The speaker stages read text with quotes masked (a
 * speaker's words are not the narrator's introductions), so this pass reads the quotes' own text,
 * with stricter evidence than people.ts asks of the narration.
 */
import type { BlockCtx } from '../prep/context.js';
import { isFirstName, type Lex } from '../lexicons/compile.js';
import { isPlace } from '../lexicons/places.js';
import { fold, tokenize } from '../prep/text.js';
import type { Entity } from './entities.js';
import { newCandidate, type Candidate } from './people.js';
import { roleBefore, type RoleFind } from './roles.js';
import { headsComplement } from './evidence.js';
import { findRuns, readRun } from './runs.js';
import { tallyBrief } from '../work.js';

/**
 * Whether the text before `end` ends with a stop or a colon and spaces (/[.!?:]\s*$/ on the text up
 * to `end`), read backward from `end`: the pattern on a slice from the quote's start, for every name
 * of the quote, made a long quote quadratic.
 */
function stopBefore(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && /\s/u.test(text.charAt(i))) i--;
  tallyBrief('quoted-names', end - i);
  return i >= 0 && '.!?:'.includes(text.charAt(i));
}

/**
 * People named inside quotes ("Giorgia Meloni ci ha chiamato", "le ministre Darmanin", "Tavecchio?"),
 * read from the quotes' own text: only a given name from the curated list with a surname, or a
 * title or office right before a surname, counts there — the words of a speaker are not the text's
 * own introductions. Not speakers (the speaker stages never see text inside quotes).
 */
export function namedInQuotes(
  ctxs: BlockCtx[],
  lex: Lex,
  entities: Entity[],
  cands: Map<string, Candidate>,
): { cands: Candidate[]; roles: Map<string, RoleFind> } {
  // Roles stated inside the quote before the name ("il ministro Salvini"), by folded name.
  const roles = new Map<string, RoleFind>();
  // The entities' names and aliases, folded once (looking through every entity for each name read
  // in a quote made a long text quadratic); the entities do not change in this pass.
  let names: Set<string> | null = null;
  const known = (key: string): boolean => {
    if (cands.has(key)) return true;
    names ??= new Set(entities.flatMap((e) => [fold(e.tokens.join(' ')), ...[...e.aliases].map(fold)]));
    return names.has(key);
  };
  const out = new Map<string, Candidate>();
  for (const c of ctxs) {
    if (c.ignore || c.caption) continue;
    for (const span of c.spans) {
      const toks = tokenize(span.text);
      for (const run of findRuns(span.text, toks, lex)) {
        const atStart = run.from === 0 || stopBefore(span.text, toks[run.from]!.start);
        const r = readRun(toks, run, lex, atStart);
        if (r.kind !== 'person') continue;
        const tokens = r.name.map((t) => t.t);
        const key = fold(tokens.join(' '));
        if (known(key) || known(fold(tokens.at(-1)!)) || isPlace(key) || lex.institutions.has(key)) continue;
        const before = toks[r.nameFrom - 1];
        const titled =
          r.titled ||
          (before !== undefined &&
            !before.cap &&
            // (Not across a stop: "la institución en general. Eso hace que …".)
            span.text.slice(before.end, r.name[0]!.start) === ' ' &&
            (lex.titles.has(before.lo) || lex.honorifics.has(before.lo)));
        const full = tokens.length > 1 && isFirstName(lex, r.name[0]!.lo);
        const role = roleBefore(span.text, toks, r.nameFrom, lex);
        // "il ministro della protezione civile Musumeci": an office with its complement right before.
        const office =
          role !== null &&
          role.score >= 3 &&
          before !== undefined &&
          span.text.slice(before.end, r.name[0]!.start) === ' ' &&
          // (Not after an article or a possessive: "per il nostro Paese".)
          !lex.determiners.has(before.lo) &&
          !lex.possessives.has(before.lo) &&
          headsComplement(role.role, lex);
        if (!full && !((titled || office) && tokens.length === 1)) continue;
        if (role && !roles.has(key)) roles.set(key, role);
        const prev = out.get(key);
        if (prev) {
          prev.count++;
          continue;
        }
        // After every narrated mention of its block: the text's own introductions come first.
        const surface = span.text.slice(r.name[0]!.start, r.name.at(-1)!.end);
        out.set(key, {
          ...newCandidate(tokens, surface, key, c.index, 99999),
          strongFirst: full,
          titled: titled || office,
          inner: 1,
          count: 1,
        });
      }
    }
  }
  return { cands: [...out.values()], roles };
}
