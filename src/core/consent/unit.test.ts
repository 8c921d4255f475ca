/** Unit tests of the pure helpers: addresses and providers, notice wording, phrase folding, scroll locks. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHtml } from '../../node/index.js';
import {
  cleanUrl,
  findConsent,
  findScrollLocks,
  matchForm,
  planEmbedNotice,
  providerOfUrl,
} from './index.js';
import { matchesCategory, matchesUnquoted } from './phrases.js';

describe('embed addresses and providers', () => {
  it('turns embed addresses into pages a reader can open', () => {
    expect(cleanUrl('//www.youtube-nocookie.com/embed/Xk9TcPqL2sE?rel=0', null)).toBe(
      'https://www.youtube.com/watch?v=Xk9TcPqL2sE',
    );
    expect(cleanUrl('https://platform.twitter.com/embed/Tweet.html?id=1234567890', null)).toBe(
      'https://x.com/i/status/1234567890',
    );
    expect(cleanUrl('https://www.instagram.com/p/AbC-12/embed/captioned/', null)).toBe(
      'https://www.instagram.com/p/AbC-12/',
    );
    // Unlisted Vimeo videos open with their hash; click-tracking parameters are dropped.
    expect(cleanUrl('https://player.vimeo.com/video/812345678?h=4f2c1a9b0d&title=0', null)).toBe(
      'https://vimeo.com/812345678/4f2c1a9b0d',
    );
    expect(cleanUrl('https://www.instagram.com/p/DGp4xYz7Lmn/?utm_source=ig_embed&igsh=x1', null)).toBe(
      'https://www.instagram.com/p/DGp4xYz7Lmn/',
    );
    expect(cleanUrl('https://twitter.com/a/status/1?ref_src=twsrc%5Etfw&lang=fr', null)).toBe(
      'https://twitter.com/a/status/1?lang=fr',
    );
    expect(cleanUrl('javascript:Cookiebot.renew()', null)).toBeNull();
    expect(cleanUrl('/relative', null)).toBeNull();
    expect(cleanUrl('/relative', 'https://site.example/a/b')).toBe('https://site.example/relative');
  });

  it('names providers by host', () => {
    expect(providerOfUrl('https://x.com/a/status/1')).toBe('x');
    expect(providerOfUrl('https://mobile.twitter.com/a/status/1')).toBe('x');
    expect(providerOfUrl('https://youtu.be/abc')).toBe('youtube');
    expect(providerOfUrl('https://www.tiktok.com/@a/video/1')).toBe('tiktok');
    expect(providerOfUrl('https://fb.watch/xyz')).toBe('facebook');
    expect(providerOfUrl('https://open.spotify.com/episode/1')).toBe('spotify');
    expect(providerOfUrl('https://podcasts.apple.com/fr/podcast/x/id1')).toBe('podcast');
    expect(providerOfUrl('https://www.dailymotion.com/video/x8')).toBe('other');
  });

  it('recovers an address from base64 HTML (Borlabs) and a tweet id', () => {
    const html = '<iframe src="https://www.youtube.com/embed/AAAAAAAAAAA"></iframe>';
    const b64 = Buffer.from(html).toString('base64');
    const doc = parseHtml(
      `<html lang="de"><body><article><p>${'Prosa über den Ausbau der Netze und die Folgen für die Kunden. '.repeat(3)}</p>
      <div class="_brlbs-content-blocker"><div class="_brlbs-embed" data-borlabs-cookie-content="${b64}"><p>Klicken Sie auf den unteren Button, um den Inhalt von YouTube zu laden.</p><a class="_brlbs-btn" href="#">Inhalt laden</a></div></div>
      <p>${'Weitere Prosa über den Ausbau und die Förderung durch den Bund. '.repeat(3)}</p>
      <div class="consent-placeholder" data-tweet-id="1770000000000000009"><p>Externer Inhalt</p><button>Inhalt laden</button></div></article></body></html>`,
    );
    const found = findConsent(doc);
    expect(found.map((f) => [f.provider, f.url])).toEqual([
      ['youtube', 'https://www.youtube.com/watch?v=AAAAAAAAAAA'],
      ['x', 'https://x.com/i/status/1770000000000000009'],
    ]);
  });

  it('reads the address from raw noscript text, as browsers keep it when scripts run', () => {
    const doc = parseHtml(
      '<html><body><div class="gdpr-embed-placeholder"><p>Ce contenu est bloqué car vous n’avez pas accepté les cookies.</p><button>J’accepte</button></div></body></html>',
    );
    const ns = doc.createElement('noscript');
    ns.textContent =
      '<blockquote class="twitter-tweet"><a href="https://twitter.com/a/status/42">x</a></blockquote>';
    doc.querySelector('.gdpr-embed-placeholder')!.append(ns);
    const [f] = findConsent(doc);
    expect(f).toMatchObject({ kind: 'consent-embed', provider: 'x', url: 'https://twitter.com/a/status/42' });
  });

  it('takes a blank frame whose address waits in a consent manager attribute, and only such a frame', () => {
    const prose = '<p>' + 'Article prose that says nothing of the frames around it. '.repeat(4) + '</p>';
    const doc = parseHtml(
      `<html><body><main>${prose}
      <div id="waiting"><iframe suppressedsrc="https://www.youtube.com/embed/Lm3nOp4QrS5" src="about:blank" width="640" height="360"></iframe></div>
      <div id="loaded"><iframe data-cmp-src="https://www.youtube.com/embed/Ab9cDe0fGh1" src="https://www.youtube.com/embed/Ab9cDe0fGh1" width="640" height="360"></iframe></div>
      <div id="hidden"><iframe data-privacy-src="https://www.youtube.com/embed/Hs5tUv6WxY7" src="" style="display:none"></iframe></div>
      <div id="pixel"><iframe data-cmp-src="https://www.youtube.com/embed/Zz9cDe0fGh1" width="1" height="1"></iframe></div>
      <div id="no-consent-attr"><iframe data-src="https://www.youtube.com/embed/Qq9cDe0fGh1" width="640" height="360"></iframe></div>
      ${prose}</main></body></html>`,
    );
    const found = findConsent(doc);
    expect(found.map((f) => [f.element.closest('[id]')?.id, f.kind, f.url])).toEqual([
      ['waiting', 'consent-embed', 'https://www.youtube.com/watch?v=Lm3nOp4QrS5'],
    ]);
  });
});

describe('notice wording in the page language', () => {
  const x = { provider: 'x' as const, url: 'https://x.com/a/status/1' };
  it('agrees in gender and offers the link only when there is an address', () => {
    expect(planEmbedNotice(x, 'en-GB').text).toBe('Post on X blocked by a consent setting — open it');
    expect(planEmbedNotice(x, 'fr').text).toBe(
      'Publication X bloquée par un réglage de consentement — l’ouvrir',
    );
    expect(planEmbedNotice({ provider: 'podcast', url: null }, 'fr').text).toBe(
      'Podcast bloqué par un réglage de consentement',
    );
    expect(
      planEmbedNotice({ provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }, 'de').text,
    ).toBe('YouTube-Video wegen einer Einwilligungseinstellung blockiert — öffnen');
    expect(planEmbedNotice(x, 'es').text).toBe(
      'Publicación de X bloqueada por un ajuste de consentimiento — abrirla',
    );
    expect(planEmbedNotice({ provider: 'youtube', url: 'https://youtu.be/dQw4w9WgXcQ' }, 'es').text).toBe(
      'Vídeo de YouTube bloqueado por un ajuste de consentimiento — abrirlo',
    );
    expect(planEmbedNotice(x, 'it').text).toBe(
      'Post su X bloccato da un’impostazione del consenso — aprirlo'.replace('’', "'"),
    );
    expect(planEmbedNotice({ provider: null, url: null }, 'pt').linkText).toBeNull();
    expect(planEmbedNotice({ provider: null, url: null }, 'pt').label).toBe(
      'Embedded content blocked by a consent setting',
    );
  });
});

describe('phrase folding', () => {
  it('folds apostrophes, guillemets and spaces', () => {
    expect(matchForm('En cliquant sur « J’accepte »,\u00a0les')).toBe('en cliquant sur"j\'accepte", les');
  });
  it('ignores phrases inside quotation marks', () => {
    const t = matchForm('Le message « Nous utilisons des cookies » apparaît partout.');
    expect(matchesCategory(t, 'banner')).toBe(true);
    expect(matchesUnquoted(t, 'banner')).toBe(false);
    expect(matchesUnquoted(matchForm('En cliquant sur « J’accepte », vous acceptez.'), 'explanation')).toBe(
      true,
    );
  });
  it('knows labels only as whole texts', () => {
    expect(matchesCategory(matchForm('Alle akzeptieren'), 'label')).toBe(true);
    expect(matchesCategory(matchForm('Wir haben alle akzeptieren müssen'), 'label')).toBe(false);
  });
});

describe('scroll locks', () => {
  it('describes classes, inline locks, saved offsets, blur and scrollbar padding', () => {
    const doc = parseHtml(
      '<html class="with-cookie-popup js"><body class="home modal-open" style="overflow-y:hidden;position:fixed;top:-420px;padding-right:17px;pointer-events:none"><div id="page" style="filter: blur(4px)"></div></body></html>',
    );
    const locks = findScrollLocks(doc);
    const kinds = locks.map((l) => `${l.element.tagName}:${l.kind}`);
    expect(kinds).toEqual([
      'HTML:class',
      'BODY:overflow',
      'BODY:position',
      'BODY:pointer-events',
      'BODY:scrollbar-padding',
      'DIV:blur',
    ]);
    expect(locks[0]).toMatchObject({ classes: ['with-cookie-popup'], consent: true });
    expect(locks.find((l) => l.kind === 'position')!.scrollY).toBe(420);
  });
  it('finds nothing on an unlocked page, nor in a horizontal overflow:hidden', () => {
    expect(findScrollLocks(parseHtml('<html><body class="article"><p>x</p></body></html>'))).toEqual([]);
    expect(
      findScrollLocks(parseHtml('<html><body style="overflow-x: hidden"><p>x</p></body></html>')),
    ).toEqual([]);
    const computedLike = {
      getPropertyValue: (p: string) => (p === 'overflow' ? 'hidden auto' : p === 'overflow-y' ? 'auto' : ''),
    };
    expect(findScrollLocks(parseHtml('<html><body><p>x</p></body></html>'), () => computedLike)).toEqual([]);
  });
});

describe('markup candidates', () => {
  it('every platform rule can fire: a contentpass wall, named only by its id, is found', () => {
    const doc = parseHtml(
      '<html><body><article><p>Article text.</p></article><div id="contentpass-wall"><p>Lesen Sie mit Werbung oder mit contentpass.</p><button>Zustimmen</button></div></body></html>',
    );
    const found = findConsent(doc);
    expect(found.map((f) => [f.element.id, f.kind, f.source])).toEqual([
      ['contentpass-wall', 'consent-wall', 'contentpass'],
    ]);
  });
});

describe('notices tell the truth (issue 13, item 6)', () => {
  it('names a provider only from the host of an http(s) address without credentials', () => {
    expect(cleanUrl('https://x.com@evil.example/status/1', null)).toBeNull();
    expect(cleanUrl('https://user:pw@www.youtube.com/embed/dQw4w9WgXcQ', null)).toBeNull();
    expect(providerOfUrl('https://x.com.evil.example/a/status/1')).toBe('other');
    expect(providerOfUrl('https://evil.example/podcast/episode-1')).toBe('other');
    expect(planEmbedNotice({ provider: 'x', url: 'https://evil.example/login?next=x.com' }, 'en').text).toBe(
      'Embedded content from evil.example blocked by a consent setting — open it',
    );
    expect(planEmbedNotice({ provider: 'x', url: 'https://evil.example/a' }, 'fr').label).toBe(
      'Contenu intégré provenant de evil.example bloqué par un réglage de consentement',
    );
    expect(
      planEmbedNotice({ provider: 'x', url: 'https://x.com@evil.example/status/1' }, 'en'),
    ).toMatchObject({
      url: null,
      linkText: null,
      provider: 'other',
      label: 'Embedded content blocked by a consent setting',
    });
    expect(planEmbedNotice({ provider: 'youtube', url: 'javascript:alert(1)' }, 'de').url).toBeNull();
    // No address at all: the provider the placeholder names is said, without a link.
    expect(planEmbedNotice({ provider: 'x', url: null }, 'en').text).toBe(
      'Post on X blocked by a consent setting',
    );
  });

  it('on a page whose placeholders claim one provider and point elsewhere', () => {
    const doc = parseHtml(
      readFileSync(
        resolve(import.meta.dirname, '../../../fixtures/consent/en-misleading-embeds.html'),
        'utf8',
      ),
      'https://news.example.org/2026/talks.html',
    );
    const byId = new Map(findConsent(doc).map((f) => [f.element.closest('[id]')?.id ?? '', f]));
    const plan = (id: string) => planEmbedNotice(byId.get(id)!, 'en');
    expect(plan('other-host')).toMatchObject({
      provider: 'other',
      host: 'login.evil.example',
      url: 'https://login.evil.example/session?next=https://x.com/WhiteHouse',
    });
    expect(plan('credentials')).toMatchObject({ provider: 'other', url: null, host: null });
    expect(plan('lookalike')).toMatchObject({ provider: 'other', host: 'x.com.evil.example' });
    expect(plan('script-address')).toMatchObject({ url: null });
    expect(plan('genuine')).toMatchObject({
      provider: 'youtube',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    });
    for (const f of byId.values()) {
      const p = planEmbedNotice(f, 'en');
      if (p.provider !== 'other') expect(p.url === null || providerOfUrl(p.url) === p.provider).toBe(true);
    }
  });
});
