/**
 * Boilerplate boxes as real markup builds them (issue 10, corpus consistency): a signup form with a
 * drop-down and a consent checkbox, a share button named so with only a "Copied!" tooltip, a
 * related-posts box that shows nothing but its heading in a language the phrase lists do not know,
 * a responsive copy of the sidebar deep in the post footer, a signup prompt wrapped by a site
 * builder. And what stays: the article's paragraphs, a list of the site's accounts.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { findConsent } from './index.js';

const PROSE = [
  'The city council voted on Tuesday to extend the tram line to the northern districts, after two years of studies and a public consultation that drew more than four thousand replies.',
  'Opponents of the project said the cost had doubled since the first estimate, while the mayor argued that the new line would take thousands of cars off the road every day.',
  'Work is due to start next spring and should last about three years, the transport authority said, adding that bus routes would be changed during the construction.',
];
const paragraphs = (): string => PROSE.map((p) => `<p>${p}</p>`).join('\n');

function page(box: string, after = ''): Document {
  return parseHtml(
    `<html lang="en"><body><main><div class="post"><div class="content">${paragraphs()}${box}<p>${PROSE[0]!.replace('Tuesday', 'Monday')}</p></div>${after}</div></main></body></html>`,
    'https://news.example/article',
  );
}

function hidden(doc: Document): Element[] {
  return findConsent(doc).map((f) => f.element);
}

function isHidden(doc: Document, el: Element | null): boolean {
  expect(el).not.toBeNull();
  return hidden(doc).some((h) => h.contains(el));
}

function noProseHidden(doc: Document): void {
  for (const p of Array.from(doc.querySelectorAll('p')))
    if (PROSE.some((t) => p.textContent.includes(t.slice(20, 80)))) expect(isHidden(doc, p)).toBe(false);
}

describe('boilerplate boxes in real markup', () => {
  it('hides a newsletter box whose form has a drop-down and a consent checkbox', () => {
    const options = ['General Contracting', 'Handyman', 'Lawn Care & Landscaping', 'Painting', 'Plumbing']
      .map((o) => `<option>${o}</option>`)
      .join('');
    const doc = page(
      `<aside class="cta-newsletter-signup"><h3><strong>Get posts like this in your inbox.</strong></h3><p>Keep learning with our monthly email.</p><form><ul><li><label for="e">Email Address</label><input type="email" id="e" name="email"></li><li><label for="i">Industry</label><select id="i">${options.repeat(3)}</select></li><li><label><input type="checkbox"> By checking this box, you agree to receive marketing emails from us (newsletters, updates, offers). You can unsubscribe at any time.</label></li></ul><button>Subscribe</button></form></aside>`,
    );
    expect(isHidden(doc, doc.querySelector('aside'))).toBe(true);
    noProseHidden(doc);
  });

  it('hides a share button named so, whose only text is its "Copied!" tooltip', () => {
    const doc = page(
      '<div class="social"><a class="share__button copy" href="#"><div class="tooltip">Copied!</div></a></div>',
    );
    expect(isHidden(doc, doc.querySelector('.share__button'))).toBe(true);
    noProseHidden(doc);
  });

  it('hides a related-posts box that shows only its heading, in any language', () => {
    const doc = page('<div id="jp-relatedposts" class="jp-relatedposts"><h3><em>관련</em></h3></div>');
    expect(isHidden(doc, doc.querySelector('#jp-relatedposts'))).toBe(true);
    noProseHidden(doc);
  });

  it('hides the copy of a sidebar box that a responsive layout repeats deep in the post footer', () => {
    const sidebar =
      '<aside class="post__sidebar"><div class="inner"><div class="sidebar__newsletter"><h3>Newsletter</h3><p><em>Get the Review delivered to your inbox</em></p><a href="/subscribe">Subscribe now</a></div></div></aside>';
    const footer = `<div class="post__footer"><div class="container"><div class="row"><p class="byline">By Jane Doe</p><div class="col"><section class="outer"><div class="wrap">${sidebar}</div></section></div></div></div></div>`;
    const doc = page(sidebar, footer);
    const copies = Array.from(doc.querySelectorAll('.sidebar__newsletter'));
    expect(copies).toHaveLength(2);
    for (const c of copies) expect(isHidden(doc, c)).toBe(true);
    expect(isHidden(doc, doc.querySelector('.byline'))).toBe(false);
    noProseHidden(doc);
  });

  it('hides a signup prompt that a site builder wraps five levels deep', () => {
    const wrapped = (inner: string): string =>
      `<div class="e-section"><div class="e-column"><div class="e-wrap"><div class="e-element"><div class="e-widget">${inner}</div></div></div></div></div>`;
    const doc = page(
      wrapped(
        '<h3>Join our newsletter</h3><p class="pitch">Sign up now to get the freshest updates delivered straight to your inbox.</p><a href="/join">Sign up</a>',
      ),
    );
    expect(isHidden(doc, doc.querySelector('.pitch'))).toBe(true);
    noProseHidden(doc);
  });

  it('hides a signup form of a builder template placed in a template, a dozen wrappers deep', () => {
    // Elementor: section > container > column > widget-wrap > widget > widget-container, twice.
    const level = (inner: string): string =>
      `<section class="e-section"><div class="e-container"><div class="e-column"><div class="e-wrap"><div class="e-widget"><div class="e-widget-container">${inner}</div></div></div></div></div></section>`;
    const doc = page(
      level(
        level(
          '<div class="e-heading">Like What You\'re Reading? <br>Subscribe To The Monthly Newsletter!</div><p>Get all the latest articles and photos!</p><form class="e-form"><label for="f">Email</label><input type="email" id="f" name="form_fields[email]"><button type="submit">Subscribe</button></form>',
        ),
      ),
    );
    expect(isHidden(doc, doc.querySelector('.e-heading'))).toBe(true);
    noProseHidden(doc);
  });

  it('hides a comment launcher, a link labelled "Comments" that opens them; keeps news that says comments', () => {
    const doc = page(
      '<div class="comments-launch"><a class="comments-launch__open" href="#"><span class="count"></span><span class="label">Comments</span></a></div><p class="said">In comments to reporters after the vote, the mayor said the line would open in 2029 and that the comments of residents had been heard.</p>',
    );
    expect(isHidden(doc, doc.querySelector('.comments-launch'))).toBe(true);
    expect(isHidden(doc, doc.querySelector('.said'))).toBe(false);
    noProseHidden(doc);
  });

  it('keeps the tabs of a comment section ("Comments | Restacks"): they switch its panels', () => {
    const doc = page(
      '<div id="discussion"><h4>Discussion about this post</h4><div role="tablist"><button role="tab" type="button">Comments</button><button role="tab" type="button">Restacks</button></div></div>',
    );
    expect(isHidden(doc, doc.querySelector('[role="tablist"]'))).toBe(false);
    noProseHidden(doc);
  });

  it('hides a signup line in an article written as loose text between <br>s, without paragraphs', () => {
    const doc = parseHtml(
      `<html lang="en"><body><div id="story"><span class="lead">${PROSE[0]}</span><br><br>${PROSE[1]}<br><br><div class="cta"><em><a href="https://www.youtube.com/c/news?sub_confirmation=1">Subscribe to The News on YouTube</a></em></div><br><br>${PROSE[2]}<br></div></body></html>`,
      'https://news.example/article',
    );
    expect(isHidden(doc, doc.querySelector('.cta'))).toBe(true);
    expect(isHidden(doc, doc.querySelector('.lead'))).toBe(false);
    expect(hidden(doc).some((h) => h.contains(doc.querySelector('#story')))).toBe(false);
  });

  it("keeps a list of the site's accounts, however near the article", () => {
    const doc = page(
      '<ul class="social-media-buttons"><li><a href="https://www.facebook.com/news">Find us on Facebook</a></li><li><a href="https://twitter.com/news">Follow us on Twitter</a></li></ul>',
    );
    for (const f of findConsent(doc)) expect(/^(UL|LI)$/.test(f.element.tagName)).toBe(false);
    noProseHidden(doc);
  });
});
