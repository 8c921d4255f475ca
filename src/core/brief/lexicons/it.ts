import type { Lexicon } from './types.js';
import { itAre } from './inflect.js';

const w = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export const IT: Lexicon = {
  lang: 'it',
  speechVerbs: [
    // More verbs newsrooms report speech with (a general list, not the words of one article).
    ...itAre(
      w(`svelare confidare confessare puntualizzare annotare argomentare chiosare obiettare sentenziare
      sbottare minimizzare sintetizzare rassicurare avvisare specificare esclamare urlare sussurrare mormorare
      cinguettare scherzare ironizzare rivendicare anticipare raccomandare invitare continuare rilevare illustrare`),
    ),
    ...w(`riferisce riferito riferiva riferì esordisce esordito esordì ribatte ribattuto ribatté garantisce garantito
      suggerisce suggerito chiarisce chiarito ammonisce prosegue proseguito proseguì`),
    ...itAre(w('domandare testimoniare negare esultare sfogare')),
    ...w(`interviene intervenuto intervenne smentisce smentito riconosce riconosciuto scandisce scandito premette
      premesso`),
    // Active "l'ha definita «…»" (the passive "viene definito" is read first, as a description).
    ...w('definito definita definiti definite bollato bollata'),
    ...itAre(
      w(`dichiarare affermare spiegare sottolineare precisare commentare annunciare osservare ribadire ammonire
      avvertire dichiarare raccontare ricordare confermare denunciare attaccare replicare insistere lamentare
      evidenziare rimarcare twittare postare assicurare esortare auspicare chiarire accusare criticare definire
      parlare rilanciare tuonare incalzare aggiungere tagliare segnalare notare rivelare`),
    ),
    ...w(`detto dice dicono disse dissero diceva dichiara scritto scrive scrisse aggiunto aggiunge aggiunse
      risposto risponde rispose ammesso ammette ammise concluso conclude concluse promesso promette sostenuto sostiene
      sostenne ribadito ribadisce avvertito avverte definito definisce chiesto chiede insistito insiste legge letto
      spiegato affermato sottolineato precisato dichiarato osservato commentato annunciato assicurato`),
    // "A dirlo è stato X", "a sostenerlo è X": the infinitive with its clitic, the speaker after it.
    ...w('dirlo scriverlo sostenerlo ammetterlo ribadirlo chiederlo'),
  ],
  speechPhrases: [
    'si legge',
    'in una nota',
    'in un comunicato',
    "in un'intervista",
    'in una intervista',
    // "– fa sapere il sindaco –", "hanno fatto sapere dal Comune": to let it be known.
    'fa sapere',
    'fanno sapere',
    'fatto sapere',
    'fece sapere',
    // "– fa notare il sindaco –", "ha fatto presente".
    'fa notare',
    'fatto notare',
    'fa presente',
    'fatto presente',
    // "– gli fa eco il sindaco –", "le ha fatto eco Gualtieri": to echo someone, in words.
    'fa eco',
    'fanno eco',
    'fatto eco',
    'fece eco',
  ],
  sourcePreps: [
    'secondo',
    'a detta di',
    'a detta del',
    'a detta della',
    'a detta dello',
    'a detta dei',
    'per',
  ],
  sourcePostps: [],
  agentPreps: ['da', 'dal', 'dalla', 'dai', 'dalle', 'dallo'],
  describeVerbs: w(
    'definito definita definiti definite chiamato chiamata descritto descritta bollato bollata',
  ),
  passiveAux: w('viene vengono è sono stato stata stati venne'),
  pronouns: { m: w('lui egli'), f: w('lei ella'), plural: w('loro') },
  objectPronouns: w('gli'),
  determiners: w(
    "alcuni alcune diversi vari il lo la l' l’ i gli le un uno una un' un’ suo sua suoi sue questo questa",
  ),
  honorifics: w('sig. sig.ra sig dott. dott.ssa dott prof. prof.ssa avv. ing. on. don'),
  possessives: w('suo sua suoi sue loro mio mia miei mie nostro nostra nostri nostre vostro vostra'),
  genericPersons: w('uomo donna giovane ragazzo ragazza padre madre figlio figlia marito moglie'),
  inciseLeads: w('ha aveva è hanno avevano sono lui lei loro'),
  genericGender: { m: w('uomo ragazzo padre figlio marito'), f: w('donna ragazza madre figlia moglie') },
  exclusiveRoles: [
    w(
      'imputato imputata indagato indagata avvocato avvocata legale difensore pm procuratore procuratrice giudice gip testimone vittima',
    ),
    // Offices of government: one person holds one of them in a story.
    w('ministro presidente sindaco prefetto questore assessore portavoce'),
  ],
  roleSynonyms: [w('avvocato avvocata legale difensore')],
  // "Il governatore" of an Italian region is its president ("presidente della Regione").
  roleHypernyms: { governatore: w('presidente'), governatrice: w('presidente presidentessa') },
  rolePhrases: { 'primo cittadino': 'sindaco', 'prima cittadina': 'sindaca' },
  institutions: [
    'quirinale',
    'viminale',
    'farnesina',
    'palazzo chigi',
    'montecitorio',
    'croce rossa',
    'protezione civile',
    'guardia di finanza',
    'polizia locale',
    'polizia municipale',
    'polizia di stato',
    'polizia stradale',
    'vigili del fuoco',
    'carabinieri',
    'nazioni unite',
    'unione europea',
    'consulta',
    'cassazione',
    'casa bianca',
    'cremlino',
  ],
  genderedHonorifics: { m: w('sig signor signore'), f: w('sig.ra signora signorina dott.ssa prof.ssa') },
  titles: w(
    'presidente ministro ministra sindaco sindaca papa re regina generale senatore senatrice onorevole ds dg ct',
  ),
  roleNouns:
    w(`coach manager legale cantautore cantautrice cantante attore attrice scrittore scrittrice autore autrice artista musicista preside
    vicepreside insegnante docente maestro maestra professore rettore prorettore vicesindaco vicesindaca
    consigliere consigliera assessore assessora capogruppo segretario segretaria tesoriere esponente leader
    premier ministro viceministro sottosegretario presidente vicepresidente governatore prefetto questore
    comandante carabiniere poliziotto agente vigile pompiere medico primario chirurgo infermiere infermiera
    paziente testimone vittima indagato indagata imputato imputata condannato avvocato pm gip giudice magistrato
    procuratore allenatore tecnico mister vice-allenatore capitano portiere difensore centrocampista attaccante
    terzino bomber giocatore giocatrice tennista ciclista pilota campione campionessa amministratore imprenditore
    imprenditrice titolare commerciante operaio residente abitante vicino vicina studente studentessa subentrante
    uscente allenatrice arbitro pescivendolo operaia impiegato impiegata soprintendente pensionato pensionata
    ministra portavoce sindaco sindaca deputato deputata senatore senatrice direttore direttrice dirigente
    responsabile capo fondatore fondatrice rappresentante delegato delegata avvocata procuratrice esperto esperta
    analista economista professoressa ricercatore ricercatrice scienziato commissario governatrice ambasciatore
    ambasciatrice negoziatore mediatore attivista sindacalista giornalista storico coordinatore coordinatrice
    amministratrice generale colonnello candidato candidata figlio figlia padre madre moglie marito
    cugino cugina zio zia fratello sorella nonno nonna cognato cognata
    quindicenne sedicenne diciassettenne diciottenne ventenne trentenne quarantenne cinquantenne sessantenne
    settantenne ottantenne novantenne
    parlamentare eurodeputato eurodeputata console diplomatico diplomatica monarca emiro sceicco dittatore
    oppositore oppositrice dissidente simpatizzante militante elettore elettrice manifestante scioperante
    conduttore conduttrice presentatore presentatrice commentatore commentatrice opinionista editorialista
    corrispondente cronista fotografo fotografa farmacista veterinario veterinaria dentista psicologo psicologa
    psichiatra pediatra ostetrica chirurga anestesista finanziere poliziotta maresciallo brigadiere appuntato
    sergente caporale soldato tenente ispettore ispettrice commissaria commercialista contabile banchiere
    negoziante esercente artigiano artigiana macellaio fornaio panettiere agricoltore agricoltrice viticoltore
    allevatore allevatrice autista camionista macchinista hostess istruttore istruttrice educatore educatrice
    rettrice dottorando dottoranda alunno alunna allievo allieva stagista disoccupato disoccupata profugo profuga
    rifugiato rifugiata migrante sacerdote prete parroco vescovo arcivescovo imam rabbino suora frate cancelliere
    notaio querelante denunciante condannata aggressore sfollato sfollata passante automobilista motociclista
    pedone atleta corridore nuotatore nuotatrice sciatore sciatrice pugile golfista schiacciatore schiacciatrice
    palleggiatore palleggiatrice playmaker pivot mediano regista trequartista mezzala compositore compositrice
    pianista violinista chitarrista ballerino ballerina coreografo coreografa drammaturgo sceneggiatore
    sceneggiatrice editore editrice libraio poeta poetessa disegnatore illustratore illustratrice scultore
    scultrice pittore pittrice stilista modella curatore curatrice gallerista collezionista mecenate cliente
    utente consumatore mamma papà compagno compagna fidanzato fidanzata nipote suocero suocera genero nuora
    collega scienziata epidemiologo virologo virologa climatologo geologo archeologo astronomo matematico filosofo
    filosofa antropologo linguista giurista costituzionalista demografo urbanista geografo psicanalista neurologo
    cardiologo infettivologo radiologo ginecologo tesoriera albergatore albergatrice ristoratore ristoratrice
    cameriere cameriera cassiere cassiera venditore venditrice ex-sindaco vicequestore sovrintendente provveditore
    consigliere-delegato amministratore-delegato presidentessa vicario gup`),
  professionSuffixes: w('ista logo loga tore trice iere iera ante ente'),
  roleSuffixes: [],
  orgNouns:
    w(`maggioranza opposizione giunta questura prefettura governo ministero partito sindacato azienda società regione comune procura tribunale polizia esercito
    commissione consiglio conferenza associazione fondazione federazione agenzia università ospedale banca istituto
    ufficio dipartimento movimento lega quotidiano settimanale`),
  orgHeads:
    w(`chiesa cattedrale cappella moschea sinagoga basilica parrocchia abbazia duomo santuario repubblica regno arena palazzetto stadio via viale piazza corso corte tribunale ministero partito sindacato azienda società regione regioni comune procura tribunale commissione consiglio
    conferenza associazione fondazione federazione agenzia università ospedale policlinico banca istituto ufficio
    dipartimento movimento lega scuola liceo museo camera senato gruppo cgil cisl uil
    spa srl`),
  orgSuffixes: [],
  streetWords: w('via viale piazza piazzale corso vicolo largo'),
  orgAnaphors: w(
    'partito sindacato azienda società associazione agenzia organizzazione ente movimento gruppo istituzione',
  ),
  documentNouns: w(
    'cartello striscione manifesto rapporto legge decreto testo documento provvedimento slogan',
  ),
  speechNouns: w(
    'parole dichiarazioni dichiarazione intervista commento messaggio post tweet nota comunicato lettera reazione risposta promessa appello monito avvertimento sfogo replica affondo stoccata',
  ),
  anonymousSources: w('fonte fonti inquirenti investigatori'),
  workNouns: w(
    'film libro romanzo programma serie canzone album spettacolo app campagna slogan iniziativa documentario docufilm',
  ),
  termCues: w(
    'cosiddetta cosiddetto cosiddetti cosiddette cd. soprannominato soprannominata chiamato chiamata soprannominano chiamano termine parola',
  ),
  uiCues: w('cliccando cliccare clicca pulsante selezionando'),
  hypotheticalCues: ['come a dire', 'come per dire'],
  // One word each: "il quale" is read by its "quale" ("il" and "la" are articles, not relatives).
  relatives: w('che quale quali cui'),
  conjunctions: w('e ed né ma o oppure mentre sebbene benché'),
  joiners: w('e ed'),
  indefinites: w('un una uno un’'),
  prepArticles: w(
    'al allo alla ai agli alle del dello della dei degli delle dal dallo dalla dai dagli dalle nel nello nella nei negli nelle sul sullo sulla sui sugli sulle col coi dell’ all’ dall’ nell’ sull’',
  ),
  copulas: w('è era'),
  anonymityCues:
    'chiesto l’anonimato|chiede l’anonimato|restare anonim|rimanere anonim|non essere (?:nominat|identificat|citat)',
  genderedArticles: { m: w('il lo'), f: w('la') },
  addresseePreps: w('a al alla allo ai agli alle'),
  prepositions: w(
    'con senza per su sotto tra fra contro verso da dal dallo dalla dai dagli dalle in nel nello nella nei negli nelle di del dello della dei degli delle a al alla ai agli allo alle col coi sul sullo sulla sui sugli sulle durante mediante tramite',
  ),
  subordinators: w('che se perché quando mentre anche come poiché'),
  attributionOpeners: w('così questo'),
  nameParticles: w('de di da del della dello dei degli van von la lo'),
  orgConnectors: w('di del della delle dei degli dello per'),
  stopwords:
    w(`dell’ dall’ all’ nell’ sull’ l’ un’ d’ il lo la i gli le un uno una e ed né o ma però che di del della dei degli delle a al alla ai agli alle da dal
    dalla in nel nella nei con su sul sulla per tra fra secondo questo questa questi queste quello quella suo sua suoi
    sue lui lei loro noi voi io anche ancora già non più molto poi quindi infatti inoltre tuttavia gennaio febbraio marzo
    aprile maggio giugno luglio agosto settembre ottobre novembre dicembre lunedì martedì mercoledì giovedì venerdì sabato
    domenica leggi dall dell all nell sull ha hanno è sono era aveva
    così ora oggi ieri domani qui dove come quando perché mentre dopo intanto adesso`),
  // 'ha definito la scelta «sbagliata»', 'definendo … come “farneticante”', 'parla di «tradimento»'.
  judgeVerbs:
    w(`definito definita definiti definite definisce definiscono definendo definì definirono giudica giudicato
    giudicata giudicando giudicò bolla bollato bollata bollando bollò parla parlano parlato parlando parlò descrive
    descritto descritta descrivendo descrisse denuncia denunciano denunciato denunciando denunciò`),
};
