import { describe, expect, test } from 'vitest';
import { htmlDepth } from './html-depth.js';

describe('htmlDepth', () => {
  test('counts what a parser nests; void, self-closed and optional-end elements add no level', () => {
    expect(
      htmlDepth('<html><body><div><p>a<p>b<br><img src=x><div><span>c</span></div></div></body></html>'),
    ).toBe(3);
    expect(htmlDepth('<div><svg><path d="M0"/><path d="M1"/></svg></div>')).toBe(2);
    expect(htmlDepth('<ul>' + '<li>item'.repeat(5000) + '</ul>')).toBe(1);
  });
  test('skips comments and raw text, and stops counting past the limit', () => {
    expect(htmlDepth(`<div><!-- <div><div> --><script>${'<div>'.repeat(100)}</script></div>`)).toBe(1);
    expect(htmlDepth('<q>'.repeat(100_000), 50)).toBe(51);
  });
});
