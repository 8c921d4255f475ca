/**
 * Boxes that do not say what they are in the usual words (issue 10): a newsletter pitch whose only
 * call is a short link to the newsletter page or a mailing service, a signup frame (Substack,
 * Beehiiv), a field typed as text but filled as an e-mail address, and a "read also" label over one
 * teaser card (a linked headline and its standfirst). And what stays: the article's own sentence
 * that links to the newsletter, a list of the site's pages with a newsletter entry, a label over a
 * paragraph of prose with a link in it.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { isHidden, noProseHidden as noProse } from './test-helpers.js';

const PROSE = [
  'The city council voted on Tuesday to extend the tram line to the northern districts, after two years of studies and a public consultation that drew more than four thousand replies.',
  'Opponents of the project said the cost had doubled since the first estimate, while the mayor argued that the new line would take thousands of cars off the road every day.',
  'Work is due to start next spring and should last about three years, the transport authority said, adding that bus routes would be changed during the construction.',
];

function page(box: string, lang = 'en'): Document {
  const ps = PROSE.map((p) => `<p>${p}</p>`);
  return parseHtml(
    `<html lang="${lang}"><body><main><article><h1>Tram line extended</h1><div class="body">${ps[0]}${ps[1]}${box}${ps[2]}</div></article></main></body></html>`,
    'https://news.example/article',
  );
}

const noProseHidden = (doc: Document): void => {
  noProse(doc, PROSE);
};

describe('plain newsletter pitches and teaser cards', () => {
  it('hides a pitch whose only call is a short link to the newsletter page', () => {
    const doc = page(
      '<div class="wp-block-group" id="box"><h2>The Echo Morning</h2><p>Five local stories before 7am, every weekday, picked by our editors.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/newsletters/morning/">Get it free</a></div></div></div>',
    );
    expect(isHidden(doc, doc.querySelector('#box h2'))).toBe(true);
    noProseHidden(doc);
  });

  it('hides a German pitch whose button leads to a Mailchimp short link', () => {
    const doc = page(
      '<div class="infobox" id="box"><h3>Der Morgen am Neckar</h3><p>Jeden Werktag um 6 Uhr: was die Region heute bewegt.</p><a class="btn" href="http://eepurl.com/iQx7Zb">Kostenlos bestellen</a></div>',
      'de',
    );
    expect(isHidden(doc, doc.querySelector('#box h3'))).toBe(true);
    noProseHidden(doc);
  });

  it('hides a signup frame of a mailing service with its heading and pitch', () => {
    const doc = page(
      '<div class="wp-block-group" id="box"><h3>The Ledger, by email</h3><p>Our weekly read on the money behind local politics.</p><iframe src="https://riversideledger.substack.com/embed" width="480" height="150"></iframe></div>',
    );
    expect(isHidden(doc, doc.querySelector('#box h3'))).toBe(true);
    noProseHidden(doc);
  });

  it('hides a signup whose field is typed text filled as an e-mail address', () => {
    const doc = page(
      '<div class="infobox" id="box"><h3>Blaulicht-Ticker</h3><p>Polizei- und Feuerwehrmeldungen aus dem Kreis, einmal am Abend.</p><form action="/subscribe" method="post"><input type="text" name="mail" autocomplete="email"><button type="submit">Eintragen</button></form></div>',
      'de',
    );
    expect(isHidden(doc, doc.querySelector('#box h3'))).toBe(true);
    noProseHidden(doc);
  });

  it('keeps the article’s own sentence that links to the newsletter page', () => {
    const doc = page(
      '<p id="own">Our <a href="/newsletters/morning/">morning newsletter</a> first reported the funding gap in January, when the council’s own figures showed the project was short of money.</p>',
    );
    expect(isHidden(doc, doc.querySelector('#own'))).toBe(false);
    noProseHidden(doc);
  });

  it('keeps a list of the site’s pages that has a newsletter entry', () => {
    const doc = page(
      '<div class="links" id="menu"><span>Company</span> <a href="/about">About</a> <a href="/newsletters/">Subscribe</a> <a href="/contact">Contact</a> <a href="/jobs">Jobs</a> <a href="/press">Press</a></div>',
    );
    expect(isHidden(doc, doc.querySelector('#menu a'))).toBe(false);
    noProseHidden(doc);
  });

  it('hides a "read also" label over one teaser card with its standfirst', () => {
    const doc = page(
      '<section class="encadre" id="box"><p class="label">À lire aussi</p><div class="teaser"><a href="/estuaire/2025/11/04/tramway-concertation.html"><h3>Tramway : ce que les habitants ont dit pendant la concertation</h3></a><p>Plus de 2 000 contributions ont été déposées en six semaines.</p></div></section>',
      'fr',
    );
    expect(isHidden(doc, doc.querySelector('#box h3'))).toBe(true);
    noProseHidden(doc);
  });

  it('hides a card right after a related label', () => {
    const doc = page(
      '<h4 id="label">Te puede interesar</h4><div class="card" id="card"><a href="/bahia/2025-12-02/carril-bici.html"><h3>El carril bici del paseo duplica sus usuarios</h3></a><p>Más de 6.000 ciclistas lo recorren cada día laborable.</p></div>',
      'es',
    );
    expect(isHidden(doc, doc.querySelector('#card h3'))).toBe(true);
    expect(isHidden(doc, doc.querySelector('#label'))).toBe(true);
    noProseHidden(doc);
  });

  it('keeps a paragraph of prose with one link under a label', () => {
    const doc = page(
      `<div id="box"><p class="label">Read more</p><p id="own">The consultation report, <a href="/2025/11/report.html">published in November</a>, found that most residents wanted the line.</p></div>`,
    );
    expect(isHidden(doc, doc.querySelector('#own'))).toBe(false);
    noProseHidden(doc);
  });
});
