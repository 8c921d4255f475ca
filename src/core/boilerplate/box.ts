/**
 * Kinds of in-article boilerplate a reader wants gone from the page as well as from the brief:
 * consent text, "read also"/related lists, newsletter prompts, share bars, app and podcast promos,
 * ad labels. The same phrase lists as the extraction (phrases.ts, match.ts), the same class names
 * (names.ts) and the same share-bar shape (extract/shapes.ts), plus what only markup tells: links
 * to app stores, podcast platforms and share endpoints. Pure: the page cleanup (consent/boxes.ts)
 * and the benchmark (bench/consistency.ts) judge with these.
 */
import { BOILERPLATE_MAX_CHARS, phraseKey } from './key.js';
import { matchPagePhraseKey, type PageFamily } from './page-match.js';
import { isShareBar } from './share-bar.js';

export type BoxKind = 'consent' | 'related' | 'newsletter' | 'share' | 'app' | 'podcast' | 'ad';

/** The families of phrases.ts whose paragraphs the page hides too. */
export const PAGE_FAMILIES: readonly PageFamily[] = ['consent', 'related', 'newsletter', 'share', 'promo'];

/** A paragraph that is nothing but an ad label, in the languages of phrases.ts. */
const AD_LABEL =
  /^(advertisement|advert|ad|ads|sponsored|sponsored content|sponsor message|anzeige|werbung|publicité|pub|publicidad|publicidade|pubblicità|advertentie|reclame)$/;

export function isAdLabel(text: string): boolean {
  return (
    text.length <= 40 &&
    AD_LABEL.test(
      phraseKey(text)
        .replace(/[^\p{L} ]/gu, '')
        .trim(),
    )
  );
}

/** Words of share rows ("Partager : Facebook X E-mail Copier le lien") besides the networks. */
// prettier-ignore
const SHARE_WORDS = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'pinterest', 'linkedin', 'reddit', 'tumblr', 'flipboard', 'messenger',
  'telegram', 'bluesky', 'threads', 'mastodon', 'xing', 'email', 'e', 'mail', 'sms', 'print', 'share', 'tweet',
  'partager', 'partagez', 'imprimer', 'copier', 'lien', 'teilen', 'drucken', 'kopieren', 'link', 'compartir',
  'comparte', 'imprimir', 'copiar', 'enlace', 'condividi', 'stampa', 'copia', 'deel', 'delen', 'kopiëren', 'copy',
]);
/** Small words that may sit between share labels ("Share this", "Copier le lien", "Deel dit artikel"). */
const SHARE_FILLERS = new Set([
  'this',
  'on',
  'le',
  'la',
  'den',
  'il',
  'el',
  'dit',
  'artikel',
  'article',
  'via',
  'sur',
  'per',
]);

/** A row of share buttons with their labels, in five languages and Dutch. */
export function isShareRow(text: string): boolean {
  if (text.length > 120) return false;
  const words = phraseKey(text).match(/\p{L}+/gu) ?? [];
  if (words.length < 2 || words.length > 14) return false;
  let share = 0;
  let other = 0;
  for (const w of words) {
    if (SHARE_WORDS.has(w)) share++;
    else if (!SHARE_FILLERS.has(w)) other++;
  }
  return share >= 2 && other <= 1;
}

/** The kind of a paragraph on its own, or null when it may be article text. */
export function boilerplateKindOf(text: string): BoxKind | null {
  if (!text || text.length > BOILERPLATE_MAX_CHARS) return null;
  if (isAdLabel(text)) return 'ad';
  if (isShareBar(text) || isShareRow(text)) return 'share';
  const family = matchPagePhraseKey(phraseKey(text), PAGE_FAMILIES);
  if (family === 'promo') return /p[oó]dcast/i.test(text) ? 'podcast' : 'app';
  return family;
}

/** Class and id words that name a box of one kind (matched per token part, as in names.ts). */
const NAME_KINDS: [RegExp, BoxKind][] = [
  // Not "social": it names social-media embeds (article content) as often as share bars.
  [/^(share|sharing|sharebar|sharedaddy|shariff|sharetools|sociallinks)$/, 'share'],
  [/^(related|relatedposts|recommended|recommendations|readmore|outbrain|taboola|trending)$/, 'related'],
  [/^(newsletter|newsletters|signup|subscribe)$/, 'newsletter'],
  [/^(advert|advertisement|advertising|ad|ads|adslot|adunit|sponsored|werbung|anzeige|publicite)$/, 'ad'],
];
const NAME_PHRASES: [RegExp, BoxKind][] = [
  [
    /(read-?more|see-?also|also-?read|lire-?aussi|mehr-?zum-?thema|leggi-?anche|lees-?ook|most-?read|more-?stories|inline-?related|jp-relatedposts)/i,
    'related',
  ],
  [/(email-?signup|mc_embed|newsletter)/i, 'newsletter'],
];

