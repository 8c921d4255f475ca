/**
 * Consent detection (pure, runs on any Document or clone; never changes it).
 * Contract used by extraction and by the content script:
 *   findConsent(doc) → Finding[]: elements to hide, in document order, outermost only.
 * Order of evidence: known platforms' containers, placeholder markup, containers named for
 * consent that read like a banner, then phrases. Each later pass skips what an earlier one found.
 */
import type { Finding, ScanState } from './finding.js';
import { holdsMainContent, pageStats } from './guard.js';
import { visibleText } from './text.js';
import {
  findCmpContainers,
  findDeferredFrames,
  findNamedContainers,
  findPlaceholderMarkup,
} from './markup.js';
import {
  collectRoots,
  composedParent,
  gone,
  unlessGone,
  type ReachHooks,
  type Scope,
  type ScanRoot,
} from './roots.js';
import { compareKeys, indexOrder, orderKey } from './order.js';
import { phraseWork } from './phrases.js';
import { scanPhrases } from './scan.js';
import { findMarkupBoxes, findNamedBoxes } from './box-finders.js';
import { handled, scanWork } from './work.js';

export type { Finding } from './finding.js';
export type { ReachHooks } from './roots.js';
export { gone } from './roots.js';
export type { EmbedProvider, EmbedInfo } from './embed.js';
export { providerOfUrl, cleanUrl } from './embed.js';
export { findScrollLocks, type ScrollLock, type ScrollLockKind, type StyleReader } from './scroll-lock.js';
export { planEmbedNotice, noticeLang, pageNoticeLang, type NoticePlan, type NoticeLang } from './notice.js';
export { PHRASES, matchesCategory, type Category, type Lang } from './phrases.js';
export { matchForm } from './text.js';
export { paragraphKind, paragraphKinds } from './text-input.js';

/**
 * A consent UI found inside a shadow root is reported as its host when the host shows nothing
 * else: hiding the host is simpler and survives the shadow tree being rebuilt.
 */
function liftToHost(f: Finding, state: ScanState): Finding {
  const root = f.element.getRootNode();
  if (root.nodeType !== 11) return f;
  const host = (root as ShadowRoot).host;
  if (holdsMainContent(host, state.stats) || /^(HTML|BODY)$/.test(host.tagName)) return f;
  const own = visibleText(f.element);
  return visibleText(host).length <= own.length + 40 ? { ...f, element: host } : f;
}

function baseUrl(doc: Document): string | null {
  const u = doc.URL || doc.documentURI;
  return u && /^https?:/.test(u) ? u : null;
}

/** Findings handled between two pauses of the last steps of a scan. */
const CHUNK = 256;

/**
 * Outermost findings only, each element once, in document order (shadow and frame content after
 * its holder). Each finding walks up its own ancestors against the set of found elements: linear
 * in findings times depth. Pauses between chunks, like the scan.
 */
function* outermost(found: Finding[], scope: Scope): Generator<void, Finding[]> {
  const elements = new Set<Node>(found.map((f) => f.element));
  const seen = new Set<Element>();
  const unique: Finding[] = [];
  for (let i = 0; i < found.length; i++) {
    if (i % CHUNK === CHUNK - 1) yield;
    handled();
    const f = found[i]!;
    if (seen.has(f.element) || gone(f.element)) continue;
    seen.add(f.element);
    let inside = false;
    for (let n = composedParent(f.element, scope.holders); n && !inside; n = composedParent(n, scope.holders))
      inside = elements.has(n);
    if (!inside) unique.push(f);
  }
  if (unique.length < 2 || !scope.whole) return unique;
  yield;
  // The position indexes of the roots that hold findings (and of their holders' roots), built in
  // pauses before the keys read them.
  const roots = new Set<Node>();
  for (let i = 0; i < unique.length; i++) {
    if (i % CHUNK === CHUNK - 1) yield;
    handled();
    if (gone(unique[i]!.element)) continue;
    for (let r: Node | undefined = unique[i]!.element.getRootNode(); r && !roots.has(r);) {
      roots.add(r);
      r = scope.holders.get(r)?.getRootNode();
    }
  }
  for (const r of roots) if (!gone(r)) yield* indexOrder(scope, r);
  yield;
  const keys = new Map<Element, number[]>();
  for (let i = 0; i < unique.length; i++) {
    if (i % CHUNK === CHUNK - 1) yield;
    handled();
    if (!gone(unique[i]!.element)) keys.set(unique[i]!.element, orderKey(scope, unique[i]!.element));
  }
  yield;
  return unique
    .filter((f) => keys.has(f.element))
    .sort((a, b) => compareKeys(keys.get(a.element), keys.get(b.element)));
}

