/**
 * The command line: options, help texts and usage errors that say what to type instead.
 * Hand-written over node:util parseArgs: its errors name no alternative ("did you mean") and it
 * has no notion of a command.
 */
import { KNOWN_LANGS } from '../core/brief/lexicons/index.js';
import { UI_LANGS, type UiLang } from '../shared/settings-schema.js';
import { DEFAULT_TIMEOUT_S, MAX_DEPTH, MAX_INPUT_MB } from './limits.js';

export type Format = 'text' | 'md' | 'json' | 'jsonl';
const FORMATS: readonly Format[] = ['text', 'md', 'json', 'jsonl'];

export interface BriefArgs {
  inputs: string[];
  format: Format;
  url?: string | undefined;
  lang?: string | undefined;
  uiLang?: UiLang | undefined;
  timeoutS: number;
  jobs: number;
  /** Print why each quote got its speaker instead of the brief (one input). */
  explain: boolean;
}

export type Parsed =
  | { kind: 'help'; topic: 'main' | 'brief' }
  | { kind: 'version' }
  | { kind: 'brief'; args: BriefArgs }
  | { kind: 'error'; message: string };

interface Spec {
  name: string;
  short: string;
  value: string | null;
}
const OPTIONS: Spec[] = [
  { name: 'format', short: 'f', value: 'format' },
  { name: 'url', short: 'u', value: 'url' },
  { name: 'lang', short: 'l', value: 'xx' },
  { name: 'ui-lang', short: 'L', value: 'xx' },
  { name: 'timeout', short: 't', value: 'seconds' },
  { name: 'jobs', short: 'j', value: 'n' },
  { name: 'explain', short: 'x', value: null },
  { name: 'help', short: 'h', value: null },
  { name: 'version', short: 'V', value: null },
];
const COMMANDS = ['brief'];

export const mainHelp = (
  version: string,
): string => `unwall ${version}: briefs news articles on your machine: summary, key actors with their
roles, quotes with their speakers, and what cookie walls left on the page.

Usage:
  unwall brief <input>... [options]   brief pages or plain-text articles
  unwall --help | --version

Run "unwall brief --help" for the options, limits and exit codes.
`;

export const briefHelp = (jobs: number): string => `Usage: unwall brief <input>... [options]

Briefs an article: summary, key actors with their roles, quotes with their speakers, what was
cleaned. An input is an HTML page (recognised by content), a plain-text article (paragraphs on
blank lines; a first line that reads as a headline is the title), "-" for standard input, or a
folder: every .html, .htm, .xhtml and .txt file in it and below (gzipped ones too). Several inputs
need --format jsonl: one JSON line per input, briefed in parallel, a summary on standard error.

Options:
  -f, --format <format>  text (default), md, json, or jsonl (one line per input)
  -u, --url <url>        the page's address: links resolve against it, the brief keeps it
  -l, --lang <xx>        language of a plain-text input: ${KNOWN_LANGS.join(', ')}
                         (default: detected; a --lang the text contradicts is reported)
  -L, --ui-lang <xx>     language of the labels in text and md output: ${UI_LANGS.join(', ')}
                         (default: the article's language when one of these, else en)
  -t, --timeout <s>      stop briefing a page after this many seconds (default ${DEFAULT_TIMEOUT_S})
  -j, --jobs <n>         pages briefed at once with jsonl (default ${jobs}: this machine's cores)
  -x, --explain          instead of the brief: the people found, and for every quote the
                         speakers considered, their evidence and the one chosen
  -h, --help             this help
  -V, --version          the version

Limits: an input larger than ${MAX_INPUT_MB} MB (gzipped: once unpacked) or nesting elements
more than ${MAX_DEPTH.toLocaleString('en')} levels deep is refused at once, without being read further.

Exit codes:
  0  the brief was printed
  1  bad usage, or an input that cannot be read (missing, empty, binary data)
  3  not an article (with --format json the brief is printed all the same, "article": false)
  4  beyond the limits: too large, too deeply nested, slower than --timeout, out of memory
  5  jsonl: at least one input failed (its line says why); the others were briefed

Examples:
  unwall brief page.html --url https://example.org/a
  cat article.txt | unwall brief - -l fr -f md
  unwall brief archive/ -f jsonl > briefs.jsonl
  unwall brief page.html --explain   (why each quote has its speaker)
  npx unwall -- brief --help     (inside the repository; "--" keeps npx off the options)
`;

