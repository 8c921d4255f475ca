/**
 * A cheap first test for a selector list: a word every element matching one of its selectors must
 * carry in its tag, id, class or a named attribute. `matches` then runs only on the elements that
 * pass. Browsers cache compiled selectors, but linkedom (the core in Node) compiles the whole list
 * on every call, which made a handful of calls per page cost as much as scanning the page's text.
 *
 * Only the selector shapes our rules use are read: compounds of a tag, #id, .class and [attr],
 * [attr="v"], [attr^="v"], [attr*="v"], [attr$="v"] (optionally with the i flag), joined by
 * descendant spaces. One word is taken from the last compound of each selector; lower case on both
 * sides keeps the test a superset of the selector's own.
 */

export type Gate = (el: Element) => boolean;

/** The word a selector's last compound requires, and where it must appear. */
function requiredWord(selector: string): { attr: string | null; word: string } {
  const last =
    selector
      .trim()
      .split(/\s+(?![^[]*\])/)
      .pop() ?? '';
  const attr = /\[([\w-]+)(?:[\^*$~|]?="([^"]*)"(?:\s*i)?)?\]/.exec(last);
  const bare = last.replace(/\[[^\]]*\]/g, '');
  const id = /#([\w-]+)/.exec(bare);
  const cls = /\.([\w-]+)/.exec(bare);
  const tag = /^([a-z][\w-]*)/i.exec(bare);
  if (id) return { attr: 'id', word: id[1]! };
  if (cls) return { attr: 'class', word: cls[1]! };
  if (attr)
    return attr[2] === undefined ? { attr: null, word: `@${attr[1]!}` } : { attr: attr[1]!, word: attr[2] };
  if (tag) return { attr: null, word: tag[1]! };
  throw new Error(`selector-gate: no required word in "${selector}"`);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds the gate of a comma-separated selector list. */
export function selectorGate(list: string): Gate {
  const needs = list.split(',').map(requiredWord);
  // Attributes whose value a word may sit in, and attributes whose mere presence is the word.
  const valueAttrs = [...new Set(needs.flatMap((n) => (n.attr ? [n.attr] : [])))];
  const presence = needs.filter((n) => n.word.startsWith('@')).map((n) => n.word.slice(1));
  const words = new RegExp(needs.map((n) => escape(n.word.toLowerCase())).join('|'));
  return (el) => {
    let hay = el.localName;
    if (el.hasAttributes()) {
      for (const a of valueAttrs) hay += `\n${el.getAttribute(a) ?? ''}`;
      for (const a of presence) if (el.hasAttribute(a)) hay += `\n@${a}`;
    }
    return words.test(hay.toLowerCase());
  };
}
