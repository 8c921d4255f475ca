/**
 * Agents of speech inside one sentence segment: the subject of a verb of saying (before it, persons
 * first, else after it), the source of "selon/according to/laut X", and the helpers that find cues.
 */
import { sentenceAt, type BlockCtx } from '../prep/context.js';
import { isRoleWord, type Lex, type Phrase } from '../lexicons/compile.js';
import type { Mention, People } from '../mentions/people.js';
import { NOBODY, resolvePerson, speakerOf, type Speaker } from './resolve.js';
import type { Token } from '../prep/text.js';

export interface Seg {
  c: BlockCtx;
  /** Token range [a, b). */
  a: number;
  b: number;
}

export function isSpeechToken(t: Token, lex: Lex): boolean {
  if (lex.speech.has(t.lo)) return true;
  // French inversion: "prévient-il", "explique-t-elle", "estime-t-on".
  const parts = t.lo.split('-');
  return (
    parts.length > 1 &&
    lex.speech.has(parts[0]!) &&
    /^(?:il|elle|ils|elles|on)$/.test(parts[parts.length - 1]!)
  );
}

export function matchPhrase(toks: Token[], i: number, ps: Phrase[]): number {
  for (const p of ps) {
    if (p.words.every((w, k) => toks[i + k]?.lo === w)) return p.words.length;
  }
  return 0;
}

export function mentionsIn(people: People, s: Seg): Mention[] {
  return people.byBlock[s.c.index]!.filter((m) => m.tok >= s.a && m.tok < s.b);
}

const ORDER: Mention['kind'][] = ['person', 'pron', 'org', 'orgdesc', 'desc'];

/** The subject of a verb at token v inside segment s: before it (nearest, persons first), else after it. */
export function agentOf(ctxs: BlockCtx[], people: People, s: Seg, v: number, lex: Lex): Speaker | undefined {
  const ms = mentionsIn(people, s);
  const anon = s.c.toks
    .slice(s.a, v)
    .some(
      (t, i, arr) =>
        lex.anonymous.has(t.lo) &&
        i > 0 &&
        lex.determiners.has(arr[i - 1]!.lo) &&
        !ms.some((m) => m.kind === 'person'),
    );
  if (anon) return NOBODY;
  // "The report suggested …", « le projet de loi prévoit … »: a text, not a speaker.
  const doc = s.c.toks
    .slice(s.a, v)
    .some((t, i, arr) => lex.documents.has(t.lo) && i > 0 && lex.determiners.has(arr[i - 1]!.lo));
  if (doc && !ms.some((m) => m.kind === 'person' && m.tokEnd <= v)) return NOBODY;
  // "Interrogé par la présidente du tribunal, Hélène Caradec, il avait assuré …": a person in an agent
  // phrase is not the subject when a pronoun after it is.
  const governed = (m: Mention): boolean =>
    s.c.toks.slice(Math.max(s.a, m.tok - 5), m.tok).some((t) => lex.agentPreps.has(t.lo));
  const all = ms.filter((m) => m.tokEnd <= v);
  const before = all.filter(
    (m) => m.kind !== 'person' || !governed(m) || !all.some((p) => p.kind === 'pron' && p.tok > m.tok),
  );
  // "un chef m’a dit : « … »": a description with an indefinite article is someone unnamed.
  const subj = before[before.length - 1];
  if (
    subj?.kind === 'desc' &&
    indefinite(s.c.toks, subj.tok, lex) &&
    !before.some((m) => m.kind === 'person' || m.kind === 'pron')
  )
    return NOBODY;
  for (const kind of ORDER) {
    let hit = before.filter((m) => m.kind === kind).pop();
    // "Steve Witkoff et Kirill Dmitriev ont affirmé": joint speakers, the first named stands for both.
    const conj = hit && s.c.toks[hit.tok - 1];
    const head =
      conj && lex.conjunctions.has(conj.lo)
        ? before.find((m) => m.kind === 'person' && m.tokEnd === hit!.tok - 1)
        : undefined;
    if (head) hit = head;
    const sp = hit && speakerOf(ctxs, people, hit, lex);
    if (sp) return sp;
  }
  const vt = s.c.toks[v];
  if (vt && vt.lo.includes('-')) {
    const pron = vt.lo.split('-').pop() ?? '';
    const g = pron.startsWith('elle') ? 'f' : 'm';
    const e = resolvePerson(ctxs, people, s.c.index, v, g);
    if (e) return { entity: e };
  }
  // Cataphora in a lead: « … », a-t-elle annoncé. La maire de Nantes, Johanna Rolland, …
  const pron = ms.find((m) => m.kind === 'pron' && m.gender !== 'pl' && Math.abs(m.tok - v) <= 1);
  if (pron) {
    const next = people.byBlock[s.c.index]!.find(
      (m) => m.kind === 'person' && m.tok > v && (m.entity?.gender ?? pron.gender) === pron.gender,
    );
    if (next?.entity) return { entity: next.entity };
  }
  // "dijo a EFE", "sagte gegenüber der Zeitung": the one spoken to is not the speaker; nor is the
  // agent of a passive participle ("Interrogé par la présidente, X, il a assuré …").
  const after = ms.filter(
    (m) =>
      m.tok > v &&
      m.tok - v <= 12 &&
      !lex.addressee.has(s.c.toks[m.tok - 1]?.lo ?? '') &&
      !(m.kind === 'person' && governed(m)),
  );
  for (const kind of ORDER) {
    const hit = after.find((m) => m.kind === kind);
    // "sagte ein Polizeisprecher", "said a spokesman": someone unnamed.
    if (hit?.kind === 'desc' && indefinite(s.c.toks, hit.tok, lex)) return NOBODY;
    const sp = hit && speakerOf(ctxs, people, hit, lex);
    if (sp) return sp;
  }
  return undefined;
}

