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
 * (also reachable as src/core/extract/boilerplate-*.ts). Stable names.
 */
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

/** A date as news pages print it: a month name or a numeric date, optionally a time. */
const MONTH =
  '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|janv|févr|mars|avr|mai|juin|juil|août|sept|déc|janvier|février|avril|juillet|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\\.?';
const NUM_DATE = '\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}';

// prettier-ignore
export const BOILERPLATE_PHRASES: Record<BoilerplateFamily, FamilyPhrases> = {
  consent: {
    maxWords: 90,
    langs: {
      en: {
        whole: [
          'accept', 'accept all', 'accept all cookies', 'reject all', 'i agree', 'i accept', 'i do not agree',
          'allow', 'allow and continue', 'accept and continue', 'manage preferences', 'manage my preferences',
          'manage cookies', 'cookie settings', 'allow (.{1,40} )?content\\?',
          'skip .{1,30} (video|post|content)',
        ],
        contains: [
          'this content is blocked', 'you have not accepted (the )?cookies',
          'we ask for your permission before anything is loaded',
          'may be using cookies and other technologies', "click '?allow and continue'?",
          "choose '?accept and continue'?", 'view original content on',
          'is not responsible for the content of external sites', 'content may contain adverts',
          'store and/or access information on a device', 'personalised ads and content', 'we use cookies',
          'we and our partners', 'do not sell or share my personal information',
          'accept (all )?cookies to (see|view)', 'consent to (the use of )?cookies',
          'includes content (provided by|hosted on)',
        ],
      },
      fr: {
        whole: [
          "j'accepte", "j'accepte tous les cookies", "j'accepte tous les traceurs", "j'accepte les cookies",
          'gérer mes choix', 'tout refuser', 'tout accepter', 'accepter', 'accepter et fermer',
          'accepter et continuer', 'continuer sans accepter', 'refuser et continuer',
          'paramétrer les cookies', 'personnaliser mes choix',
        ],
        contains: [
          'ce contenu est bloqué', "vous n'avez pas accepté les (cookies|traceurs)",
          'en cliquant sur "? ?j\'accepte', 'cookies et autres traceurs', 'retirer votre consentement',
          'dépôts? de (cookies|traceurs)', 'à des fins de personnalisation et de ciblage publicitaire',
          'stocker et/ou accéder', 'vous pourrez visualiser les contenus',
          'acceptez les cookies pour (voir|afficher)',
        ],
      },
      de: {
        whole: [
          'empfohlener redaktioneller inhalt', 'externer inhalt', 'alle akzeptieren', 'einwilligen',
          'zustimmen', 'einverstanden', 'alle ablehnen', 'nur notwendige( cookies)?', 'zustimmung verweigern',
          'weiter ohne einwilligung', 'akzeptieren und fortsetzen', 'akzeptieren',
          '.{1,30}-video (jetzt|immer) laden', '(externe )?inhalte? (jetzt )?(laden|anzeigen)',
        ],
        contains: [
          'ich bin damit einverstanden, dass mir (der )?externen? inhalte? angezeigt', 'an drittplattformen',
          'mehr dazu in unserer datenschutzerklärung', 'mit ihrer zustimm+ung wird hier',
          'zustimmung zur anzeige externer inhalte', 'um eingebettete inhalte anzuzeigen',
          'an dieser stelle finden sie (einen )?(von unseren redakteuren ausgewählten, )?externen inhalt',
          'externen? inhalte? mit einem klick anzeigen', 'wir und unsere partner',
          'jetzt brauchen wir ihre zustimmung', 'in den datenschutz-einstellungen',
        ],
      },
      es: {
        whole: [
          'aceptar', 'rechazar', 'aceptar y continuar', 'aceptar todo', 'aceptar todas', 'rechazar todo',
          'configurar cookies', 'gestionar (mis )?(preferencias|opciones)',
          'accede gratis con cookies publicitarias',
        ],
        contains: [
          'este contenido está bloqueado', 'no ha(s|n)? aceptado (las )?cookies',
          'almacenar la información en un dispositivo', 'nosotros y nuestros socios',
          'acepta(r)? (las )?cookies para (ver|visualizar)', 'retirar (tu|su) consentimiento',
        ],
      },
      it: {
        whole: [
          'accetta', 'rifiuta', 'accetta tutti', 'accetta tutto', 'rifiuta tutti', 'rifiuta tutto',
          'continua senza accettare', 'accetta e continua', 'gestisci (le )?(preferenze|opzioni)',
        ],
        contains: [
          'questo contenuto è bloccato', 'non hai accettato i cookie',
          'accetta(re)? i cookie per (vedere|visualizzare)', 'noi e i nostri (partner|fornitori)',
          'archiviare e/o accedere a informazioni su un dispositivo', 'revocare il (tuo )?consenso',
        ],
      },
    },
  },
  related: {
    maxWords: 30,
    langs: {
      en: {
        whole: [
          'read more', 'related', 'related (stories|articles|content|coverage|links|posts)', 'more stories',
          'more news', 'recommended( for you)?', 'you (may|might) also like', 'most (popular|read|viewed)( in .{1,30})?',
          'popular( this week)?', 'recent (articles|posts|stories)', 'latest( news| stories)?',
          'trending( now| stories)?', "don't miss", 'top stories', 'further reading', 'more .{1,30} news',
          'more (great )?.{0,30}(stories|posts|articles)', 'breaking news', 'more from .{1,40}', 'see also',
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
          'à lire aussi', 'lire aussi', 'sur le même sujet', 'voir aussi', 'à voir aussi', 'les plus lus',
          'à la une', 'dans la même rubrique', 'articles (similaires|liés)', 'sur le même thème',
        ],
        start: [
          'lire aussi', 'lire\\s*:', 'à lire (aussi|également)', 'voir aussi\\s*:',
          'à voir (aussi|également)', '\\(?lire aussi',
        ],
      },
      de: {
        whole: [
          'lesen sie auch', 'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren',
          'weitere artikel', 'meistgelesen', 'relevante themen',
        ],
        start: [
          'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'auch interessant\\s*:', 'lesen sie hier',
          'siehe auch\\s*:',
        ],
      },
      es: {
        whole: [
          'lee también', 'lea también', 'te puede interesar', 'también te puede interesar',
          'noticias relacionadas', 'lo más leído', 'ver también',
        ],
        start: [
          'lee también', 'lea también', 'leer más\\s*:', 'te puede interesar\\s*:', 'ver también\\s*:',
          'más información\\s*:',
        ],
      },
      it: {
        whole: [
          'leggi anche', 'potrebbe interessarti', 'ti potrebbe interessare', 'articoli correlati',
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
        whole: ['leia também', 'veja também', 'mais lidas'],
        start: ['leia também', 'leia mais\\s*:', 'veja também\\s*:'],
      },
    },
  },
  newsletter: {
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
        whole: ["s'abonner", 'abonnez-vous', "je m'abonne", 'newsletter'],
        start: ['abonnez-vous', 'inscrivez-vous', 'recevez (gratuitement )?(notre|la) newsletter'],
        contains: [
          'réservé (à nos|aux) abonnés', '^(recevez|inscrivez-vous) .{1,60} dans votre boîte (mail|de réception)', "rejoignez notre communauté d'abonnés", 'pour lire la suite',
          'inscrivez-vous à (notre|la) newsletter',
        ],
      },
      de: {
        whole: ['jetzt abonnieren', 'abonnieren', 'newsletter'],
        start: ['newsletter abonnieren', 'jetzt abonnieren'],
        contains: ['^(erhalten|bekommen) sie .{1,60} in ihr(em)? (e-mail-)?postfach', 'melden sie sich .{0,40}newsletter an', 'weiterlesen mit', 'für abonnenten'],
      },
      es: {
        whole: ['suscríbete', 'suscríbase', 'boletín'],
        start: ['suscríbete', 'suscríbase'],
        contains: ['(suscríbete|apúntate) (a|al) (nuestro|nuestra)'],
      },
      it: {
        whole: ['abbonati', 'iscriviti'],
        start: ['iscriviti alla newsletter', 'abbonati'],
        contains: ['iscriviti alla (nostra )?newsletter'],
      },
    },
  },
  continue: {
    maxWords: 12,
    langs: {
      en: { start: ['continue reading', 'keep reading', 'read the full (story|article|transcript)'] },
      fr: { start: ['continuer (la )?lecture', 'lire la suite'] },
      de: { start: ['weiterlesen'] },
      es: { start: ['sigue leyendo', 'seguir leyendo', 'continuar leyendo'] },
      it: { start: ['continua a leggere', "leggi l'articolo completo"] },
    },
  },
  print: {
    maxWords: 70,
    langs: {
      en: {
        start: ['a version of this article appears in print', 'this article appeared in print'],
        contains: ['order reprints'],
      },
      fr: { start: ['cet article est paru dans', "article paru dans (l'édition|le journal)"] },
      de: { start: ['dieser artikel erschien (zuerst )?in der'] },
      es: { start: ['este artículo (se publicó|apareció) en la edición impresa'] },
      it: { start: ["questo articolo è (uscito|apparso) (sull'edizione|in edicola)"] },
    },
  },
  credit: {
    maxWords: 14,
    langs: {
      en: {
        whole: [
          'photo', 'image', 'caption', 'close', 'enlarge this image', 'toggle caption',
          '.{1,40} (/|\\|) getty images', 'getty images',
        ],
        start: [
          '(photo|image|picture|photograph)s?( credit)?\\s*:', 'credits?\\s*[:.…]', 'image copyright',
          'media caption', 'media playback is unsupported', 'courtesy of', 'file photo\\s*:',
          'image \\d+( of)?\\b', '\\(image:', '\\(photo:',
        ],
      },
      fr: { start: ['(photo|crédits?)\\s*:', 'crédit photo', 'illustration\\s*:'] },
      de: { start: ['(foto|bild|bildquelle)\\s*:', 'fotos?\\s*:'] },
      es: { start: ['(foto|imagen|fotografía)\\s*:'] },
      it: { start: ['(foto|immagine)\\s*:'] },
    },
  },
  dateline: {
    maxWords: 16,
    langs: {
      en: {
        start: [
          '(published|updated|posted|last updated|first published)\\s*(:|on|at|\\d)', '\\|\\s*updated',
          'updated on\\s*:',
        ],
        whole: [
          `(\\w+day,? )?${MONTH} \\d{1,2}(st|nd|rd|th)?,? \\d{4}( \\|)?`,
          `${MONTH} \\d{1,2}`,
          `${NUM_DATE}( \\d{1,2}:\\d{2})?`,
        ],
      },
      fr: { start: ['(publié|mis à jour|modifié) (le|à|:)'] },
      de: { start: ['(veröffentlicht|aktualisiert|stand)\\s*(am|:|\\d)'] },
      es: { start: ['(publicado|actualizado)\\s*(el|a las|:|\\d)'] },
      it: { start: ['(pubblicato|aggiornato)\\s*(il|alle|:|\\d)'] },
      pt: { start: ['(publicado|atualizado)\\s*(em|:)'] },
    },
  },
  author: {
    maxWords: 70,
    langs: {
      en: {
        whole: ['about the author', 'about the authors?', 'more articles from .{1,40}'],
        start: [
          'reporting by', 'additional reporting (by|from)', 'editing by', 'have a tip\\?',
          '.{1,60} contributed (reporting|to this (report|story|article))', '.{1,60} may be reached at',
          'follow (him|her|them|us|[\\w ]{1,30}) on (twitter|facebook|instagram)',
        ],
        contains: ['contributed (reporting|to this (report|story|article))\\.?$'],
      },
      fr: { start: ['avec (afp|reuters|ap)$', 'retrouvez .{1,40} sur (twitter|facebook|instagram)'] },
      de: { start: ['mit material von'] },
      es: { start: ['con información de'] },
      it: { start: ['con la collaborazione di'] },
    },
  },
  share: {
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
  },
  /** App and podcast promotions inside articles: "Téléchargez l'application…", "Listen to our podcast". */
  promo: {
    maxWords: 40,
    langs: {
      en: {
        whole: ['get the app', 'download the app', 'listen to (the|our) podcast'],
        start: [
          '(download|get) (the|our) .{0,40}app\\b', 'read .{1,40} (offline|on the go)\\b',
          '(listen|subscribe) (to|on) (the|our|this) .{0,40}podcast', 'on .{1,40}, (the|our) podcast\\b',
        ],
      },
      fr: {
        whole: ["télécharger l'application", "téléchargez l'application"],
        start: [
          "téléchargez (l'application|l'appli|notre application)", "écoutez (notre|le|ce) podcast",
          'retrouvez (notre|le) podcast',
        ],
      },
      de: {
        whole: ['app herunterladen', 'jetzt die app laden'],
        start: [
          '(jetzt )?(die|unsere) .{0,40}app (herunterladen|laden|installieren)', 'laden sie (die|unsere) .{0,30}app',
          '(hören sie|jetzt) (unseren|den) .{0,30}podcast',
        ],
      },
      es: {
        whole: ['descarga la app', 'descarga nuestra app'],
        start: ['descarga (la|nuestra) .{0,30}app\\b', 'escucha (nuestro|el) .{0,30}(podcast|pódcast)'],
      },
      it: {
        whole: ["scarica l'app"],
        start: ["scarica (l'app|la nostra app)", 'ascolta (il|il nostro) .{0,30}podcast'],
      },
      nl: {
        whole: ['download de app'],
        start: ['download (de|onze) .{0,30}app\\b', 'luister naar (onze|de) .{0,30}podcast'],
      },
    },
  },
  chrome: {
    maxWords: 25,
    langs: {
      en: {
        whole: [
          'advertisement', 'ad', 'sponsored', 'comments?', '\\d+ comments?',
          'loading( (content|paragraph|image|video|comments|more))?\\W*', 'skip to (main )?content', 'tags',
          'source: .{1,40}', '(the )?(article|story) continues (below|after (this|the) (ad|advertisement))',
          'advertisement\\W+(scroll|continue reading) (down|below)',
        ],
        start: [
          'copyright\\b', '©', 'tags\\s*:', 'loading content', '\\d+ min(ute)?s? read', 'via \\w+\\.\\w+$',
        ],
        contains: ['\\| \\d+ min(ute)?s? read$'],
      },
      fr: {
        whole: ['publicité', 'commentaires?', 'chargement( en cours)?\\W*', "la suite (de l'article )?après (cette )?(publicité|annonce)"],
        start: ['temps de lecture'],
      },
      de: {
        whole: ['anzeige', 'werbung', 'kommentare?', '(wird )?geladen\\W*', 'lädt\\W*', 'weiterlesen nach der anzeige'],
        start: ['lesezeit'],
      },
      es: {
        whole: ['publicidad', 'comentarios?', 'cargando\\W*', 'la noticia continúa (abajo|tras (el|la) (anuncio|publicidad))'],
        start: ['tiempo de lectura'],
      },
      nl: { whole: ['advertentie', 'reclame'] },
      it: {
        whole: ['pubblicità', 'commenti', '\\d+ letture', 'letture', 'caricamento( in corso)?\\W*', "l'articolo continua (sotto|dopo la pubblicità)"],
        start: ['tempo di lettura'],
      },
      pt: { start: ['tempo de leitura'] },
    },
  },
  legal: {
    maxWords: 80,
    langs: {
      en: {
        start: [
          'this (document|material|article) is subject to copyright', 'citation\\s*:', 'copyright ©? ?\\d{4}',
          '(affiliate |advertising |editorial )?disclosure\\s*:',
        ],
        contains: [
          'may not be (published|reproduced|redistributed|broadcast)', 'all rights reserved\\.?$',
          '(we|i) (may )?earn (a )?(small )?(commission|fee)', 'from qualifying purchases',
          '(may )?contains? affiliate links', 'if you (buy|purchase|click) (something )?through (our |these )?(affiliate )?links',
        ],
      },
      fr: {
        contains: [
          'tous droits réservés\\.?$', 'reproduction (interdite|strictement interdite)',
          "liens? d'affiliation", '(nous )?(pouvons )?(percevoir|toucher) une commission',
        ],
      },
      de: { contains: ['alle rechte vorbehalten\\.?$', 'affiliate-links?', 'erhalten wir (eine|ggf\\. eine) provision'] },
      es: { contains: ['todos los derechos reservados\\.?$', 'enlaces de afiliados?', 'podemos (recibir|ganar) una comisión'] },
      it: { contains: ['riproduzione riservata\\.?$', 'tutti i diritti riservati\\.?$', 'link di affiliazione', 'potremmo ricevere una commissione'] },
    },
  },
  /**
   * Author bios: "Jane Doe is the paper's environment correspondent." Only judged near the end of
   * an article (clean.ts), since the same words can be news about a journalist.
   */
  bio: {
    maxWords: 60,
    langs: {
      en: { start: ["[\\p{L}.' -]{3,40} (is|was) (a|an|the) [\\p{L}'’ -]{0,60}(reporter|correspondent|writer|editor|columnist|journalist|critic|contributor|curator)\\b"] },
      fr: { start: ["[\\p{L}.' -]{3,40} est (journaliste|rédact(eur|rice)|correspondante?|éditorialiste|chroniqueu(r|se)|reporter)\\b"] },
      de: { start: ["[\\p{L}.' -]{3,40} ist (redakteur(in)?|korrespondent(in)?|autor(in)?|journalist(in)?|reporter(in)?)\\b"] },
      es: { start: ["[\\p{L}.' -]{3,40} es (periodista|redact(or|ora)|corresponsal|columnista|reportera?)\\b"] },
      it: { start: ["[\\p{L}.' -]{3,40} è (giornalista|redatt(ore|rice)|corrispondente|inviat[oa]|cronista)\\b"] },
    },
  },
};
