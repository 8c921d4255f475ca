/**
 * In-page phrase rules, per language: the wording of consent banners, of consent-blocked embed
 * placeholders, of their button labels, and of other boilerplate that lands inside articles.
 * Sources: design/consent-catalog.md §3–§4 (verbatim texts of real sites) and autoconsent's
 * heuristic patterns. Strings are written naturally and compared in `matchForm` (lower case,
 * straight apostrophes, « » and “ ” as "). Regexps see the same folded text.
 *
 * Kept here rather than in src/core/extract because extraction had no phrase list yet when this
 * was written; extraction can import `PHRASES`/`matchesCategory` from here.
 */
import { matchForm } from './text.js';

export type Lang = 'fr' | 'en' | 'de' | 'es' | 'it' | 'nl';
export const LANGS: readonly Lang[] = ['fr', 'en', 'de', 'es', 'it', 'nl'];

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

type Rule = string | RegExp;
type Table = Record<Category, Rule[]>;

const fr: Table = {
  placeholder: [
    /ce contenu est bloqué (car|parce que) vous n'avez pas/,
    /^(ce )?contenu (est )?bloqué[.!]?$/,
    /pour (afficher|voir|visualiser|lire) ce contenu,? (vous devez |veuillez |merci d'|il faut )?(accepter|autoriser|activer)/,
    /acceptez (les )?(cookies|traceurs).{0,40}pour (afficher|voir|visualiser) (ce|le|la|les|cette)/,
    /ce contenu (est|n'est) (indisponible|pas disponible) (car|sans) .{0,40}(cookies|consentement|traceurs)/,
  ],
  banner: [
    /(nous|le \S+ et ses partenaires|[\w.-]+ et (ses|nos) partenaires) (utilisons|utilisent|déposons|déposent) des (cookies|traceurs)/,
    'nous utilisons des cookies',
    'ce site utilise des cookies',
    'en poursuivant votre navigation sur ce site, vous acceptez',
    'stocker et/ou accéder à des informations sur un appareil',
  ],
  explanation: [
    'en cliquant sur "j\'accepte',
    'en cliquant sur "accepter',
    "j'accepte tous les cookies",
    "j'accepte tous les traceurs",
    'retirer votre consentement',
    'les cookies et autres traceurs seront déposés',
    'les traceurs seront déposés',
    'vous autorisez des dépôts de',
    'à des fins de personnalisation et de ciblage publicitaire',
    'vous pourrez visualiser les contenus',
    'acceptez les cookies',
    'avec nos partenaires, nous',
    'paramétrer les cookies',
    'politique de protection des données',
    'vos choix à tout moment',
  ],
  label: [
    "j'accepte", "j'accepte tout", "j'accepte tous les cookies", "j'accepte tous les traceurs", "j'accepte les cookies",
    'tout accepter', 'accepter et fermer', 'accepter et continuer', 'tout refuser', 'refuser et continuer',
    'continuer sans accepter', 'gérer mes choix', 'paramétrer les cookies', 'gérer les cookies', 'accepter les cookies',
    'personnaliser mes choix',
  ], // prettier-ignore
  weakLabel: [
    'accepter',
    'refuser',
    'personnaliser',
    'paramètres',
    "plus d'informations",
    'en savoir plus',
    'fermer',
    'ok',
    "d'accord",
  ],
  related: ['lire aussi', 'à lire aussi', 'voir aussi', 'lire la suite', 'à voir aussi', 'sur le même sujet'],
  newsletter: [
    /(inscrivez-vous|abonnez-vous) (gratuitement )?à (notre|la) (newsletter|lettre)/,
    'recevez notre newsletter',
    'recevez gratuitement notre newsletter',
    'votre adresse e-mail',
    'votre adresse email',
  ],
  pay: ["s'abonner", 'abonnez-vous', 'sans publicité', 'abonnement', 'sans publicité ciblée'],
};

const en: Table = {
  placeholder: [
    /allow .{1,40} content\?/,
    'allow content provided by a third party',
    /this article (includes|contains) content (provided by|hosted on)/,
    'we ask for your permission before anything is loaded',
    /this content is blocked (because|as|until|since) /,
    /^(this )?content (is )?blocked[.!]?$/,
    /(accept|enable|allow) (the |all |marketing |functional )?cookies to (see|view|watch|display|load) this/,
    /you (need|have) to (accept|enable|allow) .{0,40}cookies .{0,30}to (see|view|watch|display)/,
    'view original content on',
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

const de: Table = {
  placeholder: [
    'empfohlener redaktioneller inhalt',
    /^externer inhalt[.:]?$/,
    /an dieser stelle finden sie (einen |den )?(von unseren redakteuren ausgewählten, )?externen inhalt/,
    /mit ihrer zustimm+ung wird hier/,
    'zustimmung zur anzeige externer inhalte',
    'um eingebettete inhalte anzuzeigen',
    'zwei-klick-lösung',
    /^(externer )?inhalt (ist )?blockiert[.!]?$/,
  ],
  banner: [
    /wir (und unsere partner )?(verwenden|nutzen|setzen) cookies/,
    'jetzt brauchen wir ihre zustimmung',
    'diese website verwendet cookies',
    'informationen auf einem gerät speichern und/oder abrufen',
  ],
  explanation: [
    'ich bin damit einverstanden, dass mir externe inhalte angezeigt werden',
    'ich bin damit einverstanden, dass mir der externe inhalt angezeigt wird',
    'damit können personenbezogene daten an drittplattformen',
    'mehr dazu in unserer datenschutzerklärung',
    'wir und unsere partner',
    'mit einem klick anzeigen lassen',
    'datenschutz-einstellungen',
    'widerrufliche einwilligung',
    'personenbezogene daten an drittanbieter',
    /indem du den schalter auf "an" stellst/,
    /immer laden$/,
    'jetzt laden',
  ],
  label: [
    'alle akzeptieren', 'alle ablehnen', 'nur notwendige', 'nur notwendige cookies', 'zustimmung verweigern',
    'weiter ohne einwilligung', 'akzeptieren und fortsetzen', 'akzeptieren und weiter', 'alle cookies akzeptieren',
    'externe inhalte laden', 'inhalt laden',
  ], // prettier-ignore
  weakLabel: [
    'akzeptieren',
    'einwilligen',
    'zustimmen',
    'einverstanden',
    'ablehnen',
    'einstellungen',
    'mehr erfahren',
    'ok',
  ],
  related: [
    'lesen sie auch',
    'mehr zum thema',
    'auch interessant',
    'lesen sie mehr',
    'das könnte sie auch interessieren',
    'weiterlesen',
  ],
  newsletter: [
    /newsletter (jetzt )?abonnieren/,
    'melden sie sich für unseren newsletter an',
    'ihre e-mail-adresse',
  ],
  pay: ['abonnieren', 'abonnement', 'werbefrei', 'pur-abo', 'jetzt abonnieren', 'contentpass'],
};

const es: Table = {
  placeholder: [
    /este contenido está bloqueado (porque|ya que|hasta)/,
    /^(este )?contenido (está )?bloqueado[.!]?$/,
    /para ver este contenido,? (debes|tienes que|es necesario) aceptar/,
    /acepta\w* (las )?cookies .{0,40}para (ver|mostrar|visualizar) (este|el|la)/,
  ],
  banner: [
    /(utilizamos|usamos) cookies/,
    'almacenar la información en un dispositivo y/o acceder a ella',
    'este sitio web utiliza cookies',
    'accede gratis con cookies publicitarias',
  ],
  explanation: [
    'nosotros y nuestros socios',
    'no ha aceptado las cookies',
    'no has aceptado las cookies',
    'aceptar y continuar',
    'configurar cookies',
    'retirar tu consentimiento',
    'retirar su consentimiento',
  ],
  label: [
    'aceptar todo',
    'aceptar todas',
    'aceptar y continuar',
    'rechazar todo',
    'rechazar todas',
    'aceptar cookies',
    'configurar cookies',
  ],
  weakLabel: ['aceptar', 'acepto', 'rechazar', 'configurar', 'más información', 'ok'],
  related: ['lee también', 'leer también', 'te puede interesar', 'más información', 'lea también'],
  newsletter: [
    /suscr[ií]bete (a|al) (nuestra |nuestro |la |el )?(newsletter|boletín)/,
    'tu correo electrónico',
  ],
  pay: ['suscríbete', 'suscribirse', 'suscripción', 'sin publicidad', 'pagar'],
};

const it: Table = {
  placeholder: [
    /questo contenuto è bloccato (perché|poiché|finché)/,
    /^(questo )?contenuto (è )?bloccato[.!]?$/,
    /per visualizzare questo contenuto,? (devi|è necessario) (accettare|abilitare)/,
    /accetta\w* (i )?cookie.{0,40}per visualizzare/,
  ],
  banner: [
    /(utilizziamo|usiamo) (i )?cookie/,
    'archiviare e/o accedere a informazioni su un dispositivo',
    'questo sito utilizza cookie',
  ],
  explanation: [
    'noi e i nostri partner',
    'accetta e continua',
    'continua senza accettare',
    'revocare il consenso',
    'gestisci le preferenze',
  ],
  label: [
    'accetta tutto',
    'accetta tutti',
    'rifiuta tutto',
    'rifiuta tutti',
    'accetta e continua',
    'continua senza accettare',
    'gestisci le preferenze',
    'accetta i cookie',
  ],
  weakLabel: ['accetta', 'accetto', 'rifiuta', 'personalizza', 'impostazioni', 'ok'],
  related: ['leggi anche', 'potrebbe interessarti', 'leggi di più'],
  newsletter: [/iscriviti (alla|alle) (nostra )?newsletter/, 'il tuo indirizzo email'],
  pay: ['abbonati', 'abbonamento', 'senza pubblicità', 'contentpass'],
};

const nl: Table = {
  placeholder: [
    /accepteer (de )?(marketing)?cookies om deze inhoud te (bekijken|zien)/,
    /deze inhoud is geblokkeerd (omdat|tot)/,
    /^(deze )?inhoud (is )?geblokkeerd[.!]?$/,
  ],
  banner: [/(wij|we) (en onze partners )?gebruiken cookies/, 'deze website gebruikt cookies'],
  explanation: ['wij en onze partners', 'gebruik van cookies', 'toestemming intrekken'],
  label: [
    'alles accepteren',
    'alles afwijzen',
    'alleen noodzakelijke',
    'wijs alles af',
    'weiger cookies',
    'doorgaan zonder te accepteren',
    'cookies accepteren',
  ],
  weakLabel: ['akkoord', 'accepteren', 'weigeren', 'instellingen', 'ok'],
  related: ['lees ook', 'lees meer', 'bekijk ook'],
  newsletter: [/schrijf (je|u) in voor (onze|de) nieuwsbrief/, 'je e-mailadres'],
  pay: ['abonneer', 'abonnement', 'zonder advertenties'],
};

export const PHRASES: Record<Lang, Table> = { fr, en, de, es, it, nl };

/** Words that mark a text as being about consent or tracking; article prose mostly lacks them. */
export const CONSENT_VOCABULARY =
  /cooki|traceur|consent|einwillig|zustimm|datenschutz|privacy|confidentialit|données personnelles|personal data|personenbezogen|privacidad|consenso|toestemming|gdpr|rgpd|dsgvo|partenaires|drittplattform|drittanbieter|tracker|tracking/;

/** Cheap first pass on single text nodes: only blocks holding one of these are read whole. */
export const PREFILTER =
  /cooki|traceur|consent|bloqu|block|blocca|geblokkeerd|inhalt|einwillig|zustimm|einverstanden|accept|akzept|acept|accett|akkoord|refus|reject|ablehn|rechaz|rifiut|weiger|afwijz|aussi|lesen sie|mehr zum|anche|tambi|lees |read more|related|see also|newsletter|sign up|inscri|abonn|suscr|iscriv|nieuwsbrief|gérer|manage|allow|partenaires|partner|socios|privacy|datenschutz|__localized_|externe|redaktionell|klick|interessa/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(rules: Rule[], whole: boolean): RegExp {
  const parts = rules.map((r) => (typeof r === 'string' ? escape(matchForm(r)) : r.source));
  const body = parts.join('|');
  return new RegExp(whole ? `^(?:${body})[.!:]?$` : `(?:${body})`);
}

const WHOLE: ReadonlySet<Category> = new Set<Category>(['label', 'weakLabel']);
const PREFIX: ReadonlySet<Category> = new Set<Category>(['related']);

function compileCategory(lang: Lang, c: Category): RegExp {
  if (PREFIX.has(c))
    return new RegExp(
      `^(?:${PHRASES[lang][c].map((r) => (typeof r === 'string' ? escape(matchForm(r)) : r.source)).join('|')})\\b`,
    );
  return compile(PHRASES[lang][c], WHOLE.has(c));
}

const CATEGORIES: Category[] = [
  'placeholder',
  'banner',
  'explanation',
  'label',
  'weakLabel',
  'related',
  'newsletter',
  'pay',
];

const byLang = new Map<string, RegExp>();
const anyLang = new Map<Category, RegExp>();
const anyLangGlobal = new Map<Category, RegExp>();
for (const c of CATEGORIES) {
  const all: string[] = [];
  for (const l of LANGS) {
    const re = compileCategory(l, c);
    byLang.set(`${l}:${c}`, re);
    all.push(re.source);
  }
  anyLang.set(c, new RegExp(all.map((s) => `(?:${s})`).join('|')));
  anyLangGlobal.set(c, new RegExp(anyLang.get(c)!.source, 'g'));
}

/** Whether folded text `t` matches a category, in any language. */
export function matchesCategory(t: string, c: Category): boolean {
  return anyLang.get(c)!.test(t);
}

/**
 * Whether `t` matches category `c` outside quotation marks: 'The message "We use cookies"
 * appears on most sites' quotes a banner and is prose. Folded text has one quote mark, '"'.
 */
export function matchesUnquoted(t: string, c: Category): boolean {
  const re = anyLangGlobal.get(c)!;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const before = t.slice(0, m.index);
    if ((before.match(/"/g) ?? []).length % 2 === 0) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

/** Language of the first list of category `c` that matches folded text `t`. */
export function langOf(t: string, c: Category): Lang | null {
  for (const l of LANGS) if (byLang.get(`${l}:${c}`)!.test(t)) return l;
  return null;
}

/** Template tokens left by unrendered consent dialogs (Spiegel's PUR: `__localized_purIntro__`). */
export const TEMPLATE_TOKEN = /__localized_\w+__/;
