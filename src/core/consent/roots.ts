/**
 * The places consent UIs live: the document, open shadow roots (Usercentrics, DPG Media,
 * consentmanager) and same-origin frames whose document is readable. Closed shadow roots and
 * cross-origin frames are out of reach of any content script; they are skipped.
 */
import { isHidden, openShadowRoot } from './text.js';
import { handled } from './work.js';

export interface ScanRoot {
  root: Document | ShadowRoot;
  /** Element in the parent tree that holds this root (shadow host or iframe); null for the page. */
  holder: Element | null;
  /** Elements whose tag, id, class or naming attributes could match a markup rule, in order. */
  candidates: Element[];
  /** Where to read text for phrases: the root's body (or the root), or the subtrees a rescan names. */
  starts: Node[];
  /**
   * The root's links, inputs and frames in document order, gathered by the same pass as the
   * candidates when the root is read whole (null for a rescan's subtrees). The markup passes
   * filter these instead of running their selectors over the root again: one walk instead of
   * three, and no selector to compile and match per element (linkedom does that in JavaScript).
   */
  tagged: Tagged | null;
}

/** Elements of a root by tag (see ScanRoot.tagged). */
export interface Tagged {
  a: Element[];
  input: Element[];
  iframe: Element[];
}

/** The elements of `list` (a root's, in document order) that lie below `start`. */
export function below(list: readonly Element[], start: Node, root: Node): readonly Element[] {
  return start === root ? list : list.filter((el) => el !== start && start.contains(el));
}

/**
 * Words any markup rule's element carries in its tag, id, class or naming attributes. Testing one
 * regexp per element and running selectors on the few that pass is much cheaper than a long
 * selector list over the whole page (linkedom matches selectors in JavaScript). Lower case and
 * case-sensitive, tested on lower-cased names: the content script compiles it on every page (it
 * reads the names of most elements, so literals.ts would build it anyway), and with
 * the case-insensitive flag, which it still had, that took about three times as long (see
 * phrases.ts PREFILTER).
 */
const CANDIDATE =
  /onetrust|optanon|didomi|sp_|qc-cmp|cybot|cookie|consent|usercentrics|uc-|truste|axeptio|fc-|cmp|iubenda|pg-|ccm|tarteaucitron|cli-|borlabs|brlbs|gdpr|rgpd|privacy|data-protection|eupopup|opt-in|click-to-view|placeholder|embed|iframe|contentpass|share|shariff|related|recommend|newsletter|signup|subscribe|mc_embed|advert|sponsor|outbrain|taboola|trending|readmore|read-more|see-also|lire-aussi|mehr-zum|leggi-anche|lees-ook|most-read|more-stories|adslot|ad-|ads-|-ad|_ad|osano|klaro|cky|ccc|cc-|termly|lanyard|ketch|tealium|transcend|moove|sliding-popup|dsgvo|fides|tac_|wt-cli|_iub|context-notice|suppressed|c-nt/;

/** Naming attributes other than id and class, rare on elements. */
const NAMING_ATTRS = new Set([
  'id',
  'class',
  'data-testid',
  'aria-labelledby',
  'aria-label',
  'data-component',
  'data-iframe',
  'data-cky-tag',
]);
/** Attributes whose mere presence makes a candidate. */
const FLAG_ATTRS = new Set([
  'data-borlabs-cookie-wrap',
  'data-borlabs-cookie-content',
  'data-consent-placeholder',
  'consent-skip-blocker',
]);

/**
 * The words of CANDIDATE hold no space, so testing tag, id, class and each naming attribute apart
 * matches the same elements as testing them joined by spaces, without building a string per
 * element. This runs on every element of the page, so it makes few calls into the DOM (each costs
 * far more than the JavaScript around it in a browser): elements without attributes (most of a
 * page) are settled by their tag alone, the others by one list of attribute names and a read of
 * the naming ones they have.
 */
