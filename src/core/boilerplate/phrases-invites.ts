/**
 * Phrases of boxes that send the reader elsewhere (families `related`, `newsletter`, `continue`,
 * `share`, `promo` of BOILERPLATE_PHRASES, phrases.ts): "read also" lists, sign-up prompts, share
 * bars, app and podcast promotions, per language.
 */
import type { FamilyPhrases } from './phrases.js';

// prettier-ignore
export const related: FamilyPhrases = {
  maxWords: 30,
  langs: {
    en: {
      whole: [
        'read more', 'related', 'related (stories|articles|content|coverage|links|posts)', 'more stories',
        'more news', 'recommended( for you)?', 'you (may|might) also like', 'most (popular|read|viewed)( in .{1,30})?',
        'popular( this week)?', 'recent (articles|posts|stories)', 'latest( news| stories)?',
        'trending( now| stories)?', "don't miss", 'top stories', 'further reading', 'more .{1,30} news',
        'more (great )?.{0,30}(stories|posts|articles)', 'breaking news', 'see also',
        'up next', 'more on this (story|topic)', 'read next', 'what (others|people) are (reading|watching)',
        'you may have missed',
      ],
      start: [
        'read more\\s*[:»]', 'read more about', 'read also', 'see also\\s*:', 'see more\\s*:',
        'related\\s*:', 'more\\s*:', 'also\\s*:', 'also read', 'more on this( story)?\\s*:', 'more from',
        '\\[read\\s*:', '\\[related\\s*:', 'watch\\s*:', 'related coverage', 'more articles from',
        'on [\\w.-]+\\.(com|net|org)\\s*:',
      ],
    },
    fr: {
      whole: [
        'sur le même sujet', 'voir aussi', 'les plus lus',
        'à la une', 'dans la même rubrique', 'articles (similaires|liés)', 'sur le même thème',
      ],
      start: [
        'lire\\s*:', 'à lire (aussi|également)', 'voir aussi\\s*:',
        'à voir (aussi|également)', '\\(?lire aussi',
      ],
    },
    de: {
      whole: [
        'auch interessant', 'das könnte sie auch interessieren',
        'weitere artikel', 'meistgelesen', 'relevante themen',
      ],
      start: [
        'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'auch interessant\\s*:', 'lesen sie hier',
        'siehe auch\\s*:',
      ],
    },
    es: {
      whole: [
        'te puede interesar', 'también te puede interesar',
        'noticias relacionadas', 'lo más leído', 'ver también',
      ],
      start: [
        'lee también', 'lea también', 'leer más\\s*:', 'te puede interesar\\s*:', 'ver también\\s*:',
        'más información\\s*:',
      ],
    },
    it: {
      whole: [
        'potrebbe interessarti', 'ti potrebbe interessare', 'articoli correlati',
        'guarda anche', 'i più letti',
      ],
      start: [
        'leggi anche', '\\(leggi anche', 'guarda anche\\s*:', 'potrebbe interessarti\\s*:',
        'leggi (pure|tutto)\\s*:',
      ],
    },
    nl: {
      whole: ['lees ook', 'lees meer', 'meest gelezen', 'gerelateerde artikelen', 'ook interessant'],
      start: ['lees ook\\s*:', 'lees meer\\s*:'],
    },
    pt: {
      whole: ['veja também', 'mais lidas'],
      start: ['leia também', 'leia mais\\s*:', 'veja também\\s*:'],
    },
  },
};

