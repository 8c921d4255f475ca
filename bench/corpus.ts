/** Readers of the shared corpus, read in place (../shared from the project root). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '..', '..', 'shared');
/**
 * The shared corpus is a sibling folder of the repository, not part of it: a lone clone has none.
 * Tests that measure on it skip (vitest.config.ts says so in one line); the readers give nothing.
 */
export const HAS_SHARED = existsSync(SHARED);
export const READABILITY_DIR = join(SHARED, 'corpus', 'readability');
export const ZYTE_DIR = join(SHARED, 'corpus', 'zyte');
export const FAKE_URL = 'http://fakehost/test/page.html';

export interface ReadabilityPage {
  name: string;
  source: string;
  expected: string;
  metadata: {
    title?: string;
    byline?: string | null;
    lang?: string;
    readerable?: boolean;
    siteName?: string | null;
  };
}

export function readabilityPages(): ReadabilityPage[] {
  if (!HAS_SHARED) return [];
  return readdirSync(READABILITY_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(READABILITY_DIR, d.name, 'source.html')))
    .map((d) => {
      const dir = join(READABILITY_DIR, d.name);
      return {
        name: d.name,
        source: readFileSync(join(dir, 'source.html'), 'utf8'),
        expected: readFileSync(join(dir, 'expected.html'), 'utf8'),
        metadata: JSON.parse(
          readFileSync(join(dir, 'expected-metadata.json'), 'utf8'),
        ) as ReadabilityPage['metadata'],
      };
    });
}

export interface ZytePage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export function zytePages(): ZytePage[] {
  if (!HAS_SHARED) return [];
  const truth = JSON.parse(readFileSync(join(ZYTE_DIR, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth).map(([id, t]) => ({
    id,
    url: t.url,
    truth: t.articleBody,
    html: gunzipSync(readFileSync(join(ZYTE_DIR, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}

export const WCXB_DIR = join(SHARED, 'corpus', 'wcxb');

/** A WCXB ground-truth file (../shared/corpus/wcxb/README.md). */
export interface WcxbTruth {
  url: string;
  ground_truth?: { main_content?: string; with?: string[]; without?: string[] };
}

export interface WcxbPage {
  id: string;
  url: string;
  html: string;
  /** Main content, paragraphs on blank lines. */
  truth: string;
  /** The whole ground-truth file (required and boilerplate snippets). */
  gt: WcxbTruth;
}

export function wcxbPages(): WcxbPage[] {
  if (!HAS_SHARED) return [];
  const dir = join(WCXB_DIR, 'ground-truth');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.json$/, '');
      const gt = JSON.parse(readFileSync(join(dir, f), 'utf8')) as WcxbTruth;
      return {
        id,
        url: gt.url,
        truth: gt.ground_truth?.main_content ?? '',
        gt,
        html: gunzipSync(readFileSync(join(WCXB_DIR, 'html', `${id}.html.gz`))).toString('utf8'),
      };
    });
}

/**
 * The held-out third of the Zyte and WCXB pages, fixed by id (a WCXB number divisible by 3, a Zyte
 * id whose first byte is): extraction rules are tuned on the other pages only, and the bench prints
 * both parts so that a rule fitted to the pages it was tuned on shows.
 */
export function isHeldOut(corpus: 'zyte' | 'wcxb', id: string): boolean {
  return (corpus === 'wcxb' ? Number(id) : parseInt(id.slice(0, 2), 16)) % 3 === 0;
}

/** The repository's own pages that are not articles (home, search, login, stub): fixtures/boilerplate. */
export function nonArticlePages(): { name: string; html: string; url: string }[] {
  const dir = resolve(import.meta.dirname, '..', 'fixtures', 'boilerplate');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .filter((f) => !(JSON.parse(readFileSync(join(dir, f), 'utf8')) as { isArticle: boolean }).isArticle)
    .map((f) => ({
      name: f.replace(/\.json$/, ''),
      html: readFileSync(join(dir, f.replace(/\.json$/, '.html')), 'utf8'),
      url: 'https://news.example/article',
    }));
}
