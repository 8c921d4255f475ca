/**
 * Classifies CLI input before any parsing, so bad input gets one clear line instead of a stack trace.
 */
export type Input = { kind: 'html' | 'text'; content: string } | { kind: 'error'; message: string };

/** Above this, a page is almost surely not one article (the largest real news pages are ~3 MB). */
export const MAX_BYTES = 50 * 1024 * 1024;

export function classifyInput(bytes: Uint8Array): Input {
  if (bytes.length === 0) return { kind: 'error', message: 'the input is empty' };
  if (bytes.length > MAX_BYTES)
    return {
      kind: 'error',
      message: `the input is too large (${(bytes.length / 1048576).toFixed(0)} MB; the limit is 50 MB)`,
    };
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
