/**
 * A share bar by its words alone, shared by the extraction (extract/shapes.ts re-exports it) and
 * the page cleanup. Apart from extraction's other shapes so that the always-on content script does
 * not carry their date and credit vocabularies.
 */
import { phraseKey } from './key.js';

/** Names on share buttons: a short paragraph made of two or more of them is a share bar. */
// prettier-ignore
const SOCIAL_NAMES = new Set(
  'facebook twitter x whatsapp pinterest pin pint linkedin reddit tumblr flipboard messenger telegram email e-mail mail print imprimer drucken sms copy link share tweet'.split(
    ' ',
  ),
);

/** "Facebook Twitter Email", "Share Tweet WhatsApp": two or more share targets and nothing else much. */
export function isShareBar(text: string): boolean {
  if (text.length > 100) return false;
  const w = phraseKey(text).match(/[\p{L}]+|\d+/gu) ?? [];
  if (w.length < 2 || w.length > 8) return false;
  return w.filter((x) => SOCIAL_NAMES.has(x)).length >= Math.max(2, w.length - 1);
}
