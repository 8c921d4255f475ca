/**
 * The places consent UIs live: the document, open shadow roots (Usercentrics, DPG Media,
 * consentmanager) and same-origin frames whose document is readable. Closed shadow roots and
 * cross-origin frames are out of reach of any content script; they are skipped.
 */
import { openShadowRoot } from './text.js';

export interface ScanRoot {
  root: Document | ShadowRoot;
  /** Element in the parent tree that holds this root (shadow host or iframe); null for the page. */
  holder: Element | null;
  /** Elements whose tag, id, class or naming attributes could match a markup rule, in order. */
  candidates: Element[];
}

/**
 * Words any markup rule's element carries in its tag, id, class or naming attributes. Testing one
 * regexp per element and running selectors on the few that pass is much cheaper than a long
 * selector list over the whole page (linkedom matches selectors in JavaScript).
 */
const CANDIDATE =
  /onetrust|optanon|didomi|sp_|qc-cmp|cybot|cookie|consent|usercentrics|uc-|truste|axeptio|fc-|cmp|iubenda|pg-|ccm|tarteaucitron|cli-|borlabs|brlbs|gdpr|rgpd|privacy|data-protection|eupopup|opt-in|click-to-view|placeholder|embed|iframe|contentpass|share|shariff|related|recommend|newsletter|signup|subscribe|mc_embed|advert|sponsor|outbrain|taboola|trending|readmore|read-more|see-also|lire-aussi|mehr-zum|leggi-anche|lees-ook|most-read|more-stories|adslot|ad-|ads-|-ad|_ad|osano|klaro|cky|ccc|cc-|termly|lanyard|ketch|tealium|transcend|moove|sliding-popup|dsgvo|fides|tac_|wt-cli|_iub|context-notice|suppressed/i;

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
  if (CANDIDATE.test(tag)) return true;
  if (!el.hasAttributes()) return false;
  for (const name of el.getAttributeNames()) {
    if (FLAG_ATTRS.has(name)) return true;
    if (!NAMING_ATTRS.has(name)) continue;
    const value = el.getAttribute(name);
    if (value && CANDIDATE.test(value)) return true;
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

const MAX_FRAME_DEPTH = 2;

/** Whether a frame's address is on another origin than its page (then its document is out of reach). */
function crossOrigin(frame: Element): boolean {
  const src = frame.getAttribute('src');
  if (!src || !/^(?:https?:)?\/\//i.test(src)) return false; // no address, about:, data: or a relative path
  try {
    const page = frame.ownerDocument;
    return new URL(src, page.baseURI).origin !== new URL(page.URL).origin;
  } catch {
    return false;
  }
}

function frameDocument(frame: Element): Document | null {
  // Asking a browser for a cross-origin frame's document only to get null cost about 0.3 ms per
  // frame in Chromium (a news page has a dozen ad frames): the address is checked first.
  if (crossOrigin(frame)) return null;
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
  /** Position of each element in its root, built on demand (see orderKey). */
  order: Map<Node, Map<Element, number>>;
}

/**
 * Every readable root, the page first, then each shadow root and frame after its holder. One
 * loop over the elements, kept as light as possible: in a browser this is the only place that
 * touches every element of the page.
 */
export function collectRoots(doc: Document): Scope {
  const roots: ScanRoot[] = [];
  const holders = new Map<Node, Element>();
  const visit = (root: Document | ShadowRoot, holder: Element | null, depth: number): void => {
    const candidates: Element[] = [];
    roots.push({ root, holder, candidates });
    if (holder) holders.set(root, holder);
    // One pass in document order tests every element once, rare attributes included (a second
    // query for those cost linkedom a selector compile and a pass over the whole page).
    const all = root.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      const tag = el.localName;
      if (isCandidate(el, tag)) candidates.push(el);
      const shadow = mayHostShadow(tag) ? openShadowRoot(el) : null;
      if (shadow) visit(shadow, el, depth);
      if (depth < MAX_FRAME_DEPTH && (tag === 'iframe' || tag === 'frame')) {
        const fd = frameDocument(el);
        if (fd && fd !== doc) visit(fd, el, depth + 1);
      }
    }
  };
  visit(doc, null, 0);
  return { roots, holders, order: new Map() };
}

/**
 * Document-order key of an element: the path of positions of itself and its holders, so findings
 * in a shadow root or frame sort right after their holder (linkedom's compareDocumentPosition is
 * not reliable). Built only when findings need sorting, which most pages never do.
 */
export function orderKey(scope: Scope, el: Element): number[] {
  const root = el.getRootNode();
  let index = scope.order.get(root);
  if (!index) {
    index = new Map();
    const all = (root as Document | ShadowRoot).querySelectorAll('*');
    for (let i = 0; i < all.length; i++) index.set(all[i]!, i);
    scope.order.set(root, index);
  }
  const own = index.get(el);
  if (own === undefined) return [];
  const holder = scope.holders.get(root);
  return holder ? [...orderKey(scope, holder), own] : [own];
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

export function compareKeys(a: number[] | undefined, b: number[] | undefined): number {
  const x = a ?? [];
  const y = b ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