export interface ScanOptions {
  /**
   * Read only these subtrees (and their shadow roots and frames), with the candidates among their
   * ancestors: a rescan of what the page added or changed. Findings then keep the order they were
   * found in. Default: the whole page.
   */
  within?: readonly Element[] | null;
  /** Told each root and frame as soon as the scan reads it (see ReachHooks). */
  reach?: ReachHooks;
  /**
   * Told the banners and walls that consent platforms' own markup names (CMP_RULES) as soon as
   * that first, cheap step of the scan has read them, before the phrase passes that take most of
   * a scan's time: the page cleanup makes them transparent at once instead of leaving them on
   * screen for the whole pass. Not yet final: the finished scan may drop or merge some.
   */
  onConsentUi?: (found: readonly Finding[]) => void;
  /**
   * The part of the page whose blocks the phrase pass reads, asked once the markup passes are
   * done; null or absent: the whole page. Extraction gives the article's region (extract/region.ts):
   * consent platforms' banners and walls and blocked embeds' placeholders are found on the whole
   * page by their markup, consent and boilerplate wording only where the reader reads the article.
   * The named and markup box passes still read the whole page: they are cheap, and the boxes they
   * find beside the article change what Readability keeps when left in.
   */
  textRegion?: () => Element | null;
  /**
   * Every element of the document in document order, as `doc.querySelectorAll('*')` would list
   * them now, from a caller that just walked the page and will not change it during the scan
   * (extraction's pruning): the scan reads it instead of querying the page again.
   */
  elements?: readonly Element[] | null;
}

/**
 * The page's root restricted to `region`: its own candidates, starts and tagged elements only.
 * Shadow roots and frames keep their whole reading (extraction's pages have none).
 */
function narrowed(r: ScanRoot, region: Element): ScanRoot {
  if (r.holder !== null || r.root !== region.ownerDocument) return r;
  const inside = (el: Element): boolean => region.contains(el);
  return {
    ...r,
    candidates: r.candidates.filter(inside),
    starts: [region],
    tagged: r.tagged && {
      a: r.tagged.a.filter(inside),
      input: r.tagged.input.filter(inside),
      iframe: r.tagged.iframe.filter(inside),
    },
  };
}

/**
 * Whether an element is still in a document or shadow root (the page may remove nodes while a
 * scan is paused). Not isConnected: the elements of a cloned document are not "connected".
 */
function inTree(el: Element): boolean {
  if (gone(el)) return false;
  const root = el.getRootNode();
  return root.nodeType === 9 || root.nodeType === 11;
}

/**
 * One step of the scan over each root, skipping a root that can no longer be read (a frame that
 * navigated while the scan was paused, in Firefox) and stopping the step on one that dies during it.
 */
function* eachRoot(roots: readonly ScanRoot[], step: (r: ScanRoot) => Generator<void>): Generator<void> {
  for (const r of roots) if (!gone(r.root)) yield* unlessGone(r.root, step(r));
}

/**
 * One scan of a page, run step by step: run() is findConsent as a generator that pauses (yields)
 * between small units of work, so that a caller in a browser can stop after a time budget and let
 * the page run before resuming; it returns the findings. Work is about linear in the page's size
 * and the number of findings. The page may change while the scan is paused: findings whose element
 * left the page are dropped at the end. partial() gives what was found so far (each finding passed
 * its own guards), for a caller that must stop before the end.
 */
