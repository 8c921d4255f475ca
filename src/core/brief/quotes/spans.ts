/**
 * Quote spans: every run of text between paired quotation marks, per block, in the conventions of
 * our languages (« », “ ”, „ “, » «, ‹ ›, straight "…", and single ‘ ’ as British and Irish pages
 * write them). A quote left open at
 * the end of a paragraph whose next paragraph opens with the same mark is the English (and Italian)
 * multi-paragraph convention: one span per paragraph, the open one running to the paragraph's end.
 */
import type { Block } from '../../types.js';

/** Hoisted: esbuild writes a `\p{…}` literal as `new RegExp(…)`, built again at every call. */
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export interface Span {
  block: number;
  /** Offsets of the opening and closing marks (end is after the closing mark, or the block end). */
  outerStart: number;
  outerEnd: number;
  /** The trimmed text between the marks. */
  text: string;
  open: string;
  closed: boolean;
}

const CLOSERS: Record<string, string> = {
  '«': '»',
  '“': '”“',
  '”': '”“',
  '„': '“”',
  '‹': '›',
  '"': '"',
  '»': '«',
  '‘': '’',
  '‚': '‘',
};

/** Any mark that may open a quote (the keys of CLOSERS): the scan jumps from one to the next. */
const OPENER = /[«“”„‹"»‘‚]/gu;

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Outlets that type curly quotes by hand use one mark for both ends: ”…” or “…“ (Italian and Spanish
 * sites often). A mark between a word and a space or punctuation closes; one between a space and a
 * word opens.
 */
const closesHere = (text: string, j: number): boolean =>
  /\S/u.test(text.charAt(j - 1)) && !isLetter(text.charAt(j + 1));

/** Whether the mark at i can open a quote in this block. */
function canOpen(
  text: string,
  i: number,
  mode: { german: boolean; reversed: boolean; heading: boolean },
): boolean {
  const c = text.charAt(i);
  const prev = i > 0 ? text.charAt(i - 1) : ' ';
  const next = text.charAt(i + 1);
  // After a colon a mark opens even when a space follows it (': ” Abbiamo …', ':” è …'): pages that
  // type the mark by hand; nothing after a colon is closed by it.
  if (
    (c === '”' || c === '"') &&
    !mode.german &&
    /:\s?$/u.test(text.slice(Math.max(0, i - 2), i)) &&
    next === ' ' &&
    isLetter(text.charAt(i + 2))
  )
    return true;
  switch (c) {
    case '«':
      return !mode.reversed;
    case '‹':
      return true;
    case '„':
      return true;
    case '“':
      return !mode.german;
    case '”':
      return !mode.german && /[\s([{—–\-/:]/u.test(prev) && isLetter(next);
    case '»':
      return mode.reversed;
    case '"':
      // Also glued to what comes before, as copies of some pages lose the space: 'historique."Les
      // peines …' (a sentence ends, a quote opens on a capital), 'même s’"il reste …' (an elision).
      return (
        (/[\s([{—–\-/:]/u.test(prev) && next !== '' && !/\s/.test(next)) ||
        (/[.!?…]/u.test(prev) && UPPER.test(next)) ||
        (/[’']/u.test(prev) && isLetter(text.charAt(i - 2)) && LOWER.test(next))
      );
    case '‘':
      // Single marks open a quote too: tabloids quote with them, broadsheets' short quotes and
      // headlines use them. (A ’ closes only where no letter follows: it is also the apostrophe.)
      return !isLetter(prev) && !/\s/u.test(next) && next !== '';
    default:
      return false;
  }
}

function findClose(text: string, open: string, from: number): number {
  const closers = CLOSERS[open] ?? '';
  let depth = 0;
  // ‘…,” said X: pages that mix marks open with a single one and close with a double one. A ” that
  // ends words (after one, before no letter) closes an open ‘ when no ’ does.
  let mixed = -1;
  for (let j = from; j < text.length; j++) {
    const c = text.charAt(j);
    if (open === '‘' && c === '”' && mixed < 0 && closesHere(text, j)) mixed = j;
    // A nested quote in the same marks: « … « … » … », „ … „ … “ … “ (Meine Ehefrau sagte: „Bitte atme!“).
    if ((open === '«' || open === '„') && c === open) depth++;
    // “ … “l’irresponsabilità” imperante.”: a “ opening a word inside an open “ quote nests, when two
    // closing ” are left for the two of them.
    if (open === '“' && c === '“' && /[\s(]/u.test(text.charAt(j - 1)) && isLetter(text.charAt(j + 1))) {
      const rest = text.slice(j + 1);
      if (rest.indexOf('”') >= 0 && rest.indexOf('”', rest.indexOf('”') + 1) >= 0) {
        depth++;
        continue;
      }
    }
    if (!closers.includes(c)) continue;
    if ((open === '«' || open === '„' || open === '“') && depth > 0) {
      depth--;
      continue;
    }
    // A mark before a letter is an apostrophe or an opening, unless punctuation ends the quote right
    // before it: copies that lose the space ('"It is a disgrace,"said Jane Moss').
    if (
      (open === '"' || open === '‘') &&
      isLetter(text.charAt(j + 1)) &&
      !/[,.!?…]/u.test(text.charAt(j - 1))
    )
      continue;
    // ‘… the families’ lawyer …’: a plural possessive before a lowercase word, when a later ’ can close.
    if (open === '‘' && pluralPossessive(text, j)) continue;
    if ((open === '“' || open === '”') && c === open && !closesHere(text, j)) continue;
    if (open === '"' && j === from) continue;
    return j;
  }
  return mixed;
}

/** The first ” that ends words after `from`, unless a “ before it opens a nested quote it closes. */
function curlyCloseOfGuillemet(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charAt(j);
    if (c === '“' || c === '„') return -1;
    if (c === '”' && closesHere(text, j)) return j;
  }
  return -1;
}

/** ’ after an s and before a lowercase word ("the residents’ association"), with a closing ’ later. */
function pluralPossessive(text: string, j: number): boolean {
  if (!/[sS]/u.test(text.charAt(j - 1)) || !/^ \p{Ll}/u.test(text.slice(j + 1, j + 3))) return false;
  for (let k = text.indexOf('’', j + 1); k >= 0; k = text.indexOf('’', k + 1))
    if (!isLetter(text.charAt(k + 1))) return true;
  return false;
}

/**
 * Guillemets a page's software swapped (» Je n’ai pas d’avocat « , s’offusque …): every one in the
 * paragraph alternates from a », pairwise. (A French paragraph that closes the previous one's quote
 * first, « … » a-t-il dit. « … », leaves one over.)
 */
function swappedGuillemets(text: string): boolean {
  const marks = text.match(/[«»]/gu) ?? [];
  return marks.length % 2 === 0 && marks.every((m, i) => m === (i % 2 === 0 ? '»' : '«'));
}

function spansOf(block: Block, index: number, next: Block | undefined): Span[] {
  // A straight or single quote left open mid-paragraph is a quote only when the next paragraph goes
  // on quoting.
  const nextOpens = next?.text.startsWith('"') ?? false;
  const nextOpensSingle = next?.text.startsWith('‘') ?? false;
  // (Or closes a quote it never opened: the page dropped the mark that reopens it, '… "If we don't
  // get water … every day.¶Where will we get this from?" Mr Pandi said.')
  const nextCloses = next !== undefined && closingOnly(next, index + 1) !== null;
  const text = block.text;
  const german = text.includes('„');
  // German and Austrian outlets that use guillemets point them inward (»Zitat«): the first one is a »
  // glued to the next word. French, Italian and Spanish text never opens a paragraph's quotes with ».
  const first = /[«»]/.exec(text);
  const mode = {
    german,
    // (A » before a comma or a stop closes: « … polémique », a regretté X, the end of a quote opened
    // in an earlier paragraph.)
    reversed:
      first?.[0] === '»' && (/[^\s,.;:!?)]/u.test(text.charAt(first.index + 1)) || swappedGuillemets(text)),
    heading: block.kind === 'heading',
  };
  const out: Span[] = [];
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m !== null; m = OPENER.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (!canOpen(text, i, mode)) continue;
    let close = findClose(text, c, i + 1);
    // Mixed typing: a straight mark opens, a curly one closes ("È sbagliato … dal mondiale”. Lo ha
    // detto …): without this the quote would run to the paragraph's end and hide its speaker.
    if (close < 0 && c === '"') close = findClose(text, '“', i + 1);
    // And the other way round: “There have been interviews since Friday," Considine said.
    if (close < 0 && c === '“') close = findClose(text, '"', i + 1);
    // «…”, afirmó: pages that open with a guillemet and close with a curly mark, when no » closes.
    if (close < 0 && c === '«') close = curlyCloseOfGuillemet(text, i + 1);
    if (close < 0) {
      // Unclosed: only a quote when it opens the paragraph (multi-paragraph quotes) or is a guillemet.
      // (Or when a colon opens it: 'Claudio Paglia (allenatore):”Buona partita …' to the paragraph's end.)
      const afterColon = /:\s*$/u.test(text.slice(Math.max(0, i - 3), i));
      if ((c === '"' || c === '”') && i > 0 && !nextOpens && !nextCloses && !afterColon) continue;
      if (c === '‘' && i > 0 && !nextOpensSingle) continue;
      const inner = text.slice(i + 1).trim();
      if (inner)
        out.push({ block: index, outerStart: i, outerEnd: text.length, text: inner, open: c, closed: false });
      break;
    }
    const inner = text.slice(i + 1, close).trim();
    if (inner)
      out.push({ block: index, outerStart: i, outerEnd: close + 1, text: inner, open: c, closed: true });
    OPENER.lastIndex = close + 1;
  }
  return out;
}

/**
 * Spans of every block, interrupted quotes split at their attribution (“A – spiega X – B”,
 * « A, a déclaré X, B »: two quotes, as the gold convention and a reader count them), and a
 * paragraph that closes a quote it never opened continues the previous paragraph's open quote.
 */
export function findSpans(blocks: Block[], words: InciseWords = NO_WORDS): Span[] {
  const out: Span[] = [];
  blocks.forEach((b, i) => {
    const own = spansOf(b, i, blocks[i + 1]);
    const prev = out[out.length - 1];
    if (own.length === 0 && prev && !prev.closed && prev.block === i - 1) {
      const cont = closingOnly(b, i) ?? unmarkedContinuation(blocks, i);
      if (cont) own.push(cont);
    }
    for (const sp of own) out.push(...splitIncise(b.text, sp, words));
  });
  return out;
}

const ANY_MARK = /[«»“”„"‹›‘’]/u;

/**
 * The French convention of a long quote: « opens the first paragraph, the next ones carry no mark,
 * and » closes the last. A paragraph without marks after an open quote is one of its paragraphs when
 * a paragraph that only closes it follows within a few paragraphs, all of them without marks.
 */
function unmarkedContinuation(blocks: Block[], i: number): Span | null {
  for (let k = i; k < Math.min(blocks.length, i + 4); k++) {
    const b = blocks[k]!;
    if (b.kind !== 'paragraph') return null;
    if (!ANY_MARK.test(b.text)) continue;
    if (k === i || closingOnly(b, k) === null) return null;
    const text = blocks[i]!.text;
    const inner = text.trim();
    if (!inner) return null;
    return { block: i, outerStart: 0, outerEnd: text.length, text: inner, open: '', closed: false };
  }
  return null;
}

/** A paragraph that carries on an open quote and closes it: "… esporremo le ragioni”. Poi …". */
function closingOnly(block: Block, index: number): Span | null {
  const m = /[»”"“]/u.exec(block.text);
  if (!m || m.index < 20) return null;
  const inner = block.text.slice(0, m.index).trim();
  if (/[«“„"]/u.test(inner)) return null;
  return { block: index, outerStart: 0, outerEnd: m.index + 1, text: inner, open: '', closed: true };
}

/** An attribution inside the marks: a dash pair or a comma pair around a verb of saying. */
// (A closing dash glued to the next word is a typo of pages: "– ha sottolineato l’avvocato –purtroppo",
// "– ha aggiunto il consigliere Alberto Unia -che": a hyphen only after a space, not inside "ex-ministro".)
// (An opening dash glued to the word before it is one too when a space follows: "«… i bambini- ha
// spiegato X - …»"; "ex-ministro" has none.)
const DASH_INCISE =
  /(?:\s(?:--|[–—-])|(?<=\p{L})[–-](?=\s))\s*([^–—"“”«»-][^–—"“”«»]{0,159}?)\s*(?:(?:--|[–—-])(?:\s|[.,;:]\s*|$)|[–—](?=\p{Ll})|(?<=\s)-(?=\p{Ll}))/gu;
const COMMA_INCISE =
  /,\s+([\p{Ll}][^,.;:!?«»“”"]{0,70}?(?:,\s+\p{Ll}[^,.;:!?«»“”"]{0,40})?)(?:,\s+|[.;]\s+(?=\p{Lu})|[.;]?$)/gu;

/** A noun after an elided article ("l’appello", "un’intervista"). */
const ELIDED_NOUN = /^(?:l|un)[’'](.+)$/u;

/** An Italian or Spanish infinitive (with an enclitic pronoun at most). */
export const INFINITIVE = /(?:are|ere|ire|ar|er|ir)(?:lo|la|li|le|si|ne|gli|se)?$/u;

/** What the incise test asks of the language: a verb of saying, and the auxiliaries and pronouns
 * that may open an incise before its verb (language by language: French "a" is an auxiliary,
 * English "a" an article: ", a simple call … will help," opens no incise). */
export interface InciseWords {
  speech: (lower: string) => boolean;
  lead: (lower: string) => boolean;
  /** A noun of saying and an article before it: "- è il commento del sindaco, X -". */
  noun: (lower: string) => boolean;
  article: (lower: string) => boolean;
}

const NO_WORDS: InciseWords = {
  speech: () => false,
  lead: () => false,
  noun: () => false,
  article: () => false,
};

function splitIncise(text: string, sp: Span, words: InciseWords): Span[] {
  const isSpeechWord = words.speech;
  if (sp.open === '') return [sp];
  const innerStart = sp.outerStart + 1;
  const innerText = text.slice(innerStart, sp.closed ? sp.outerEnd - 1 : sp.outerEnd);
  // The verb opens the incise, or follows a third-person auxiliary or pronoun: "– spiega X –",
  // ", ha detto X,", ", a-t-il déclaré,", ", he said,". Not "…, e ho detto loro che …".
  const speaks = (incise: string): boolean => {
    const ws = incise.split(/[\s,]+/u).map((w) => w.toLowerCase());
    const verb = (w: string | undefined): boolean =>
      w !== undefined && (isSpeechWord(w) || isSpeechWord(w.split('-')[0] ?? ''));
    // (One adverb may stand between the auxiliary and the verb: "– ha poi spiegato il legale –".)
    // A two-word phrase of saying counts as the verb: "– fa sapere il sindaco –", "– ha fatto sapere –".
    // ("– lancia l’appello Bolandrini –": a verb with a noun of saying as its object says it too.)
    const nounObject = (i: number): boolean => {
      const elided = ELIDED_NOUN.exec(ws[i + 1] ?? '');
      return ws[i] !== undefined && !words.article(ws[i]) && elided !== null && words.noun(elided[1]!);
    };
    const at = (i: number): boolean =>
      verb(ws[i]) || (ws[i + 1] !== undefined && isSpeechWord(`${ws[i]} ${ws[i + 1]}`)) || nounObject(i);
    const lead = words.lead((ws[0] ?? '').split('-')[0]!);
    const v = at(0) ? 0 : lead && at(1) ? 1 : lead && at(2) ? 2 : -1;
    // "– è il commento del sindaco, X –", "– il commento di X –": a noun of saying after its article.
    const noun = (i: number): boolean => words.noun(ws[i] ?? '') && words.article(ws[i - 1] ?? '');
    if (v < 0 && (noun(1) || (lead && noun(2)))) return true;
    // "continuano a registrare": a verb with "a" and an infinitive is an auxiliary of that verb.
    return v >= 0 && !(ws[v + 1] === 'a' && INFINITIVE.test(ws[v + 2] ?? ''));
  };
  for (const re of [DASH_INCISE, COMMA_INCISE]) {
    re.lastIndex = 0;
    for (let m = re.exec(innerText); m !== null; m = re.exec(innerText)) {
      if (!speaks(m[1]!) || m[1]!.split(/\s+/u).length > 24) {
        // The next comma or dash may open the incise: retry right after this one.
        re.lastIndex = m.index + 1;
        continue;
      }
      const cutA = innerStart + m.index;
      const cutB = innerStart + m.index + m[0].length;
      const a = text.slice(innerStart, cutA).trim();
      const b = text.slice(cutB, sp.closed ? sp.outerEnd - 1 : sp.outerEnd).trim();
      const out: Span[] = [];
      if (/[\p{L}\p{N}]/u.test(a)) out.push({ ...sp, outerEnd: cutA, text: a, closed: true });
      if (/[\p{L}\p{N}]/u.test(b))
        out.push(...splitIncise(text, { ...sp, outerStart: cutB - 1, text: b }, words));
      return out.length > 0 ? out : [sp];
    }
  }
  return [sp];
}

/** The block text with every quote (marks included) replaced by underscores, offsets kept. */
export function maskQuotes(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const s of spans) {
    const width = s.outerEnd - s.outerStart;
    // „…Regierungschefin.“ Christian von Stetten sagte: a full stop inside the closing mark, then a
    // capital, ends the sentence: keep the stop so that the next sentence's frame is its own.
    const stop =
      /\.\s*$/u.test(text.slice(s.outerStart, s.outerEnd - 1)) &&
      /^\s+\p{Lu}/u.test(text.slice(s.outerEnd, s.outerEnd + 3));
    out += text.slice(pos, s.outerStart) + (stop ? `${'_'.repeat(width - 1)}.` : '_'.repeat(width));
    pos = s.outerEnd;
  }
  return out + text.slice(pos);
}