function isCandidate(el: Element, tag: string): boolean {
  if (CANDIDATE.test(tag.toLowerCase())) return true;
  if (!el.hasAttributes()) return false;
  for (const name of el.getAttributeNames()) {
    if (FLAG_ATTRS.has(name)) return true;
    if (!NAMING_ATTRS.has(name)) continue;
    const value = el.getAttribute(name);
    if (value && CANDIDATE.test(value.toLowerCase())) return true;
  }
  return false;
}

/**
 * Elements that may host a shadow root (the DOM standard's list for attachShadow, plus custom
 * elements, whose names hold a hyphen). Asking any other element for one is a wasted DOM call.
 */
// prettier-ignore
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);
const mayHostShadow = (tag: string): boolean => SHADOW_HOSTS.has(tag) || tag.includes('-');

/**
 * Same-origin frames are read to this depth (the page is 0, its frames 1, theirs 2…). Deeper
 * frames are left alone: a bound on the work a page can ask for by nesting frames.
 */
export const MAX_FRAME_DEPTH = 8;

/** Elements tested between two pauses of a scan (see scanConsent in index.ts). */
const CHUNK = 256;

/** A page's base address and origin, as crossOrigin reads them. */
type PageAddress = { base: string; origin: string };

/**
 * Whether a frame's address is on another origin than its page (then its document is out of reach).
 * `pages` keeps each page's address for one scan: linkedom finds the base by a selector query on
 * every read of baseURI, and a news page has dozens of frames.
 */
