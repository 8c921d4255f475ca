/**
 * Article text that looks like chrome stays (issue 11: never less of the article than Readability
 * keeps). Each rule with the article case it must keep and the chrome case it must still drop.
 */
import { describe, expect, it } from 'vitest';
import { briefFromHtml, parseHtml } from '../../node/index.js';
import type { Removed } from '../types.js';
import { rawBlocksFromElement } from './blocks.js';
import { cleanBlocks } from './clean.js';
import { extractFromDocument } from './index.js';
import { pruneChrome } from './markup-rules.js';
import { proseParagraphs, restoreDroppedProse } from './restore.js';

const URL = 'https://news.example/2026/03/story.html';

function clean(html: string): string[] {
  const root = parseHtml(
    `<!doctype html><html><body><div id="root">${html}</div></body></html>`,
    URL,
  ).getElementById('root')!;
  const removed: Removed[] = [];
  pruneChrome(root, removed, undefined, URL);
  const raw = rawBlocksFromElement(root);
  return cleanBlocks(raw, { title: null, byline: null, tailFrom: 0, url: URL }, removed).map((b) => b.text);
}

const PROSE =
  '<p>The council approved the plan on Monday after a long debate about its cost, which has doubled since the first estimate in 2021.</p>';
const links = (hrefs: string[]): string =>
  `<ul>${hrefs.map((h, i) => `<li><a href="${h}">Linked item number ${i}</a></li>`).join('')}</ul>`;

describe('inline text is never removed from inside a sentence', () => {
  it('a word wrapped in a chrome-named span stays in its sentence', () => {
    const texts = clean(
      `${PROSE}<p>The government plans to lift sanctions on <span class="meta"><a href="/topic/sudan">Sudan</a></span> and <span class="tooltip">South Sudan</span> this year.</p>${PROSE}`,
    );
    expect(texts).toContain('The government plans to lift sanctions on Sudan and South Sudan this year.');
  });

  it('a labelled span with no words of the sentence around it is a field: a caption credit goes', () => {
    const texts = clean(
      `${PROSE}<figure><img src="a.jpg"><figcaption><span class="caption-text">Peacekeepers at a camp.</span> <span class="credit">Jane Roe/Agency</span></figcaption></figure>${PROSE}`,
    );
    expect(texts.join(' ')).not.toContain('Jane Roe/Agency');
  });

  it('a hover card of related stories goes, the linked name it hangs on stays', () => {
    const card =
      '<span class="rollover-people"><a href="/people/jane-doe">Jane Doe</a><span class="rollover-people-block"><img src="j.jpg"><a href="/a">Doe wins vote</a> <a href="/b">Doe speaks out</a></span></span>';
    const texts = clean(`${PROSE}<p>The motion was tabled by Rep. ${card} on Tuesday.</p>${PROSE}`);
    expect(texts).toContain('The motion was tabled by Rep. Jane Doe on Tuesday.');
  });

  it('the linked name stays when it is named for the card too and the sentence is one wrapper up', () => {
    const card =
      '<span class="rollover-people"><a class="rollover-people-link" href="/people/jane-doe">Jane Doe</a><span class="rollover-people-block"><span class="rollover-block"><img src="j.jpg"><a href="/a">Doe wins vote</a> <a href="/b">Doe speaks out</a></span></span></span>';
    const texts = clean(
      `${PROSE}<p><span style="font-weight: 400;">The motion was tabled by Rep. ${card} on Tuesday.</span></p>${PROSE}`,
    );
    expect(texts).toContain('The motion was tabled by Rep. Jane Doe on Tuesday.');
    // A credit in a row of labelled spans is still a field.
    const caption = clean(
      `${PROSE}<figure><img src="a.jpg"><figcaption><span><span class="caption-text">Peacekeepers at a camp.</span> <span class="credit">Jane Roe/Agency</span></span></figcaption></figure>${PROSE}`,
    );
    expect(caption.join(' ')).not.toContain('Jane Roe/Agency');
  });
});