/** The box kind a class or id names, or null. */
export function boxKindOfName(name: string): BoxKind | null {
  if (!name.trim()) return null;
  for (const [re, kind] of NAME_PHRASES) if (re.test(name)) return kind;
  for (const token of name.toLowerCase().split(/\s+/)) {
    const parts = token.split(/[-_]+/);
    // French "pub" (publicité) leads a name ("pub", "pub-slot"); inside one it is as often
    // "publication" or "publish" ("article-byline__pub-dates", "imgur-embed-pub").
    if (parts[0] === 'pub') return 'ad';
    for (const part of parts) for (const [re, kind] of NAME_KINDS) if (re.test(part)) return kind;
  }
  return null;
}

/** Links that only promotions carry: app stores, podcast platforms, share endpoints. */
const LINK_KINDS: [RegExp, BoxKind][] = [
  [
    /^https?:\/\/(apps\.apple\.com\/[^?#]*\/app\/|itunes\.apple\.com\/[^?#]*\/app\/|play\.google\.com\/store\/apps\/)/i,
    'app',
  ],
  [
    /^https?:\/\/(podcasts\.apple\.com\/|open\.spotify\.com\/(show|episode)\/|(www\.)?deezer\.com\/([a-z]{2}\/)?(show|episode)\/|podcasts\.google\.com\/|overcast\.fm\/|pca\.st\/|castbox\.fm\/|podcasts\.audible\.)/i,
    'podcast',
  ],
  [
    /^(https?:\/\/((www\.|m\.)?facebook\.com\/sharer|(www\.)?(twitter|x)\.com\/(intent\/|share)|wa\.me\/|api\.whatsapp\.com\/send|(www\.)?linkedin\.com\/share|pinterest\.[a-z.]+\/pin\/create|t\.me\/share|bsky\.app\/intent)|mailto:\?)/i,
    'share',
  ],
];

export function linkKind(href: string): BoxKind | null {
  for (const [re, kind] of LINK_KINDS) if (re.test(href)) return kind;
  return /[?&]share=\w/.test(href) ? 'share' : null;
}

/**
 * How a prompt's sentences open ("Sign up for…", "Abonnez-vous…", "Jetzt herunterladen", "If you
 * enjoyed this article…"): news prose that mentions a newsletter reports, it does not ask.
 */
const PROMPT_OPENING =
  /^(sign up (for|to|now|here|today)|subscribe (to|now|today|here)|join (our|the|us|\d)|get (the|our) (latest|free|best|daily|weekly|news|app)|download (the|our)|listen (to|on) (the|our)|follow us|click here|start your day|enter your e-?mail|if you enjoyed|want more|never miss|don't miss|inscrivez-vous|abonnez-vous|recevez (notre|nos|la|gratuitement)|téléchargez (l'|notre)|écoutez (notre|le)|suivez-nous|rejoignez|melden sie sich|abonnieren sie|laden sie (die|unsere)|hören sie (unseren|den)|folgen sie uns|jetzt (abonnieren|anmelden|herunterladen)|suscríbete|suscríbase|descarga (la|nuestra)|escucha (nuestro|el)|síguenos|apúntate|recibe (nuestra|nuestro|las)|iscriviti|abbonati|scarica (l'|la)|ascolta (il|la)|seguici|ricevi (la|le|ogni)|schrijf je in|download de|luister naar|volg ons|ontvang (de|onze))\b/;

/** Words one of the prompt families needs, for a cheap test before their regexps. */
const PROMPT_HINT =
  /newsletter|sign up|subscri|inbox|abonn|inscri|iscriv|suscr|nieuwsbrief|podcast|pódcast|\bapp\b|appli|télécharg|herunterl|scarica|descarga|download|postfach|correo|boletín|e-mail/i;
/** A sentence this short may be anything in a prompt ("There's plenty more where that came from."). */
const PROMPT_ASIDE = 60;

/**
 * A paragraph that asks the reader to sign up, download or listen: it has a phrase of those
 * families, and most of it is sentences that ask (see PROMPT_OPENING) or short asides. "Readers who
 * sign up for the newsletter can read five articles a month, its chief executive said" reports.
 */
export function isPrompt(text: string): boolean {
  if (text.length > BOILERPLATE_MAX_CHARS || !PROMPT_HINT.test(text)) return false;
  const key = phraseKey(text);
  if (!matchPagePhraseKey(key, PROMPT_FAMILIES)) return false;
  let asking = 0;
  for (const s of key.split(/(?<=[.!?])\s+/))
    if (s.length <= PROMPT_ASIDE || PROMPT_OPENING.test(s.replace(/^[^\p{L}]+/u, ''))) asking += s.length;
  return asking * 2 >= key.length;
}
const PROMPT_FAMILIES: readonly PageFamily[] = ['newsletter', 'promo'];
