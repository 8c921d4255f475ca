/**
 * Consent detection on team-written pages modelled on the real markup in
 * design/consent-catalog.md (fixtures/consent/*.html) and on the example page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { findConsent, findScrollLocks, planEmbedNotice, type Finding } from './index.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

function page(name: string, url = 'https://www.example.org/article.html'): Document {
  return parseHtml(readFileSync(resolve(ROOT, 'fixtures', 'consent', name), 'utf8'), url);
}

interface Expect {
  selector: string;
  kind: Finding['kind'];
  provider?: string;
  url?: string | null;
  source?: string;
}

/** The findings, in order, are exactly these elements, kinds, providers and addresses. */
function expectFindings(doc: Document, expected: Expect[]): Finding[] {
  const found = findConsent(doc);
  const got = found.map((f) => ({
    el: f.element,
    kind: f.kind,
    provider: f.provider,
    url: f.url,
    source: f.source,
  }));
  expect(got.map((g) => g.kind)).toEqual(expected.map((e) => e.kind));
  expected.forEach((e, i) => {
    const g = got[i]!;
    expect(g.el, `finding ${i} should be ${e.selector}`).toBe(doc.querySelector(e.selector));
    if (e.provider !== undefined) expect(g.provider).toBe(e.provider);
    if (e.url !== undefined) expect(g.url).toBe(e.url);
    if (e.source !== undefined) expect(g.source).toBe(e.source);
  });
  return found;
}

/** No prose paragraph of the article (and no heading) is inside a finding. */
function articleIntact(doc: Document, found: Finding[], bodySelector: string): void {
  const body = doc.querySelector(bodySelector)!;
  const prose = Array.from(body.querySelectorAll(':scope > p, :scope > h2, :scope > ul')).filter(
    (p) => !found.some((f) => f.element === p),
  );
  expect(prose.length).toBeGreaterThan(3);
  for (const p of prose)
    for (const f of found) expect(f.element.contains(p), p.textContent ?? '').toBe(false);
}

