/** English phrase rules (folded with matchForm before matching; see ../phrases.ts). */
import type { Table } from './types.js';

export const en: Table = {
  placeholder: [
    /allow .{1,40} content\?/,
    'allow content provided by a third party',
    /this article (includes|contains) content (provided by|hosted on)/,
    'we ask for your permission before anything is loaded',
    // The phrase family of blocked-embed notices, the same in every language file: "this content
    // is blocked because/until … cookies", a "… content blocked" title, "you have not accepted …
    // cookies", "accept … cookies to view this", "to view this …, accept … cookies".
    /(this|the) (content|embed|video|post|tweet|map|media|player|podcast|element) (is|has been|was) (blocked|disabled|deactivated|hidden),? ((because|as|since|until|unless) you|due to your) [^.]{0,80}/,
    /^(this )?([^ ]+ )?(content|embed) (is )?(blocked|disabled)[.!]?$/,
    /you (have not|haven't|did not|didn't) (yet )?(accepted|consented to|allowed|enabled) ([^ ]+ ){0,3}cookies/,
    /(accept|enable|allow|activate) (the |all )?([^ ]+ ){0,3}cookies( (from|of|for) [^ ]+( [^ ]+)?)? to (see|view|watch|display|load|play|access|show) (this|the|it\b)/,
    /to (see|view|watch|display|load|play|access) (this |the )?[^,.]{1,40}?,? (please |you (need|have|must) (to )?)?(accept|enable|allow|activate|consent to) ([^ ]+ ){0,3}cookies[^.]{0,40}/,
    // Usercentrics' embedding placeholder.
    /we need your consent to load the .{1,60} service/,
    /you (need|have) to (accept|enable|allow) .{0,40}cookies .{0,30}to (see|view|watch|display)/,
    'view original content on',
    // Refusal and unavailability, said to the reader: "… is not available because you declined …",
    // "you have rejected (the) … cookies".
    /((is|are) (not available|unavailable|turned off)|(can ?not|can't) be (shown|displayed|loaded|played)),? (because|as|since|unless) you [^.]{0,80}/,
    /\byou (have |'ve )?(declined|rejected|refused|opted out of|withdrawn) ([^ ]+ ){0,4}(cookies|consent|tracking)[^.]{0,60}/,
  ],
  banner: [
    /\bwe( and our partners)? use (cookies|tracking technologies)/,
    /this (site|website) uses cookies/,
    /\buses cookies (for|to)\b/,
    'store and/or access information on a device',
    'personalised ads and content, ad and content measurement',
    'personalized ads and content, ad and content measurement',
    'by continuing to use our site, you accept',
    'do not sell or share my personal information',
  ],
  explanation: [
    /we use a third[ -]party service to embed (video )?content/,
    /accept the service to (watch|view|see) this/,
    'they may be using cookies and other technologies',
    /to view this content,? (click|choose)/,
    "click 'allow and continue'",
    'allow and continue',
    'accept and continue',
    "you may want to read google's cookie policy",
    'the bbc is not responsible for the content of external sites',
    /content may contain adverts/,
    'manage preferences',
    'we and our partners',
    'you can change your cookie settings',
    /(withdraw|change) your consent at any time/,
    /(you can )?(change|manage|update|adjust) your (cookie |privacy |consent )?(preferences|settings|choices|consent)( at any time)?/,
    /^(please,? )?(enable|accept|allow|activate) (the )?([^ ]+ ){0,2}cookies[^.]{0,25}\.?$/,
    /click (here )?to (enable|accept|allow|load) (them|it|cookies|the content)/,
  ],
  label: [
    'accept all', 'accept all cookies', 'accept cookies', 'reject all', 'reject all cookies', 'i do not agree',
    'manage preferences', 'manage cookies', 'cookie settings', 'allow and continue', 'accept and continue',
    'allow all', 'allow cookies', 'necessary cookies only',
  ], // prettier-ignore
  weakLabel: [
    'accept',
    'i accept',
    'i agree',
    'agree',
    'reject',
    'decline',
    'allow',
    'more options',
    'settings',
    'ok',
    'got it',
    'learn more',
    'continue',
  ],
  related: [
    'read more',
    'read also',
    'related:',
    'see also',
    'more on this story',
    'related articles',
    'recommended',
  ],
  newsletter: [
    'skip past newsletter promotion',
    'after newsletter promotion',
    'privacy notice: newsletters may contain',
    /^sign up to .{2,60}(newsletter|daily|weekly)?/,
    'enter your email address',
    /sign up (for|to) (our|the) .{0,30}newsletter/,
  ],
  pay: ['subscribe', 'subscription', 'ad-free', /\bpay\b/, 'reject and subscribe', 'contentpass'],
};
