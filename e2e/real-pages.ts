/**
 * Measuring the cleanup of one real-markup page (e2e/pages/real, e2e/pages/held-out) in a real
 * browser, from the page's annotations (see e2e/pages/real/README.md): what had to go is no longer
 * rendered, every article sentence still is, every blocked embed has the extension's notice with
 * the right link (or none), a locked page scrolls under a real wheel, and turning the cleanup off
 * restores the page exactly. Shared by the e2e test (asserts all of it) and score-real-pages.ts
 * (prints the issue-10 table).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { poll, type ExtensionBrowser, type PageHandle } from './driver.js';
import type { PageServer } from './server.js';

export const REAL_DIR = join(import.meta.dirname, 'pages', 'real');
export const HELD_OUT_DIR = join(import.meta.dirname, 'pages', 'held-out');

export function pagesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

export interface Count {
  total: number;
  ok: number;
  /** What failed, for messages. */
  missed: string[];
}

export interface PageScore {
  banners: Count;
  walls: Count;
  placeholders: Count;
  /** Embeds whose address is in the markup: the notice links exactly there. */
  linked: Count;
  /** Embeds without an address: a notice without a link (naming the provider when annotated). */
  unlinked: Count;
  boxes: Count;
  sentences: Count;
  scroll: Count;
  undo: Count;
}

