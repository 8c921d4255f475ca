/** The popup's rendering on a linkedom document: page text isolated, long names cut, fragments grouped. */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Brief } from '../core/types.js';
import { localeFor } from '../shared/i18n.js';
import { NAME_MAX_CHARS, renderBrief } from './render.js';

beforeAll(() => {
  globalThis.document = parseHTML('<!doctype html><html><body></body></html>').document;
});

const LONG = 'Jean-Baptiste '.repeat(800).trim(); // ~11,000 characters, as in the hostile probe
const brief: Brief = {
  article: true,
  url: 'https://example.org/a',
  lang: 'fr',
  title: 'Un titre',
  byline: 'A. Auteur',
  siteName: 'Le Courrier\u202E du soir', // an unclosed right-to-left override
  publishedTime: '2026-01-24',
  readingMinutes: 1,
  text: 'Il a parlé de discussions « utiles » et « franches ». Puis il est parti, a-t-il dit longuement.',
  summary: ['Il a parlé de discussions.'],
  actors: [{ name: LONG, role: 'ministre', aliases: [], mentions: 2, quotes: 2, key: true }],
  quotes: [
    { text: 'utiles', speaker: LONG, paragraph: 0 },
    { text: 'franches', speaker: LONG, paragraph: 0 },
  ],
  removed: [{ kind: 'consent-wall', text: 'Accepter\u202E ou payer' }],
  timings: { totalMs: 1 },
};

function render(b: Brief = brief): HTMLElement {
  const root = document.createElement('main');
  root.append(renderBrief(b, { locale: localeFor('fr'), onReveal: () => undefined, payWall: false }));
  return root;
}

describe('page text in the popup', () => {
  test('each page field sits in its own <bdi>, without direction controls', () => {
    const root = render();
    const meta = root.querySelector('.meta')!;
    expect(meta.querySelectorAll('bdi').length).toBe(3); // site, byline, date
    expect(meta.textContent).toBe('Le Courrier du soir · A. Auteur · 24 janvier 2026 · 1 min de lecture');
    expect(root.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(root.querySelector('.cleaned li')!.textContent).toBe('Mur de cookies\u00a0: Accepter ou payer');
    expect(root.querySelector('.cleaned li bdi')!.textContent).toBe('Accepter ou payer');
  });

  test('a very long name is cut, the full name on hover', () => {
    const name = render().querySelector('.actor-name bdi')!;
    expect(Array.from(name.textContent ?? '').length).toBe(NAME_MAX_CHARS);
    expect(name.textContent).toMatch(/…$/);
    expect(name.getAttribute('title')).toBe(LONG);
  });

  test("one-word fragments are grouped under their speaker's name", () => {
    const items = render().querySelectorAll('.quotes li');
    expect(items.length).toBe(1);
    expect(items[0]!.className).toBe('fragments');
    expect(Array.from(items[0]!.querySelectorAll('.quote-text'), (q) => q.textContent)).toEqual([
      'utiles',
      'franches',
    ]);
    expect(items[0]!.querySelector('.speaker bdi')!.getAttribute('title')).toBe(LONG);
  });
});