describe('lists of links', () => {
  it('in the middle of the article (contents, products, steps) they stay', () => {
    const texts = clean(PROSE + links(['#part-1', '#part-2', '#part-3']) + PROSE.repeat(3));
    expect(texts).toContain('Linked item number 2');
    const products = clean(PROSE + links(['https://shop.example/a', 'https://shop.example/b']) + PROSE);
    expect(products).toContain('Linked item number 1');
  });

  it('after the last paragraph, a list of sources on other sites stays, more stories of this site go', () => {
    const sources = clean(PROSE.repeat(3) + links(['https://data.example/1', 'https://stats.example/2']));
    expect(sources).toContain('Linked item number 1');
    const more = clean(PROSE.repeat(3) + links(['/2026/a.html', '/2026/b.html', '/2026/c.html']));
    expect(more).not.toContain('Linked item number 1');
  });
});

describe('shapes that are data, not chrome', () => {
  it('addresses that are sources stay; the page’s own address and a contact line go', () => {
    const texts = clean(
      `${PROSE}<p>GitHub repository: https://github.com/example/tool</p><p>https://docs.example.org/guide</p>${PROSE}<p>${URL}</p><p>jane.doe@news.example</p>`,
    );
    expect(texts).toContain('GitHub repository: https://github.com/example/tool');
    expect(texts).toContain('https://docs.example.org/guide');
    expect(texts).not.toContain(URL);
    expect(texts).not.toContain('jane.doe@news.example');
  });

  it('a linked address printed as the link’s text is a source; a short linked label is navigation', () => {
    const texts = clean(
      `${PROSE}<p><a href="http://amzn.to/2iJFhRj">http://amzn.to/2iJFhRj</a></p><p><a href="/shop">Visit the shop</a></p>${PROSE}`,
    );
    expect(texts).toContain('http://amzn.to/2iJFhRj');
    expect(texts).not.toContain('Visit the shop');
  });

  it('a price or a telephone number alone is data; a share counter or a separator goes', () => {
    const texts = clean(
      `${PROSE}<p>$99.99</p><p>(415) 861-5449</p><p>+33 1 23 45 67 89</p><p>12,50 €</p><p>3.409</p><p>|</p><p>0 0 0</p><p>2019-11-20</p>${PROSE}`,
    );
    expect(texts).toEqual(
      expect.arrayContaining(['$99.99', '(415) 861-5449', '+33 1 23 45 67 89', '12,50 €']),
    );
    for (const chrome of ['3.409', '|', '0 0 0', '2019-11-20']) expect(texts).not.toContain(chrome);
  });

  it('a heading whose anchor id is made of its own words keeps them; a chrome-named box still goes', () => {
    const texts = clean(
      `${PROSE}<h2 id="h-what-is-social-shopping">What is Social Shopping?</h2>${PROSE}<div id="social-links">Follow us on every network today</div>${PROSE}`,
    );
    expect(texts).toContain('What is Social Shopping?');
    expect(texts).not.toContain('Follow us on every network today');
  });

  it('a section whose id is its heading with a prefix keeps its text; a credits box without one goes', () => {
    const texts = clean(
      `${PROSE}<section id="section_credits"><h2>Credits</h2><ul><li><h3>Visualizer</h3><ul><li>Mark Example (NASA/GSFC)</li></ul></li></ul></section>${PROSE}<div id="photo_credits">Photos by Jane Example for the paper</div>${PROSE}`,
    );
    expect(texts).toContain('Mark Example (NASA/GSFC)');
    expect(texts).not.toContain('Photos by Jane Example for the paper');
  });

  it('dates in a table are its data; a date line outside one goes', () => {
    const texts = clean(
      `<p>Updated November 20, 2019</p>${PROSE}<table><tr><td>1/1/2013</td><td>+13.1%</td></tr><tr><td>2/1/2013</td><td>+12.9%</td></tr></table>${PROSE}`,
    );
    expect(texts).toContain('1/1/2013 +13.1%');
    expect(texts).not.toContain('Updated November 20, 2019');
  });

  it('the linked names of a table with header cells are its data; a linked line outside it goes', () => {
    const row = (name: string, site: string, revenue: string): string =>
      `<tr><td><a href="https://www.${site}.com/">${name}</a></td><td>${revenue}</td></tr>`;
    const texts = clean(
      `${PROSE}<table><thead><tr><th>Company</th><th>Revenue</th></tr></thead><tbody>${row('Quanta Services Inc.', 'quantaservices', '$7.7B')}${row('Cupertino Electric, Inc.', 'cei', '$1.6B')}</tbody></table>${PROSE}<p><a href="/2026/03/other-story.html">Top contractors of the year</a></p>${PROSE}`,
    );
    expect(texts).toEqual(
      expect.arrayContaining(['Quanta Services Inc. $7.7B', 'Cupertino Electric, Inc. $1.6B']),
    );
    expect(texts).not.toContain('Top contractors of the year');
  });

  it('three headings or more at the end are a list of items, one or two are a widget’s label', () => {
    const items = clean(PROSE + '<h3>Organic cotton</h3><h3>Linen</h3><h3>Hemp</h3>');
    expect(items).toContain('Hemp');
    expect(clean(PROSE + '<h3>Popular on the site</h3>')).not.toContain('Popular on the site');
  });

  it('a run of short headed lines followed by most of the article is part of it', () => {
    const grid = ['Piano moving', 'Antiques', 'Storage']
      .map((h, i) => `<h3>${h}</h3><p>Rated ${4 + i / 10} out of 5 by customers</p>`)
      .join('');
    const texts = clean(PROSE + grid + PROSE.repeat(6));
    expect(texts).toContain('Piano moving');
  });
});