/** What the page shows now, read from its annotations. Runs in the page: no named helpers inside. */
function readPage(): Omit<PageScore, 'scroll' | 'undo'> {
  const count = (): { total: number; ok: number; missed: string[] } => ({ total: 0, ok: 0, missed: [] });
  const out = {
    banners: count(),
    walls: count(),
    placeholders: count(),
    linked: count(),
    unlinked: count(),
    boxes: count(),
    sentences: count(),
  };
  const label = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 70);
  const rendered = (el: Element): boolean => el.getClientRects().length > 0;
  for (const el of Array.from(document.querySelectorAll('[data-t]'))) {
    const t = el.getAttribute('data-t');
    const bucket =
      t === 'banner' ? out.banners : t === 'wall' ? out.walls : t === 'embed' ? out.placeholders : out.boxes;
    const gone = !rendered(el);
    if (t !== 'banner-part') {
      bucket.total++;
      if (gone) bucket.ok++;
      else
        bucket.missed.push(
          `${t}${el.getAttribute('data-t-kind') ? `/${el.getAttribute('data-t-kind')}` : ''}: ${label(el)}`,
        );
    } else if (!gone) out.banners.missed.push(`banner part still shown: <${el.tagName.toLowerCase()}>`);
    if (t !== 'embed') continue;
    // The extension's notice stands right before the element it hid (the embed or a part of it).
    const notices = Array.from(document.querySelectorAll('[data-unwall-notice]')).filter((n) => {
      const hidden = n.nextElementSibling;
      return hidden !== null && (hidden === el || hidden.contains(el) || el.contains(hidden));
    });
    const links = notices.map((n) => n.shadowRoot?.querySelector('a')?.href ?? null);
    const want = el.getAttribute('data-t-url');
    const provider = el.getAttribute('data-t-provider');
    const bucketOf = want ? out.linked : out.unlinked;
    bucketOf.total++;
    const linkOk = want
      ? links.includes(new URL(want).href) && links.every((l) => l === null || l === new URL(want).href)
      : notices.length > 0 && links.every((l) => l === null);
    const providerOk = !provider || notices.some((n) => n.getAttribute('data-unwall-notice') === provider);
    if (linkOk && providerOk) bucketOf.ok++;
    else
      bucketOf.missed.push(
        `${want ?? '(no address)'} ← ${notices.length ? links.map((l) => l ?? 'no link').join(', ') : 'no notice'}${providerOk ? '' : ` (provider ${notices.map((n) => n.getAttribute('data-unwall-notice')).join(', ')})`}`,
      );
  }
  const body = document.querySelector('[data-t-body]');
  if (body) {
    for (const el of Array.from(body.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, figcaption'))) {
      if (el.closest('[data-t]') || el.querySelector('p, li')) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const sentences = text.split(/(?<=[.!?…»”])\s+(?=\p{Lu}|[«“„"])/u).length;
      out.sentences.total += sentences;
      if (rendered(el)) out.sentences.ok += sentences;
      else out.sentences.missed.push(label(el));
    }
  }
  return out;
}

/** Markup plus what the reader gets of the scroll locks: what undo must restore. */
function snapshot(page: PageHandle): Promise<string> {
  return page.evaluate(
    () =>
      `${document.documentElement.outerHTML}\n${getComputedStyle(document.documentElement).overflow}\n${getComputedStyle(document.body).overflow}\n${getComputedStyle(document.body).position}`,
  );
}

/** Leaves the browser with cleanup on for 127.0.0.1 and automatic refusal off (the DOM is ours alone). */
export async function scorePage(
  browser: ExtensionBrowser,
  server: PageServer,
  path: string,
): Promise<PageScore> {
  await browser.setStorage({ schemaVersion: 1, autoRefuse: false, disabledSites: ['127.0.0.1'] });
  const page = await browser.openPage(server.url(path));
  try {
    await new Promise((r) => setTimeout(r, 300));
    const pristine = await snapshot(page);
    await browser.setStorage({ disabledSites: [] });
    // The first pass runs at once; rescans follow page changes (none here) within the throttle.
    await poll('cleanup to run', () =>
      page.evaluate(
        () =>
          document.querySelector('[data-unwall-hidden], [data-unwall-notice], [data-unwall-unlock]') !==
            null || document.querySelectorAll('[data-t]').length === 0,
      ),
    ).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 700));
    // tsx keeps function names by wrapping them in __name(), which the page does not have.
    await page.evaluate(() => {
      (globalThis as Record<string, unknown>).__name = (f: unknown) => f;
    });
    const seen = await page.evaluate(readPage);
    const locked = await page.evaluate(() => document.body.hasAttribute('data-t-lock'));
    const scroll: Count = { total: locked ? 1 : 0, ok: 0, missed: [] };
    // A page no taller than the window cannot move under a wheel, lock or not (Chromium lays the
    // short held-out pages out at exactly 800 px once their boxes are hidden): there, what the
    // reader gets is judged from the styles that lock scrolling.
    const room = locked
      ? await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)
      : 0;
    if (locked && room <= 0) {
      const free = await page.evaluate(() => {
        const h = getComputedStyle(document.documentElement);
        const b = getComputedStyle(document.body);
        return !/hidden|clip/.test(`${h.overflowY} ${b.overflowY}`) && b.position !== 'fixed';
      });
      if (free) scroll.ok = 1;
      else scroll.missed.push('the page is shorter than the window and still styled locked');
    } else if (locked) {
      const before = await page.evaluate(() => window.scrollY);
      await page.wheel(600);
      const moved = await poll(
        'a real scroll to move',
        async () => (await page.evaluate(() => window.scrollY)) > before,
        3000,
      ).catch(() => false);
      if (moved) scroll.ok = 1;
      else scroll.missed.push('a wheel scroll does not move the page');
    }
    await browser.setStorage({ disabledSites: ['127.0.0.1'] });
    const undo: Count = { total: 1, ok: 0, missed: [] };
    const restored = await poll(
      'the page to be restored',
      async () => (await snapshot(page)) === pristine,
      5000,
    ).catch(() => false);
    if (restored) undo.ok = 1;
    else undo.missed.push('turning cleanup off does not restore the page exactly');
    return { ...seen, scroll, undo };
  } finally {
    await page.close();
    await browser.setStorage({ disabledSites: [] });
  }
}

export const MEASURES: [keyof PageScore, string][] = [
  ['banners', 'consent banners hidden'],
  ['walls', 'consent walls hidden'],
  ['placeholders', 'blocked-embed placeholders hidden'],
  ['linked', 'blocked embeds replaced by a link to the original'],
  ['unlinked', 'embeds without an address: notice without a link'],
  ['boxes', 'in-article boilerplate boxes hidden'],
  ['sentences', 'article sentences still visible'],
  ['scroll', 'scroll restored (real wheel scroll)'],
  ['undo', 'undone exactly'],
];

export function total(scores: PageScore[], key: keyof PageScore): { ok: number; total: number } {
  let ok = 0;
  let all = 0;
  for (const s of scores) {
    ok += s[key].ok;
    all += s[key].total;
  }
  return { ok, total: all };
}
