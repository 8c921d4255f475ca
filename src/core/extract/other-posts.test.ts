import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import type { Removed } from '../types.js';
import { dropOtherPosts, ownPostId } from './other-posts.js';

const post = (id: number, text: string): string =>
  `<article class="postbox post-${id} post type-post status-publish hentry category-life"><p>${text}</p></article>`;
const OWN = 'Only those who love themselves can find a love that lasts, and this is the page’s own text.';
const OTHER = 'Life asks us for optimism and courage, and this is the text of another post of the site.';

function read(bodyClass: string, content: string): { text: string; removed: Removed[] } {
  const doc = parseHtml(
    `<!doctype html><html><body class="${bodyClass}"><div id="article">${content}</div></body></html>`,
  );
  const root = doc.getElementById('article')!;
  const removed: Removed[] = [];
  dropOtherPosts(root, ownPostId(doc.querySelector('body')), removed);
  return { text: root.textContent ?? '', removed };
}

describe('other posts of the site inside the article (WordPress post classes)', () => {
  it('the posts printed after the page’s own post go, reported; the own post stays', () => {
    const { text, removed } = read('single single-post postid-1806', post(1806, OWN) + post(7816, OTHER));
    expect(text).toContain(OWN);
    expect(text).not.toContain(OTHER);
    expect(removed.map((r) => r.text).join(' ')).toContain('Life asks us');
  });

  it('nested in a box that carries the own post’s id, they go too; the box and the own post stay', () => {
    const nested = `<article class="postbox post-1806 post type-post hentry">${post(7816, OTHER)}</article>`;
    const { text } = read('single postid-1806', post(1806, OWN) + nested);
    expect(text).toContain(OWN);
    expect(text).not.toContain(OTHER);
  });

  it('nothing goes without the page’s post id, or when its own post is not in the article', () => {
    expect(read('home blog', post(1806, OWN) + post(7816, OTHER)).text).toContain(OTHER);
    expect(read('single postid-42', post(1806, OWN) + post(7816, OTHER)).text).toContain(OTHER);
  });

  it('a "post-N" class without WordPress’s post classes is no post id (numbered items)', () => {
    const items = `<div class="post-2"><p>${OTHER}</p></div>`;
    expect(read('single postid-1806', post(1806, OWN) + items).text).toContain(OTHER);
  });
});