describe('a tooltip that spells out a picture', () => {
  const badge = (label: string, name: string): string =>
    `<div class="icon-tooltip"><span class="icon-tooltip-text">${label}</span><button type="button" aria-label="${name}"><img src="${name}.svg" alt=""></button></div>`;
  const page = (badges: string): string =>
    `<!doctype html><html lang="en"><head><title>Meal kits</title></head><body><main><article><h1>Meal kits</h1>` +
    `<div class="body">${PROSE.repeat(2)}<h2>1. Purple Kit</h2><div class="badges">${badges}</div>${PROSE.repeat(2)}</div></article></main></body></html>`;
  const text = (badges: string): string =>
    extractFromDocument(parseHtml(page(badges), URL), { url: URL })
      .blocks.map((b) => b.text)
      .join('\n');

  it("keeps the label of an icon (its button's accessible name), which Readability's button removal hides", () => {
    expect(text(badge('Gluten free', 'Gluten free') + badge('Woman owned', 'Woman owned'))).toContain(
      'Gluten free',
    );
  });

  it('drops a hint that names no picture ("Click to copy" on a "Copy link" button)', () => {
    expect(text(badge('Click to copy the address', 'Copy link'))).not.toContain('Click to copy');
  });
});

describe('paragraphs Readability drops from inside its article', () => {
  const page = (middle: string): string =>
    `<!doctype html><html lang="en"><head><title>Indoor plants</title></head><body><main><article><h1>Indoor plants</h1>` +
    `<div class="body">${PROSE.repeat(3)}${middle}${PROSE.replace('council', 'board').repeat(3)}</div>` +
    `</article></main></body></html>`;
  const grid = (cls: string): string =>
    `<div class="${cls}"><div class="row">${['ZZ plant', 'Snake plant', 'Cast-iron plant']
      .map(
        (n) =>
          `<div class="col"><img src="${n}.jpg"><img src="${n}-2.jpg"><img src="${n}-3.jpg"><p>The ${n} thrives in a dark corner, needs water only every few weeks and forgives a forgetful owner, which makes it a favourite.</p></div>`,
      )
      .join('')}</div></div>`;

  it('come back in their place when they sat between paragraphs it kept', () => {
    const ex = extractFromDocument(parseHtml(page(grid('widget grid')), URL), { url: URL });
    const text = ex.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('The Snake plant thrives');
    expect(text.indexOf('The ZZ plant')).toBeLessThan(text.indexOf('The board approved'));
    expect(text.indexOf('The council approved')).toBeLessThan(text.indexOf('The ZZ plant'));
  });

  it('stay out when the box around them is named as chrome', () => {
    const ex = extractFromDocument(parseHtml(page(grid('promo-grid')), URL), { url: URL });
    expect(ex.blocks.map((b) => b.text).join('\n')).not.toContain('The Snake plant thrives');
  });

  // The grid after the introduction, as the rest of the article: nothing Readability kept follows it.
  const tail = (box: string): string =>
    `<!doctype html><html lang="en"><head><title>Indoor plants</title></head><body><main><article><h1>Indoor plants</h1>` +
    `<div class="body">${PROSE.repeat(3)}${box}</div></article></main></body></html>`;

  // Readability's part played by hand: the body's container goes into the article, the box goes.
  function restoredFrom(box: string): string {
    const doc = parseHtml(tail(box), URL);
    const body = doc.querySelector('body')!;
    const marks = proseParagraphs(Array.from(doc.querySelectorAll('p')), body);
    const content = doc.createElement('div');
    const kept = doc.querySelector('.body')!;
    kept.querySelector('.grid')!.remove();
    content.appendChild(kept);
    restoreDroppedProse(marks, content);
    return content.textContent ?? '';
  }

  it('after the last one it kept: a box among the article’s paragraphs comes back; a box of cards whose headlines are links, or a footer, stays out', () => {
    expect(restoredFrom(grid('widget grid'))).toContain('The Snake plant thrives');
    const cards = grid('widget grid').replace(
      /<div class="col">/g,
      '<div class="col"><h4><a href="/2026/other.html">Another story</a></h4>',
    );
    expect(restoredFrom(cards)).not.toContain('The Snake plant thrives');
    const footer = grid('widget grid')
      .replace(/^<div /, '<footer ')
      .replace(/<\/div>$/, '</footer>');
    expect(restoredFrom(footer)).not.toContain('The Snake plant thrives');
  });
});

