/** Italian phrase rules (folded with matchForm before matching; see ../phrases.ts). */
import type { Table } from './types.js';

export const it: Table = {
  placeholder: [
    // The phrase family of blocked-embed notices (see en.ts).
    /questo contenuto (è|è stato) (bloccato|disabilitato|disattivato) (perché|poiché|finché|fino a quando|in quanto|dato che) (non )?(hai|abbia|accetti|avete|abbiate) [^.]{0,80}/,
    /^(questo )?contenuto( [^ ]+)? (è )?(bloccato|disabilitato)[.!]?$/,
    /non (hai|ha|avete) (ancora )?(accettato|autorizzato|abilitato|acconsentito a) (i |ai )?([^ ]+ ){0,3}cookie/,
    /per (vedere|visualizzare|guardare|riprodurre|caricare|ascoltare) (questo|questa|il|la|lo|i|le|l')[^,.]{0,40}?,? (devi |è necessario |occorre |bisogna )?(accettare|abilitare|attivare|consentire|accetta|abilita) (i )?([^ ]+ ){0,3}cookie[^.]{0,40}/,
    /(accetta|abilita|attiva|consenti)( i)? ([^ ]+ ){0,3}cookie( [^ ]+){0,3} per (vedere|visualizzare|guardare|riprodurre|caricare|accedere a|ascoltare)/,
    // Rifiuto e indisponibilità, rivolti al lettore.
    /(non è disponibile|non può essere (visualizzat|mostrat|caricat)[oa]),? (perché|poiché|finché) (non )?(hai|avete) [^.]{0,80}/,
    /(contenuto non disponibile[:.,]? )?\b(hai|avete) (rifiutato|negato|revocato) ([^ ]+ ){0,4}(cookie|consenso)[^.]{0,60}/,
    /non (hai|avete) (dato|prestato|espresso) (il )?(tuo |vostro )?consenso/,
  ],
  banner: [
    /(utilizziamo|usiamo) (i )?cookie/,
    'archiviare e/o accedere a informazioni su un dispositivo',
    /questo sito (web )?utilizza (i )?cookie/,
  ],
  explanation: [
    'noi e i nostri partner',
    'accetta e continua',
    'continua senza accettare',
    'revocare il consenso',
    'gestisci le preferenze',
    /cookie (di profilazione|tecnici|analitici)/,
    /(puoi|potete|può) (modificare|cambiare|gestire) (le tue |le sue |le vostre |le )?(preferenze|scelte|impostazioni)( in qualsiasi momento)?/,
    /^(abilita|attiva|accetta) i cookie[^.]{0,30}\.?$/,
    /gestisci le tue preferenze/,
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
