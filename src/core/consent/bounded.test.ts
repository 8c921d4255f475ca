/**
 * Consent detection stays about linear in the page's size and the number of findings (issue 13:
 * 1,000 "Lire aussi" lines froze Firefox for 6 s, 2,000 for 26 s, because findings were compared
 * each with every other). Generated pages, small and 8× larger: the scan's work must grow about
 * as the page does. Work is counted, not timed: every call of a DOM property or method the scan
 * makes (linkedom's Node and Element prototypes, instrumented for the test), and the scan's own
 * units (its pauses). Linear work grows 8×; the quadratic scan grew 30–60×. And no unit of work
 * handles more than a chunk of elements, however large the page (the scan's own count, work.ts).
 */
import { describe, expect, it } from 'vitest';
import { banner, relatedLines } from '../../../e2e/hostile.js';
import { parseHtml } from '../../node/index.js';
import { ConsentScan, findConsent, runToEnd, scanConsent } from './index.js';

const PROSE =
  'Les organisations syndicales dénoncent un texte injuste et réclament le retrait du report de l’âge légal de départ, tandis que le patronat salue une réforme nécessaire.';

/** n blocked-embed placeholders between prose paragraphs (climbs, siblings, address recovery). */
function placeholders(n: number): string {
  let body = '';
  for (let i = 0; i < n; i++)
    body += `<p>${PROSE} (${i})</p><div class="embed-container"><iframe data-src="https://www.youtube.com/embed/v${i}"></iframe><div class="embed-consent-overlay"><p>Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs.</p><button>J’accepte</button></div></div>\n`;
  return `<html lang="fr"><body><article>${body}</article></body></html>`;
}

/** n cookie banners one after the other (named containers, each a finding). */
function banners(n: number): string {
  return `<html lang="fr"><body><article><p>${PROSE}</p><p>${PROSE}</p></article>${Array.from({ length: n }, () => banner()).join('\n')}</body></html>`;
}

/** Blocks nested n deep, each with its own consent-looking line (each block holds the next). */
function nested(n: number): string {
  return `<html lang="fr"><body><article><p>${PROSE}</p><p>${PROSE}</p>${'<div>Gérer mes choix '.repeat(n)}${'</div>'.repeat(n)}</article></body></html>`;
}

/** Counts every DOM getter and method call while `fn` runs (linkedom's prototypes, restored after). */
function countDomCalls<T>(fn: () => T): { value: T; calls: number } {
  const probe = parseHtml('<p>x</p>');
  const protos = new Set<object>();
  for (const node of [probe.querySelector('p')!, probe.querySelector('p')!.firstChild!, probe])
    for (
      let p = Object.getPrototypeOf(node) as object | null;
      p && p !== Object.prototype;
      p = Object.getPrototypeOf(p) as object | null
    )
      protos.add(p);
  let calls = 0;
  const undo: (() => void)[] = [];
  for (const proto of protos) {
    for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      if (key === 'constructor' || !d.configurable) continue;
      const wrapped = { ...d };
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its own `this` below
      const get = d.get;
      if (get) {
        wrapped.get = function (this: unknown) {
          calls++;
          return Reflect.apply(get, this, []) as unknown;
        };
      } else if (typeof d.value === 'function') {
        const f = d.value as (...a: unknown[]) => unknown;
        wrapped.value = function (this: unknown, ...a: unknown[]) {
          calls++;
          return f.apply(this, a);
        };
      } else continue;
      Object.defineProperty(proto, key, wrapped);
      undo.push(() => Object.defineProperty(proto, key, d));
    }
  }
  try {
    return { value: fn(), calls };
  } finally {
    for (const u of undo) u();
  }
}

function measure(html: string): { calls: number; units: number; found: number; largestUnit: number } {
  const doc = parseHtml(html, 'https://example.org/a.html');
  const { value, calls } = countDomCalls(() => {
    const scan = new ConsentScan(doc);
    const run = scan.run();
    let units = 0;
    let step = run.next();
    for (; !step.done; step = run.next()) units++;
    return { units, found: step.value.length, largestUnit: scan.work.largestUnit };
  });
  return { calls, ...value };
}

/**
 * The most elements one unit may handle (work.ts): the scan's loops pause every 256 elements or
 * fewer, and one unit may hold the end of a loop and the start of the next.
 */
const MAX_UNIT = 2 * 256;

describe.each([
  ['"Lire aussi" lines', relatedLines, 250, (n: number) => n],
  ['blocked-embed placeholders', placeholders, 100, (n: number) => n],
  ['cookie banners', banners, 100, (n: number) => n],
  ['nested blocks', nested, 150, () => null],
] as const)('%s', (_name, make, n, expected) => {
  it(`grows about linearly from ${n} to ${8 * n}`, () => {
    const small = measure(make(n));
    const large = measure(make(8 * n));
    const want = expected(8 * n);
    if (want !== null) expect(large.found).toBe(want);
    expect(large.units / small.units).toBeLessThan(8 * 1.5);
    expect(large.calls / small.calls).toBeLessThan(8 * 1.5);
    // Every loop pauses inside: the largest unit does not grow with the page.
    expect(large.largestUnit).toBeGreaterThan(0);
    expect(large.largestUnit).toBeLessThanOrEqual(MAX_UNIT);
  });
});

it('a scan run to its end gives what findConsent gives', () => {
  const html = placeholders(20);
  const a = runToEnd(scanConsent(parseHtml(html, 'https://example.org/a.html'))).map((f) => f.text);
  expect(a).toEqual(findConsent(parseHtml(html, 'https://example.org/a.html')).map((f) => f.text));
  expect(a).toHaveLength(20);
});