describe('the listing decision', () => {
  it('headings linking to products on other sites do not make a round-up a listing', () => {
    const item = (i: number): string =>
      `<h3><a href="https://shop.example/p/${i}">Cordless drill model ${i}</a></h3><p>A compact drill with two batteries, enough torque for masonry and a clutch that protects small screws, at a fair price for the class.</p>`;
    const html = `<!doctype html><html lang="en"><head><title>Best drills</title></head><body><article><h1>Best drills</h1>${Array.from({ length: 8 }, (_, i) => item(i)).join('')}</article></body></html>`;
    expect(extractFromDocument(parseHtml(html, URL), { url: URL }).article).toBe(true);
  });
});

/**
 * Markup from real pages of the WCXB benchmark (CC-BY-4.0), trimmed to the part that matters,
 * read whole by briefFromHtml (linkedom) as users get Brief.text.
 */
describe('real markup: what a reader reads in the article stays in Brief.text', () => {
  const page = (inner: string): string =>
    `<!doctype html><html><head><title>How to grow a cleaning business</title></head><body><main><article><h1>How to grow a cleaning business</h1><p class="byline">By Jane Doe</p>${PROSE.repeat(3)}${inner}${PROSE.repeat(2)}</article></main></body></html>`;
  const text = (inner: string): string => briefFromHtml(page(inner), { url: URL }).text;

  it('a pull quote in a <figure>: its text and its source in <figcaption> are the article’s, not a caption', () => {
    const quote =
      '<section class="wp-block-jobber-t3-pullquote-testimonial"><figure class="wp-block-jobber-t3-pullquote-testimonial__content bookend"> <blockquote class="wp-block-jobber-t3-pullquote-testimonial__blockquote"> <p class="wp-block-jobber-t3-pullquote-testimonial__quote"><strong><strong>Join local networking groups.</strong></strong></p> </blockquote> <p class="wp-block-jobber-t3-pullquote-testimonial__copy">They’re very, very, very low cost per month. That’s your way of getting your name out in the community… Everything about your business is going to be based on networking.</p> <div class="wp-block-jobber-t3-pullquote-testimonial__author-container"> <div class="wp-block-jobber-t3-pullquote-testimonial__author-image"> <img src="headshot-64x64.webp" alt="" loading="lazy" width="64" height="64" /> </div> <figcaption class="wp-block-jobber-t3-pullquote-testimonial__author"> Christine Hodge <span class="wp-block-jobber-t3-pullquote-testimonial__title">Clearview Washing</span> </figcaption> </div> </figure></section>';
    const t = text(quote);
    expect(t).toContain('Join local networking groups.');
    expect(t).toContain('Everything about your business is going to be based on networking.');
    expect(t).toContain('Christine Hodge Clearview Washing');
    // A picture's caption is still left out of the text.
    expect(
      text('<figure><img src="a.jpg"><figcaption>Workers at the plant in 2016.</figcaption></figure>'),
    ).not.toContain('Workers at the plant');
  });

  it('a sentence that runs into a link keeps its linked words; a link alone is still a pointer', () => {
    const faq =
      '<h3><b>8. Can meditation help with anxiety and stress?</b></h3> <p><span style="font-weight: 400;">Yes, </span><a href="https://www.sciencedirect.com/science/article/pii/S2666497621000114" target="_blank" rel="noopener"><span style="font-weight: 400;">meditation has been shown to reduce stress and anxiety and improve overall mental well-being.</span></a></p>';
    expect(text(faq)).toContain(
      'Yes, meditation has been shown to reduce stress and anxiety and improve overall mental well-being.',
    );
    const pointer =
      '<p><a href="/2026/03/other-story.html">Meditation has been shown to reduce stress and anxiety.</a></p>';
    expect(text(pointer)).not.toContain('Meditation has been shown');
    // The same shape sending the reader to another page of this site is a pointer (Le Monde).
    const promo =
      '<p><strong>Revivez <a href="/pixels/live/2015/05/05/suivez-le-vote-de-la-loi-renseignement-en-direct_4628012_4408996.html">le direct du vote à l’Assemblée avec vos questions.</a></strong></p>';
    expect(text(promo)).not.toContain('Revivez');
  });

  it('a linked name that opens a paragraph of prose over <br> is its title; a linked line after the prose still goes', () => {
    const review =
      '<p class="dcr-130mj7b"><strong><a href="https://guardianbookshop.com/circular-motion-9781804711088/?utm_source=editoriallink&amp;utm_medium=merch&amp;utm_campaign=article">Circular Motion</a></strong> <br/><em>Alex Foster (Grove</em><em>)</em><br/> Alex Foster’s novel treats climate catastrophe through high-concept satire. A new technology of super-fast pods revolutionises travel: launched into low orbit from spring-loaded podiums, they fly west and land again in minutes.</p>';
    expect(text(review)).toContain('Circular Motion');
    const after =
      '<p>Alex Foster’s novel treats climate catastrophe through high-concept satire, with pods that fly west and land again in minutes, whatever the weather below them.<br/><a href="/2026/03/other-story.html">More climate fiction reviews</a></p>';
    expect(text(after)).not.toContain('More climate fiction reviews');
  });
});