/** Edit distance with transpositions (Damerau–Levenshtein, optimal string alignment). */
export function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/** The closest candidate, if close enough to be a typo (or `word` is a prefix of it). */
export function didYouMean(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = c.startsWith(word) && word.length >= 2 ? 0.5 : distance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : null;
}

const hint = (s: string | null, prefix = '--'): string => (s ? ` (did you mean ${prefix}${s}?)` : '');

function check(values: Map<string, string>): BriefArgs | string {
  const format = values.get('format') ?? 'text';
  if (!FORMATS.includes(format as Format))
    return `unknown format "${format}": text, md, json or jsonl${hint(didYouMean(format, FORMATS), '')}`;
  const url = values.get('url');
  if (url !== undefined && (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)))
    return `--url "${url}" is not an absolute http(s) address`;
  const lang = values.get('lang')?.toLowerCase();
  if (lang !== undefined && !KNOWN_LANGS.includes(lang))
    return `--lang "${lang}" is not a language Unwall reads: ${KNOWN_LANGS.join(', ')}`;
  const uiLang = values.get('ui-lang')?.toLowerCase();
  if (uiLang !== undefined && !(UI_LANGS as readonly string[]).includes(uiLang))
    return `--ui-lang "${uiLang}" is not an interface language: ${UI_LANGS.join(', ')}`;
  const timeoutS = Number(values.get('timeout') ?? DEFAULT_TIMEOUT_S);
  if (!(timeoutS > 0 && timeoutS <= 3600)) return `--timeout must be a number of seconds between 0 and 3600`;
  const jobs = Number(values.get('jobs') ?? 0);
  if (!Number.isInteger(jobs) || jobs < 0 || jobs > 256) return `--jobs must be a whole number from 1 to 256`;
  return {
    inputs: [],
    format: format as Format,
    url,
    lang,
    uiLang: uiLang as UiLang | undefined,
    timeoutS,
    jobs,
    explain: false,
  };
}

export function parseArgs(argv: readonly string[], defaultJobs: number): Parsed {
  // `npx unwall -- --help` passes the "--" on with some npm versions: it means nothing here.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const [key, inline] = long
      ? (arg.slice(2).split(/=(.*)/s) as [string, string?])
      : [arg.slice(1), undefined];
    const spec = OPTIONS.find((o) => (long ? o.name === key : o.short === key));
    if (!spec) {
      const names = OPTIONS.map((o) => o.name);
      const guess = long
        ? didYouMean(key, names)
        : (OPTIONS.find((o) => o.short.toLowerCase() === key.toLowerCase())?.name ?? didYouMean(key, names));
      return { kind: 'error', message: `unknown option ${arg}${hint(guess)}` };
    }
    if (spec.value === null) {
      if (inline !== undefined) return { kind: 'error', message: `--${spec.name} takes no value` };
      flags.add(spec.name);
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('-') && value !== '-'))
      return { kind: 'error', message: `--${spec.name} needs a value (<${spec.value}>)` };
    values.set(spec.name, value);
  }
  const [command, ...inputs] = positionals;
  if (flags.has('version')) return { kind: 'version' };
  if (command === undefined)
    return flags.has('help')
      ? { kind: 'help', topic: 'main' }
      : { kind: 'error', message: 'no command given' };
  if (!COMMANDS.includes(command))
    return {
      kind: 'error',
      message: `unknown command "${command}"${hint(didYouMean(command, COMMANDS), '')}`,
    };
  if (flags.has('help')) return { kind: 'help', topic: 'brief' };
  if (!inputs.length)
    return { kind: 'error', message: 'brief needs an input: a file, a folder, or "-" for standard input' };
  const checked = check(values);
  if (typeof checked === 'string') return { kind: 'error', message: checked };
  if (flags.has('explain') && (inputs.length > 1 || checked.format === 'jsonl'))
    return { kind: 'error', message: '--explain takes one input (and no --format jsonl)' };
  checked.explain = flags.has('explain');
  if (inputs.length > 1 && checked.format !== 'jsonl')
    return { kind: 'error', message: 'several inputs need --format jsonl (one JSON line per input)' };
  return { kind: 'brief', args: { ...checked, inputs, jobs: checked.jobs || defaultJobs } };
}
