/** French phrase rules (folded with matchForm before matching; see ../phrases.ts). */
import type { Table } from './types.js';

export const fr: Table = {
  placeholder: [
    // The phrase family of blocked-embed notices (see en.ts).
    /ce contenu (est|a été) (bloqué|désactivé|masqué),? (car|parce que|tant que|jusqu'à ce que|puisque) (vous|tu) [^.]{0,80}/,
    /^(ce )?contenu( [^ ]+)? (est )?(bloqué|désactivé)[.!]?$/,
    /vous n'avez pas (encore )?(accepté|autorisé|activé) (les )?([^ ]+ ){0,3}(cookies|traceurs)/,
    /pour (afficher|voir|visualiser|lire|regarder|écouter) (ce|cette|le|la|les) ?[^,.]{1,40}?,? (vous devez |veuillez |merci d'|il faut )?(accepter|autoriser|activer) (les )?([^ ]+ ){0,3}(cookies|traceurs)[^.]{0,40}/,
    /(acceptez|activez|autorisez|veuillez accepter) (les )?([^ ]+ ){0,3}(cookies|traceurs)( [^ ]+){0,3} pour (afficher|voir|visualiser|regarder|lire|écouter|accéder à) (ce|cette|le|la|les|ces)/,
    /ce contenu (est|n'est) (indisponible|pas disponible) (car|sans) .{0,40}(cookies|consentement|traceurs)/,
    // Refus et indisponibilité, adressés au lecteur.
    /(n'est pas disponible|ne peut pas être (affiché|chargé|lu)e?),? (car|parce que|puisque) (vous|tu) [^.]{0,80}/,
    /\b(vous avez|tu as) (refusé|décliné|rejeté|retiré) ([^ ]+ ){0,4}(cookies|traceurs|consentement|dépôt)[^.]{0,60}/,
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
    /(vous pouvez )?(modifier|gérer|changer) (vos|mes) (choix|préférences|paramètres)( à tout moment)?/,
    /^(activer|accepter|autoriser|activez|acceptez) les ([^ ]+ ){0,2}cookies[^.]{0,25}\.?$/,
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
