import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { didYouMean, parseArgs } from './args.js';

describe('parseArgs', () => {
  test('long and short options, --name=value, defaults', () => {
    const p = parseArgs(['brief', 'a.html', '-f', 'md', '--url=https://x.org/a', '-L', 'de', '-t', '5'], 2);
    expect(p).toEqual({
      kind: 'brief',
      args: {
        inputs: ['a.html'],
        format: 'md',
        url: 'https://x.org/a',
        lang: undefined,
        uiLang: 'de',
        timeoutS: 5,
        jobs: 2,
        explain: false,
      },
    });
    const x = parseArgs(['brief', 'a.html', '-x'], 2);
    expect(x.kind === 'brief' && x.args.explain).toBe(true);
  });
  test('help and version, also behind a leading "--" (npx)', () => {
    expect(parseArgs(['--help'], 1)).toEqual({ kind: 'help', topic: 'main' });
    expect(parseArgs(['brief', '-h'], 1)).toEqual({ kind: 'help', topic: 'brief' });
    expect(parseArgs(['--', '-V'], 1)).toEqual({ kind: 'version' });
  });
  test.each([
    [['brief', 'a', '--formt', 'md'], 'unknown option --formt (did you mean --format?)'],
    [['brief', 'a', '--ui-lnag', 'fr'], 'unknown option --ui-lnag (did you mean --ui-lang?)'],
    [['brief', 'a', '-F', 'md'], 'unknown option -F (did you mean --format?)'],
    [['brief', 'a', '--zzz'], 'unknown option --zzz'],
    [['brief', 'a', '-f'], '--format needs a value (<format>)'],
    [['brief', 'a', '-f', 'jsnol'], 'unknown format "jsnol": text, md, json or jsonl (did you mean jsonl?)'],
    [['brief', 'a', '-L', 'pt'], '--ui-lang "pt" is not an interface language: en, fr, de, es, it'],
    [['brief', 'a', '-t', '0'], '--timeout must be a number of seconds between 0 and 3600'],
    [['brief'], 'brief needs an input: a file, a folder, or "-" for standard input'],
  ])('%j → %s', (argv, message) => {
    expect(parseArgs(argv, 1)).toEqual({ kind: 'error', message });
  });
  test('did you mean: close typos only', () => {
    expect(didYouMean('fromat', ['format', 'url'])).toBe('format');
    expect(didYouMean('bref', ['brief'])).toBe('brief');
    expect(didYouMean('xyz', ['brief'])).toBeNull();
  });
});

test('reading a stream stops at the limit plus one byte', async () => {
  const { readStreamBounded } = await import('./read.js');
  let produced = 0;
  const endless = new Readable({
    read() {
      produced += 65536;
      this.push(Buffer.alloc(65536));
    },
  });
  const bytes = await readStreamBounded(endless, 1_000_000);
  expect(bytes.length).toBe(1_000_001);
  expect(produced).toBeLessThan(2_000_000);
});
