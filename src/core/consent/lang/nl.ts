/** Dutch phrase rules (folded with matchForm before matching; see ../phrases.ts). */
import type { Table } from './types.js';

export const nl: Table = {
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