/** An indefinite article opens the noun phrase of token `tok` ("a city spokesman", "ein Sprecher"). */
function indefinite(toks: Token[], tok: number, lex: Lex): boolean {
  for (let k = tok - 1; k >= 0 && tok - k <= 3; k--) {
    const t = toks[k]!;
    if (lex.indefinites.has(t.lo)) return true;
    if (lex.determiners.has(t.lo) || t.cap || lex.stop.has(t.lo)) return false;
  }
  return false;
}

/** First speech cue (verb or phrase) in a segment, as a token index. */
export function firstCue(s: Seg, lex: Lex, limit = Infinity): number {
  for (let i = s.a; i < s.b && i - s.a < limit; i++) {
    const t = s.c.toks[i]!;
    // A verb after the quote in a relative clause is not its attribution: « régulation » que les syndicats jugent …
    if (lex.relatives.has(t.lo)) return -1;
    // "… e ha chiesto un'audizione": a coordinated clause keeps the subject of the sentence.
    if (lex.conjunctions.has(t.lo)) return -1;
    // After a determiner a verb form is a noun ("la note", "une tranche").
    const noun = i > 0 && lex.determiners.has(s.c.toks[i - 1]!.lo);
    if ((isSpeechToken(t, lex) && !noun) || matchPhrase(s.c.toks, i, lex.speechPhrases) > 0) return i;
  }
  return -1;
}

/** "selon X", "according to X", "laut X", "X zufolge": the agent right after (or before) the preposition. */
export function sourcePrep(ctxs: BlockCtx[], people: People, s: Seg, lex: Lex): Speaker | undefined {
  const toks = s.c.toks;
  for (let i = s.a; i < s.b; i++) {
    const n = matchPhrase(toks, i, lex.sourcePreps);
    if (n > 0) {
      const weak = ['pour', 'per', 'para', 'so'].includes(toks[i]!.lo);
      const from = i + n;
      let ms = mentionsIn(people, { c: s.c, a: from, b: Math.min(s.b, from + (weak ? 2 : 14)) });
      // "Per il ministro degli Esteri Antonio Tajani, …": a weak preposition with a role phrase, then the name.
      if (weak && ms[0]?.kind === 'desc')
        ms = mentionsIn(people, { c: s.c, a: from, b: Math.min(s.b, from + 10) });
      const first = ms[0];
      // "según fuentes sindicales": an unnamed source right after the preposition.
      if (toks.slice(from, from + 2).some((t) => lex.anonymous.has(t.lo))) return NOBODY;
      if (!first) continue;
      if (weak && first.kind !== 'person' && first.kind !== 'pron' && first.kind !== 'desc') continue;
      // "Selon le porte-parole de la présidence russe, Dmitri Peskov": the named person wins over the description.
      const person = ms.find((m) => m.kind === 'person');
      // "A detta del segretario regionale della Cisl, Antonella Russo": the organisation is the
      // complement of a role, the person named after it is the source.
      const roleFirst = toks.slice(from, from + 2).some((t) => isRoleWord(lex, t.lo));
      const pick = (first.kind === 'desc' || (first.kind === 'org' && roleFirst)) && person ? person : first;
      const sp = speakerOf(ctxs, people, pick, lex);
      if (sp) return sp;
    }
    if (lex.sourcePostps.has(toks[i]!.lo)) {
      const ms = mentionsIn(people, { c: s.c, a: Math.max(s.a, i - 4), b: i });
      const last = ms[ms.length - 1];
      const sp = last && speakerOf(ctxs, people, last, lex);
      if (sp) return sp;
    }
  }
  return undefined;
}

/** Index of the first token starting at or after `pos` (binary search: tokens are in order). */
export function tokAt(c: BlockCtx, pos: number): number {
  let lo = 0;
  let hi = c.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.toks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first agent of a clause, persons before pronouns before organisations. */
export function firstAgent(ctxs: BlockCtx[], people: People, s: Seg, lex: Lex): Speaker | undefined {
  const ms = mentionsIn(people, s);
  for (const kind of ORDER) {
    const hit = ms.find((m) => m.kind === kind);
    const sp = hit && speakerOf(ctxs, people, hit, lex);
    if (sp) return sp;
  }
  return undefined;
}

/** A verb with no subject (Italian and Spanish drop it; "ha spiegato", "añadió"): the current subject. */
export function proDrop(
  ctxs: BlockCtx[],
  people: People,
  c: BlockCtx,
  tok: number,
  lex: Lex,
): Speaker | undefined {
  if (PRO_DROP.has(lex.lang)) {
    const e = resolvePerson(ctxs, people, c.index, tok, null);
    return e ? { entity: e } : undefined;
  }
  // Elsewhere a cue with no subject is impersonal ("hieß es", "on") and reports the subject of the
  // previous sentence, a person or an organisation ("Die Wirtschaftskammer begrüßte …").
  const here = sentenceAt(c, c.toks[tok]?.start ?? 0);
  const prev = c.sentences[here - 1];
  if (!prev) return undefined;
  const seg: Seg = {
    c,
    a: c.toks.findIndex((t) => t.start >= prev[0]),
    b: c.toks.findIndex((t) => t.start >= prev[1]),
  };
  if (seg.a < 0) return undefined;
  if (seg.b < 0) seg.b = c.toks.length;
  const first = mentionsIn(people, seg).find((m) => m.kind === 'person' || m.kind === 'org');
  return first ? speakerOf(ctxs, people, first, lex) : undefined;
}

/** Languages that drop the subject pronoun ("ha spiegato", "añadió"). */
export const PRO_DROP = new Set(['it', 'es']);
