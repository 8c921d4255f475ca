/**
 * Other posts of the site inside Readability's article. WordPress marks every post it prints with
 * its id (post_class(): "post-7816 post type-post status-publish hentry"), and the page of one post
 * with that post's id on the body ("single single-post postid-1806"). A theme that prints more
 * posts below the article (a loop of whole posts, "you may also like") puts them in the same
 * column, and Readability keeps them with the article: each is a whole text, so no teaser rule
 * sees them. A post whose id is not the page's own is another page's text.
 */
import type { Removed } from '../types.js';
import { normalizeSpace, shorten } from '../text/normalize.js';
import { dropTrace } from './work.js';

/** The post id a single post's page carries on its body (WordPress: "postid-1806"), or null. */
export function ownPostId(body: Element | null): string | null {
  return /(?:^|\s)postid-(\d+)(?:\s|$)/.exec(body?.getAttribute('class') ?? '')?.[1] ?? null;
}

/** The id of the post an element prints, by WordPress's post classes, or null. */
function postIdOf(el: Element): string | null {
  const cls = el.getAttribute('class');
  if (!cls?.includes('post-') || !/(?:^|\s)(hentry|type-[\w-]+)(?:\s|$)/.test(cls)) return null;
  return /(?:^|\s)post-(\d+)(?:\s|$)/.exec(cls)?.[1] ?? null;
}

/**
 * Removes from `root` (Readability's article, which we own) the posts whose id is not the page's
 * own, when the page's own post is there too (otherwise Readability read something else and this
 * rule does not know what). Returns how many went.
 */
export function dropOtherPosts(root: Element, own: string | null, removed: Removed[]): number {
  if (own === null) return 0;
  const posts: [Element, string][] = [];
  for (const el of Array.from(root.querySelectorAll('[class*="post-"]'))) {
    const id = postIdOf(el);
    if (id !== null) posts.push([el, id]);
  }
  const mine = posts.filter(([, id]) => id === own).map(([el]) => el);
  if (mine.length === 0) return 0;
  let n = 0;
  for (const [el, id] of posts) {
    if (id === own || mine.some((m) => el.contains(m)) || !root.contains(el)) continue;
    const text = normalizeSpace(el.textContent ?? '');
    dropTrace.fn?.('chrome', 'other post', text);
    if (text) removed.push({ kind: 'boilerplate', text: shorten(text) });
    el.remove();
    n++;
  }
  return n;
}
