/**
 * One input to one outcome: classify, check the limits, brief. Runs inside a worker (worker.ts),
 * so that a time limit can stop it; pure otherwise, and tested directly.
 */
import { KNOWN_LANGS } from '../core/brief/lexicons/index.js';
import { detectLang } from '../core/extract/metadata.js';
import type { Brief } from '../core/types.js';
import { htmlDepth } from '../node/html-depth.js';
import { explainFromDocument, explainFromText } from '../core/index.js';
import { briefFromHtml, briefFromText, parseHtml } from '../node/index.js';
import { classifyInput } from './input.js';
import { EXIT, MAX_DEPTH, type ExitCode } from './limits.js';

export interface BriefOptions {
  url?: string | undefined;
  /** Language of a plain-text input; detected when absent. */
  lang?: string | undefined;
  /** Also give the speaker stage's trace (`--explain`). */
  explain?: boolean | undefined;
}

export type Outcome =
  | { ok: true; brief: Brief; warnings: string[]; explanation?: string }
  | { ok: false; code: ExitCode; message: string };

const NAMES: Record<string, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  cs: 'Czech',
};
const nameOf = (lang: string): string => NAMES[lang] ?? lang;

export function briefBytes(bytes: Uint8Array, options: BriefOptions = {}): Outcome {
  const input = classifyInput(bytes);
  if (input.kind === 'error')
    return { ok: false, code: input.tooLarge ? EXIT.LIMIT : EXIT.USAGE, message: input.message };
  const warnings: string[] = [];
  if (input.kind === 'html') {
    const depth = htmlDepth(input.content, MAX_DEPTH);
    if (depth > MAX_DEPTH)
      return {
        ok: false,
        code: EXIT.LIMIT,
        message: `the page nests elements more than ${MAX_DEPTH.toLocaleString('en')} levels deep, the limit`,
      };
    if (options.lang) warnings.push(`--lang applies to plain text; a page's own language is used`);
    const brief = briefFromHtml(input.content, { url: options.url });
    if (!options.explain) return { ok: true, brief, warnings };
    const explanation = explainFromDocument(parseHtml(input.content, options.url), { url: options.url });
    return { ok: true, brief, warnings, explanation };
  }
  const detected = detectLang(input.content);
  if (options.lang && KNOWN_LANGS.includes(detected) && detected !== options.lang)
    warnings.push(
      `--lang ${options.lang}, but the text reads as ${nameOf(detected)} (${detected}); ` +
        `it is analysed with the ${nameOf(options.lang)} rules as asked`,
    );
  const brief = briefFromText(input.content, { lang: options.lang });
  const explanation = options.explain ? explainFromText(input.content, { lang: options.lang }) : undefined;
  return {
    ok: true,
    brief: { ...brief, url: options.url ?? null },
    warnings,
    ...(explanation === undefined ? {} : { explanation }),
  };
}
