import type { Lexicon } from './types.js';
import { frEr, frIr } from './inflect.js';

const w = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Verbs of saying in -er, by their infinitive (the lexicon takes their inflected forms). */
const ER_VERBS =
  w(`déclarer affirmer ajouter expliquer indiquer souligner estimer assurer annoncer raconter résumer confier
  juger dénoncer déplorer regretter saluer commenter lancer noter relever insister tweeter exclamer préciser avouer
  confirmer protester plaider trancher répliquer rétorquer ironiser tempérer nuancer détailler argumenter critiquer
  fustiger accuser alerter réclamer exhorter observer évoquer parler témoigner féliciter interroger demander inquiéter
  indigner clamer proclamer insister raconter signaler rassurer déclarer prôner marteler souffler glisser lâcher
  répéter réitérer continuer avancer analyser justifier réclamer menacer supplier confesser rapporter relater soupirer
  commenter résumer qualifier`);
const ER_MORE = w(
  'enchaîner développer abonder étonner alarmer tonner objecter remarquer constater remercier exiger désoler questionner',
);

export const FR: Lexicon = {
  lang: 'fr',
  speechVerbs: [
    // More verbs newsrooms report speech with (a general list, not the words of one article).
    ...w(
      'insurge agace emporte tacle taclé raille raillé argue concède concédé tempère tempéré jure juré murmure assène asséné',
    ),
    ...frEr(ER_VERBS),
    ...frEr(w('informer')),
    ...frEr(ER_MORE),
    // (Verbs whose stem takes a grave accent: « … », complète-t-il.)
    ...w('complète complètent complété suggère suggèrent suggéré maintient maintenu'),
    ...frIr(w('réagir avertir réjouir applaudir renchérir')),
    ...w(`dit dis disent disait disaient dirait dire écrit écrivait écrivent écrivant écrite prévient prévenu prévenait
      prévenant poursuit poursuivi poursuivait poursuivant conclut conclu reconnaît reconnait reconnu reconnaissait admet
      admis répond répondu répondait répondant soutient soutenu soutenait promet promis dément démenti martèle appelle
      rappelle rappelait rappelé rappelant décrit décrivait qualifie qualifié jugé jugée considère considèrent réitère réitèrent interpelle défend défendu défendait`),
  ],
  speechPhrases: [
    'dans un communiqué',
    'dans une interview',
    'dans un entretien',
    'fait valoir',
    'fait savoir',
  ],
  // "« … » commence par lancer, d’une voix lasse, Me X", "X a tenu à rappeler que « … »", "finit par
  // lâcher X": the finite verb says when or how; the infinitive says that X speaks. (Not a modal,
  // "veut lancer « un plan »" is no saying; not "continuer", itself a verb of saying; nor "pour" or
  // "afin de", which say why.)
  speechChains: {
    verbs:
      w(`commence commencent commencé commençait finit finissent fini finissait tient tiennent tenu tenait
      hésite hésité manque manqué empresse empressé`),
    preps: w('par à de'),
    infinitives: [
      ...ER_VERBS.filter((v) => !['continuer', 'parler', 'juger', 'menacer', 'qualifier'].includes(v)),
      ...ER_MORE.filter((v) => !['étonner', 'alarmer', 'désoler', 'exiger', 'remercier'].includes(v)),
      ...w(
        `dire répondre écrire reconnaître admettre promettre conclure prévenir soutenir rappeler défendre réagir
        concéder jurer murmurer asséner railler tacler suggérer compléter`,
      ),
    ],
  },
  sourcePreps: ['selon', 'd’après', "d'après", 'd’ après', 'aux yeux de', 'pour'],
  sourcePostps: [],
  agentPreps: ['par'],
  describeVerbs: w(
    'qualifié qualifiée qualifiés qualifiées jugé jugée jugés jugées décrit décrite surnommé surnommée appelé appelée',
  ),
  passiveAux: w('est sont été était étaient être a'),
  pronouns: {
    m: w('il lui celui-ci'),
    f: w('elle celle-ci'),
    plural: w('ils elles eux'),
  },
  objectPronouns: w('lui leur'),
  determiners: w("quelques plusieurs des le la l’ l' les un une son sa ses leur leurs ce cet cette notre"),
  honorifics: w('m. mm. mme mme. mmes mlle me me. mgr dr dr. pr pr. maître'),
  possessives: w('son sa ses leur leurs mon ma mes notre nos votre vos'),
  genericPersons: w(
    'homme femme jeune garçon fille adolescent adolescente père mère fils époux épouse trentenaire quadragénaire',
  ),
  inciseLeads: w('a avait est ont avaient sont il elle ils elles'),
  genericGender: { m: w('homme garçon père fils époux'), f: w('femme fille mère épouse') },
  exclusiveRoles: [
    w(
      'accusé accusée prévenu prévenue avocat avocate procureur procureure avocat-général juge magistrat magistrate témoin victime partie-civile président présidente',
    ),
    // Offices of government: one person holds one of them in a story.
    w('ministre préfet maire porte-parole'),
  ],
  institutions: [
    'élysée',
    'matignon',
    'bercy',
    'quai d’orsay',
    'assemblée nationale',
    'sénat',
    'croix-rouge',
    'union européenne',
    'nations unies',
    'conseil constitutionnel',
    'police nationale',
    'police municipale',
    'police judiciaire',
    'maison blanche',
    'kremlin',
    'beauvau',
  ],
  genderedHonorifics: { m: w('m monsieur'), f: w('mme mlle madame mademoiselle') },
  titles: w(
    'président présidente général sénateur sénatrice député députée maire ministre pape roi reine prince princesse cardinal',
  ),
  roleNouns:
    w(`coach manager tenant tenante ailier arrière pilier talonneur buteur meneur goleador biologiste chimiste physicien
    physicienne lauréat lauréate colauréat co-lauréat mairesse édile vice-présidente vice-président préfet sous-préfet
    procureure permanente permanent comédien comédienne metteur scène chanteur chanteuse musicien musicienne
    acteur actrice écrivain auteur autrice artiste peintre photographe architecte ingénieur agriculteur vigneron
    restaurateur commerçant gérant gérante syndicaliste représentante délégué adjoint adjointe entraîneur-chef
    défenseur attaquant gardien joueur joueuse capitaine sélectionneur président-directeur pdg directeur-général
    conseiller conseillère ministre-président rapporteur rapporteuse juge-d'instruction bâtonnier notaire huissier
    témoin victime suspect suspecte prévenu prévenue accusé accusée détenu détenue otage survivant survivante
    rescapé rescapée voisin voisine entraîneur entraîneuse sélectionneuse arbitre réalisateur réalisatrice
    cinéaste écrivaine romancier romancière cuisinier cuisinière boulanger boulangère pêcheur pêcheuse
    marin-pêcheur commerçante ouvrier ouvrière étudiant étudiante retraité retraitée président présidente ministre
    secrétaire porte-parole émissaire émissaires ambassadeur ambassadrice député députée sénateur sénatrice maire
    directeur directrice dirigeant dirigeante chef cheffe patron patronne fondateur fondatrice responsable
    déléguée représentant négociateur négociatrice médiateur avocat avocate procureur juge magistrat magistrate
    commissaire préfète gouverneur général colonel officier chercheur chercheuse professeur professeure enseignant
    enseignante économiste analyste expert experte spécialiste historien historienne politologue sociologue
    médecin infirmier infirmière urgentiste chirurgien éditorialiste journaliste correspondant correspondante
    rédacteur rédactrice militant militante élu élue homologue gendre fils fille père mère épouse époux frère sœur
    veuve habitant habitante locataire propriétaire agricultrice éleveur salarié salariée employé employée premier
    première trésorier trésorière coordinateur coordinatrice animateur chancelier chancelière commandant leader
    candidat candidate poids lourd figure secrétaire-général écologiste socialiste communiste centriste insoumis
    républicain cofondateur cofondatrice administrateur administratrice
    cousin cousine oncle tante neveu nièce grand-père grand-mère beau-frère belle-sœur
    bourgmestre échevin échevine syndic syndique membre mandataire riverain riveraine bénévole parlementaire
    eurodéputé eurodéputée consul consule diplomate monarque émir sultan cheikh ayatollah dictateur opposant
    opposante dissident dissidente sympathisant sympathisante partisan partisane électeur électrice adhérent
    adhérente manifestant manifestante gréviste présentateur présentatrice animatrice chroniqueur chroniqueuse
    commentateur commentatrice consultante consultant pharmacien pharmacienne vétérinaire dentiste psychologue
    psychiatre pédiatre sage-femme kinésithérapeute aide-soignant aide-soignante pompier sapeur-pompier gendarme
    policier policière lieutenant adjudant brigadier sergent caporal soldat inspecteur inspectrice contrôleur
    contrôleuse gestionnaire comptable banquier banquière assureur courtier entrepreneur entrepreneuse artisan
    artisane charcutier fromager fromagère viticulteur viticultrice maraîcher maraîchère cultivateur cultivatrice
    exploitant exploitante chauffeur conducteur conductrice cheminot moniteur monitrice éducateur éducatrice
    instituteur institutrice proviseur recteur rectrice doyenne doctorant doctorante lycéen lycéenne collégien
    collégienne écolier écolière élève apprenti apprentie stagiaire chômeur chômeuse migrant migrante curé prêtre
    évêque archevêque imam rabbin abbé greffier greffière plaignant plaignante agresseur passant passante
    automobiliste cycliste piéton piétonne motard athlète sprinteur coureur coureuse nageur nageuse skieur skieuse
    boxeur tennisman golfeur remplaçant remplaçante titulaire compositeur compositrice pianiste violoniste
    guitariste danseur danseuse chorégraphe dramaturge scénariste éditeur éditrice libraire poète poétesse
    dessinateur dessinatrice illustrateur illustratrice sculpteur plasticien plasticienne styliste humoriste
    conservateur conservatrice galeriste collectionneur mécène client cliente usager usagère consommateur
    consommatrice patient patiente maman papa mari compagne petit-fils petite-fille beau-père belle-mère collègue
    coéquipier coéquipière épidémiologiste virologue climatologue géologue archéologue astronome astrophysicien
    mathématicien mathématicienne philosophe anthropologue linguiste juriste constitutionnaliste démographe
    urbaniste géographe psychanalyste neurologue cardiologue infectiologue anesthésiste radiologue gynécologue
    généraliste vice-recteur sous-directeur directeur-adjoint co-directeur intendant intendante régisseur
    régisseuse hôtelier hôtelière restauratrice serveur serveuse caissier caissière employeur vendeur vendeuse
    agent agente`),
  professionSuffixes: w('iste logue ologue graphe ien ienne teur trice eur euse ier ière aire'),
  roleSuffixes: [],
  orgNouns:
    w(`majorité opposition police gouvernement ministère chancellerie agence parti syndicat entreprise société mairie préfecture présidence
    commission conseil assemblée sénat parquet tribunal armée police gendarmerie fédération association fondation union
    banque institut université hôpital direction exécutif groupe organisation collectif ong cabinet état-major quotidien hebdomadaire`),
  orgHeads:
    w(`église cathédrale chapelle mosquée synagogue basilique paroisse abbaye république royaume aréna arena stade rue avenue boulevard place cour ministère agence parti syndicat société mairie préfecture commission conseil assemblée sénat tribunal fédération
    association fondation union banque institut université hôpital groupe organisation collectif lycée collège école
    musée centre compagnie chambre confédération office cour académie ordre caisse kremlin élysée matignon
    sarl`),
  orgSuffixes: [],
  streetWords: w('rue avenue boulevard allée impasse quai chemin'),
  orgAnaphors: w(
    'agence parti organisation syndicat entreprise société groupe association fédération institution collectif formation',
  ),
  documentNouns: w(
    'banderole pancarte panneau affiche texte loi projet rapport article décret communiqué tract slogan inscription',
  ),
  speechNouns: w(
    'mots propos paroles déclaration déclarations entretien interview message communiqué lettre tweet réaction réponse promesse avertissement appel commentaire verdict réplique riposte',
  ),
  viewNouns: w(
    'avis conclusion constat analyse sentiment opinion diagnostic pronostic credo jugement conviction bilan explication',
  ),
  anonymousSources: w('source sources enquêteurs proche proches responsable responsables interlocuteur'),
  workNouns:
    w(`film livre roman émission série chanson album pièce spectacle initiative référendum application appli
    site hashtag slogan titre journal magazine exposition documentaire`),
  termCues: w(
    'dite dites surnommé surnommée baptisé baptisée appelé appelée surnomment surnomme soi-disant fameux fameuse terme mot expression',
  ),
  uiCues: w('cliquant cliquez cliquer cocher cochant bouton sélectionnant'),
  hypotheticalCues: ['comme pour dire', 'comme pour signifier'],
  relatives: w('qui dont que qu’'),
  conjunctions: w('et ni mais ou tandis quoique'),
  joiners: w('et'),
  indefinites: w('un une'),
  prepArticles: w('du des au aux'),
  copulas: w('est était'),
  anonymityCues:
    'requis l’anonymat|garder l’anonymat|couvert d’anonymat|couvert de l’anonymat|rester anonyme|ne pas être (?:nommée?|identifiée?|citée?)',
  genderedArticles: { m: w('le'), f: w('la') },
  addresseePreps: w('à au aux devant'),
  prepositions: w(
    'avec sans pour par sur sous chez vers contre entre parmi dans en de du des à au aux auprès envers malgré selon depuis après avant devant derrière durant pendant',
  ),
  subordinators: w("que qu’ qu' si parce quand lorsque comme puisque"),
  attributionOpeners: w('ainsi voilà c’est'),
  // "Pour X, c’est clair :", "Pour X, une chose est sûre :", "Pour X, pas de doute :".
  // "les Ligériens", "des Américains", "aux Nantais": inhabitants or nationals, a group.
  demonyms: {
    articles: w('les des aux ces nos vos leurs'),
    suffixes: w('iens iennes éens éennes ais aises ois oises ains aines ins ines'),
  },
  continueVerbs: w(
    'poursuit poursuivi poursuivait ajoute ajouté ajoutait continue continué continuait enchaîne enchaîné renchérit renchéri complète complété',
  ),
  viewAt: ['chez', 'du côté de', 'du côté d’', 'côté'],
  viewFrames: { preps: w('pour'), words: w('clair sûr sûre certain certaine doute évident évidence') },
  nameParticles: w('de la du des d’ van von der den di da del le bin ben al'),
  orgConnectors: w('de du des d’ la l’ pour'),
  stopwords:
    w(`le la les un une des du de d’ et à au aux en dans pour par sur avec sans selon ce cet cette ces il elle ils
    dernier dernière derniers dernières
    elles on nous vous je mais ou donc or ni car que qui quand lors depuis après avant entre sous chez vers aussi ainsi
    alors puis cependant toutefois pourtant même son sa ses leur leurs notre nos votre vos mon ma mes tout tous toute
    toutes lire janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi
    jeudi vendredi samedi dimanche cette l’ plus moins très bien déjà encore parmi face côté outre a ont est sont était avait étaient
    aujourd’hui hier ici où comme`),
  // 'a qualifié la mesure d’« inacceptable »', 'a jugé … « excessif »', 'le syndicat parle de « trahison »'.
  judgeVerbs:
    w(`qualifie qualifient qualifié qualifiait qualifiant juge jugent jugé jugeait jugeant décrit décrivent
    décrivait traite traitent traité traitait parle parlent parlé parlait parlant évoque évoquent évoqué évoquait
    dénonce dénoncent dénoncé dénonçait dénonçant`),
};
