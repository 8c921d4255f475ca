/**
 * Consent phrases (family `consent` of BOILERPLATE_PHRASES, phrases.ts): the wordings of consent
 * banners, their buttons and the placeholders left where a consent manager blocked an embed, per
 * language. Sources: design/consent-catalog.md §3–4.
 */
import type { FamilyPhrases } from './phrases.js';

// prettier-ignore
export const consent: FamilyPhrases = {
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
};