export class ConsentScan {
  private state: ScanState | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: ScanOptions = {},
  ) {}

  /**
   * Units of work run so far, the elements they handled, the most elements one unit handled
   * (work.ts), and the most characters of phrase regexps one unit compiled (phrases.ts
   * phraseWork): the scan's own measure of its cost and of how long its longest task can be,
   * exact on any machine.
   */
  readonly work = { units: 0, elements: 0, largestUnit: 0, largestCompile: 0 };

  *run(): Generator<void, Finding[]> {
    const steps = this.#steps();
    try {
      for (;;) {
        const before = scanWork.elements;
        const compiledBefore = phraseWork.compiledChars;
        const step = steps.next();
        const handled = scanWork.elements - before;
        this.work.units++;
        this.work.elements += handled;
        this.work.largestUnit = Math.max(this.work.largestUnit, handled);
        this.work.largestCompile = Math.max(
          this.work.largestCompile,
          phraseWork.compiledChars - compiledBefore,
        );
        if (step.done) return step.value;
        yield;
      }
    } finally {
      steps.return([]);
    }
  }

  *#steps(): Generator<void, Finding[]> {
    const doc = this.doc;
    if (!doc.documentElement) return [];
    const scope = yield* collectRoots(
      doc,
      this.options.within ?? null,
      this.options.reach,
      this.options.elements ?? null,
    );
    const state: ScanState = { scope, stats: pageStats(doc), base: baseUrl(doc), found: [] };
    this.state = state;
    const roots = scope.roots;
    yield* eachRoot(roots, (r) => findCmpContainers(state, r));
    this.options.onConsentUi?.(
      state.found.filter((f) => f.kind === 'consent-banner' || f.kind === 'consent-wall'),
    );
    yield* eachRoot(roots, (r) => findPlaceholderMarkup(state, r));
    // The box passes pause inside (every few elements) and between roots.
    yield* eachRoot(roots, function* (r) {
      yield* findDeferredFrames(state, r);
      yield;
    });
    yield* eachRoot(roots, (r) => findNamedContainers(state, r));
    const region = this.options.textRegion?.() ?? null;
    const narrow = region ? roots.map((r) => narrowed(r, region)) : roots;
    yield* eachRoot(narrow, (r) => scanPhrases(state, r));
    yield* eachRoot(roots, function* (r) {
      yield* findNamedBoxes(state, r);
      yield;
    });
    yield* eachRoot(roots, function* (r) {
      yield* findMarkupBoxes(state, r);
      yield;
    });
    yield;
    return yield* this.#finish(state);
  }

  /** Findings lifted to their shadow hosts, still in the page, outermost, in document order. */
  *#finish(state: ScanState): Generator<void, Finding[]> {
    const kept: Finding[] = [];
    for (let i = 0; i < state.found.length; i++) {
      if (i % CHUNK === CHUNK - 1) yield;
      handled();
      if (gone(state.found[i]!.element)) continue;
      const f = liftToHost(state.found[i]!, state);
      if (inTree(f.element)) kept.push(f);
    }
    yield;
    return yield* outermost(kept, state.scope);
  }

  /** The frames the scan met (see Scope.frames); empty before it has read the page. */
  get frames(): ReadonlyMap<Element, number> {
    return this.state?.scope.frames ?? new Map();
  }

  /** The shadow roots and frame documents the scan read. */
  get roots(): (Document | ShadowRoot)[] {
    return this.state?.scope.roots.map((r) => r.root) ?? [];
  }

  partial(): Finding[] {
    const state = this.state;
    if (!state) return [];
    return runToEnd(this.#finish(state));
  }
}

/** findConsent as a generator (see ConsentScan). */
export function scanConsent(doc: Document, options: ScanOptions = {}): Generator<void, Finding[]> {
  return new ConsentScan(doc, options).run();
}

/** Runs a paused computation (scanConsent) to its end in one go. */
export function runToEnd<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Consent UIs and boilerplate to hide, outermost, in document order. */
export function findConsent(doc: Document, options: ScanOptions = {}): Finding[] {
  return runToEnd(scanConsent(doc, options));
}
