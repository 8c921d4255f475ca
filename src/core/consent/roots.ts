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
  /onetrust|optanon|didomi|sp_|qc-cmp|cybot|cookie|consent|usercentrics|uc-|truste|axeptio|fc-|cmp|iubenda|pg-|ccm|tarteaucitron|cli-|borlabs|brlbs|gdpr|rgpd|privacy|data-protection|eupopup|opt-in|click-to-view|placeholder|embed|iframe/i;

const NAMING_ATTRS = new Set([
  'id',
  'class',
  'data-testid',
  'aria-labelledby',
  'aria-label',
  'data-component',
  'data-iframe',
]);
const FLAG_ATTRS = new Set([
  'data-borlabs-cookie-wrap',
  'data-borlabs-cookie-content',
  'data-consent-placeholder',
]);

function isCandidate(el: Element): boolean {
  let sig = el.tagName;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i]!;
    if (NAMING_ATTRS.has(a.name)) sig += ` ${a.value}`;
    else if (FLAG_ATTRS.has(a.name)) return true;
  }
  return CANDIDATE.test(sig);
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
  /** Document-order key of every element (see compareKeys). */
  keys: Map<Element, number[]>;
  /** Shadow roots and frame documents mapped to the element that holds them. */
  holders: Map<Node, Element>;
}

/**
 * Every readable root, the page first, then each shadow root and frame after its holder, with
 * document-order keys: each element gets the path of positions of itself and its holders, so
 * findings in a shadow root or frame sort right after their holder (linkedom's
 * compareDocumentPosition is not reliable, and one pass gives both).
 */
export function collectRoots(doc: Document): Scope {
  const roots: ScanRoot[] = [];
  const keys = new Map<Element, number[]>();
  const holders = new Map<Node, Element>();
  const visit = (root: Document | ShadowRoot, holder: Element | null, depth: number): void => {
    const candidates: Element[] = [];
    roots.push({ root, holder, candidates });
    if (holder) holders.set(root, holder);
    const base = holder ? (keys.get(holder) ?? []) : [];
    let i = 0;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      keys.set(el, [...base, i++]);
      if (isCandidate(el)) candidates.push(el);
      const shadow = openShadowRoot(el);
      if (shadow) visit(shadow, el, depth);
      if ((el.tagName === 'IFRAME' || el.tagName === 'FRAME') && depth < MAX_FRAME_DEPTH) {
        const fd = frameDocument(el);
        if (fd && fd !== doc) visit(fd, el, depth + 1);
      }
    }
  };
  visit(doc, null, 0);
  return { roots, keys, holders };
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
