/**
 * The brief keeps article text whatever it talks about (issue 13, item 2): articles about cookie
 * banners, newsletters and consent quote and list the very words of those notices, in five
 * languages. Every paragraph, intertitle and list item of their article is in Brief.text and never
 * reported as cleaned; read from HTML, and from the same text copied as plain text (where short
 * button labels alone, indistinguishable from a copied banner's, may go). Pages: the repro pages
 * of the hardening probe (fixtures/prose), the team's articles about banners (fixtures/consent).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefFromText } from '../index.js';
import { briefFromHtml, parseHtml } from '../../node/index.js';
import { normalizeSpace } from '../text/normalize.js';
import { isArticleProse, PROSE_WORDS } from './boilerplate-match.js';

const FIXTURES = resolve(import.meta.dirname, '..', '..', '..', 'fixtures');
const DIRS = [join(FIXTURES, 'prose'), join(FIXTURES, 'consent', 'prose'), join(FIXTURES, 'consent')];
/** The team's older articles about consent: everything in their article is article text. */
const ABOUT_CONSENT = /(article-about|artikel-ueber|articulo-sobre|article-sur|articolo-sui)/;

interface Page {
  name: string;
  html: string;
}
const pages: Page[] = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html') && (dir !== DIRS[2] || ABOUT_CONSENT.test(f)))
    .map((f) => ({ name: f, html: readFileSync(join(dir, f), 'utf8') })),
);

/** The article's own elements: those marked data-probe, else every paragraph, item and intertitle. */
function articleTexts(html: string): { title: string; lang: string; texts: string[] } {
  const doc = parseHtml(html);
  const marked = Array.from(doc.querySelectorAll('[data-probe]'));
  const els = marked.length
    ? marked.filter((e) => e.tagName !== 'UL' && e.tagName !== 'OL')
    : Array.from(doc.querySelectorAll('article p, article li, article h2, article blockquote'));
  const texts = els
    .filter((e) => e.tagName !== 'H1' && !(e.tagName === 'BLOCKQUOTE' && e.querySelector('p')))
    .map((e) => normalizeSpace(e.textContent ?? ''))
    .filter(Boolean);
  const title = normalizeSpace(doc.querySelector('h1')?.textContent ?? '');
  return { title, lang: doc.documentElement.getAttribute('lang') ?? 'und', texts };
}

const words = (t: string): number => t.split(' ').length;

describe('articles about consent and newsletters: the brief keeps every part of the article', () => {
  it('covers five languages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(13);
    const langs = new Set(pages.map((p) => articleTexts(p.html).lang));
    for (const l of ['fr', 'en', 'de', 'es', 'it']) expect(langs).toContain(l);
  });

  for (const page of pages) {
    it(`${page.name}: from the page`, () => {
      const { title, texts } = articleTexts(page.html);
      const brief = briefFromHtml(page.html, { url: 'https://news.example.org/2026/03/article.html' });
      expect(brief.article).toBe(true);
      expect(brief.title).toBe(title);
      const text = normalizeSpace(brief.text.replace(/\n+/g, ' '));
      const missing = texts.filter((t) => !text.includes(t));
      expect(missing).toEqual([]);
      const reported = brief.removed.map((r) => r.text);
      expect(reported.filter((r) => texts.some((t) => t.startsWith(r.replace(/…$/, ''))))).toEqual([]);
    });

    it(`${page.name}: copied as plain text`, () => {
      const { texts, lang } = articleTexts(page.html);
      const brief = briefFromText(texts.join('\n\n'), { lang });
      const text = normalizeSpace(brief.text.replace(/\n+/g, ' '));
      // Paragraphs of prose all stay; a lone label ("Tout accepter") may go, as a copied banner's would.
      const missing = texts.filter((t) => words(t) >= PROSE_WORDS && !text.includes(t));
      expect(missing).toEqual([]);
    });
  }
});

describe('isArticleProse', () => {
  it('a long paragraph that quotes or reports a notice is prose, in five languages', () => {
    for (const p of [
      '“We use cookies to improve your experience” has become the most-read sentence on the internet, according to researchers at Oxford, who found that most people click within two seconds.',
      'Pour les éditeurs, les cookies et autres traceurs financent la presse gratuite. « Sans ciblage publicitaire, nos revenus chuteraient de 40 % », affirme le directeur d’un groupe régional.',
      'En cliquant sur « Accepter », l’internaute autorise le dépôt de traceurs par des centaines de partenaires publicitaires, dont la liste figure rarement en clair, selon la CNIL.',
      '„Wir verwenden Cookies“ – dieser Satz stehe inzwischen auf fast jeder deutschen Website, sagte eine Sprecherin des Verbraucherzentrale Bundesverbands am Dienstag in Berlin.',
      'Cuando el lector rechazaba, los vídeos insertados mostraban el mensaje «Este contenido está bloqueado porque no ha aceptado las cookies», algo que la agencia no considera ilegal.',
      'Quando il lettore rifiuta, i contenuti incorporati vengono sostituiti da avvisi del tipo «Questo contenuto è bloccato perché non hai accettato i cookie», spiega il Garante.',
      'Monitor industry trends: stay informed about developments in your industry. Follow relevant news sources, subscribe to industry newsletters, and watch social media channels.',
    ])
      expect(isArticleProse(p), p).toBe(true);
  });

  it('a notice that asks the reader to choose, or a prompt, is not', () => {
    for (const p of [
      'En cliquant sur « J’accepte tous les cookies », vous autorisez des dépôts de cookies et autres traceurs pour le stockage de vos données sur nos sites et applications.',
      'This article includes content provided by X. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.',
      'There is plenty more where that came from. Sign up for The Morning Bell today to get the free daily newsletter delivered to your inbox every weekday.',
      'Lucas Nolan is a reporter for the tech desk covering issues of free speech and online censorship. Follow him on Twitter or email him at his work address.',
    ])
      expect(isArticleProse(p), p).toBe(false);
  });
});