// prettier-ignore
export const newsletter: FamilyPhrases = {
  maxWords: 45,
  langs: {
    en: {
      whole: [
        'subscribe', 'sign up', 'subscribe now', 'newsletters?', 'join now', 'sign up (for|to) .{1,40}',
        '(free )?(daily|weekly|monthly) newsletter', 'stay connected( with (me|us))?', 'follow us( on .{1,30})?',
        'connect with (me|us)', 'support (us|our (work|journalism))',
      ],
      start: [
        'sign up (for|to) (our|the|free|a)\\b', 'sign up (now|here|today)\\b', 'subscribe (now|today|here)\\b', 'subscribe to (our|the) .{0,40}(newsletter|channel|podcast|magazine)', 'get the latest .{0,60} (in|to) your inbox',
        'want more stories like this', 'if you enjoyed this (article|post|interview|story)',
        'did you (make|try) (this|one of (my|our)) recipes?', 'please (take a moment to )?leave a (star )?rating',
        'please support us by donating',
      ],
      contains: [
        '(sign up|subscribe|register) (for|to) (our|the|free)? ?.{0,50}newsletters?',
        'delivered (straight )?to your inbox', '^\\[?(.{0,60}: )?(get|receive|sign up for) .{1,60} in your inbox', 'every (day|week) we send an email',
        'enter your email address', 'newsletters may contain', '(skip past|after) newsletter promotion',
        'click here to get the .{1,30} app', 'subscribe to .{1,40} on youtube',
      ],
    },
    fr: {
      whole: ["s'abonner", "je m'abonne", 'newsletter'],
      start: ['abonnez-vous', 'inscrivez-vous', 'recevez (gratuitement )?(notre|la) newsletter'],
      contains: [
        'réservé (à nos|aux) abonnés', '^(recevez|inscrivez-vous) .{1,60} dans votre boîte (mail|de réception)', "rejoignez notre communauté d'abonnés", 'pour lire la suite',
        'inscrivez-vous à (notre|la) newsletter',
      ],
    },
    de: {
      whole: ['abonnieren', 'newsletter'],
      start: ['newsletter abonnieren', 'jetzt abonnieren'],
      contains: ['^(erhalten|bekommen) sie .{1,60} in ihr(em)? (e-mail-)?postfach', 'melden sie sich .{0,40}newsletter an', 'weiterlesen mit', 'für abonnenten'],
    },
    es: {
      whole: ['boletín'],
      start: ['suscríbete', 'suscríbase'],
      contains: ['(suscríbete|apúntate) (a|al) (nuestro|nuestra)'],
    },
    it: {
      whole: ['iscriviti'],
      start: ['iscriviti alla newsletter', 'abbonati'],
      contains: ['iscriviti alla (nostra )?newsletter'],
    },
  },
};

// prettier-ignore
export const continueReading: FamilyPhrases = {
  maxWords: 12,
  langs: {
    en: { start: ['continue reading', 'keep reading', 'read the full (story|article|transcript)'] },
    fr: { start: ['continuer (la )?lecture', 'lire la suite'] },
    de: { start: ['weiterlesen'] },
    es: { start: ['sigue leyendo', 'seguir leyendo', 'continuar leyendo'] },
    it: { start: ['continua a leggere', "leggi l'articolo completo"] },
  },
};

// prettier-ignore
export const share: FamilyPhrases = {
  maxWords: 10,
  langs: {
    en: {
      whole: [
        '(share|tweet|submit|email|print|copy link|comments?|facebook|twitter|x|whatsapp|pinterest|linkedin|reddit|flipboard|messenger|telegram|save)( (share|tweet|submit|email|print|copy link|comments?|facebook|twitter|x|whatsapp|pinterest|linkedin|reddit|flipboard|messenger|telegram|save))*',
        'share (this|on) .{1,20}', 'pin (it |this )?(for later|now)', 'save (it |this )?for later',
      ],
    },
    fr: { whole: ['partager( sur .{1,20})?', 'partagez', 'lire plus tard', 'épingler( pour plus tard)?'] },
    de: { whole: ['teilen', 'artikel teilen', 'merken', 'für später (merken|pinnen)'] },
    es: { whole: ['compartir', 'comparte', 'guardar para (después|más tarde)'] },
    it: { whole: ['condividi', 'condividi su .{1,20}', 'salva per dopo'] },
  },
};

/** App and podcast promotions inside articles: "Téléchargez l'application…", "Listen to our podcast". */
// prettier-ignore
export const promo: FamilyPhrases = {
  maxWords: 40,
  langs: {
    en: {
      whole: ['listen to (the|our) podcast'],
      start: [
        '(download|get) (the|our) .{0,40}app\\b', 'read .{1,40} (offline|on the go)\\b',
        '(listen|subscribe) (to|on) (the|our|this) .{0,40}podcast', 'on .{1,40}, (the|our) podcast\\b',
      ],
    },
    fr: {
      whole: ["télécharger l'application"],
      start: [
        "téléchargez (l'application|l'appli|notre application)", "écoutez (notre|le|ce) podcast",
        'retrouvez (notre|le) podcast',
      ],
    },
    de: {
      whole: ['app herunterladen'],
      start: [
        '(jetzt )?(die|unsere) .{0,40}app (herunterladen|laden|installieren)', 'laden sie (die|unsere) .{0,30}app',
        '(hören sie|jetzt) (unseren|den) .{0,30}podcast',
      ],
    },
    es: {
      start: ['descarga (la|nuestra) .{0,30}app\\b', 'escucha (nuestro|el) .{0,30}(podcast|pódcast)'],
    },
    it: {
      start: ["scarica (l'app|la nostra app)", 'ascolta (il|il nostro) .{0,30}podcast'],
    },
    nl: {
      start: ['download (de|onze) .{0,30}app\\b', 'luister naar (onze|de) .{0,30}podcast'],
    },
  },
};
