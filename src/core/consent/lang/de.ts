/** German phrase rules (folded with matchForm before matching; see ../phrases.ts). */
import type { Table } from './types.js';

export const de: Table = {
  placeholder: [
    'empfohlener redaktioneller inhalt',
    /^externer inhalt[.:]?$/,
    /an dieser stelle finden sie (einen |den )?(von unseren redakteuren ausgewählten, )?externen inhalt/,
    /mit ihrer zustimm+ung wird hier/,
    /zustimmung zur anzeige externer inhalte( von [\w.-]+)?( in meinem browser)?( \(cookie\))?/,
    // Usercentrics' embedding placeholder.
    /wir benötigen ihre zustimmung zum laden des .{1,60}(service|dienst)/,
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
    /wir verwenden einen drittanbieter-service, um (video)?inhalte einzubetten/,
    /akzeptieren sie den dienst, um .{1,40} anzusehen/,
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
