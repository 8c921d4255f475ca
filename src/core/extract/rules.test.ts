/**
 * The shape and markup rules one by one, each with a case it must catch and a look-alike from
 * article prose it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { extractFromText } from './index.js';
import { rawBlocksFromElement } from './blocks.js';
import { cleanBlocks } from './clean.js';
import { pruneChrome } from './markup-rules.js';
import { isBylineLine, isDateLine, isGluedCredit, isShareBar, withoutTimeStamp } from './shapes.js';
import type { Removed } from '../types.js';

describe('shapes', () => {
  it('date lines in five languages, but not a live-blog time or a sentence with a date', () => {
    for (const d of [
      'Updated 3:27 am PST, Wednesday, November 20, 2019',
      '19.11.2019, 08:57',
      'Publié le 12 mars 2026 à 08h30',
      'Veröffentlicht am 20. Januar 2026, 06:00 Uhr',
      'Actualizado el 8 de abril de 2026 a las 09:00',
      'Pubblicato il 14 maggio 2026 alle 07:45',
    ]) {
      expect(isDateLine(d), d).toBe(true);
    }
    expect(isDateLine('4:14 p.m.')).toBe(false);
    expect(isDateLine('The strike began on November 20, 2019 in Paris.')).toBe(false);
  });

  it('bylines, not sentences that start with "By"', () => {
    expect(isBylineLine('By Justine Coleman - 11/18/19 11:04 PM EST', 8)).toBe(true);
    expect(isBylineLine('Par Claire Fabre', 3)).toBe(true);
    expect(isBylineLine('Von Anna Berger und Max Muster', 6)).toBe(true);
    expect(isBylineLine('By contrast, prices in the south rose by 4 percent.', 10)).toBe(false);
    expect(isBylineLine('By Monday the river had fallen by a metre.', 9)).toBe(false);
  });

  it('bylines lose the time stamp their element held, names never lose a word', () => {
    const cases: [string, string][] = [
      ['Sarah Archer 1:39 PM ET', 'Sarah Archer'],
      ['Joshua Sokol May 20, 2019', 'Joshua Sokol'],
      ['Carrie ArnoldNovember 15, 2019', 'Carrie Arnold'],
      ['Claire Dumas - 12 mars 2026 à 07:45', 'Claire Dumas'],
      ['Jeff Foust — November 18, 2019', 'Jeff Foust'],
      ['Reuters,', 'Reuters'],
      ['Last Updated: January 7, 2025', ''],
      ['Mark De Luca', 'Mark De Luca'],
      ['Anna May Wong', 'Anna May Wong'],
    ];
    for (const [byline, name] of cases) expect(withoutTimeStamp(byline)).toBe(name);
  });

  it('share bars and glued credits', () => {
    expect(isShareBar('Facebook Twitter E-mail')).toBe(true);
    expect(isShareBar('WhatsApp Facebook Print')).toBe(true);
    expect(isShareBar('Facebook said it would appeal')).toBe(false);
    expect(isGluedCredit('CreditKevin Frayer/Getty Images', 4)).toBe(true);
    expect(isGluedCredit('Credit card debt rose again', 5)).toBe(false);
  });
});

function clean(html: string, url: string | null = null): { texts: string[]; removed: Removed[] } {
  const root = parseHtml(
    `<!doctype html><html><body><div id="root">${html}</div></body></html>`,
  ).getElementById('root')!;
  const removed: Removed[] = [];
  pruneChrome(root, removed);
  const raw = rawBlocksFromElement(root);
  const blocks = cleanBlocks(raw, { title: null, byline: null, tailFrom: 0, url }, removed);
  return { texts: blocks.map((b) => b.text), removed };
}

const PROSE =
  '<p>The council approved the plan on Monday after a long debate about its cost, which has doubled since the first estimate in 2021.</p>';

describe('markup', () => {
  it('drops a list of headline links, keeps a list of linked sentences', () => {
    const headlines =
      '<ul><li><a href="/a">Rail line reopens</a></li><li><a href="/b">New cycle lanes</a></li><li><a href="/c">School places</a></li></ul>';
    const changelog =
      '<ul><li>Ana fixed <a href="/1">bug 12</a>, which froze the editor when a file was renamed during a save.</li><li>Tom added <a href="/2">tests</a> for the importer and removed two obsolete options from the settings page.</li></ul>';
    const { texts } = clean(PROSE.repeat(6) + headlines + changelog);
    expect(texts.join(' ')).not.toContain('Rail line reopens');
    expect(texts.join(' ')).toContain('Ana fixed bug 12');
  });

  it('drops the cards of other stories that close an article, keeps the parts of a guide', () => {
    const card = (href: string, title: string): string =>
      `<h3><a href="${href}">${title}</a></h3><p>For travellers seeking a blend of relaxation and culture, few trips rival a week on the river, our writer found on a visit this spring, when the boats were full and the towns along the banks were getting ready for the summer festivals.</p>`;
    const cards = ['Hotel review', 'Golf by the sea', 'River cruises'].map((t, i) => card(`/story-${i}/`, t));
    const page = 'https://example.com/travel/rental-cars/';
    const { texts } = clean(PROSE.repeat(6) + cards.join(''), page);
    expect(texts.join(' ')).not.toContain('River cruises');
    expect(texts.join(' ')).toContain('The council approved');
    const parts = ['Step 1', 'Step 2', 'Step 3'].map((t, i) => card(`/travel/rental-cars/step-${i}`, t));
    expect(clean(PROSE.repeat(6) + parts.join(''), page).texts.join(' ')).toContain('Step 3');
    // A round-up of the site's reviews is the article itself.
    const roundup =
      PROSE + ['A', 'B', 'C', 'D', 'E', 'F'].map((t, i) => card(`/review-${i}/`, `Camera ${t}`)).join('');
    expect(clean(roundup, page).texts.join(' ')).toContain('Camera F');
  });

  it('drops a form inside the article (its field labels), keeps a form that wraps the article', () => {
    const lead =
      '<form><h3>Request our free ebook</h3><label>First Name*</label><input name="f"><label>Email*</label><input type="email"></form>';
    const { texts } = clean(PROSE.repeat(6) + lead);
    expect(texts.join(' ')).not.toContain('First Name');
    expect(texts.join(' ')).toContain('The council approved');
    const page = clean(`${PROSE.repeat(4)}<form id="aspnetForm">${PROSE}<label>Search</label></form>`);
    expect(page.texts.filter((t) => t.startsWith('The council approved'))).toHaveLength(5);
  });

  it('drops chrome by class name, but never most of the article', () => {
    const { texts, removed } = clean(
      `${PROSE.repeat(6)}<div class="share-tools"><p>Share on Facebook</p></div>`,
    );
    expect(texts.length).toBe(6);
    expect(removed.map((r) => r.text)).toContain('Share on Facebook');
    const wrapped = clean(`<div class="post tag-politics">${PROSE.repeat(6)}</div>`);
    expect(wrapped.texts.length).toBe(6);
  });

  it('drops runs of teasers, keeps intertitles between paragraphs', () => {
    const teasers = ['RANDY ANDY', 'TIME TRAVELLER', 'EYE POPPING']
      .map((k, i) => `<h3>${k}</h3><p>Someone did something surprising in story number ${i}</p>`)
      .join('');
    const { texts } = clean(PROSE + teasers + PROSE + '<h2>What comes next</h2>' + PROSE);
    expect(texts).not.toContain('RANDY ANDY');
    expect(texts).toContain('What comes next');
    expect(texts.length).toBe(4);
  });

  it('drops a heading left at the very end (the label of an empty widget), keeps the last intertitle before prose', () => {
    const { texts, removed } = clean(PROSE + '<h2>Outlook</h2>' + PROSE + '<h2>Popular on the site</h2>');
    expect(texts).toContain('Outlook');
    expect(texts).not.toContain('Popular on the site');
    expect(removed.map((r) => r.text)).toContain('Popular on the site');
  });

  it('keeps a linked heading that introduces prose (a listicle item), drops linked teaser headings', () => {
    const item =
      '<h2><a href="/film/7">7) Call Me by Your Name</a></h2><p>Luca Guadagnino’s film follows a summer romance in northern Italy, and its final scene, a long take by the fireplace, is one of the most moving of the decade. Timothée Chalamet, then twenty-one, earned an Oscar nomination for the role, the youngest actor in eighty years to do so.';
    const teasers = '<h3><a href="/x">Rail line reopens</a></h3><p>Short summary.</p>';
    const { texts } = clean(PROSE + item + PROSE + teasers);
    expect(texts).toContain('7) Call Me by Your Name');
    expect(texts).not.toContain('Rail line reopens');
  });

  it('drops a table of contents (a list named so, of links to the headings), keeps a list of section links the prose presents', () => {
    const sections = ['Why costs rose', 'What comes next'];
    const body = sections.map((h) => `<h2 id="${h}">${h}</h2>${PROSE}`).join('');
    const links = sections.map((h) => `<li><a href="#${h}">${h}</a></li>`).join('');
    const toc = `<div class="post-toc"><h4>Table of Contents</h4><ul>${links}</ul></div>`;
    const { texts, removed } = clean(PROSE + toc + body);
    expect(texts.filter((t) => t === 'Why costs rose')).toHaveLength(1);
    expect(texts).not.toContain('Table of Contents');
    expect(removed.map((r) => r.text).join(' ')).not.toContain('Why costs rose');
    const presented = `<p>Use the section links below to skip ahead.</p><ol>${links}</ol>`;
    expect(clean(PROSE + presented + body).texts.filter((t) => t === 'Why costs rose')).toHaveLength(2);
    // Named a table of contents, but its links lead to notes, not to the article's headings.
    const notes =
      '<ol class="toc"><li><a href="#n1">Smith 2019</a></li><li><a href="#n2">Jones 2021</a></li></ol>';
    expect(clean(PROSE + notes + body).texts.join(' ')).toContain('Smith 2019');
  });

  it('drops the label of a table of contents in six languages, keeps a sentence that starts like one', () => {
    for (const label of [
      'Table of Contents',
      'Sommaire',
      'Inhaltsverzeichnis',
      'Índice de contenidos',
      'Indice dei contenuti',
      'Inhoudsopgave',
    ])
      expect(clean(`${PROSE}<p>${label}</p>${PROSE}`).texts, label).not.toContain(label);
    const sentence = 'In this article, the council explains why the cost of the plan has doubled since 2021.';
    expect(clean(`${PROSE}<p>${sentence}</p>`).texts).toContain(sentence);
  });

  it('keeps the speaker of a pull quote named "author", drops the page author\'s box', () => {
    const quote =
      '<figure class="pullquote"><blockquote><p>Join local networking groups.</p></blockquote><div class="pullquote__author"><p>Christine Hodge, Clearview Washing</p></div></figure>';
    const bio = '<div class="author-box"><p>Jane Doe writes about cities.</p></div>';
    const { texts } = clean(PROSE.repeat(4) + quote + PROSE + bio);
    expect(texts).toContain('Christine Hodge, Clearview Washing');
    expect(texts).not.toContain('Jane Doe writes about cities.');
  });

  it('turns a paragraph with a trailing photo credit into a caption without the credit', () => {
    const html = parseHtml(
      '<!doctype html><html><body><div><p>Protesters marched through the centre (Image: GETTY)</p></div></body></html>',
    );
    const blocks = cleanBlocks(
      rawBlocksFromElement(html.body),
      { title: null, byline: null, tailFrom: 0 },
      [],
    );
    expect(blocks).toEqual([{ kind: 'caption', text: 'Protesters marched through the centre' }]);
  });
});

describe('plain text intertitles', () => {
  it('a short line without a final stop between two paragraphs, not a lead-in ending with a colon', () => {
    const long =
      'Les négociations ont repris mardi à Genève entre les deux délégations, sous médiation suisse et en présence des observateurs de l’ONU.';
    const ex = extractFromText([long, 'Un accord encore lointain', long, 'Il a ajouté :', long].join('\n\n'));
    expect(ex.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });
  it('a short quote sentence closed the German way („…“, and inward »…«) is a paragraph, not a title', () => {
    const long =
      'Die Strecke zwischen Kassel und Göttingen bleibt nach dem Unwetter bis zum Frühjahr gesperrt, teilte die Bahn am Montag in Berlin mit.';
    const ex = extractFromText(
      [
        long,
        'ADAC-Sprecher Hans Müller sagte: „Die Sicherheit geht vor.“',
        long,
        'Müller sagte: »Wir warten ab.«',
        long,
      ].join('\n\n'),
    );
    expect(ex.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });
  it('a short quoted sentence with French spacing (« … . ») is a paragraph; a quoted title (« … ») stays a title', () => {
    const long =
      'Le trafic ferroviaire a été interrompu mardi entre Lyon et Grenoble après la chute d’un arbre sur la voie, a indiqué la SNCF.';
    const ex = extractFromText(
      [long, '« Nous présentons nos excuses aux voyageurs. »', long, '« Un hiver difficile »', long].join(
        '\n\n',
      ),
    );
    expect(ex.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
    ]);
  });
});
