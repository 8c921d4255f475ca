/**
 * Phrases that mark a paragraph as not article text, per family and per language (FR/EN/DE/ES/IT,
 * plus PT where news chrome is common). Pure data: each entry is a regular-expression source matched
 * case-insensitively against a paragraph after `phraseKey()` (lower case, ’ → ', « » “ ” → ", spaces
 * folded). `whole` must match the entire paragraph (button labels, section titles), `start` its
 * beginning, `contains` anywhere. Sources: design/consent-catalog.md §3–4 (real wordings of consent
 * notices and their buttons) and the usual article chrome of news sites in each language.
 *
 * One set of rules for the brief and the page: the extraction drops these paragraphs from the
 * article text, the page cleanup (src/core/consent) hides them on the page. The data is
 * `BOILERPLATE_PHRASES` here; the matchers `matchBoilerplate` and `isConsentText` are in match.ts
 * (also reachable as src/core/extract/boilerplate-*.ts). Stable names. The lists themselves are in
 * three files by family: phrases-consent.ts (banners, buttons, blocked-embed placeholders),
 * phrases-invites.ts (read also, newsletter, continue, share, promo) and phrases-meta.ts (print,
 * credit, dateline, author, chrome, legal, bio).
 */
import { consent } from './phrases-consent.js';
import { continueReading, newsletter, promo, related, share } from './phrases-invites.js';
import { author, bio, credit, dateline, legal, pageChrome, printNote } from './phrases-meta.js';

export type BoilerplateFamily =
  | 'consent'
  | 'related'
  | 'newsletter'
  | 'continue'
  | 'print'
  | 'credit'
  | 'dateline'
  | 'author'
  | 'share'
  | 'promo'
  | 'chrome'
  | 'legal'
  | 'bio';

export interface PhraseSet {
  whole?: string[];
  start?: string[];
  contains?: string[];
}

export interface FamilyPhrases {
  /** Paragraphs longer than this are article prose even when a phrase occurs in them. */
  maxWords: number;
  langs: Record<string, PhraseSet>;
}

/** In this order (the matchers try the families in it): consent, links elsewhere, then metadata. */
export const BOILERPLATE_PHRASES: Record<BoilerplateFamily, FamilyPhrases> = {
  consent,
  related,
  newsletter,
  continue: continueReading,
  print: printNote,
  credit,
  dateline,
  author,
  share,
  promo,
  chrome: pageChrome,
  legal,
  bio,
};