export function crossOrigin(frame: Element, pages: Map<Document, PageAddress> = new Map()): boolean {
  const src = frame.getAttribute('src');
  if (!src || !/^(?:https?:)?\/\//i.test(src)) return false; // no address, about:, data: or a relative path
  try {
    const page = frame.ownerDocument;
    let address = pages.get(page);
    if (!address) {
      address = { base: page.baseURI, origin: new URL(page.URL).origin };
      pages.set(page, address);
    }
    return new URL(src, address.base).origin !== address.origin;
  } catch {
    return false;
  }
}

/**
 * Whether a node can no longer be read at all. Firefox cuts a content script off from a document
 * its frame navigated away from: every access to its nodes then throws ("can't access dead
 * object"). A scan that read a frame before it navigated, or a finding inside it, must drop them
 * instead of failing. (Chromium keeps such nodes readable, only detached.)
 */
export function gone(node: Node): boolean {
  try {
    return typeof node.nodeType !== 'number';
  } catch {
    return true;
  }
}

/**
 * Runs `work` over a root that may die while the work is paused (a frame that navigates): its
 * errors are dropped then, and the work stops; any other error goes on.
 */
export function* unlessGone(root: Node, work: Generator<void>): Generator<void> {
  try {
    yield* work;
  } catch (error) {
    if (!gone(root)) throw error;
  }
}

/**
 * The document of a frame whose address is not known to be cross-origin (callers check
 * crossOrigin first: asking a browser for a cross-origin frame's document only to get null cost
 * about 0.3 ms per frame in Chromium, and a news page has a dozen ad frames).
 */
export function frameDocument(frame: Element): Document | null {
  try {
    const d = (frame as HTMLIFrameElement).contentDocument;
    return d && d.documentElement ? d : null;
  } catch {
    return null; // cross-origin: the browser refuses access
  }
}

export interface Scope {
  roots: ScanRoot[];
  /** Shadow roots and frame documents mapped to the element that holds them. */
  holders: Map<Node, Element>;
  /** Position of each element in its root, built on demand (see orderKey in order.ts). */
  order: Map<Node, Map<Element, number>>;
  /**
   * The elements of a root in document order when the caller listed them (ScanOptions.elements):
   * the position index is built from it instead of querying the root again.
   */
  listed: Map<Node, readonly Element[]>;
  /** Frame elements met (readable or not yet loaded, not known cross-origin), with their depth. */
  frames: Map<Element, number>;
  /** Whether the whole page was read (false: only the subtrees a rescan named). */
  whole: boolean;
}

/**
 * Told each root and frame the moment the scan reads it. A caller in a browser watches them from
 * then on: a scan runs in slices, and a frame that finishes loading (or a document that goes on
 * parsing) between the slice that read it and the end of the scan would otherwise go unseen.
 */
export interface ReachHooks {
  /** A document, shadow root or frame document was read. */
  root?(root: Document | ShadowRoot): void;
  /** A frame element was met (readable or not yet loaded, not known cross-origin). */
  frame?(frame: Element, depth: number): void;
  /**
   * Whether to leave this frame's document unread for now (the caller reads it later, see the
   * content script's cleanup: a frame not on screen is read once it gets a box). In Chromium the
   * first read of a frame's document from a content script builds the extension's script context
   * for that frame, ~4 ms each (a trace of the pass); news pages hold dozens of empty ad, beacon
   * and transport frames, most of them display: none.
   */
  deferFrame?(frame: Element): boolean;
}

/** Where an element lives: its root, the root's holder, and the frame depth. */
interface Place {
  root: Document | ShadowRoot;
  holder: Element | null;
  depth: number;
}

/**
 * Every readable root, the page first, then each shadow root and frame after its holder. One
 * loop over the elements, kept as light as possible: in a browser this is the only place that
 * touches every element of the page. A generator: it pauses every CHUNK elements so that a
 * caller can spread a large page over several tasks.
 *
 * With `within`, only those subtrees are read (a rescan of what changed): their elements, the
 * candidates among their ancestors (a consent platform's container that was empty at first),
 * and the shadow roots and frames inside them, whole.
 */
export function* collectRoots(
  doc: Document,
  within: readonly Element[] | null = null,
  reach: ReachHooks = {},
  elements: readonly Element[] | null = null,
): Generator<void, Scope> {
  const roots: ScanRoot[] = [];
  const pages = new Map<Document, PageAddress>();
  const listed = new Map<Node, readonly Element[]>();
  if (elements && !within) listed.set(doc, elements);
  const holders = new Map<Node, Element>();
  const frames = new Map<Element, number>();
  const visit = function* (
    root: Document | ShadowRoot,
    holder: Element | null,
    depth: number,
    scope: ParentNode = root,
    entry: ScanRoot | null = null,
  ): Generator<void> {
    let target = entry;
    if (!target) {
      target = {
        root,
        holder,
        candidates: [],
        starts: [(root as Document).body ?? root],
        tagged: { a: [], input: [], iframe: [] },
      };
      roots.push(target);
      reach.root?.(root);
    }
    const candidates = target.candidates;
    const tagged = target.tagged;
    if (holder) holders.set(root, holder);
    // One pass in document order tests every element once, rare attributes included (a second
    // query for those cost linkedom a selector compile and a pass over the whole page).
    const all = (scope === doc && listed.get(doc)) || scope.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      if (i % CHUNK === CHUNK - 1) yield;
      handled();
      const el = all[i]!;
      const tag = el.localName;
      if (isCandidate(el, tag)) candidates.push(el);
      if (tagged && (tag === 'a' || tag === 'input' || tag === 'iframe')) tagged[tag].push(el);
      const shadow = mayHostShadow(tag) ? openShadowRoot(el) : null;
      if (shadow) yield* visit(shadow, el, depth);
      if (depth < MAX_FRAME_DEPTH && (tag === 'iframe' || tag === 'frame') && !crossOrigin(el, pages)) {
        frames.set(el, depth + 1);
        reach.frame?.(el, depth + 1);
        const fd = reach.deferFrame?.(el) ? null : frameDocument(el);
        if (fd && fd !== doc) yield* unlessGone(fd, visit(fd, el, depth + 1));
      }
    }
  };
  if (!within) {
    yield* visit(doc, null, 0);
    return { roots, holders, order: new Map(), listed, frames, whole: true };
  }
  const byRoot = new Map<Node, { entry: ScanRoot; place: Place; seen: Set<Element> }>();
  for (const w of outermostElements(within)) {
    if (gone(w)) continue;
    const place = placeOf(w, doc, holders);
    if (!place || hiddenAbove(w, place.root)) continue;
    let group = byRoot.get(place.root);
    if (!group) {
      const entry: ScanRoot = {
        root: place.root,
        holder: place.holder,
        candidates: [],
        starts: [],
        tagged: null,
      };
      roots.push(entry);
      reach.root?.(place.root);
      group = { entry, place, seen: new Set() };
      byRoot.set(place.root, group);
    }
    const { entry, seen } = group;
    entry.starts.push(w);
    // Ancestors first, outermost first, so candidates stay in document order per subtree.
    const above: Element[] = [];
    for (let a = w.parentElement; a && !seen.has(a); a = a.parentElement) {
      seen.add(a);
      if (isCandidate(a, a.localName)) above.push(a);
    }
    entry.candidates.push(...above.reverse());
    if (isCandidate(w, w.localName)) entry.candidates.push(w);
    const tag = w.localName;
    const shadow = mayHostShadow(tag) ? openShadowRoot(w) : null;
    if (shadow) yield* visit(shadow, w, place.depth);
    if (place.depth < MAX_FRAME_DEPTH && (tag === 'iframe' || tag === 'frame') && !crossOrigin(w, pages)) {
      frames.set(w, place.depth + 1);
      reach.frame?.(w, place.depth + 1);
      const fd = reach.deferFrame?.(w) ? null : frameDocument(w);
      if (fd && fd !== doc) yield* unlessGone(fd, visit(fd, w, place.depth + 1));
    }
    yield* unlessGone(place.root, visit(place.root, place.holder, place.depth, w, entry));
  }
  return { roots, holders, order: new Map(), listed, frames, whole: false };
}

