/**
 * Detection by phrase: text blocks whose wording is a placeholder notice, banner prose, consent
 * explanations or labels, a "read also" line, a newsletter prompt. One pass over text nodes with
 * a cheap keyword filter; only blocks that pass are read whole.
 */
import { climbConsent, climbSameText, consentSiblings } from './climb.js';
import { attributeHints, recoverEmbed } from './embed.js';
import { claimed, type Finding, type ScanState } from './finding.js';
import { holdsProse, inArticleFlow, inlineInText } from './guard.js';
import { boxOf, copyOfFound, pushReadOn, pushTextBox } from './boxes.js';
import { boilerplateKindOf } from '../boilerplate/box.js';
import { embedScope } from './markup.js';
import type { ScanRoot } from './roots.js';
import {
  PREFILTER_MIN_CHARS,
  passesPrefilter,
  TEMPLATE_TOKEN,
  langOf,
  matchesCategory,
  type Category,
  type Lang,
} from './phrases.js';
import { coverage, quoted, segmentsOf, classifySegment } from './segments.js';
import {
  blockOf,
  countWordsLoose,
  isButtonLike,
  isHidden,
  linkDensity,
  matchForm,
  visibleText,
  visibleTextLength,
  visibleTextNodes,
} from './text.js';
import { shorten } from '../text/normalize.js';
// Extraction's text-level lists (related lines, newsletter prompts) widen the in-page rules below.
import { matchPageBoilerplate, type PageFamily } from '../boilerplate/page-match.js';
import { handled, scanCounts } from './work.js';
import { looseLines } from './loose-lines.js';
import { plainProse } from './prose-gate.js';

const CONSENT_CATS: Category[] = ['placeholder', 'banner', 'explanation', 'label'];
/** Share of a block that consent phrases must cover before the block counts as consent wording. */
const MIN_COVERAGE = 0.6;
const RELATED_MAX_CHARS = 300;
/** How far up a related line or a signup prompt may look for the article's paragraphs (see inArticleFlow). */
const RELATED_FLOW_LEVELS = 6;
/** "Read more" alone is a teaser button; "Read more: {title}" is a related-article line. */
const RELATED_MIN_WORDS = 5;
/** "Related: {title}": a label, a colon and a linked title is a related line however short. */
const COLON_LED = /^[^:]{2,40}:\s*\S/;
const NEWSLETTER_MAX_CHARS = 800;
/** Longest label or row that starts a box (an ad label, a share row, "Mehr zum Thema", a promo line). */
const BOX_START_MAX_CHARS = 160;
const LIST = /^(UL|OL|LI)$/;
/** Elements that label a box rather than act: a heading, a kicker, a caption-like line. */
const LABEL_TAGS = /^(H[1-6]|P|DIV|SPAN|STRONG|B|EM|LEGEND|HEADER|DT|SUMMARY|FIGCAPTION)$/;

/**
 * A short label that ends with a colon ("Also:", "On HoustonChronicle.com:", "Más:"): the lead of a
 * related line whatever its words, which no list of phrases can hold.
 */
const COLON_LABEL = /^\s*[^\s!?][^!?]{0,38}:\s*$/;
function colonLabel(v: string): boolean {
  return v.length <= 44 && COLON_LABEL.test(v);
}

/**
 * Longest block read for phrases. Every rule below wants a short text (the longest, a consent
 * notice, is climbed to at most 3,000 characters); measuring first keeps nested blocks (each
 * holding the next) from reading the same text once per level.
 */
const BLOCK_MAX_CHARS = 4000;

/**
 * Whether no element between `node` and `start` hides its text (see visibleTextNodes). Answers
 * are kept per element for the walk, so a deep tree is not climbed once per text node.
 */
function shownUnder(node: Node, start: Node, known: Map<Node, boolean>): boolean {
  const path: Node[] = [];
  let shown = true;
  for (let p = node.parentNode; p && p !== start; p = p.parentNode) {
    const k = known.get(p);
    if (k !== undefined) {
      shown = k;
      break;
    }
    if (p.nodeType === 1 && isHidden(p as Element)) {
      shown = false;
      path.push(p);
      break;
    }
    path.push(p);
  }
  // Everything on the path shares the answer: hidden below a hidden element, shown otherwise.
  for (const p of path) known.set(p, shown);
  return shown;
}

/** Text nodes read between two pauses of a scan. */
const CHUNK = 256;

/**
 * Blocks holding a text node that passes the prefilter. A native TreeWalker over text nodes, with
 * the visibility check only for the few that pass: visiting every node from script is the
 * largest cost of a scan in a browser (each node touched needs a wrapper object). Pauses every
 * CHUNK text nodes; when the page removed the walker's place in the meantime, the walk starts
 * over (blocks already taken are skipped), at most twice.
 */
