/**
 * Recall fixes checked on real saved pages of the shared WCXB benchmark (issue 11), read with
 * linkedom as the extension's worker reads them. Only pages of the tuned-on part (bench/corpus.ts
 * isHeldOut). Each case asserts article text Readability.js keeps on that page and a rule dropped.
 * Skipped without ../shared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, WCXB_DIR, isHeldOut } from '../../../bench/corpus.js';
import { parseHtml } from '../../node/index.js';
import { extractFromDocument } from './index.js';

/** The article text of WCXB page `id`, one block a line. */
function textOf(id: string): string[] {
  expect(isHeldOut('wcxb', id)).toBe(false);
  const gt = JSON.parse(readFileSync(join(WCXB_DIR, 'ground-truth', `${id}.json`), 'utf8')) as {
    url: string;
  };
  const html = gunzipSync(readFileSync(join(WCXB_DIR, 'html', `${id}.html.gz`))).toString('utf8');
  return extractFromDocument(parseHtml(html, gt.url), { url: gt.url }).blocks.map((b) => b.text);
}

describe.skipIf(!HAS_SHARED)('real saved pages', () => {
  it('a ranking table keeps its linked company names (WCXB 0358)', () => {
    const texts = textOf('0358');
    expect(texts).toEqual(
      expect.arrayContaining(['Cupertino Electric, Inc. $1.6B', 'Wayne J. Griffin Electric, Inc. $454M']),
    );
  });
});
