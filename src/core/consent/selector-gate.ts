/**
 * A cheap first test for a selector list: a word every element matching one of its selectors must
 * carry in its tag, id, class or a named attribute. `matches` then runs only on the elements that
 * pass. Browsers cache compiled selectors, but linkedom (the core in Node) compiles the whole list
 * on every call, which made a handful of calls per page cost as much as scanning the page's text.
 * The words are derived from the rules ahead of time (selector-gate-sets.ts, stored in
 * selector-gate-words.ts) so that the content script does not parse selectors on every page.
 */

import { literals } from './literals.js';

export type ElementGate = (el: Element) => boolean;

export interface GateWords {
  /** Lower-case words; an element passes when one of them is in its tag or attributes below. */
  words: string[];
  /** Attributes whose values the words are looked for in (besides the tag). */
  valueAttrs: string[];
  /** Attributes whose presence alone is a match: they stand as "@name" among the words. */
  presence: string[];
}

export function elementGate({ words, valueAttrs, presence }: GateWords): ElementGate {
  const anyWord = literals(words);
  return (el) => {
    let hay = el.localName;
    if (el.hasAttributes()) {
      for (const a of valueAttrs) hay += `\n${el.getAttribute(a) ?? ''}`;
      for (const a of presence) if (el.hasAttribute(a)) hay += `\n@${a}`;
    }
    return anyWord(hay.toLowerCase());
  };
}
