/** Italian phrase rules (folded with matchForm before matching; see ../phrases.ts). */
import type { Table } from './types.js';

export const it: Table = {
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
