/**
 * Boilerplate removal on team-written pages (fixtures/boilerplate: one article per language with
 * every family of chrome, and four pages that are not articles), on the seed text, and phrase by
 * phrase in each language, with article sentences that must survive.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, SHARED } from '../../../bench/corpus.js';
import { parseHtml } from '../../node/index.js';
import { isConsentText, matchBoilerplate } from './boilerplate-match.js';
import { extractFromDocument, extractFromText } from './index.js';
import { isBylineLine, isDateLine } from './shapes.js';
import { countWords } from '../text/normalize.js';

const FIXTURES = resolve(import.meta.dirname, '..', '..', '..', 'fixtures', 'boilerplate');

interface Expectation {
  isArticle: boolean;
  lang: string;
  title?: string;
  siteName?: string;
  publishedTime?: string;
  /** Article text that must stay. */
  keep?: string[];
  /** Boilerplate that must be gone from the text. */
  drop?: string[];
}

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({
    name: f,
    html: readFileSync(join(FIXTURES, f), 'utf8'),
    expect: JSON.parse(readFileSync(join(FIXTURES, f.replace(/\.html$/, '.json')), 'utf8')) as Expectation,
  }));

describe('team-written pages', () => {
  it('cover five languages and four kinds of non-article', () => {
    expect(new Set(fixtures.filter((f) => f.expect.isArticle).map((f) => f.expect.lang))).toEqual(
      new Set(['fr', 'en', 'de', 'es', 'it']),
    );
    expect(fixtures.filter((f) => !f.expect.isArticle).length).toBe(4);
  });

  for (const f of fixtures) {
    it(`${f.name}: ${f.expect.isArticle ? 'article kept, boilerplate dropped' : 'not an article'}`, () => {
      const ex = extractFromDocument(parseHtml(f.html, 'https://news.example/article'), {});
      expect(ex.article).toBe(f.expect.isArticle);
      expect(ex.lang).toBe(f.expect.lang);
      if (!f.expect.isArticle) {
        expect(ex.reason).toBeTruthy();
        return;
      }
      const text = ex.blocks.map((b) => b.text).join('\n\n');
      for (const keep of f.expect.keep ?? []) expect(text).toContain(keep);
      for (const drop of f.expect.drop ?? []) expect(text).not.toContain(drop);
      expect(ex.title).toBe(f.expect.title);
      expect(ex.siteName).toBe(f.expect.siteName);
      expect(ex.publishedTime).toBe(f.expect.publishedTime);
      // Cleaned paragraphs are reported; the byline and date lines, the article's metadata, are
      // dropped from the text without being reported as cleaned. The intertitle stays a heading.
      const reported = ex.removed.filter((r) => r.kind === 'boilerplate').map((r) => r.text);
      expect(reported.length).toBeGreaterThanOrEqual(3);
      for (const r of reported) {
        expect(isBylineLine(r, countWords(r)), r).toBe(false);
        expect(isDateLine(r) || matchBoilerplate(r) === 'dateline', r).toBe(false);
      }
      expect(ex.blocks.filter((b) => b.kind === 'heading').length).toBeGreaterThanOrEqual(1);
    });
  }

  it('never changes the page it reads', () => {
    const f = fixtures.find((x) => x.name.startsWith('fr-quotidien'))!;
    const doc = parseHtml(f.html);
    const before = doc.documentElement.outerHTML;
    extractFromDocument(doc, {});
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

interface Gold {
  boilerplate: string[];
}

describe.skipIf(!HAS_SHARED)('the seed (text copied from a page with a blocked embed)', () => {
  if (!HAS_SHARED) return;
  const seed = readFileSync(join(SHARED, 'seed', '000_1587d152ec640068.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(SHARED, 'gold', 'seed-lemonde-ukraine.json'), 'utf8')) as Gold;
  const ex = extractFromText(seed);

  it('loses every consent paragraph, into removed', () => {
    expect(gold.boilerplate.length).toBe(7);
    const texts = ex.blocks.map((b) => b.text);
    for (const b of gold.boilerplate) {
      expect(texts).not.toContain(b);
      // Removed texts may be shortened (with a final …) for display.
      expect(ex.removed.some((r) => b.startsWith(r.text.replace(/…$/, '')) && r.kind === 'boilerplate')).toBe(
        true,
      );
    }
  });

  it('keeps every article paragraph and the intertitle', () => {
    const paragraphs = seed
      .split(/\n\s*\n/)
      .flatMap((c) => c.split('\n'))
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l && !gold.boilerplate.includes(l));
    expect(ex.blocks.map((b) => b.text)).toEqual(paragraphs);
    expect(ex.blocks.find((b) => b.text === '« Créer des conditions favorables »')?.kind).toBe('heading');
    expect(ex.blocks.filter((b) => b.kind === 'heading').length).toBe(1);
    expect(ex.lang).toBe('fr');
    expect(ex.article).toBe(true);
  });
});

describe('phrases, per language', () => {
  const consent = [
    'Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs.',
    'Gérer mes choix',
    'This article includes content provided by X. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.',
    'Allow and continue',
    'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.',
    'Empfohlener redaktioneller Inhalt',
    'Este contenido está bloqueado porque no ha aceptado las cookies.',
    'Questo contenuto è bloccato perché non hai accettato i cookie.',
    'Accetta e continua',
  ];
  it('recognise consent notices and their buttons in five languages', () => {
    for (const c of consent) expect(isConsentText(c), c).toBe(true);
  });

  const chrome: [string, string][] = [
    ['Lire aussi : Les critiques de la CNIL contre le projet de loi', 'related'],
    ['Read more: Alibaba poised to launch record-breaking listing', 'related'],
    ['Lesen Sie auch: Fernwärme wird teurer', 'related'],
    ['Leggi anche: Cantieri estivi, ecco le strade chiuse', 'related'],
    ['Lee también: La EMT estrena cuatro líneas nocturnas', 'related'],
    ['Sign up to our newsletter for exclusive updates and enhanced content', 'newsletter'],
    ['Abonnez-vous pour lire la suite', 'newsletter'],
    ['Continue reading the main story', 'continue'],
    ['A version of this article appears in print on , on Page A22 of the New York edition', 'print'],
    ['Image copyright Getty Images', 'credit'],
    ['Facebook Twitter WhatsApp', 'share'],
    [
      'Editorial Note: Talk Android may contain affiliate links on some articles. If you make a purchase through these links, we will earn a commission at no extra cost to you. Learn more.',
      'legal',
    ],
    [
      'Insight Wealth Strategies, LLC is a Registered Investment Adviser. Advisory services are only offered to clients where it is licensed. Past performance is no guarantee of future returns.',
      'legal',
    ],
    [
      'Thanks for baking along with me this week! Follow A Farmgirl’s Kitchen on Pinterest and YouTube for all the latest recipes, tips and seasonal menus.',
      'author',
    ],
  ];
  it('name the family of article chrome', () => {
    for (const [text, family] of chrome) expect(matchBoilerplate(text), text).toBe(family);
  });

  const prose = [
    'Les députés ont voté l’article 3, qui oblige les sites à demander le consentement avant de déposer des cookies publicitaires sur les terminaux des internautes.',
    'The regulator said that newsletters sent by political parties must let readers unsubscribe in one click, after complaints from thousands of voters.',
    'Read more than 200 pages of the report and you will find no mention of the budget.',
    'Die Verbraucherzentrale rät, Cookie-Banner genau zu lesen, bevor man auf „Alle akzeptieren“ klickt, weil sonst Daten an Werbepartner fließen.',
    'By contrast, prices in the south rose by 4 percent.',
    'Sign up rates for the programme doubled last year, officials said.',
    'If a message like this lands in your inbox, delete it without clicking the link.',
    'Vous recevrez dans votre boîte aux lettres un courrier de la caisse d’allocations familiales.',
    'The fund told investors that its past performance was strong, and that fees would fall by a quarter from next year.',
    'Millions follow the singer on YouTube, where her videos about farming have drawn a large audience since 2019.',
  ];
  it('leave article sentences about cookies, newsletters or reading alone', () => {
    for (const p of prose) expect(matchBoilerplate(p), p).toBeNull();
  });
});

describe('plain text in other languages', () => {
  it('takes a byline line for the byline and drops time stamps (fr)', () => {
    const long =
      'Le Grand Port maritime de Marseille a présenté mardi un plan de 180 millions d’euros pour raccorder au réseau électrique les navires qui stationnent sur ses quais.';
    const ex = extractFromText(
      ['Par Claire Fabre', 'Publié le 12 mars 2026 à 08h30', long, long].join('\n\n'),
    );
    expect(ex.byline).toBe('Claire Fabre');
    expect(ex.blocks.map((b) => b.text)).toEqual([long, long]);
  });

  it('drops a newsletter promotion fenced by skip links (en)', () => {
    const long =
      'The club confirmed on Friday that its manager would stay until the end of the season, ending weeks of speculation about his future after a run of five defeats.';
    const promo = [
      'skip past newsletter promotion',
      'Sign up to Football Daily',
      'Free daily newsletter',
      "Kick off your evenings with the Guardian's take on the world of football",
      'Enter your email address',
      'Sign up',
      'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.',
      'after newsletter promotion',
    ];
    const ex = extractFromText([long, ...promo, long].join('\n\n'));
    expect(ex.blocks.map((b) => b.text)).toEqual([long, long]);
    expect(ex.removed.length).toBe(promo.length);
  });

  it('drops consent paragraphs of a blocked embed and keeps the article (de)', () => {
    const text = [
      'Die Stadtwerke Kempten wollen bis 2028 einen Wärmespeicher mit 60.000 Kubikmetern Wasser bauen. Er soll überschüssige Wärme aus dem Müllheizkraftwerk im Sommer aufnehmen.',
      'Empfohlener redaktioneller Inhalt',
      'Mit Ihrer Zustimmung wird hier ein externes YouTube-Video (Google Ireland Limited) geladen.',
      'YouTube-Video jetzt laden',
      'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen (Google Ireland Limited) übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.',
      'Baubeginn im Herbst',
      '„Damit können wir im Jahr rund 9000 Tonnen Kohlendioxid einsparen“, sagte Geschäftsführer Markus Lehner am Montag. Der Stadtrat hatte dem Projekt im Dezember zugestimmt.',
    ].join('\n\n');
    const ex = extractFromText(text);
    expect(ex.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(ex.removed.length).toBe(4);
    expect(ex.lang).toBe('de');
  });
});

describe('what is reported as removed', () => {
  it('lists a repeated share bar once and says nothing of separators', () => {
    const prose =
      '<p>The council met on Tuesday and voted on the budget for the coming year, after a debate that lasted well into the night and ended with a narrow majority.</p>';
    const share = '<p>Facebook Twitter WhatsApp Email</p>';
    const doc = parseHtml(
      `<html lang="en"><body><article><h1>Budget passed</h1>${prose}${share}${prose}${share}<p>___</p>${prose}${share}</article></body></html>`,
      'https://news.example/budget',
    );
    const ex = extractFromDocument(doc, { owned: true });
    expect(ex.removed.map((r) => r.text)).toEqual(['Facebook Twitter WhatsApp Email']);
  });
});

describe('plain text: the headline', () => {
  const lead =
    'Les urgences de l’hôpital fermeront la nuit à partir du 1er juillet, faute de médecins en nombre suffisant, a confirmé mardi l’agence régionale de santé.';
  it('a short first line followed by prose is the title, kept as the heading, not a paragraph', () => {
    const ex = extractFromText(`Les urgences de Saint-Nazaire fermées la nuit\n\n${lead}`, { lang: 'fr' });
    expect(ex.title).toBe('Les urgences de Saint-Nazaire fermées la nuit');
    expect(ex.blocks[0]).toEqual({ kind: 'heading', text: 'Les urgences de Saint-Nazaire fermées la nuit' });
    expect(ex.blocks[1]!.text).toBe(lead);
    expect(
      extractFromText(`Faut-il fermer les urgences la nuit ?\n\nPar Jeanne Martin\n\n${lead}`, { lang: 'fr' })
        .title,
    ).toBe('Faut-il fermer les urgences la nuit ?');
  });
  it('a first line that is a sentence, a byline or alone is not', () => {
    expect(extractFromText(`${lead}\n\n${lead}`, { lang: 'fr' }).title).toBeNull();
    expect(extractFromText(`Par Jeanne Martin\n\n${lead}`, { lang: 'fr' }).title).toBeNull();
    expect(extractFromText(`Il a dit ceci :\n\n${lead}`, { lang: 'fr' }).title).toBeNull();
    expect(extractFromText('Un titre\n\nUne ligne courte.', { lang: 'fr' }).title).toBeNull();
    // A long first line ending in an exclamation is the lead of the story, not its headline.
    const long =
      'RICARDO Santos held up his hands after Saturday’s dire 2-0 defeat to Exeter City to admit: “We just weren’t good enough!”';
    expect(extractFromText(`${long}\n\n${lead}`, { lang: 'en' }).title).toBeNull();
  });
});
