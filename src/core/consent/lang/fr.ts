/** French phrase rules (folded with matchForm before matching; see ../phrases.ts). */
import type { Table } from './types.js';

export const fr: Table = {
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
    /pour pouvoir le visualiser, vous devez accepter/,
    'vous permettre de visualiser et de partager des contenus avec des médias sociaux',
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
