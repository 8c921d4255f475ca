/**
 * Detection by markup: containers of known consent platforms and site walls, containers named
 * for consent whose text reads like a banner, and placeholder containers of blocked embeds.
 */
import { climbConsent } from './climb.js';
import { DEFERRED_ATTRS, attributeHints, recoverEmbed } from './embed.js';
import { claimed, type ScanState } from './finding.js';
import { holdsMainContent, holdsProse } from './guard.js';
import { langOf, matchesCategory } from './phrases.js';
import type { ScanRoot } from './roots.js';
import { BACKDROPS, CMP_RULES, NAMED_CONSENT_SELECTOR, PAY_MARKERS, PLACEHOLDER_RULES } from './rules.js';
import { coverage } from './segments.js';
import { elementGate } from './selector-gate.js';
import { SELECTOR_GATES } from './selector-gate-words.js';
import { matchForm, openShadowRoot, visibleText } from './text.js';
import { shorten } from '../text/normalize.js';
import { handled } from './work.js';

const ALL_CMP = CMP_RULES.flatMap((r) => r.selectors).join(', ');
const ALL_PLACEHOLDERS = PLACEHOLDER_RULES.map((r) => r.selector).join(', ');
const mayBeCmp = elementGate(SELECTOR_GATES.cmp);
const mayBePlaceholder = elementGate(SELECTOR_GATES.placeholder);
const mayBeNamed = elementGate(SELECTOR_GATES.named);
const DEFERRED_FRAMES = DEFERRED_ATTRS.map((a) => `iframe[${a}]`).join(', ');

/** A consent UI is worth reporting once it shows something (text, a frame, a shadow tree). */
function shows(el: Element, text: string): boolean {
  if (text) return true;
  if (el.tagName === 'IFRAME' || el.querySelector('iframe')) return true;
  const sr = openShadowRoot(el);
  return sr !== null && sr.childNodes.length > 0;
}

function frameTitle(el: Element): string {
  const frame = el.tagName === 'IFRAME' ? el : el.querySelector('iframe');
  return frame?.getAttribute('title') ?? '';
}

/** Pay-or-accept: a pay button or pay wording among the dialog's buttons and links. */
function isWall(el: Element): boolean {
  if (el.querySelector(PAY_MARKERS)) return true;
  for (const b of Array.from(el.querySelectorAll('button, a, [role="button"]'))) {
    if (matchesCategory(matchForm(b.textContent ?? ''), 'pay')) return true;
  }
  return false;
}

export function* findCmpContainers(state: ScanState, root: ScanRoot): Generator<void> {
  for (const el of root.candidates) {
    yield;
    handled();
    if (!mayBeCmp(el) || !el.matches(ALL_CMP)) continue;
    if (claimed(state, el)) continue;
    const rule = CMP_RULES.find((r) => r.selectors.some((s) => el.matches(s)));
    if (!rule) continue;
    const text = visibleText(el);
    if ((!shows(el, text) && !el.matches(BACKDROPS)) || holdsMainContent(el, state.stats)) continue;
    const kind = rule.kind === 'consent-wall' || isWall(el) ? 'consent-wall' : 'consent-banner';
    const folded = matchForm(text);
    state.found.push({
      element: el,
      kind,
      // A dialog drawn in a cross-origin frame has no readable text: its frame title stands in.
      text: shorten(text || frameTitle(el)),
      source: rule.cmp,
      lang: langOf(folded, 'banner') ?? langOf(folded, 'explanation'),
    });
  }
}

/** Named for consent and reading like a banner: banner prose that covers a good part of it. */
export function* findNamedContainers(state: ScanState, root: ScanRoot): Generator<void> {
  for (const el of root.candidates) {
    yield;
    handled();
    if (!mayBeNamed(el) || !el.matches(NAMED_CONSENT_SELECTOR)) continue;
    if (
      claimed(state, el) ||
      /^(HTML|BODY|HEAD|META|SCRIPT|STYLE|LINK|A|BUTTON|INPUT|LABEL)$/.test(el.tagName)
    )
      continue;
    const text = visibleText(el);
    if (!text || text.length > 4000) continue;
    const folded = matchForm(text);
    if (!matchesCategory(folded, 'banner')) continue;
    if (coverage(text, ['banner', 'explanation', 'label', 'weakLabel']) < 0.25 || holdsProse(el, state.stats))
      continue;
    const kind =
      isWall(el) && /wall|overlay|modal|layer/i.test(`${el.id} ${el.className}`)
        ? 'consent-wall'
        : 'consent-banner';
    state.found.push({
      element: el,
      kind,
      text: shorten(text),
      source: 'named',
      lang: langOf(folded, 'banner'),
    });
  }
}

