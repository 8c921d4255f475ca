/**
 * The static stylesheet (cleanup.css, the content script's manifest CSS for pages whose CSP blocks
 * inline styles) holds exactly the rules of CLEANUP_CSS, and the manifest and build ship it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEANUP_CSS } from './hide.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

describe('static cleanup stylesheet', () => {
  it('has the same rules as CLEANUP_CSS', () => {
    const css = readFileSync(resolve(import.meta.dirname, 'cleanup.css'), 'utf8');
    // Compared as rules, whitespace folded: the file is formatted by prettier.
    const rules = (text: string): string[] =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/'/g, '"')
        .replace(/\s+/g, ' ')
        .split('}')
        .map((r) => r.replace(/\s*([{;:])\s*/g, '$1').trim())
        .filter(Boolean);
    expect(rules(css)).toEqual(rules(CLEANUP_CSS));
    expect(rules(css)).toHaveLength(6);
  });

  it('is declared for the content script and copied by the build', () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as {
      content_scripts: { js: string[]; css?: string[] }[];
    };
    expect(manifest.content_scripts[0]?.js).toContain('content.js');
    expect(manifest.content_scripts[0]?.css).toEqual(['cleanup.css']);
    expect(readFileSync(resolve(ROOT, 'build.mjs'), 'utf8')).toContain("'src/content/cleanup/cleanup.css'");
  });
});