/** The elements of `list` that no other element of the list contains (each once). */
function outermostElements(list: readonly Element[]): Element[] {
  const set = new Set(list);
  const out: Element[] = [];
  for (const el of set) {
    if (gone(el)) continue;
    let inside = false;
    for (let a = el.parentElement; a && !inside; a = a.parentElement) inside = set.has(a);
    if (!inside && el.isConnected) out.push(el);
  }
  return out;
}

/** Whether an ancestor of `el` (inside its root) hides its subtree. */
function hiddenAbove(el: Element, root: Node): boolean {
  for (let a = el.parentElement; a && a !== root; a = a.parentElement) if (isHidden(a)) return true;
  return false;
}

/**
 * The root, holder and frame depth of an element of the page, of one of its open shadow roots or
 * of a readable frame (registering each holder on the way up); null when it is not reachable from
 * `top` within MAX_FRAME_DEPTH.
 */
function placeOf(el: Element, top: Document, holders: Map<Node, Element>): Place | null {
  const root = el.getRootNode();
  if (root === top) return { root: top, holder: null, depth: 0 };
  if (root.nodeType === 11) {
    const host = (root as ShadowRoot).host;
    const up = host ? placeOf(host, top, holders) : null;
    if (!up) return null;
    holders.set(root, host);
    return { root: root as ShadowRoot, holder: host, depth: up.depth };
  }
  if (root.nodeType === 9) {
    let frame: Element | null = null;
    try {
      frame = (root as Document).defaultView?.frameElement ?? null;
    } catch {
      frame = null;
    }
    const up = frame ? placeOf(frame, top, holders) : null;
    if (!frame || !up || up.depth >= MAX_FRAME_DEPTH) return null;
    holders.set(root, frame);
    return { root: root as Document, holder: frame, depth: up.depth + 1 };
  }
  return null;
}

/** Parent across shadow and frame boundaries (frame documents map to their iframe). */
export function composedParent(node: Node, holders: Map<Node, Element>): Node | null {
  const p = node.parentNode;
  if (p && p.nodeType !== 11 && p.nodeType !== 9) return p;
  if (p) return holders.get(p) ?? (p as ShadowRoot).host ?? null;
  return holders.get(node) ?? null;
}

export function composedContains(outer: Node, inner: Node, holders: Map<Node, Element>): boolean {
  for (let n: Node | null = inner; n; n = composedParent(n, holders)) if (n === outer) return true;
  return false;
}