function* candidateBlocks(start: Node): Generator<void, Element[]> {
  const seen = new Set<Element>();
  const out: Element[] = [];
  const doc = start.nodeType === 9 ? (start as Document) : start.ownerDocument;
  const take = (t: Node): void => {
    const b = blockOf(t);
    if (b && !seen.has(b)) {
      seen.add(b);
      out.push(b);
    }
  };
  if (doc && typeof doc.createTreeWalker === 'function') {
    const shown = new Map<Node, boolean>();
    let restarts = 0;
    let walker = doc.createTreeWalker(start, 4 /* NodeFilter.SHOW_TEXT */);
    let n = 0;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (++n % CHUNK === 0) {
        yield;
        if (!t.isConnected && start.isConnected && restarts++ < 2) {
          walker = doc.createTreeWalker(start, 4);
          continue;
        }
      }
      handled();
      scanCounts.textNodes++;
      const v = t.nodeValue ?? '';
      if (
        v.length >= PREFILTER_MIN_CHARS &&
        (passesPrefilter(v) || colonLabel(v)) &&
        shownUnder(t, start, shown)
      )
        take(t);
    }
    return out;
  }
  for (const t of visibleTextNodes(start)) {
    const v = t.nodeValue ?? '';
    if (passesPrefilter(v) || colonLabel(v)) take(t);
  }
  return out;
}

/** Every run of the block is consent wording or UI, and phrases cover most of it. */
function consentBlock(el: Element, text: string): boolean {
  if (
    quoted(text) ||
    el.closest('q') ||
    (el.closest('blockquote') && !el.closest('[class*="consent"], [class*="cookie"]'))
  )
    return false;
  if (coverage(text, CONSENT_CATS) < MIN_COVERAGE) return false;
  let vocab = 0;
  for (const seg of segmentsOf(el)) {
    const c = classifySegment(seg);
    if (c === 'other' || (c === 'vocab' && ++vocab > 1)) return false;
  }
  return true;
}

function hasControls(el: Element): boolean {
  if (
    el.querySelector(
      'button, [role="button"], input[type="button"], input[type="submit"], [onclick], [data-href], [class*="btn"], [class*="close"]',
    )
  )
    return true;
  return Array.from(el.querySelectorAll('a')).some((a) => countWordsLoose(a.textContent ?? '') <= 6);
}

/**
 * matchBoilerplate (page-match.ts) for one family, which reads the family's literal anchors
 * (phrase-anchors.ts) first: most blocks need no regexp of extraction's lists, which are large and
 * slow to compile.
 */
function boilerplate(text: string, family: PageFamily): boolean {
  return matchPageBoilerplate(text, [family]) !== null;
}

function push(state: ScanState, f: Finding): void {
  if (!claimed(state, f.element) && !holdsProse(f.element, state.stats)) state.found.push(f);
}

function addSiblings(state: ScanState, el: Element, lang: Lang | null): void {
  for (const s of consentSiblings(el, state.stats)) {
    push(state, { element: s, kind: 'boilerplate', text: shorten(visibleText(s)), source: 'phrase', lang });
  }
}

