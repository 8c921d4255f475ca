/**
 * Hostile pages, generated: the same shapes as ../shared/repro/hardening (which may be absent), so
 * the hardening tests and the bench run in any clone. Served by e2e/server.ts under /hostile/.
 * Each page marks article paragraphs with data-probe="article" and consent UIs with
 * data-probe="banner", like the shared reproductions.
 */
const PROSE = [
  'Le gouvernement a présenté mardi le calendrier de sa réforme, qui doit être examinée au Parlement à partir du mois de mars, selon un document transmis aux partenaires sociaux.',
  'Les organisations syndicales dénoncent un texte injuste et réclament le retrait du report de l’âge légal de départ, tandis que le patronat salue une réforme nécessaire.',
  'Selon les chiffres publiés par l’institut de statistique, la croissance a atteint 0,4 % au troisième trimestre, portée par la consommation des ménages et l’investissement.',
  'Dans la région, les élus locaux s’inquiètent de la fermeture annoncée de plusieurs lignes ferroviaires, essentielles pour des milliers de travailleurs frontaliers.',
];

const BANNER_TEXT =
  'Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience. En poursuivant votre navigation sur ce site, vous acceptez leur utilisation.';

/**
 * A page script that records when its zero-delay timer ticks (window.__ticks, performance.now()
 * times), from the first byte of the page: ticks during the cleanup's first pass show that the
 * pass gave the page the main thread.
 */
const HEARTBEAT = `<script>window.__ticks = [];(function tick() { if (__ticks.length < 20000) { __ticks.push(performance.now()); setTimeout(tick, 0); } })();</script>`;
let heartbeat = false;

function page(title: string, body: string, bodyAttrs = ''): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>${heartbeat ? HEARTBEAT : ''}</head><body${bodyAttrs}>${body}</body></html>`;
}

function paragraphs(n: number, between: (i: number) => string = () => ''): string {
  let out = '';
  for (let i = 0; i < n; i++)
    out += `<p data-probe="article">${PROSE[i % PROSE.length]} (${i})</p>\n${between(i)}`;
  return out;
}

/** A fixed cookie banner with accept and refuse buttons (what the cleanup must hide). */
export function banner(
  attrs = '',
  style = 'position:fixed;bottom:0;left:0;right:0;background:#fff;padding:12px',
): string {
  return `<div id="cookie-notice-x" class="cookie-banner" role="dialog" data-probe="banner" style="${style}"${attrs}>
<p>${BANNER_TEXT}</p><button type="button">Tout accepter</button> <button type="button">Tout refuser</button></div>`;
}

/** `n` prose paragraphs, each followed by a "Lire aussi" line: n boilerplate findings. */
export function relatedLines(n: number): string {
  return page(
    `Lire aussi x${n}`,
    `<article><h1>Lire aussi x${n}</h1>${paragraphs(
      n,
      (i) =>
        `<p class="related">Lire aussi | <a href="/a${i}">Un autre article sur la réforme numéro ${i}</a></p>\n`,
    )}</article>`,
  );
}

/** `n` prose paragraphs and one cookie banner after the article. */
export function manyParagraphs(n: number): string {
  return page(
    `Paragraphes x${n}`,
    `<article><h1>Paragraphes x${n}</h1>${paragraphs(n)}</article>${banner()}`,
  );
}

/** A banner, and a page script that sets overflow:hidden on body again every 100 ms. */
export function relockInline(): string {
  return page(
    'Relock inline',
    `<article><h1>La page qui reverrouille</h1>${paragraphs(40)}</article>${banner()}<script>
setInterval(() => { document.body.style.overflow = 'hidden'; }, 100);
</script>`,
    ' style="overflow:hidden"',
  );
}

/** A banner and a blocked embed, and a page script that strips the hidden marker every 200 ms. */
export function stripsMarker(): string {
  return page(
    'Remover attr',
    `<article><h1>La page qui efface Unwall</h1>${paragraphs(3)}<div class="embed-container"><iframe data-src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><div class="embed-consent-overlay"><p>Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs.</p></div></div>${paragraphs(3)}</article>${banner()}<script>
window.__removed = 0;
setInterval(() => {
  for (const n of document.querySelectorAll('[data-unwall-hidden]')) { n.removeAttribute('data-unwall-hidden'); window.__removed++; }
}, 200);
</script>`,
  );
}

/** Level `level` of `depth` nested same-origin frames, each with a banner (the last has no frame). */
export function nestedFrame(level: number, depth: number, query = ''): string {
  const inner =
    level < depth - 1
      ? `<iframe src="/hostile/nest.html?level=${level + 1}&depth=${depth}${query}" style="width:95%;height:${Math.max(150, 600 - level * 80)}px"></iframe>`
      : '';
  const article =
    level === 0 ? `<article><h1>Cadres imbriqués</h1>${paragraphs(4)}</article>` : `<p>Niveau ${level}</p>`;
  return page(`Niveau ${level}`, `${article}${banner(` data-level="${level}"`, '')}${inner}`);
}

/** An article with a same-origin frame whose document arrives `delayMs` after the page. */
export function lateFrame(delayMs: number): string {
  return page(
    'Cadre tardif',
    `<article><h1>Cadre tardif</h1>${paragraphs(4)}</article><iframe id="late" src="/slow/${delayMs}/hostile/nest.html?level=5&depth=6" style="width:90%;height:200px"></iframe>`,
  );
}

/**
 * An empty frame first, then `n` prose paragraphs (a first pass of many slices); when the first
 * slice of the cleanup's first pass is on the page's timeline, the page points the frame (already
 * read, empty) at a page with a banner, which loads while the pass goes on. window.__frameLoadedAt
 * says when it loaded (performance.now() time).
 */
export function frameDuringPass(n: number): string {
  return page(
    'Cadre pendant la passe',
    `<iframe id="moving" style="width:90%;height:200px"></iframe><article><h1>Cadre pendant la passe</h1>${paragraphs(n)}</article><script>
window.__frameLoadedAt = null;
(function wait() {
  if (performance.getEntriesByName('unwall:task:first pass').length === 0) { setTimeout(wait, 0); return; }
  const frame = document.getElementById('moving');
  frame.addEventListener('load', () => { window.__frameLoadedAt = performance.now(); });
  frame.src = '/hostile/nest.html?level=5&depth=6';
})();
</script>`,
  );
}

/** Routes of e2e/server.ts: path under /hostile/ → HTML for the query. */
export function hostilePage(name: string, query: URLSearchParams): string | null {
  const n = (key: string, fallback: number, max = 20_000): number =>
    Math.min(max, Math.max(0, Number(query.get(key) ?? fallback) || fallback));
  heartbeat = query.has('heartbeat');
  switch (name) {
    case 'related-lines.html':
      return relatedLines(n('n', 1000));
    case 'paragraphs.html':
      return manyParagraphs(n('n', 10_000));
    case 'relock.html':
      return relockInline();
    case 'strips-marker.html':
      return stripsMarker();
    case 'nest.html':
      return nestedFrame(n('level', 0, 50), n('depth', 6, 50));
    case 'frame-during-pass.html':
      return frameDuringPass(n('n', 10_000));
    case 'late-frame.html':
      return lateFrame(n('delay', 4000, 30_000));
    default:
      return null;
  }
}
