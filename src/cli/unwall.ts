/**
 * `unwall brief <file.html | file.txt | -> [--url URL] [--format json|md|text]`
 * Exit codes: 0 ok, 1 bad usage or unreadable input, 3 not an article (the JSON brief is still printed).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { briefToMarkdown, briefToText } from '../core/format.js';
import { briefFromHtml, briefFromText } from '../node/index.js';
import { localeFor, uiLangOf } from '../shared/i18n.js';
import { classifyInput } from './input.js';

const USAGE = `Usage: unwall brief <file.html | file.txt | -> [--url URL] [--format json|md|text] [--lang xx]

  Prints the brief of an article: summary, key actors with their roles, quotes with their speakers,
  and what was cleaned. HTML is recognised by content; anything else is plain text (paragraphs split
  on blank lines). "-" reads standard input.`;

function fail(message: string, code = 1): never {
  process.stderr.write(`unwall: ${message}\n`);
  process.exit(code);
}

function readInput(path: string): Uint8Array {
  try {
    return path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(`${path}: no such file`);
    if (code === 'EISDIR') fail(`${path}: is a directory, not a file`);
    if (code === 'EACCES') fail(`${path}: permission denied`);
    fail(`${path}: cannot read (${code ?? String(error)})`);
  }
}

function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'text' },
        lang: { type: 'string' },
        'ui-lang': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [command, file, ...extra] = positionals;
  if (command !== 'brief' || !file || extra.length)
    fail(`expected one command "brief" and one input\n${USAGE}`);
  const format = values.format;
  if (format !== 'json' && format !== 'md' && format !== 'text')
    fail(`unknown format "${format}" (json, md or text)`);
  if (values.url !== undefined && !URL.canParse(values.url))
    fail(`--url "${values.url}" is not an absolute URL`);

  const input = classifyInput(readInput(file));
  if (input.kind === 'error') fail(`${file}: ${input.message}`);
  const brief =
    input.kind === 'html'
      ? briefFromHtml(input.content, { url: values.url })
      : { ...briefFromText(input.content, { lang: values.lang }), url: values.url ?? null };

  const locale = localeFor(values['ui-lang'] ? uiLangOf(values['ui-lang']) : uiLangOf(brief.lang));
  const render = {
    json: (b: typeof brief) => `${JSON.stringify(b, null, 2)}\n`,
    md: (b: typeof brief) => briefToMarkdown(b, locale),
    text: (b: typeof brief) => briefToText(b, locale),
  }[format];
  if (!brief.article && format !== 'json') {
    fail(
      `${file}: not an article (${brief.text ? 'too little article text' : 'no article content found'})`,
      3,
    );
  }
  process.stdout.write(render(brief));
  if (!brief.article) fail(`${file}: not an article`, 3);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  // Last resort: never a stack trace for the user; the message says what went wrong.
  fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`);
}
