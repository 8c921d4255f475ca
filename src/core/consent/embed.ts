/**
 * The original address of a consent-blocked embed, from wherever the page kept it: a JSON props
 * attribute (Guardian islands), iframe[data-src] and kin (numerama, Cookiebot, Complianz),
 * escaped or base64 HTML in data attributes (Embed Privacy, Borlabs), <noscript> or <template>
 * (heise, Le Monde), a leftover blockquote link, a tweet or video id. Then the provider is named.
 */
export type EmbedProvider =
  'x' | 'youtube' | 'instagram' | 'tiktok' | 'facebook' | 'spotify' | 'podcast' | 'other';

const HOSTS: [RegExp, EmbedProvider][] = [
  [/(^|\.)(twitter\.com|x\.com)$/, 'x'],
  [/(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com)$/, 'youtube'],
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)tiktok\.com$/, 'tiktok'],
  [/(^|\.)(facebook\.com|fb\.watch|fb\.com)$/, 'facebook'],
  [/(^|\.)spotify\.com$/, 'spotify'],
  [
    /(^|\.)(podcasts\.apple\.com|acast\.com|ausha\.co|audiomeans\.fr|simplecast\.com|megaphone\.fm|podbean\.com|buzzsprout\.com|anchor\.fm|omny\.fm|art19\.com|podigee\.io|libsyn\.com|deezer\.com|soundcloud\.com|podcastics\.com)$/,
    'podcast',
  ],
];

/** Words in attributes or placeholder text that name the provider when no address is left. */
const HINTS: [RegExp, EmbedProvider][] = [
  [/\b(twitter|tweet\w*|x\.com|post on x|x-post|publication x)\b/i, 'x'],
  [/youtube/i, 'youtube'],
  [/instagram/i, 'instagram'],
  [/tiktok/i, 'tiktok'],
  [/facebook/i, 'facebook'],
  [/spotify/i, 'spotify'],
  [/podcast|acast|ausha|deezer|soundcloud/i, 'podcast'],
];

/**
 * The provider an address belongs to, by its host alone (parsed with URL: "x.com@evil.example"
 * is evil.example, "x.com.evil.example" too). Wording and class names never name a provider
 * when there is an address: a page may call anything a tweet.
 */
export function providerOfUrl(url: string): EmbedProvider {
  const u = safeUrl(url);
  if (!u) return 'other';
  const host = u.hostname.toLowerCase();
  for (const [re, p] of HOSTS) if (re.test(host)) return p;
  return 'other';
}

/** An http(s) address without credentials, parsed; null for anything else. */
export function safeUrl(raw: string | null | undefined): URL | null {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.username || u.password ? null : u;
  } catch {
    return null;
  }
}

/** The host a reader is shown for an address ("www." dropped), or null. */
export function displayHost(url: string | null | undefined): string | null {
  const u = safeUrl(url);
  return u ? u.hostname.replace(/^www\./, '') : null;
}

export function providerOfHint(hint: string): EmbedProvider | null {
  for (const [re, p] of HINTS) if (re.test(hint)) return p;
  return null;
}

/** Query parameters that only track the click (utm_*, Twitter's ref_src, Instagram's igsh…). */
const TRACKING = /^(utm_\w+|ref_src|ref_url|igshid|igsh|fbclid|gclid|mc_cid|mc_eid)$/;

