/**
 * Descriptions read against the roles the text states for its people: "le procureur" is the one
 * introduced as « procureur de la République »; "il ministro dell'Agricoltura …, Francesco
 * Lollobrigida" is that name's own role phrase. Shared by the frames (agents.ts) and the resolution
 * of a description (resolve.ts), so both read a role phrase the same way.
 */
import type { Entity, Mention } from '../mentions/entities.js';
import type { BlockCtx } from '../prep/context.js';
import { fold } from '../prep/text.js';
import { mentionsIn } from './cues.js';

/** A role's words, folded, split on spaces and elisions (not hyphens); memoised. */
const roleWordCache = new Map<string, string[]>();
export function roleWords(role: string): string[] {
  let words = roleWordCache.get(role);
  if (!words) {
    words = fold(role).split(/[\s'’]+/u);
    if (roleWordCache.size > 5000) roleWordCache.clear();
    roleWordCache.set(role, words);
  }
  return words;
}

/** Role words compared without hyphens and plural endings: "le co-lauréat" is one of the "colauréats". */
const normRole = (w: string): string => w.replace(/-/gu, '').replace(/(?:s|x)$/u, '');

export const descHead = (m: Mention): string => normRole(fold(m.text ?? ''));

const stemCache = new Map<string, string>();

/**
 * An office noun without its gender ending, so that "la ministra" is the one introduced as
 * « ministro per il Sud », "la procureure" the « procureur », "die Richterin" a « Richter »:
 * feminine and masculine endings of the five languages fold to one stem. Only whole words are
 * compared this way, so "sindaco" stays apart from "sindacato" and "consigliere" from "consiglio".
 */
export function officeStem(w: string): string {
  let stem = stemCache.get(w);
  if (stem !== undefined) return stem;
  stem = w
    .replace(/(?:trice|tore|teur)$/u, 'tor')
    .replace(/euse$/u, 'eur')
    .replace(/ere$/u, 'er')
    .replace(/enne$/u, 'en')
    .replace(/(?<=.{5})in$/u, '')
    .replace(/(?<=.{3})(?:essa|esa|[aoe])$/u, '');
  if (stemCache.size > 5000) stemCache.clear();
  stemCache.set(w, stem);
  return stem;
}

/** Whether two folded office nouns name the same office, whatever their gender. */
export const sameOffice = (a: string, b: string): boolean => a === b || officeStem(a) === officeStem(b);

/** A role's words compared without hyphens and plural endings, and the parts of its hyphenated words. */
interface RoleForms {
  norms: string[];
  parts: Set<string>;
}
/** Memoised: every description is held against every stated role of the people named before it. */
const roleFormCache = new Map<string, RoleForms>();
function roleForms(role: string): RoleForms {
  let forms = roleFormCache.get(role);
  if (!forms) {
    const words = roleWords(role);
    forms = { norms: words.map(normRole), parts: new Set(words.flatMap((w) => w.split('-'))) };
    if (roleFormCache.size > 5000) roleFormCache.clear();
    roleFormCache.set(role, forms);
  }
  return forms;
}

/**
 * A compound role ending in the description's noun ("Gesundheitsministerin" holds "Ministerin",
 * "Polizeisprecher" holds "Sprecher"), but not a deputy's or a former holder's ("Vizekanzler" is
 * not "der Kanzler", "vicesindaco" not "il sindaco").
 */
function compoundOf(role: string, head: string): boolean {
  return head.length > 5 && role.length > head.length && role.endsWith(head) && !DEPUTY.test(role);
}
const DEPUTY = /^(?:vize|vice|ex|alt|co|ko|stellv|pro|sotto|sub|under)/u;

/** A stated role that is the deputy's or former holder's of the description's office ("Vizekanzler" for "der Kanzler"). */
export function deputyOf(role: string, head: string): boolean {
  return roleForms(role).norms.some((n) => n !== head && n.endsWith(head) && DEPUTY.test(n));
}

/** Whether a stated role holds a description's head noun ("procureur de la République" holds "procureur"). */
export function roleHolds(head: string): (role: string) => boolean {
  return (role) => {
    const { norms, parts } = roleForms(role);
    return (
      norms.some(
        (n) => sameOffice(n, head) || (head.length > 4 && n.startsWith(head)) || compoundOf(n, head),
      ) || parts.has(head)
    );
  };
}

/** The one person named before a description whose stated role holds its noun ("der Oppositionsführer"). */
export function roleOwner(entities: readonly Entity[], m: Mention): Entity | undefined {
  const holds = roleHolds(descHead(m));
  const owners = entities.filter((e) => e.firstBlock <= m.block && e.roles.some((r) => holds(r.role)));
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * The name a description is the role phrase of, whole ("il ministro dell'Agricoltura e della
 * sovranità alimentare, Francesco Lollobrigida", "Per il ministro degli Esteri Antonio Tajani"): the
 * text from the role's start to the name is one of that person's stated roles, and it holds the
 * description's noun.
 */
export function nameOfRole(
  inp: { ctxs: readonly BlockCtx[]; byBlock: readonly Mention[][] },
  m: Mention,
): Mention | undefined {
  if (m.kind !== 'desc') return undefined;
  const c = inp.ctxs[m.block]!;
  const at = c.toks[m.tok]!.start;
  const holds = roleHolds(descHead(m));
  for (const x of mentionsIn(inp.byBlock[m.block]!, m.tok + 1, m.tokEnd + 20)) {
    if (x.kind !== 'person' || !x.entity) continue;
    // The text before the name without its trailing spaces and commas ends at `end`: read backward,
    // not sliced from the block's start (a long paragraph with many descriptions was quadratic).
    let end = c.toks[x.tok]!.start;
    while (end > 0 && /[\s,]/u.test(c.masked.charAt(end - 1))) end--;
    const stated = x.entity.roles.some((r) => {
      const from = end - r.role.length;
      return from >= 0 && from <= at && c.masked.slice(from, end) === r.role && holds(r.role);
    });
    if (stated) return x;
  }
  return undefined;
}
