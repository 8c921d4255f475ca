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
  /onetrust|optanon|didomi|sp_|qc-cmp|cybot|cookie|consent|usercentrics|uc-|truste|axeptio|fc-|cmp|iubenda|pg-|ccm|tarteaucitron|cli-|borlabs|brlbs|gdpr|rgpd|privacy|data-protection|eupopup|opt-in|click-to-view|placeholder|embed|iframe|contentpass/i;

/** Naming attributes other than id and class, rare on elements. */
const RARE_NAMING_ATTRS = ['data-testid', 'aria-labelledby', 'aria-label', 'data-component', 'data-iframe'];
/** Attributes whose mere presence makes a candidate. */
const FLAG_ATTRS = ['data-borlabs-cookie-wrap', 'data-borlabs-cookie-content', 'data-consent-placeholder'];

/**
 * The words of CANDIDATE hold no space, so testing tag, id, class and each naming attribute apart
 * matches the same elements as testing them joined by spaces, without building a string per
 * element. Elements without attributes (most of a page) are settled by their tag alone; attributes
 * are read through getAttribute, which builds no Attr objects (costly in browsers).
 */
function isCandidate(el: Element, tag: string): boolean {
  if (CANDIDATE.test(tag)) return true;
  if (!el.hasAttributes()) return false;
  const id = el.getAttribute('id');
  if (id && CANDIDATE.test(id)) return true;
  const cls = el.getAttribute('class');
  if (cls && CANDIDATE.test(cls)) return true;
  for (const a of RARE_NAMING_ATTRS) {
    const v = el.getAttribute(a);
    if (v && CANDIDATE.test(v)) return true;
  }
  for (const a of FLAG_ATTRS) if (el.hasAttribute(a)) return true;
  return false;
}

const MAX_FRAME_DEPTH = 2;

function frameDocument(frame: Element): Document | null {
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
      const shadow = openShadowRoot(el);
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
