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
    // The phrase family of blocked-embed notices (see en.ts).
    /^([^ ]+[ -])?inhalte? (ist |sind )?(blockiert|deaktiviert|gesperrt)[.!]?$/,
    /(dieser|der) (inhalt|beitrag|tweet|post|video|podcast|player|eintrag) (ist|wurde) (blockiert|gesperrt|deaktiviert|ausgeblendet),? (da|weil|bis|solange|sofern) (sie|du) [^.]{0,80}/,
    /sie haben (die |den )?([^ ]+ ){0,3}(cookies|einwilligung|zustimmung) (noch )?nicht (akzeptiert|erteilt|gegeben|zugestimmt)/,
    /(akzeptieren|aktivieren|erlauben) sie (bitte )?([^ ]+ ){0,3}([^ ]+-)?cookies,? um (diesen|den|das|dieses|die) [^ ]+ (zu sehen|anzuzeigen|anzusehen|abzuspielen|zu laden)/,
    /um (diesen|den|das|dieses|die) [^ ]+ (zu sehen|anzuzeigen|anzusehen|abzuspielen|zu laden),? (müssen|musst) (sie|du) [^.]{0,60}(cookies|zustimmen|einwilligen|akzeptieren)[^.]{0,30}/,
    // Ablehnung und Nichtverfügbarkeit, an den Leser gerichtet.
    /(nicht verfügbar|nicht zur verfügung|nicht (angezeigt|geladen|abgespielt) werden),? (da|weil|solange) (sie|du) [^.]{0,80}/,
    /\b(sie|du) [^.]{0,60}(cookies|einwilligung|zustimmung|medien|inhalte|einbindung|dienste?)[^.]{0,20} (abgelehnt|verweigert|widersprochen)[^.]{0,40}/,
    /erst (angezeigt|geladen|abgespielt) werden,? wenn (sie|du) [^.]{0,80}(zustimm|einwillig|akzeptier)/,
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
    /(sie können|du kannst) (ihre|deine) (einstellungen|auswahl|einwilligung|zustimmung) jederzeit (ändern|anpassen|widerrufen)/,
    /^([^ ]+-)?cookies (aktivieren|akzeptieren|zulassen)\.?$/,
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
