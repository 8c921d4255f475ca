import type { Lexicon } from './types.js';
import { esAr, esErIr } from './inflect.js';

const w = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export const ES: Lexicon = {
  lang: 'es',
  speechVerbs: [
    // More verbs newsrooms report speech with (a general list, not the words of one article).
    ...esAr(
      w(
        'hablar confesar revelar narrar acusar contestar puntualizar manifestar argumentar bromear exigir adelantar recordar',
      ),
    ),
    ...w(
      'confiesa manifiesta recuerda recordó exige exigió defiende expone expuso sugiere sugirió propone propuso aseveró asevera continuó prosiguió',
    ),
    ...esAr(
      w(`afirmar declarar señalar explicar indicar añadir agregar manifestar destacar subrayar apuntar expresar comentar
      criticar denunciar insistir precisar recordar tuitear asegurar anunciar alertar lamentar calificar reclamar
      confirmar contar relatar aclarar advertir preguntar defender matizar resumir valorar avisar admitir reconocer considerar
      apostillar remachar sentenciar zanjar replicar ironizar rechazar negar enfatizar recalcar celebrar opinar
      mencionar detallar reiterar resaltar externar cuestionar comunicar informar`),
    ),
    ...esErIr(w('sostener escribir admitir advertir responder añadir insistir defender')),
    ...esAr(
      w(`remarcar acotar complementar plantear anticipar garantizar solicitar instar exhortar felicitar deplorar
      condenar reprochar justificar finalizar analizar evaluar estimar sumar completar`),
    ),
    ...w('refirió refiere arremetió arremete agradeció agradece'),
    ...w(`dijo dice dicen dijeron decía dicho sostiene sostuvo sostenido escribió escribe escrito reconoció
      reconoce reconocido advirtió advierte respondió responde respondido insistió insiste añadió concluyó concluye
      explicó afirmó aseguró admitió admite prometió promete pidió pide`),
  ],
  speechPhrases: [
    'en un comunicado',
    'en una entrevista',
    'en una rueda de prensa',
    'hizo saber',
    'ha hecho saber',
  ],
  sourcePreps: ['según', 'de acuerdo con', 'para'],
  sourcePostps: [],
  agentPreps: ['por'],
  describeVerbs: w(
    'calificado calificada calificó califica definido definida descrito descrita llamado llamada',
  ),
  passiveAux: w('fue fueron es son ha sido sido'),
  pronouns: { m: w('él'), f: w('ella'), plural: w('ellos ellas') },
  objectPronouns: w('le les'),
  determiners: w('algunos algunas varios varias unos unas el la los las un una su sus este esta lo'),
  honorifics: w('sr. sra. sr sra srta. don doña dr. dra. dr dra'),
  possessives: w('su sus mi mis nuestro nuestra nuestros nuestras'),
  genericPersons: w('hombre mujer joven chico chica niño niña padre madre hijo hija'),
  inciseLeads: w('ha había han habían él ella ellos ellas'),
  genericGender: { m: w('hombre chico niño padre hijo'), f: w('mujer chica niña madre hija') },
  exclusiveRoles: [
    w(
      'acusado acusada procesado procesada abogado abogada letrado letrada fiscal juez jueza magistrado magistrada togado togada testigo víctima',
    ),
    // Offices of government: one person holds one of them in a story.
    w('ministro alcalde gobernador portavoz concejal consejero'),
  ],
  // ("la togada": the judge, by her robe, in Latin American court reporting.)
  roleSynonyms: [w('abogado abogada letrado letrada'), w('juez jueza togado togada')],
  roleHypernyms: {
    mandatario: w('presidente gobernador alcalde intendente'),
    mandataria: w('presidenta gobernadora alcaldesa intendenta'),
  },
  rolePhrases: { 'primer edil': 'alcalde', 'primera edil': 'alcaldesa', 'primer mandatario': 'presidente' },
  institutions: [
    'hacienda',
    'moncloa',
    'la moncloa',
    'guardia civil',
    'cruz roja',
    'policía nacional',
    'policía local',
    'policía municipal',
    'policía foral',
    'policía judicial',
    'guardia urbana',
    'congreso',
    'senado',
    'generalitat',
    'xunta',
    'zarzuela',
    'audiencia nacional',
    'fiscalía',
    'unión europea',
    'naciones unidas',
    'protección civil',
    'casa blanca',
    'kremlin',
  ],
  genderedHonorifics: { m: w('sr don señor'), f: w('sra srta doña señora señorita') },
  titles: w(
    'presidente presidenta ministro ministra alcalde alcaldesa senador senadora rey reina papa general',
  ),
  roleNouns:
    w(`coach manager tenista futbolista jugador jugadora delantero centrocampista lateral portero guardameta entrenador técnico
    míster capitán capitana árbitro piloto ciclista atleta campeón campeona edil edila concejal concejala alcalde
    alcaldesa teniente portavoz diputado diputada senador senadora ministro ministra presidente presidenta
    mandatario mandataria vicepresidente vicepresidenta secretario secretaria consejero consejera delegado
    delegada gobernador gobernadora fiscal juez jueza magistrado magistrada togado togada abogado abogada acusado acusada
    detenido detenida víctima testigo vecino vecina residente director directora gerente empresario empresaria
    cineasta actor actriz cantante escritor escritora autor autora profesor profesora investigador investigadora
    médico médica enfermero enfermera bombero policía sindicalista dirigente líder entrenadora técnica delantera
    portera mediocentro árbitra colegiado agricultor agricultora propietario propietaria dueño dueña camarero
    camarera titular jubilado jubilada jefe jefa responsable representante fundador fundadora experto experta
    analista economista científico científica productor productora ganadero ganadera pescador trabajador
    trabajadora coordinador coordinadora embajador embajadora negociador mediador activista militante periodista
    historiador historiadora comisario comisaria canciller candidato candidata meteorólogo meteoróloga hijo hija
    padre madre
    primo tío tía hermano hermana sobrino sobrina abuelo abuela cuñado cuñada joven
    intendente intendenta regidor regidora síndico síndica concejera concejero asambleísta legislador legisladora
    parlamentario parlamentaria eurodiputado eurodiputada gobernante cónsul diplomático diplomática monarca emir
    jeque dictador opositor opositora disidente simpatizante votante afiliado afiliada manifestante huelguista
    presentador presentadora locutor locutora comentarista columnista tertuliano tertuliana corresponsal reportero
    reportera fotógrafo fotógrafa farmacéutico farmacéutica veterinario veterinaria dentista odontólogo psicólogo
    psicóloga psiquiatra pediatra matrona cirujano cirujana bombera agente sargento soldado general comandante
    inspector inspectora subinspector contable banquero banquera comerciante tendero tendera artesano artesana
    carnicero carnicera panadero panadera viticultor viticultora pescadora chófer conductor conductora camionero
    camionera taxista maquinista azafata monitor monitora educador educadora maestro maestra rector rectora decano
    decana catedrático catedrática doctorando doctoranda estudiante alumno alumna becario becaria desempleado
    desempleada refugiado refugiada migrante inmigrante sacerdote párroco obispo arzobispo imán rabino monja
    letrado letrada notario notaria procurador procuradora querellante demandante denunciante agresor agresora
    damnificado damnificada transeúnte motorista peatón deportista corredor corredora nadador nadadora esquiador
    boxeador golfista suplente zaguero compositor compositora pianista violinista guitarrista bailarín bailarina
    coreógrafo coreógrafa dramaturgo dramaturga guionista editor editora librero librera poeta poetisa dibujante
    ilustrador ilustradora escultor escultora pintor pintora diseñador diseñadora humorista curador curadora
    galerista coleccionista mecenas cliente usuario usuaria consumidor consumidora paciente mamá papá marido
    esposo esposa pareja novio novia nieto nieta suegro suegra yerno nuera compañero compañera colega epidemiólogo
    epidemióloga virólogo viróloga climatólogo geólogo arqueólogo astrónomo matemático filósofo filósofa
    antropólogo lingüista jurista constitucionalista demógrafo urbanista geógrafo psicoanalista neurólogo
    cardiólogo infectólogo anestesista radiólogo ginecólogo tesorero tesorera hostelero hostelera cajero cajera
    empleado empleada vendedor vendedora exalcalde exalcaldesa expresidente expresidenta exministro exministra
    exdiputado exdiputada excandidato exjugador exentrenador mánager preparador preparadora gerenta viceministro
    viceministra subsecretario subsecretaria consejal vicealcalde vicealcaldesa vocero vocera defensor defensora`),
  professionSuffixes: w('ista logo loga dor dora tor tora ero era ante ente'),
  roleSuffixes: [],
  orgNouns:
    w(`mayoría oposición gobierno ministerio partido sindicato empresa organización ayuntamiento junta consejería agencia comisión
    consejo asociación fundación confederación federación policía ejército ejecutivo tribunal fiscalía universidad
    hospital banco organismo plataforma colectivo diario periódico semanario`),
  orgHeads:
    w(`iglesia catedral capilla mezquita sinagoga basílica parroquia abadía santuario república reino pabellón estadio calle avenida plaza tribunal corte ministerio partido sindicato empresa organización ayuntamiento junta consejería agencia comisión consejo
    asociación fundación confederación federación universidad hospital banco instituto colegio escuela museo tribunal
    ecologistas gobierno cámara grupo`),
  orgSuffixes: [],
  streetWords: w('calle avenida plaza paseo callejón glorieta'),
  orgAnaphors: w(
    'organización partido sindicato empresa asociación agencia entidad organismo compañía grupo institución',
  ),
  documentNouns: w('cartel pancarta letrero informe ley decreto texto proyecto documento comunicado lema'),
  speechNouns: w(
    'palabras declaraciones declaración entrevista mensaje comunicado carta tuit reacción respuesta promesa advertencia llamamiento comentario réplica',
  ),
  anonymousSources: w('fuente fuentes investigadores'),
  workNouns: w(
    'película libro novela programa serie canción álbum obra aplicación campaña lema iniciativa documental',
  ),
  termCues: w(
    'llamado llamada llamados denominado denominada conocido conocida apodado apodada apoda apodan apodaban término palabra',
  ),
  uiCues: w('clic haga pulse pulsar botón'),
  hypotheticalCues: ['como diciendo', 'como si dijera'],
  relatives: w('que quien quienes'),
  conjunctions: w('y e ni pero o sino aunque mientras'),
  joiners: w('y e'),
  indefinites: w('un una uno otro otra'),
  prepArticles: w('del al'),
  copulas: w('es era'),
  anonymityCues:
    'pidió el anonimato|pide el anonimato|mantener el anonimato|condición de anonimato|no ser (?:identificad|nombrad|citad)|no dar su nombre|no (?:quiso|quiere) identificarse|(?:prefirió|prefiere) no identificarse',
  genderedArticles: { m: w('el'), f: w('la') },
  addresseePreps: w('a al ante'),
  personPreps: w('a'),
  prepositions: w(
    'con sin para por sobre bajo entre contra hacia hasta desde en de del a al ante tras según durante mediante',
  ),
  subordinators: w('que si porque cuando mientras aunque como'),
  attributionOpeners: w('así'),
  nameParticles: w('de del la los las y da di van von'),
  orgConnectors: w('de del la las los para y'),
  stopwords:
    w(`el la los las un una unos unas y o ni pero sino que de del a al en con por para sin sobre entre desde hasta
    según este esta estos estas ese esa su sus lo le les se él ella ellos ellas nosotros yo tú usted también además así
    sin embargo cuando donde como porque aunque mientras enero febrero marzo abril mayo junio julio agosto septiembre
    octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo leer más ha han es son era en
    hoy ayer ahora aquí mientras después`),
  // 'calificó la decisión de «impecable»', 'tildó … de «vergonzosa»', 'la oposición habla de «traición»'.
  judgeVerbs:
    w(`califica califican calificó calificaron calificado calificando define definen definió definieron
    definido definiendo tilda tildan tildó tildaron tildado tildando habla hablan habló hablaron hablando describe
    describió describieron denuncia denuncian denunció denunciaron`),
};