/** Absolute http(s) address, with embed forms turned into the page a reader can open. */
export function cleanUrl(raw: string, base: string | null): string | null {
  const s = raw.trim().replace(/&amp;/g, '&');
  if (!s || /^(javascript|data|about|blob):/i.test(s)) return null;
  let u: URL;
  try {
    u = new URL(s.startsWith('//') ? `https:${s}` : s, base ?? undefined);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  // "https://x.com@evil.example/…" reads as x.com and opens evil.example: never an address to offer.
  if (u.username || u.password) return null;
  // The query string rewritten by hand: in Firefox's content scripts the URLSearchParams of a URL
  // left the tracking parameters in place.
  if (u.search) {
    const kept = u.search
      .slice(1)
      .split('&')
      .filter((p) => p && !TRACKING.test(p.split('=')[0] ?? ''));
    u.search = kept.length ? `?${kept.join('&')}` : '';
  }
  const host = u.hostname.replace(/^www\./, '');
  const vimeo = /^\/video\/(\d+)/.exec(u.pathname);
  if (vimeo && host === 'player.vimeo.com') {
    const h = u.searchParams.get('h');
    return `https://vimeo.com/${vimeo[1]!}${h && /^\w+$/.test(h) ? `/${h}` : ''}`;
  }
  const yt = /^\/embed\/([\w-]{6,})/.exec(u.pathname);
  if (yt && /youtube(-nocookie)?\.com$/.test(host)) return `https://www.youtube.com/watch?v=${yt[1]!}`;
  const fbHref = u.searchParams.get('href');
  if (/facebook\.com$/.test(host) && u.pathname.startsWith('/plugins/') && fbHref)
    return cleanUrl(fbHref, null);
  const insta = /^(\/(?:p|reel|tv)\/[\w-]+\/)embed(?:\/captioned)?\/?$/.exec(u.pathname);
  if (insta && host === 'instagram.com') return `https://www.instagram.com${insta[1]!}`;
  const tweetId = u.searchParams.get('id');
  if (host === 'platform.twitter.com' && tweetId && /^\d+$/.test(tweetId))
    return `https://x.com/i/status/${tweetId}`;
  return u.href;
}

/**
 * Attributes that hold an embed's address while it waits: lazy loaders and, above all, the
 * deferred sources of consent managers (Cookiebot data-cookieblock-src, Complianz data-src-cmplz,
 * iubenda suppressedsrc, Real Cookie Banner consent-original-src-_, Borlabs src-consent, Avada
 * data-privacy-src, Usercentrics uc-src, consentmanager data-cmp-src, Moove data-gdpr-iframesrc, WebToffee's
 * CookieLawInfo data-cli-src, CCM19 data-ccm-loader-src…).
 */
export const URL_ATTRS = [
  'data-src', 'data-url', 'data-href', 'data-embed-url', 'data-embed-src', 'data-original-src', 'data-lazy-src',
  'data-cookieblock-src', 'data-src-cmplz', 'data-oembed-url', 'data-tweet-url', 'data-video-url', 'data-iframe-src',
  'data-permalink', 'data-instgrm-permalink', 'cite', 'suppressedsrc', 'data-suppressedsrc', 'consent-original-src',
  'consent-original-src-_', 'consent-click-original-src-_', 'src-consent', 'data-privacy-src', 'uc-src', 'data-uc-src',
  'data-cmp-src', 'data-gdpr-iframesrc', 'data-wpconsent-src', 'data-consent-src', 'data-ep-src', 'data-cli-src',
  'data-ccm-loader-src',
]; // prettier-ignore

/** Attributes only consent managers use to park an address: an iframe with one waits for consent. */
export const DEFERRED_ATTRS = URL_ATTRS.slice(URL_ATTRS.indexOf('suppressedsrc')).concat([
  'data-cookieblock-src',
  'data-src-cmplz',
]);

/** Embed-shaped sources: an address found here names the embed even for an unknown provider. */
const EMBED_SOURCES = `iframe[src], ${URL_ATTRS.map((a) => `[${a}]`).join(', ')}`;

const HTML_URL = /(?:src|href|data-src|cite)\s*=\s*(?:"|&quot;|')([^"'&<>\s]+(?:&amp;[^"'&<>\s]+)*)/gi;

function urlsInHtml(html: string): string[] {
  return Array.from(html.matchAll(HTML_URL), (m) => m[1]!);
}

/**
 * Addresses in a script that holds the embed's markup rather than code: base64 in a template
 * (Borlabs: <script type="text/template">), or HTML-escaped, JSON-encoded, slash-escaped markup in
 * a variable (Embed Privacy: var _oembed_… = '{"embed":"&lt;iframe … src=&quot;https:\\/\\/…').
 */