describe('findConsent on consent fixtures', () => {
  it('FR regional daily: Didomi, two blocked embeds, Lire aussi, newsletter, scroll lock', () => {
    const doc = page('fr-regional-didomi.html');
    const found = expectFindings(doc, [
      {
        selector: '.embed-wrapper',
        kind: 'consent-embed',
        provider: 'youtube',
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      },
      { selector: '.lire-aussi', kind: 'boilerplate' },
      {
        selector: '.embed-container',
        kind: 'consent-embed',
        provider: 'instagram',
        url: 'https://www.instagram.com/p/C4xYz12AbCd/',
        source: 'overlay',
      },
      { selector: '.newsletter-box', kind: 'boilerplate' },
      { selector: '#didomi-host', kind: 'consent-banner', source: 'didomi' },
    ]);
    expect(found[0]!.lang).toBe('fr');
    articleIntact(doc, found, '.article-body');
    const locks = findScrollLocks(doc);
    expect(locks.map((l) => l.kind).sort()).toEqual(['class', 'overflow', 'scrollbar-padding']);
    expect(locks.find((l) => l.kind === 'class')!.classes).toEqual(['didomi-popup-open']);
  });

  it('EN Guardian-style: props JSON islands, newsletter skip links, Sourcepoint container', () => {
    const doc = page('en-guardian-sourcepoint.html');
    const found = expectFindings(doc, [
      {
        selector: 'gu-island[name="TweetBlockComponent"]',
        kind: 'consent-embed',
        provider: 'x',
        url: 'https://twitter.com/AVFCOfficial/status/1767000000000000001',
        source: 'guardian',
      },
      { selector: '.dcr-email-signup', kind: 'boilerplate' },
      {
        selector: 'gu-island[name="EmbedBlockComponent"]',
        kind: 'consent-embed',
        provider: 'tiktok',
        url: 'https://www.tiktok.com/@premierleague/video/7345678901234567890',
      },
      { selector: '#sp_message_container_1482251', kind: 'consent-banner', source: 'sourcepoint' },
    ]);
    articleIntact(doc, found, '.article-body-commercial-selector');
    expect(found[3]!.text).toBe('SP Consent Message');
    expect(findScrollLocks(doc)[0]).toMatchObject({
      kind: 'class',
      classes: ['sp-message-open'],
      consent: true,
    });
  });

  it('DE tech news: heise opt-in (noscript), Spiegel external content, Embed Privacy, consentmanager', () => {
    const doc = page('de-tech-news.html');
    const found = expectFindings(doc, [
      {
        selector: 'a-opt-in',
        kind: 'consent-embed',
        provider: 'youtube',
        url: 'https://www.youtube.com/watch?v=Xk9TcPqL2sE',
        source: 'heise',
      },
      { selector: '.related', kind: 'boilerplate' },
      {
        selector: '.spiegel-embed',
        kind: 'consent-embed',
        provider: 'x',
        url: 'https://twitter.com/BNetzA/status/1770000000000000002',
      },
      {
        selector: '.embed-privacy-container',
        kind: 'consent-embed',
        provider: 'instagram',
        url: 'https://www.instagram.com/p/DAbc123XyZ/',
      },
      { selector: '#cmpwrapper', kind: 'consent-banner', source: 'consentmanager' },
    ]);
    expect(found.every((f) => f.lang === 'de')).toBe(true);
    articleIntact(doc, found, '.article-content');
    const lock = findScrollLocks(doc).find((l) => l.kind === 'position')!;
    expect(lock.scrollY).toBe(1280);
    expect(lock.properties).toContain('top');
  });

  it('DE daily: Tagesspiegel (template), Golem, WELT, BR slider, ZEIT-style Pur wall, Usercentrics shadow host', () => {
    const doc = page('de-zeitung-usercentrics.html');
    const uc = doc.querySelector('#usercentrics-root')!;
    const shadow = uc.attachShadow({ mode: 'open' });
    const banner = doc.createElement('div');
    banner.setAttribute('data-testid', 'uc-default-banner');
    banner.textContent = 'Wir verwenden Cookies. Alle akzeptieren';
    shadow.append(banner);
    const found = expectFindings(doc, [
      {
        selector: '.embed-consent',
        kind: 'consent-embed',
        provider: 'x',
        url: 'https://twitter.com/SenStadtBerlin/status/1771234567890123456',
      },
      {
        selector: '.golem-embed',
        kind: 'consent-embed',
        provider: 'x',
        url: 'https://twitter.com/mieterverein/status/1771234567890123999',
      },
      {
        selector: '.welt-embed',
        kind: 'consent-embed',
        provider: 'instagram',
        url: 'https://www.instagram.com/p/Cwelt1234Ab/',
      },
      {
        selector: '.br-embed',
        kind: 'consent-embed',
        provider: 'youtube',
        url: 'https://www.youtube.com/watch?v=BrVideo0001',
        source: 'br',
      },
      { selector: '#usercentrics-root', kind: 'consent-banner', source: 'usercentrics' },
      { selector: '#data-protection-overlay', kind: 'consent-wall', source: 'zeit' },
    ]);
    articleIntact(doc, found, '.article-body');
    expect(findScrollLocks(doc)[0]!.classes).toEqual(['overflowHidden']);
  });

  it('ES daily: pay-or-accept wall, Quantcast, blocked Instagram with a leftover permalink', () => {
    const doc = page('es-diario-wall.html');
    const found = expectFindings(doc, [
      {
        selector: '.bloqueo-rrss',
        kind: 'consent-embed',
        provider: 'instagram',
        url: 'https://www.instagram.com/p/C9ViviendaXy/',
      },
      { selector: '.lee-tambien', kind: 'boilerplate' },
      { selector: '#qc-cmp2-container', kind: 'consent-banner', source: 'quantcast' },
      { selector: '#pmConsentWall', kind: 'consent-wall', source: 'elpais' },
    ]);
    expect(found[0]!.lang).toBe('es');
    articleIntact(doc, found, '.a_c');
  });

  it('IT daily: iubenda, contentpass-style wall, Cookiebot opt-out, blocked TikTok', () => {
    const doc = page('it-quotidiano-iubenda.html');
    const found = expectFindings(doc, [
      {
        selector: '.embed-social',
        kind: 'consent-embed',
        provider: 'spotify',
        url: 'https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk',
        source: 'cookiebot',
      },
      { selector: '.leggi-anche', kind: 'boilerplate' },
      {
        selector: '.social-placeholder',
        kind: 'consent-embed',
        provider: 'tiktok',
        url: 'https://www.tiktok.com/@comunemilano/video/7340000000000000003',
      },
      { selector: '#iubenda-cs-banner', kind: 'consent-banner', source: 'iubenda' },
      { selector: '.privacy-cp-wall', kind: 'consent-wall' },
    ]);
    expect(found[2]!.lang).toBe('it');
    articleIntact(doc, found, '.story__text');
  });

  it('NL news: Cookiebot placeholder, Lees ook, DPG Media consent in an open shadow root', () => {
    const doc = page('nl-nieuws-cookiebot.html');
    const host = doc.querySelector('#pg-shadow-root-host')!;
    // An empty host (the consent UI not built yet) is not reported.
    expect(findConsent(doc).some((f) => f.element === host)).toBe(false);
    const shadow = host.attachShadow({ mode: 'open' });
    const box = doc.createElement('div');
    box.textContent = 'Wij en onze partners gebruiken cookies om content en advertenties te personaliseren.';
    const ok = doc.createElement('button');
    ok.textContent = 'Akkoord';
    box.append(ok);
    shadow.append(box);
    const found = expectFindings(doc, [
      {
        selector: '.embed--facebook',
        kind: 'consent-embed',
        provider: 'facebook',
        url: 'https://www.facebook.com/utrecht/videos/123456789/',
      },
      { selector: '.read-also', kind: 'boilerplate' },
      { selector: '#pg-shadow-root-host', kind: 'consent-banner', source: 'dpg-media' },
    ]);
    expect(found[2]!.text).toContain('gebruiken cookies');
    articleIntact(doc, found, '.article__body');
  });

  it('EN magazine: BBC-style YouTube placeholder and six platforms at once', () => {
    const doc = page('en-blog-mixed-cmps.html');
    const found = expectFindings(doc, [
      {
        selector: '[data-testid="placeholder-embed-container"]',
        kind: 'consent-embed',
        provider: 'youtube',
        url: 'https://www.youtube.com/watch?v=aBcDeFgHiJk',
        source: 'bbc',
      },
      { selector: '#onetrust-consent-sdk', kind: 'consent-banner', source: 'onetrust' },
      { selector: '#truste-consent-track', kind: 'consent-banner', source: 'trustarc' },
      { selector: '.axeptio_mount', kind: 'consent-banner', source: 'axeptio' },
      { selector: '.fc-consent-root', kind: 'consent-banner', source: 'funding-choices' },
      { selector: '#tarteaucitronRoot', kind: 'consent-banner', source: 'tarteaucitron' },
      { selector: '#appconsent', kind: 'consent-banner', source: 'appconsent' },
    ]);
    articleIntact(doc, found, '.feature-body');
    // The footer's "Cookie Settings" link reopens the consent tool: it stays.
    expect(found.some((f) => f.element.contains(doc.querySelector('.optanon-show-settings')))).toBe(false);
    expect(findScrollLocks(doc)[0]!.classes).toEqual(['tac-modal-open']);
  });

  it('an unknown consent UI in an open shadow root is reported as its host', () => {
    const doc = page('en-article-about-consent.html');
    const host = doc.createElement('privacy-prompt');
    doc.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const box = doc.createElement('div');
    const p = doc.createElement('p');
    p.textContent = 'We use cookies to measure our audience and show you relevant ads.';
    const b = doc.createElement('button');
    b.textContent = 'Accept all';
    box.append(p, b);
    shadow.append(box);
    const found = findConsent(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ element: host, kind: 'consent-banner', source: 'phrase', lang: 'en' });
  });

  it('a consent UI inside a readable same-origin frame is found in the frame document', () => {
    const doc = page('en-article-about-consent.html');
    const frameDoc = parseHtml(
      '<html><body><div id="CybotCookiebotDialog"><p>This website uses cookies.</p><button>Allow all</button></div></body></html>',
    );
    const iframe = doc.createElement('iframe');
    Object.defineProperty(iframe, 'contentDocument', { value: frameDoc });
    doc.body.append(iframe);
    const found = findConsent(doc);
    expect(found).toHaveLength(1);
    expect(found[0]!.element).toBe(frameDoc.querySelector('#CybotCookiebotDialog'));
    expect(found[0]!.source).toBe('cookiebot');
  });
});

