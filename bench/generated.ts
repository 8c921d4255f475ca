/**
 * Generated pages of a chosen size, for checking that extraction grows in proportion to the page:
 * the unit tests count each step's work on them (src/core/extract/bounds.test.ts) and the bench
 * times them at doubling sizes (speed.ts). Each generator takes n, the number of repeated parts.
 */

const SENTENCE =
  'Le gouvernement a présenté mardi le calendrier de sa réforme des retraites, qui doit être examinée au Parlement à partir du mois de mars.';
const LEAD = `<p>${SENTENCE}</p>`.repeat(5);

const page = (body: string): string =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Réforme des retraites</title></head>` +
  `<body><header><nav><a href="/">Accueil</a></nav></header><main><article><h1>Réforme des retraites</h1>` +
  `${body}</article></main><footer>Mentions légales</footer></body></html>`;

export const GENERATED: Record<string, (n: number) => string> = {
  /** Paragraphs, as gen-big.py writes them for the CLI timings. */
  paragraphs: (n) => page(Array.from({ length: n }, (_, i) => `<p>${SENTENCE} (${i})</p>`).join('\n')),
  /** Headline and summary pairs: the shape the teaser rule reads. */
  teasers: (n) =>
    page(LEAD + '<h3>Une autre histoire du jour</h3><p>Un résumé court sans point final</p>'.repeat(n)),
  /** One paragraph of n sentences. */
  'one paragraph': (n) => page(`<p>${`${SENTENCE} `.repeat(n)}</p>`),
  /** A chain of n nested <div>s, text at the bottom (a script-built page). */
  'nested div': (n) => page(LEAD + '<div>'.repeat(n) + SENTENCE + '</div>'.repeat(n)),
  /** n nested inline quotes inside a paragraph. */
  'nested q': (n) => page(`${LEAD}<p>${'<q>'.repeat(n)}${SENTENCE}${'</q>'.repeat(n)}</p>`),
  /** n nested <div>s with a sentence at every level. */
  'nested div with text': (n) => page(LEAD + `<div>${SENTENCE}`.repeat(n) + '</div>'.repeat(n)),
  /** n chains of 60 nested <div>s, each ending in a sentence. */
  'deep chains': (n) => page(LEAD + ('<div>'.repeat(60) + SENTENCE + '</div>'.repeat(60)).repeat(n)),
  /** A list of n links. */
  'link list': (n) =>
    page(LEAD + `<ul>${'<li><a href="/a">Un lien vers un autre article</a></li>'.repeat(n)}</ul>`),
  /** n nested lists. */
  'nested lists': (n) => page(LEAD + '<ul><li>élément'.repeat(n) + '</li></ul>'.repeat(n)),
  /** n nested elements whose class names a share bar. */
  'nested chrome': (n) => page(LEAD + '<div class="share">partager '.repeat(n) + '</div>'.repeat(n)),
  /** A table of n rows. */
  table: (n) => page(LEAD + `<table>${`<tr><td>${SENTENCE}</td><td>42</td></tr>`.repeat(n)}</table>`),
};

/** Plain text of about `bytes` UTF-8 bytes: paragraphs of the same sentences, numbered. */
export function generatedText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `${SENTENCE} (${i})`;
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n');
}