export function* scanPhrases(state: ScanState, root: ScanRoot): Generator<void> {
  const blocks: Element[] = [];
  for (const start of root.starts) blocks.push(...(yield* candidateBlocks(start)));
  scanCounts.candidateBlocks += blocks.length;
  // Lengths inner blocks first, each reusing those below it: blocks nested in blocks are read once.
  const lengths = new Map<Element, number>();
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (i % CHUNK === 0) yield;
    handled();
    lengths.set(blocks[i]!, visibleTextLength(blocks[i]!, BLOCK_MAX_CHARS, lengths));
  }
  for (const b of blocks) {
    yield;
    handled();
    if (claimed(state, b) || lengths.get(b)! > BLOCK_MAX_CHARS || plainProse(b, lengths.get(b)!)) continue;
    const text = visibleText(b);
    if (!text) continue;
    scanCounts.phraseBlocks++;
    const folded = matchForm(text);

    if (matchesCategory(folded, 'placeholder') && consentBlock(b, text)) {
      const lang = langOf(folded, 'placeholder');
      const el = climbConsent(b, state.stats);
      const shown = visibleText(el);
      const info = recoverEmbed(embedScope(el), `${attributeHints(el)} ${shown}`, state.base);
      push(state, {
        element: el,
        kind: 'consent-embed',
        text: shorten(shown),
        provider: info.provider,
        url: info.url,
        source: 'phrase',
        lang,
      });
      addSiblings(state, el, lang);
      continue;
    }
    if (matchesCategory(folded, 'banner') && consentBlock(b, text)) {
      const lang = langOf(folded, 'banner');
      const el = climbConsent(b, state.stats);
      // Real banners carry a button or link; a prose sentence "We use cookies too…" between
      // the article's paragraphs does not.
      if (!hasControls(el) && inArticleFlow(el, state.stats)) continue;
      push(state, {
        element: el,
        kind: 'consent-banner',
        text: shorten(visibleText(el)),
        source: 'phrase',
        lang,
      });
      addSiblings(state, el, lang);
      continue;
    }
    const button = isButtonLike(b) && b.tagName !== 'A';
    // A label in plain text ("Paramétrer les cookies" as a list item of an article about banners)
    // is a consent control only when it is one: a button. Loose labels join stronger evidence as
    // its siblings (addSiblings), never on their own.
    const label = matchesCategory(folded, 'label');
    if (
      (button
        ? label || matchesCategory(folded, 'explanation')
        : !label && matchesCategory(folded, 'explanation')) &&
      consentBlock(b, text)
    ) {
      const lang = langOf(folded, 'explanation') ?? langOf(folded, 'label');
      const el = climbConsent(b, state.stats);
      push(state, {
        element: el,
        kind: 'boilerplate',
        text: shorten(visibleText(el)),
        source: 'phrase',
        lang,
      });
      addSiblings(state, el, lang);
      continue;
    }
    if (text.length <= BOX_START_MAX_CHARS && !inlineInText(b)) {
      const kind = boilerplateKindOf(text);
      const label = kind === 'related' && LABEL_TAGS.test(b.tagName) && countWordsLoose(text) <= 8;
      if (
        (kind === 'ad' || kind === 'share' || kind === 'app' || kind === 'podcast' || label) &&
        pushTextBox(state, b, kind, langOf(folded, 'related'))
      )
        continue;
      if (kind === 'related' && pushReadOn(state, b, text)) continue;
    }
    if (
      text.length <= RELATED_MAX_CHARS &&
      !inlineInText(b) &&
      // Cheap shape checks before the phrase lists (all pure, so the order changes no result).
      (countWordsLoose(text) >= RELATED_MIN_WORDS || COLON_LED.test(text)) &&
      linkDensity(b) >= 0.5 &&
      (matchesCategory(folded, 'related') || boilerplate(text, 'related')) &&
      // Site builders wrap each paragraph in blocks of their own (Squarespace: four levels).
      inArticleFlow(b, state.stats, RELATED_FLOW_LEVELS)
    ) {
      const el = climbSameText(b);
      push(state, {
        element: el,
        kind: 'boilerplate',
        text: shorten(text),
        source: 'phrase',
        lang: langOf(folded, 'related'),
      });
      continue;
    }
    if (
      text.length <= NEWSLETTER_MAX_CHARS &&
      (matchesCategory(folded, 'newsletter') ||
        (countWordsLoose(text) >= 4 && boilerplate(text, 'newsletter'))) &&
      !quoted(text) &&
      !inlineInText(b)
    ) {
      const el = boxOf(b, 'newsletter', state);
      const shown = shorten(visibleText(el));
      // Site builders wrap a signup widget's lines as deeply as the article's (Elementor: four
      // levels); a copy of a box found in the flow is that box again (copyOfFound).
      if (!inArticleFlow(b, state.stats, RELATED_FLOW_LEVELS) && !copyOfFound(state, shown)) continue;
      // A list of the site's accounts ("Find us on Facebook", "Follow us on Twitter") is a link
      // list, not a signup: a list is one only with its form.
      if (LIST.test(el.tagName) && !el.querySelector('input, button')) continue;
      push(state, {
        element: el,
        kind: 'boilerplate',
        text: shown,
        source: 'phrase',
        lang: langOf(folded, 'newsletter'),
      });
      continue;
    }
    if (text.length <= 400 && TEMPLATE_TOKEN.test(text)) {
      push(state, {
        element: climbSameText(b),
        kind: 'boilerplate',
        text: shorten(text),
        source: 'phrase',
        lang: null,
      });
      continue;
    }
    pushLooseRelated(state, b);
  }
}

/**
 * "Related:" lines of loose inline content between <br>s, in a block that holds more (the
 * article's text): the related-line rule above, on each line made only of elements.
 */
function pushLooseRelated(state: ScanState, b: Element): void {
  for (const line of looseLines(b)) {
    const [first, ...rest] = line.elements;
    const { text } = line;
    if (
      !first ||
      rest.length === 0 ||
      claimed(state, first) ||
      text.length > RELATED_MAX_CHARS ||
      !(countWordsLoose(text) >= RELATED_MIN_WORDS || COLON_LED.test(text))
    )
      continue;
    const linked = line.elements.reduce(
      (n, e) => n + (e.closest('a') ? visibleText(e).length : linkedChars(e)),
      0,
    );
    const folded = matchForm(text);
    if (
      linked * 2 < text.length ||
      !(matchesCategory(folded, 'related') || boilerplate(text, 'related')) ||
      !inArticleFlow(first, state.stats, RELATED_FLOW_LEVELS)
    )
      continue;
    state.found.push({
      element: first,
      parts: line.br ? [...rest, line.br] : rest,
      kind: 'boilerplate',
      text: shorten(text),
      source: 'phrase',
      lang: langOf(folded, 'related'),
    });
  }
}

/** Characters of `el`'s visible text inside links. */
function linkedChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += visibleText(a).length;
  return n;
}