describe('a numbered figure’s caption is the article’s text', () => {
  const page = (inner: string): string =>
    `<!doctype html><html><head><title>Benchmarking the new client</title></head><body><main><article><h1>Benchmarking the new client</h1>${PROSE.repeat(3)}${inner}${PROSE.repeat(2)}</article></main></body></html>`;
  const text = (inner: string): string => briefFromHtml(page(inner), { url: URL }).text;

  it('“Figure 1.”, “Abb. 2:”, “Table 3 –” captions stay; a picture’s description still goes', () => {
    expect(
      text(
        '<figure><img src="gas.png"><figcaption><em>Figure 1. Gas consumption per block, averaging 18.3 MGas with peaks of 36 MGas.</em></figcaption></figure>',
      ),
    ).toContain('Figure 1. Gas consumption per block, averaging 18.3 MGas with peaks of 36 MGas.');
    expect(
      text(
        '<div class="wp-caption"><img src="a.png"><p class="wp-caption-text">Abb. 2: Umsatz je Quartal</p></div>',
      ),
    ).toContain('Abb. 2: Umsatz je Quartal');
    expect(
      text('<table><caption>Table 3 – Results by region</caption><tr><td>North</td><td>12</td></tr></table>'),
    ).toContain('Table 3 – Results by region');
    expect(
      text('<figure><img src="a.jpg"><figcaption>Figures at the plant in 2016.</figcaption></figure>'),
    ).not.toContain('Figures at the plant');
  });
});