/** Whether `el` is, or holds, a placeholder of its own (by markup or by placeholder wording). */
function otherPlaceholder(el: Element): boolean {
  if (el.matches(ALL_PLACEHOLDERS) || el.querySelector(ALL_PLACEHOLDERS)) return true;
  const text = visibleText(el);
  return text.length > 0 && matchesCategory(matchForm(text), 'placeholder');
}

/** Neighbours that may keep the embed's address: siblings of the placeholder, then its parent. */
export function embedScope(el: Element): Element[] {
  const scope = [el];
  for (const s of [el.previousElementSibling, el.nextElementSibling]) {
    // A neighbouring placeholder keeps its own address: it is never this one's.
    if (!s || otherPlaceholder(s)) continue;
    if (!s.matches('p, h1, h2, h3, h4, h5, h6') && visibleText(s).length < 600) scope.push(s);
    else if (s.matches('blockquote, noscript, template, figure')) scope.push(s);
  }
  const island = el.closest('gu-island, [props]');
  if (island && island !== el) scope.push(island);
  return scope;
}

export function* findPlaceholderMarkup(state: ScanState, root: ScanRoot): Generator<void> {
  for (const match of root.candidates) {
    yield;
    handled();
    if (!mayBePlaceholder(match) || !match.matches(ALL_PLACEHOLDERS)) continue;
    if (claimed(state, match)) continue;
    const rule = PLACEHOLDER_RULES.find((r) => match.matches(r.selector));
    if (!rule) continue;
    const el = climbConsent(match, state.stats);
    // A named plugin's placeholder is strong evidence, like a platform's banner: its own notice
    // may be a long paragraph (Usercentrics). The generic class patterns must hold no prose.
    if (
      claimed(state, el) ||
      (rule.family === 'generic' ? holdsProse(el, state.stats) : holdsMainContent(el, state.stats))
    )
      continue;
    const text = visibleText(el);
    const info = recoverEmbed(embedScope(el), `${attributeHints(el)} ${text}`, state.base);
    if (!text && !info.url) continue;
    const folded = matchForm(text);
    state.found.push({
      element: el,
      kind: 'consent-embed',
      text: shorten(text),
      provider: info.provider,
      url: info.url,
      source: rule.family,
      lang: langOf(folded, 'placeholder') ?? langOf(folded, 'explanation'),
    });
  }
}

/**
 * Whether a frame holds a place on screen with nothing loaded yet: no address, a blank one, or a
 * data: stand-in. A frame the page hides itself (display:none, hidden, 1×1) is no placeholder:
 * the page shows its own elsewhere (Avada, Real Cookie Banner), or nothing at all.
 */
function blankOnScreen(frame: Element): boolean {
  const src = (frame.getAttribute('src') ?? '').trim();
  if (src !== '' && !/^(about:blank|data:|javascript:)/i.test(src)) return false;
  if (frame.hasAttribute('hidden') || /display\s*:\s*none/i.test(frame.getAttribute('style') ?? ''))
    return false;
  const size = (a: string): number => Number.parseInt(frame.getAttribute(a) ?? '', 10);
  return !(size('width') <= 2 || size('height') <= 2);
}

/**
 * Frames a consent manager holds back: the embed's address waits in its deferred-source attribute
 * (iubenda suppressedsrc, Cookiebot data-cookieblock-src, Complianz data-src-cmplz, Usercentrics
 * uc-src…) and the frame stays blank until consent. The blank frame (with any wrapper that adds
 * only consent UI) is the placeholder; its address is the original.
 */
export function* findDeferredFrames(state: ScanState, root: ScanRoot): Generator<void> {
  const frames = root.tagged
    ? root.tagged.iframe.filter((f) => DEFERRED_ATTRS.some((a) => f.hasAttribute(a)))
    : Array.from(root.root.querySelectorAll(DEFERRED_FRAMES));
  for (let i = 0; i < frames.length; i++) {
    if (i % 16 === 15) yield;
    handled();
    const frame = frames[i]!;
    if (!blankOnScreen(frame) || claimed(state, frame)) continue;
    const el = climbConsent(frame, state.stats);
    if (claimed(state, el) || holdsProse(el, state.stats)) continue;
    const text = visibleText(el);
    const info = recoverEmbed(embedScope(el), `${attributeHints(el)} ${text}`, state.base);
    if (!info.url) continue;
    state.found.push({
      element: el,
      kind: 'consent-embed',
      text: shorten(text || frame.getAttribute('title') || ''),
      provider: info.provider,
      url: info.url,
      source: 'deferred',
      lang: null,
    });
  }
}