function urlsInScript(code: string): string[] {
  const t = code.trim();
  if (!t) return [];
  if (t.length >= 16 && /^[A-Za-z0-9+/=\s]+$/.test(t)) return urlsInHtml(decodeBase64(t.replace(/\s+/g, '')));
  if (!/&lt;|<(iframe|blockquote|a)\b/i.test(t)) return [];
  const unescaped = t
    .replace(/\\+\//g, '/')
    .replace(/\\+"/g, '"')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
  return urlsInHtml(unescaped);
}

function decodeBase64(s: string): string {
  try {
    return typeof atob === 'function' ? atob(s) : '';
  } catch {
    return '';
  }
}

/** Every string value of a parsed JSON tree (Guardian's `props`). */
function jsonStrings(v: unknown, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) jsonStrings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) jsonStrings(x, out);
  return out;
}

interface Candidate {
  url: string;
  /** From an embed-shaped source (kept even when the provider is unknown). */
  embed: boolean;
}

/** Addresses found in a scope; `deceptive` when one carried credentials ("https://x.com@evil.example"). */
interface Candidates {
  list: Candidate[];
  deceptive: boolean;
}

const CREDENTIALS = /^(?:https?:)?\/\/[^/?#]*@/i;

function candidatesIn(el: Element, base: string | null, found: Candidates): void {
  const out = found.list;
  const add = (raw: string | null | undefined, embed: boolean): void => {
    if (raw && CREDENTIALS.test(raw.trim())) found.deceptive = true;
    const u = raw ? cleanUrl(raw, base) : null;
    if (u) out.push({ url: u, embed });
  };
  const all = [el, ...Array.from(el.querySelectorAll('*'))];
  for (const node of all) {
    const tag = node.tagName;
    if (tag === 'GU-ISLAND' || node.hasAttribute('props')) {
      try {
        for (const s of jsonStrings(JSON.parse(node.getAttribute('props') ?? 'null'), [])) {
          if (/^(https?:)?\/\//.test(s)) add(s, true);
          else if (s.includes('<')) for (const u of urlsInHtml(s)) add(u, true);
        }
      } catch {
        // not JSON
      }
    }
    if (node.matches(EMBED_SOURCES)) {
      for (const a of URL_ATTRS) add(node.getAttribute(a), true);
      if (tag === 'IFRAME' && node.getAttribute('src') !== 'about:blank') add(node.getAttribute('src'), true);
    }
    const escaped = node.getAttribute('data-embed-content');
    if (escaped) for (const u of urlsInHtml(escaped)) add(u, true);
    const b64 = node.getAttribute('data-borlabs-cookie-content');
    if (b64) for (const u of urlsInHtml(decodeBase64(b64))) add(u, true);
    if (tag === 'NOSCRIPT' || tag === 'TEMPLATE') {
      // With scripts on, browsers keep noscript content as raw text; linkedom parses it.
      for (const u of urlsInHtml(node.textContent ?? '')) add(u, true);
      const content =
        tag === 'TEMPLATE'
          ? ((node as HTMLTemplateElement).content as DocumentFragment | undefined)
          : undefined;
      const inner: Element[] = content
        ? Array.from(content.children).flatMap((c) => [c, ...Array.from(c.querySelectorAll('*'))])
        : [];
      for (const x of inner) for (const a of ['src', 'href', 'cite']) add(x.getAttribute(a), true);
    }
    if (node.parentElement?.closest('noscript')) add(node.getAttribute('src'), true);
    if (tag === 'A') add(node.getAttribute('href'), node.closest('blockquote, noscript') !== null);
    if (tag === 'SCRIPT') for (const u of urlsInScript(node.textContent ?? '')) add(u, true);
    // Players that keep a service name and an id only, the address being built by the consent
    // script: tarteaucitron (<div class="youtube_player" videoID="…">), orestbida's iframemanager
    // (<div data-service="youtube" data-id="…">). Browsers lower-case attribute names; linkedom
    // keeps the page's spelling.
    const vid = node.getAttribute('videoid') ?? node.getAttribute('videoID') ?? node.getAttribute('data-id');
    if (vid && /^[\w-]{5,}$/.test(vid)) {
      const service = `${node.getAttribute('class') ?? ''} ${node.getAttribute('data-service') ?? ''}`;
      const page = /youtube/i.test(service)
        ? 'https://www.youtube.com/watch?v='
        : /vimeo/i.test(service)
          ? 'https://vimeo.com/'
          : /dailymotion/i.test(service)
            ? 'https://www.dailymotion.com/video/'
            : null;
      if (page) add(page + vid, true);
    }
    // A placeholder painted with the video's own thumbnail (CookieYes, CookieLawInfo).
    const thumb = /(?:img\.youtube\.com|i\.ytimg\.com)\/vi\/([\w-]{11})\//.exec(
      node.getAttribute('style') ?? '',
    );
    if (thumb) add(`https://www.youtube.com/watch?v=${thumb[1]!}`, true);
    const tweet = node.getAttribute('data-tweet-id');
    if (tweet && /^\d+$/.test(tweet)) add(`https://x.com/i/status/${tweet}`, true);
    const yt = node.getAttribute('data-youtube-id') ?? node.getAttribute('data-video-id');
    if (yt && /^[\w-]{11}$/.test(yt)) add(`https://www.youtube.com/watch?v=${yt}`, true);
  }
}

export interface EmbedInfo {
  url: string | null;
  provider: EmbedProvider;
}

/**
 * Looks for the address in `scope` (the placeholder, then its neighbours): first an address of a
 * known provider, else an embed-shaped address. Links to the site's own pages are ignored.
 */
export function recoverEmbed(scope: Element[], hint: string, base: string | null): EmbedInfo {
  const found: Candidates = { list: [], deceptive: false };
  for (const el of scope) candidatesIn(el, base, found);
  // Links the placeholder shows are mostly its provider's privacy policy: only embed-shaped
  // sources count, a visible link only when it leads to content (a post, a video), not a policy.
  const cands = found.list.filter((c) => c.embed || !POLICY.test(c.url));
  const pick = (embed: boolean): Candidate | undefined =>
    cands.find((c) => c.embed === embed && providerOfUrl(c.url) !== 'other') ??
    (embed ? cands.find((c) => c.embed && !sameSite(c.url, base)) : undefined);
  const chosen = pick(true) ?? pick(false);
  // With an address, its host alone names the provider. Without one, the placeholder's words and
  // class names may, unless the page offered a disguised address (then nothing it says is trusted).
  if (chosen) return { url: chosen.url, provider: providerOfUrl(chosen.url) };
  return { url: null, provider: found.deceptive ? 'other' : (providerOfHint(hint) ?? 'other') };
}

/** Addresses of policy and help pages, which placeholders link to and no embed is. */
const POLICY = /\/(privacy|policies|policy|legal|terms|cookies?|datenschutz|help|about)\b/i;

function sameSite(url: string, base: string | null): boolean {
  if (!base) return false;
  try {
    return new URL(url).hostname === new URL(base).hostname;
  } catch {
    return false;
  }
}

const HINT_ATTRS = [
  'class',
  'type',
  'data-embed-provider',
  'data-provider',
  'data-embed-type',
  'data-platform',
  'data-network',
  'data-component',
  'name',
  'data-iframe',
  'title',
];

/** Attribute values and class names that may name the provider. */
export function attributeHints(el: Element): string {
  const parts: string[] = [];
  for (const node of [
    el,
    ...Array.from(
      el.querySelectorAll(
        '[class], [type], [data-embed-provider], [data-provider], [data-embed-type], [data-platform], [name]',
      ),
    ),
  ].slice(0, 40)) {
    for (const a of HINT_ATTRS) parts.push(node.getAttribute(a) ?? '');
  }
  return parts.join(' ');
}
