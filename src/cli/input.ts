/**
 * Classifies CLI input before any parsing, so bad input gets one clear line instead of a stack
 * trace: gzip is unpacked (bounded), empty and binary data refused, HTML recognised by content.
 */
import { gunzipSync } from 'node:zlib';
import { MAX_INPUT_BYTES, MAX_INPUT_MB } from './limits.js';

export type Input =
  { kind: 'html' | 'text'; content: string } | { kind: 'error'; message: string; tooLarge?: boolean };

const tooLarge = (what: string): Input => ({
  kind: 'error',
  message: `${what} is larger than ${MAX_INPUT_MB} MB, the limit`,
  tooLarge: true,
});

/** `bytes` holds at most MAX_INPUT_BYTES + 1 bytes (see read.ts): one more means "too large". */
export function classifyInput(input: Uint8Array): Input {
  let bytes = input;
  if (bytes.length > MAX_INPUT_BYTES) return tooLarge('the input');
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        return tooLarge('the unpacked input');
      return { kind: 'error', message: 'the input is damaged gzip data' };
    }
    if (bytes.length > MAX_INPUT_BYTES) return tooLarge('the unpacked input');
  }
  if (bytes.length === 0) return { kind: 'error', message: 'the input is empty' };
  // Binary data: NUL bytes, or many control characters, in the first 8 KB.
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return { kind: 'error', message: 'the input is binary data, not HTML or text' };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.05)
    return { kind: 'error', message: 'the input is binary data, not HTML or text' };
  const content = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (!content.trim()) return { kind: 'error', message: 'the input is empty' };
  return { kind: looksLikeHtml(content) ? 'html' : 'text', content };
}

/** HTML is recognised by content, not by file name: a doctype, an html/head/body tag, or several block tags. */
export function looksLikeHtml(content: string): boolean {
  const start = content.trimStart().slice(0, 2048).toLowerCase();
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/.test(start)) return true;
  if (/^<!--/.test(start) && /<html[\s>]/.test(content.slice(0, 8192).toLowerCase())) return true;
  const tags = content
    .slice(0, 65536)
    .match(/<\/?(p|div|article|section|span|a|h[1-6]|ul|li|table|br|meta|title)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}
