import { expect, test } from 'vitest';
import { classifyInput, looksLikeHtml } from './input.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

test('empty and whitespace-only input are errors', () => {
  expect(classifyInput(new Uint8Array())).toEqual({ kind: 'error', message: 'the input is empty' });
  expect(classifyInput(bytes(' \n\t\n'))).toEqual({ kind: 'error', message: 'the input is empty' });
});

test('binary data is refused', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  expect(classifyInput(png)).toMatchObject({
    kind: 'error',
    message: expect.stringMatching(/binary/) as string,
  });
});

test('HTML is recognised by content, text otherwise', () => {
  expect(classifyInput(bytes('\uFEFF<!DOCTYPE html><html><body><p>x</p></body></html>'))).toMatchObject({
    kind: 'html',
  });
  expect(classifyInput(bytes('<!-- saved --><html lang="fr"><p>x</p></html>'))).toMatchObject({
    kind: 'html',
  });
  expect(looksLikeHtml('<div><p>One</p><p>Two</p></div>')).toBe(true);
  expect(
    classifyInput(bytes('Les émissaires américain et russe…\n\nSecond paragraph with a <b> mention.')),
  ).toMatchObject({
    kind: 'text',
  });
});
