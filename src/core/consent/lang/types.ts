/** Types of the per-language phrase tables, one file per language in this folder. */
export type Category =
  /** "This content is blocked because you did not accept cookies": an embed placeholder. */
  | 'placeholder'
  /** Banner prose: "We use cookies", "store and/or access information on a device". */
  | 'banner'
  /** Sentences that explain consent inside banners and placeholders. */
  | 'explanation'
  /** Whole-text button labels that only consent UIs use ("J'accepte", "Reject all"). */
  | 'label'
  /** Whole-text generic labels ("Accepter", "Settings"): consent only next to other consent text. */
  | 'weakLabel'
  /** Start of a "read also" line between paragraphs. */
  | 'related'
  /** Newsletter prompts inside articles. */
  | 'newsletter'
  /** Pay-or-accept wording that makes a consent dialog a wall. */
  | 'pay';

/** A substring (written naturally, folded before matching) or a regexp over folded text. */
export type Rule = string | RegExp;
export type Table = Record<Category, Rule[]>;
