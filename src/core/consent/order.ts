/**
 * Document order of findings: positions of elements in their root, and keys that sort a shadow
 * root's or frame's elements right after their holder.
 */
import type { Scope } from './roots.js';
import { handled } from './work.js';

/**
 * Builds the position index orderKey reads for `root`, pausing every few thousand elements (on a
 * large page, building it in one go was one of the longest tasks of a pass).
 */
export function* indexOrder(scope: Scope, root: Node): Generator<void> {
  if (scope.order.has(root)) return;
  const index = new Map<Element, number>();
  const all = scope.listed.get(root) ?? (root as Document | ShadowRoot).querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    if (i % 2048 === 2047) yield;
    if (i % 8 === 0) handled();
    index.set(all[i]!, i);
  }
  scope.order.set(root, index);
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
    const all = scope.listed.get(root) ?? (root as Document | ShadowRoot).querySelectorAll('*');
    for (let i = 0; i < all.length; i++) index.set(all[i]!, i);
    scope.order.set(root, index);
  }
  const own = index.get(el);
  if (own === undefined) return [];
  const holder = scope.holders.get(root);
  return holder ? [...orderKey(scope, holder), own] : [own];
}

export function compareKeys(a: number[] | undefined, b: number[] | undefined): number {
  const x = a ?? [];
  const y = b ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
