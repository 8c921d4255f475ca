/**
 * Finding a document's head and body without changing the document, and giving a working copy the
 * html > head + body shape that Readability and consent detection expect.
 *
 * Browsers always build that shape. linkedom (the Node parser) keeps what the markup says: a style
 * sheet before <html>, scripts between </head> and <body>, a <meta> before <head>, an <html> inside
 * <html>. Its `document.body` getter then does not find the body and inserts a new empty one after
 * the head (`document.head` likewise prepends a new head), so reading `doc.body` both changes the
 * caller's document and hides the page's text: such pages used to come out "too little text". So
 * the document given to extraction is only read through the finders below, and the working copy is
 * reshaped before anything else runs on it.
 */

const HEAD_CONTENT = new Set(['meta', 'link', 'style', 'script', 'title', 'base', 'noscript', 'template']);

function childNamed(parent: Element | null, name: string): Element | null {
  for (let c = parent?.firstElementChild ?? null; c; c = c.nextElementSibling)
    if (c.localName === name) return c;
  return null;
}

/** The first element named `name` in the document, read without any getter that may create one. */
function firstNamed(doc: Document, name: string): Element | null {
  const root = doc.documentElement;
  return childNamed(root, name) ?? doc.getElementsByTagName(name)[0] ?? null;
}

/** The page's <html> element (the outermost one), or null. */
export function findHtml(doc: Document): Element | null {
  const first = doc.documentElement;
  if (!first || first.localName === 'html') return first;
  return (doc.getElementsByTagName('html')[0] as Element | undefined) ?? null;
}

/** The page's body, or null when it has none. Never creates one. */
export function findBody(doc: Document): Element | null {
  return firstNamed(doc, 'body');
}

/** The page's head, or null when it has none. Never creates one. */
export function findHead(doc: Document): Element | null {
  return firstNamed(doc, 'head');
}

/** The text of the page's <title>, read without `document.title` (see the file comment). */
export function findTitle(doc: Document): string | null {
  const title = childNamed(findHead(doc), 'title') ?? doc.getElementsByTagName('title')[0];
  const text = title?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** True when the document is html > head + body and nothing else: what browsers always build. */
function wellShaped(doc: Document): boolean {
  const html = doc.documentElement;
  const head = html?.firstElementChild;
  const body = head?.nextElementSibling;
  return (
    html?.localName === 'html' &&
    html.nextElementSibling === null &&
    html.previousElementSibling === null &&
    head?.localName === 'head' &&
    body?.localName === 'body' &&
    body.nextElementSibling === null
  );
}

/**
 * Gives `doc` (a working copy the caller owns) the html > head + body shape: elements found before
 * the body go to the head when they are head content (scripts, styles, meta tags) and to the start
 * of the body otherwise; elements after the body go to its end; a nested <html> is unwrapped.
 * Nothing is removed. Returns the body, or null when the document has no element at all.
 */
export function reshape(doc: Document): Element | null {
  if (wellShaped(doc)) return doc.documentElement.lastElementChild;
  const first = doc.documentElement;
  if (!first) return null;
  let html = findHtml(doc);
  if (!html) {
    html = doc.createElement('html');
    doc.insertBefore(html, first);
  }
  const head = findHead(doc) ?? doc.createElement('head');
  const body = findBody(doc) ?? doc.createElement('body');
  // Top-level nodes in document order, opening <html> elements (the page's and nested ones), with
  // an explicit stack: a hostile page may nest thousands of them.
  const before: Node[] = [];
  const after: Node[] = [];
  const shells: Element[] = [];
  let seenBody = false;
  // linkedom's doctype node has no nextSibling: the top level is read from childNodes.
  const top = Array.from(doc.childNodes).reverse();
  const cursors: (Node | null)[] = [];
  for (;;) {
    let c = cursors.length ? cursors[cursors.length - 1]! : null;
    if (cursors.length && !c) {
      cursors.pop();
      continue;
    }
    if (c) cursors[cursors.length - 1] = c.nextSibling;
    else if (top.length) c = top.pop()!;
    else break;
    if (c === body) seenBody = true;
    else if (c === head || c.nodeType === 10) continue;
    else if (c.nodeType === 1 && (c as Element).localName === 'html') {
      if (c !== html) shells.push(c as Element);
      cursors.push(c.firstChild);
    } else if (c.nodeType === 1 && (c as Element).contains(body)) {
      return body; // the body inside some other element: leave such a page as it is
    } else (seenBody ? after : before).push(c);
  }
  html.insertBefore(head, html.firstChild);
  head.after(body);
  const bodyStart = body.firstChild;
  for (const n of before) {
    if (n.nodeType === 1 && HEAD_CONTENT.has((n as Element).localName)) head.appendChild(n);
    else if (n.nodeType === 1 || (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')))
      body.insertBefore(n, bodyStart);
  }
  for (const n of after) if (n.nodeType === 1 || n.nodeType === 3) body.appendChild(n);
  // The nested <html> elements are empty shells now.
  for (const shell of shells) shell.remove();
  if (doc.firstElementChild !== html) doc.insertBefore(html, doc.firstElementChild);
  return body;
}
