/**
 * Photo and wire credits, defined once for every stage: extraction cuts a credit that ends a
 * caption (it is chrome, and it makes the paragraph a caption); the brief blanks credits so that
 * the names in them are not taken for people of the story. Both read the same vocabulary below.
 *
 * Two strengths:
 * - `trailingCreditStart` (strict): forms that are a credit whatever the sentence before them,
 *   safe to cut from the text: "(Image: GETTY)", "Credit: EPA", "… . Photo: Jane Doe",
 *   "(Photo by X/Getty Images)", "(Jane Doe / AP)", "REUTERS/Jane Doe", "Jane Doe/AFP",
 *   "EFE/Juan Pérez", "(NASA via AP, File)", "(AP Photo)".
 * - `TRAILING_CREDIT_MASK` and `CAPTION_CREDITS` (loose): also "Photo Jane Doe" without a colon at
 *   the end of a block, and any "Credit…", "Photo:", "©…" run or "(…/…)" inside a caption. Only
 *   for blanking names: cutting on them could take article words ("… the Bild Zeitung reported").
 */

/** News and photo agencies whose name ends or starts a wire credit, as they are written. */
// prettier-ignore
const AGENCIES = [
  'AFP', 'Reuters', 'AP', 'dpa', 'EPA', 'ANSA', 'EFE', 'Keystone', 'Getty Images', 'Europa Press', 'LaPresse',
];

/** Each agency as written, in capitals, and capitalised (REUTERS, Ansa, DPA). */
const agencyForms = (): string[] => {
  const forms = new Set<string>();
  for (const a of AGENCIES) {
    forms.add(a);
    forms.add(a.toUpperCase());
    forms.add(a[0]!.toUpperCase() + a.slice(1).toLowerCase());
  }
  return [...forms].sort((x, y) => y.length - x.length);
};
/** Agency names, case as written (for patterns that tell names by their capitals). */
export const AGENCY = `(?:${agencyForms().join('|')})`;

/** Labels that introduce a photo credit, in the five languages and English variants. */
const PHOTO_LABEL = '(?:photo|foto|bild|image|imagen|immagine|crédit photo)';
const PAREN_LABEL = '(?:image|photo|picture|foto|credit|crédit|bild|source)';

/**
 * Strict credits that end a text (see the file comment). Case-insensitive: captions write labels
 * and agencies in any case. Each form is anchored at the end, after optional spaces.
 */
const STRICT_TRAILING = new RegExp(
  [
    `\\(${PAREN_LABEL}s?(?: credit)?\\s*:[^)]*\\)`,
    '(?:credit|crédit)s?\\s*:\\s*[^.]{1,80}',
    `(?<=[.!?] )${PHOTO_LABEL}\\s*:\\s*[^.]{1,60}`,
    '\\((?:photos? by|photo credit|foto di)[^()]{1,120}\\)',
    `\\([^()]{0,120}\\/\\s?${AGENCY}\\)`,
    // AP's way: "(NASA via AP, File)", "(AP Photo, File)".
    `\\([^()]{1,80} via ${AGENCY}(?:,? file)?\\)`,
    `\\(${AGENCY} photo(?:,? file)?\\)`,
  ]
    .map((f) => `\\s*(?:${f})\\s*$`)
    .join('|'),
  'iu',
);

/**
 * Wire credits at the end: "REUTERS/Jane Doe", "(AFP/John Smith)", "EFE/Juan Pérez" (agency in any
 * case), "Jane Doe/AFP", "Jane Doe / AFP" (a capitalised name, the agency as written).
 */
const WIRE_AGENCY_FIRST = new RegExp(
  `\\s*\\(?(?<![\\p{L}])${AGENCY}\\s?/\\s?[^\\s)/]+(?: [^\\s)/]+)?\\)?\\s*$`,
  'iu',
);
const WIRE_NAME_FIRST = new RegExp(
  `\\s*\\(?(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}’'.-]*(?: \\p{Lu}[\\p{L}’'.-]*){0,3}\\s?/\\s?)+${AGENCY}\\)?\\s*$`,
  'u',
);

/**
 * A cheap test before the strict forms, which are tried at every position: each of them ends with
 * ")", has its colon among the last 120 characters, or holds a "/".
 */
const CREDIT_COLON_REACH = 120;
const mayEndWithCredit = (text: string): boolean =>
  text.endsWith(')') || text.lastIndexOf(':') >= text.length - CREDIT_COLON_REACH || text.includes('/');

/** Texts longer than this are never read as ending with a credit (captions are shorter). */
const CREDIT_MAX_CHARS = 1500;

/**
 * Where a strict credit ending `text` starts (the spaces before it included), or -1. Wire forms
 * are only read in texts of at most `wireMaxWords` words (a caption): in a longer paragraph,
 * "… a poll by Reuters/Ipsos" is prose.
 */
export function trailingCreditStart(text: string, words: number, wireMaxWords = 60): number {
  if (text.length > CREDIT_MAX_CHARS || !mayEndWithCredit(text)) return -1;
  const strict = STRICT_TRAILING.exec(text);
  if (strict) return strict.index;
  if (words > wireMaxWords || !text.includes('/')) return -1;
  const wire = WIRE_AGENCY_FIRST.exec(text) ?? WIRE_NAME_FIRST.exec(text);
  return wire ? wire.index : -1;
}

/**
 * A photo credit glued to its label, as some pages print it: "CreditKevin Frayer/Getty Images",
 * "Photos AFP". Only short texts (`words` at most 14).
 */
export function isGluedCredit(text: string, words: number): boolean {
  return words <= 14 && /^([Cc]redit|[Cc]rédit|[Ff]oto|[Pp]hoto)s?(\p{Lu}|$)/u.test(text);
}

/**
 * For blanking names only (see the file comment): a credit ending a block of copied text, with or
 * without a colon after its label: "Photo : X / AFP", "Foto: X/dpa", "EFE/X", "ANSA/X", "X/Reuters".
 */
export const TRAILING_CREDIT_MASK = new RegExp(
  `(?:(?:Photos?|Fotos?|Bild|Crédits?|Credits?|Foto di)\\s?:?\\s+\\p{Lu}[^.]*|(?<![\\p{L}])${AGENCY}\\s?/\\s?\\p{Lu}[^.]*|\\p{Lu}[\\p{L}’'.-]*(?: \\p{Lu}[\\p{L}’'.-]*){1,3}\\s?/\\s?${AGENCY})$`,
  'u',
);
/** Literal parts every match of TRAILING_CREDIT_MASK holds: most blocks have none. */
export const MAY_END_WITH_CREDIT_MASK = /Photo|Foto|Bild|Crédit|Credit|\//u;

/**
 * For blanking names only: credits anywhere in a caption: "CreditChang W. Lee/The New York
 * Times", "Photo: X", "© X", "(Ellen M. Banner / The Seattle Times)", "(AFP)". Global.
 */
export const CAPTION_CREDITS = new RegExp(
  `(?:Credit(?:Credit)?|Photo(?:graph)?:|Foto:|Bild:|©|Crédits? ?:|Illustration ?:).*$|\\([^()]*\\/[^()]*\\)|\\(${AGENCY}\\)`,
  'giu',
);
