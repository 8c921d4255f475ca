/**
 * Wording of the extension's own notice that stands in for a hidden embed placeholder, in the
 * page's language: "Post on X blocked by a consent setting — open it". Nouns carry gender so the
 * participle agrees in French, Spanish and Italian. Pure: the content script builds the DOM.
 */
import { displayHost, providerOfUrl, safeUrl, type EmbedProvider } from './embed.js';
import type { Lang } from './phrases.js';

export type NoticeLang = Lang;

interface Noun {
  text: string;
  /** Grammatical gender for agreement (f = feminine). */
  g: 'm' | 'f';
}

const NOUNS: Record<NoticeLang, Record<EmbedProvider, Noun>> = {
  en: { x: { text: 'Post on X', g: 'm' }, youtube: { text: 'YouTube video', g: 'm' }, instagram: { text: 'Instagram post', g: 'm' }, tiktok: { text: 'TikTok video', g: 'm' }, facebook: { text: 'Facebook post', g: 'm' }, spotify: { text: 'Spotify content', g: 'm' }, podcast: { text: 'Podcast', g: 'm' }, other: { text: 'Embedded content', g: 'm' } },
  fr: { x: { text: 'Publication X', g: 'f' }, youtube: { text: 'Vidéo YouTube', g: 'f' }, instagram: { text: 'Publication Instagram', g: 'f' }, tiktok: { text: 'Vidéo TikTok', g: 'f' }, facebook: { text: 'Publication Facebook', g: 'f' }, spotify: { text: 'Contenu Spotify', g: 'm' }, podcast: { text: 'Podcast', g: 'm' }, other: { text: 'Contenu intégré', g: 'm' } },
  de: { x: { text: 'Beitrag auf X', g: 'm' }, youtube: { text: 'YouTube-Video', g: 'm' }, instagram: { text: 'Instagram-Beitrag', g: 'm' }, tiktok: { text: 'TikTok-Video', g: 'm' }, facebook: { text: 'Facebook-Beitrag', g: 'm' }, spotify: { text: 'Spotify-Inhalt', g: 'm' }, podcast: { text: 'Podcast', g: 'm' }, other: { text: 'Eingebetteter Inhalt', g: 'm' } },
  es: { x: { text: 'Publicación de X', g: 'f' }, youtube: { text: 'Vídeo de YouTube', g: 'm' }, instagram: { text: 'Publicación de Instagram', g: 'f' }, tiktok: { text: 'Vídeo de TikTok', g: 'm' }, facebook: { text: 'Publicación de Facebook', g: 'f' }, spotify: { text: 'Contenido de Spotify', g: 'm' }, podcast: { text: 'Pódcast', g: 'm' }, other: { text: 'Contenido insertado', g: 'm' } },
  it: { x: { text: 'Post su X', g: 'm' }, youtube: { text: 'Video di YouTube', g: 'm' }, instagram: { text: 'Post di Instagram', g: 'm' }, tiktok: { text: 'Video di TikTok', g: 'm' }, facebook: { text: 'Post di Facebook', g: 'm' }, spotify: { text: 'Contenuto di Spotify', g: 'm' }, podcast: { text: 'Podcast', g: 'm' }, other: { text: 'Contenuto incorporato', g: 'm' } },
  nl: { x: { text: 'Bericht op X', g: 'm' }, youtube: { text: 'YouTube-video', g: 'm' }, instagram: { text: 'Instagram-bericht', g: 'm' }, tiktok: { text: 'TikTok-video', g: 'm' }, facebook: { text: 'Facebook-bericht', g: 'm' }, spotify: { text: 'Spotify-inhoud', g: 'm' }, podcast: { text: 'Podcast', g: 'm' }, other: { text: 'Ingesloten inhoud', g: 'm' } },
}; // prettier-ignore

const BLOCKED: Record<NoticeLang, (g: 'm' | 'f') => string> = {
  en: () => 'blocked by a consent setting',
  fr: (g) => `bloqué${g === 'f' ? 'e' : ''} par un réglage de consentement`,
  de: () => 'wegen einer Einwilligungseinstellung blockiert',
  es: (g) => `bloquead${g === 'f' ? 'a' : 'o'} por un ajuste de consentimiento`,
  it: (g) => `bloccat${g === 'f' ? 'a' : 'o'} da un'impostazione del consenso`,
  nl: () => 'geblokkeerd door een toestemmingsinstelling',
};

const OPEN: Record<NoticeLang, (g: 'm' | 'f') => string> = {
  en: () => 'open it',
  fr: () => 'l’ouvrir',
  de: () => 'öffnen',
  es: (g) => `abrirl${g === 'f' ? 'a' : 'o'}`,
  it: (g) => `aprirl${g === 'f' ? 'a' : 'o'}`,
  nl: () => 'openen',
};

/** "Embedded content from evil.example": the host of an address no known provider owns. */
const FROM: Record<NoticeLang, string> = {
  en: 'from',
  fr: 'provenant de',
  de: 'von',
  es: 'de',
  it: 'da',
  nl: 'van',
};

export interface NoticePlan {
  lang: NoticeLang;
  /** Named by the address's host when there is an address ("other" for hosts of no known provider). */
  provider: EmbedProvider;
  /** Host shown for an address of no known provider, else null. */
  host: string | null;
  /** "Post on X blocked by a consent setting". */
  label: string;
  /** "open it", or null when the page kept no address. */
  linkText: string | null;
  url: string | null;
  /** Label and link text as one line, for text output. */
  text: string;
}

/** Primary subtag of a language tag, narrowed to a notice language (English otherwise). */
export function noticeLang(tag: string | null | undefined): NoticeLang {
  const p = (tag ?? '').trim().toLowerCase().slice(0, 2);
  return p === 'fr' || p === 'de' || p === 'es' || p === 'it' || p === 'nl' ? p : 'en';
}

/** Language of the page: html[lang], else the language of the matched phrase, else English. */
export function pageNoticeLang(doc: Document, fallback: string | null = null): NoticeLang {
  return noticeLang(doc.documentElement?.getAttribute('lang') || fallback);
}

/**
 * The notice for a blocked embed. It tells only what the address proves: a link only to an
 * http(s) address without credentials, a provider only when that address's host is the
 * provider's ("Embedded content from evil.example" otherwise), and the provider the page names
 * only when there is no address at all.
 */
export function planEmbedNotice(
  embed: { provider?: EmbedProvider | null; url?: string | null },
  lang: string | null | undefined,
): NoticePlan {
  const l = noticeLang(lang);
  const parsed = safeUrl(embed.url);
  const url = parsed ? parsed.href : null;
  const provider = url ? providerOfUrl(url) : embed.url ? 'other' : (embed.provider ?? 'other');
  const host = url && provider === 'other' ? displayHost(url) : null;
  const noun = NOUNS[l][provider];
  const label = `${noun.text}${host ? ` ${FROM[l]} ${host}` : ''} ${BLOCKED[l](noun.g)}`;
  const linkText = url ? OPEN[l](noun.g) : null;
  return {
    lang: l,
    provider,
    host,
    label,
    linkText,
    url,
    text: linkText ? `${label} — ${linkText}` : label,
  };
}