describe('articles about cookies stay whole', () => {
  for (const name of [
    'fr-article-sur-les-cookies.html',
    'en-article-about-consent.html',
    'de-artikel-ueber-cookies.html',
    'es-articulo-sobre-cookies.html',
    'it-articolo-sui-cookie.html',
  ]) {
    it(name, () => {
      const doc = page(name);
      expect(findConsent(doc)).toEqual([]);
    });
  }
});

describe('the example page (Le Monde-style, the seed article)', () => {
  const file = resolve(ROOT, 'examples', 'lemonde-ukraine', 'index.html');
  it('finds the blocked X post with its address, the Lire aussi line and the wall; leaves every article paragraph', () => {
    const doc = parseHtml(
      readFileSync(file, 'utf8'),
      'https://www.lemonde.fr/international/article/2026/01/24/ukraine-witkoff-dmitriev.html',
    );
    const found = findConsent(doc);
    const embed = found.find((f) => f.kind === 'consent-embed')!;
    expect(embed.provider).toBe('x');
    expect(embed.url).toMatch(/^https:\/\/(x|twitter)\.com\/\w+\/status\/\d+$/);
    expect(embed.text).toContain('Ce contenu est bloqué');
    expect(found.some((f) => f.kind === 'consent-wall')).toBe(true);
    // Every consent paragraph of the seed is inside a finding.
    const seedLines = [
      'Ce contenu est bloqué',
      'En cliquant sur « J’accepte »',
      'Vous gardez la possibilité',
      'Gérer mes choix',
      'J’accepte tous les cookies',
    ];
    for (const line of seedLines) {
      const holders = Array.from(doc.querySelectorAll('p, button')).filter((e) =>
        e.textContent?.includes(line),
      );
      expect(holders.length).toBeGreaterThan(0);
      for (const h of holders) expect(found.some((f) => f.element.contains(h))).toBe(true);
    }
    // No article paragraph is inside a finding.
    for (const p of Array.from(doc.querySelectorAll('p.article__paragraph, h1, h2.article__sub-title'))) {
      for (const f of found) expect(f.element.contains(p)).toBe(false);
    }
    expect(planEmbedNotice(embed, doc.documentElement.getAttribute('lang')).text).toBe(
      'Publication X bloquée par un réglage de consentement — l’ouvrir',
    );
    expect(findScrollLocks(doc).some((l) => l.classes.includes('popin-gdpr-no-scroll'))).toBe(true);
  });
});
