/**
 * Class and id names of page chrome (share bars, related stories, newsletter boxes, author bios,
 * photo credits…): the extraction drops elements so named inside the article (markup-rules.ts),
 * the page cleanup reads the same names when it judges a box (box.ts).
 */
/**
 * Class/id words of page chrome, matched as whole words of a class token (split on - and _), so
 * "share-bar" and "related_links" match but "shared-content" and "unrelated" do not.
 */
// prettier-ignore
export const CHROME_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'social', 'socials', 'related', 'newsletter', 'newsletters', 'subscribe',
  'subscription', 'signup', 'promo', 'promotion', 'bio', 'biography', 'credit', 'credits', 'copyright',
  'tags', 'tag', 'comments', 'comment', 'recommended', 'recommendations', 'outbrain', 'taboola', 'advert',
  'advertisement', 'ad', 'ads', 'sponsored', 'readmore', 'trending', 'popular', 'breadcrumb', 'breadcrumbs',
  'toolbar', 'byline', 'dateline', 'timestamp', 'meta', 'author', 'tooltip', 'popover', 'rollover', 'hovercard', 'slideshow', 'carousel', 'lightbox', 'modal', 'disclaimer', 'correction', 'nav',
  'navigation', 'menu', 'footer', 'pagination',
]);
/** Compound names whose parts alone are too common ("more", "read", "also"). */
const CHROME_PHRASES =
  /(more-?stories|read-?more|see-?also|also-?read|lire-?aussi|mehr-?zum-?thema|leggi-?anche|author-?info|about-?the-?author|email-?signup|most-?read|top-?stories|inline-?related|story-?links)/i;

/** The chrome word (or compound name) a class and id string carries, or null. */
export function chromeWordOf(name: string): string | null {
  if (!name) return null;
  const phrase = CHROME_PHRASES.exec(name);
  if (phrase) return phrase[0];
  for (const token of name.toLowerCase().split(/\s+/)) {
    for (const part of token.split(/[-_]+/)) if (CHROME_WORDS.has(part)) return part;
  }
  return null;
}

export function isChromeName(name: string): boolean {
  return chromeWordOf(name) !== null;
}

/**
 * Chrome words that name the article's own metadata (its byline, date, photo credits): the
 * extraction keeps such elements out of the text without reporting them as cleaned.
 */
export const METADATA_WORDS: ReadonlySet<string> = new Set([
  'byline',
  'dateline',
  'timestamp',
  'meta',
  'credit',
  'credits',
]);
