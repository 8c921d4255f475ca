import type { Lexicon } from './types.js';
import { deWeak } from './inflect.js';

const w = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export const DE: Lexicon = {
  lang: 'de',
  speechVerbs: [
    // More verbs newsrooms report speech with (a general list, not the words of one article).
    ...deWeak(
      w(
        'erläutern verkünden bemängeln beklagen appellieren dementieren argumentieren begründen beteuern entgegnen kontern',
      ),
    ),
    // (Reflexive ones with their object: "„…“, freute sich X", "„…“, ärgerte sich Y".)
    ...deWeak(
      w(
        'freuen ärgern erinnern konstatieren folgern danken bedanken jubeln scherzen lachen seufzen schimpfen wettern poltern spotten bedauern hoffen wundern',
      ),
    ),
    ...w('schloss schließt'),
    ...w(
      'entgegnete entgegnet entgegneten unterstrich unterstreicht verriet verrät gestand gesteht widersprach widerspricht',
    ),
    ...deWeak(
      w(
        'sagen erklären betonen meinen twittern warnen kritisieren fordern äußern behaupten bilanzieren ergänzen klagen mahnen berichten erzählen schildern antworten urteilen loben bekräftigen bestätigen versichern verteidigen monieren resümieren unterstreichen',
      ),
    ),
    ...w(`fügte fügt hinzugefügt schrieb schreibt geschrieben teilte teilt mitgeteilt kündigte kündigt angekündigt räumte
      räumt eingeräumt sprach spricht gesprochen rief ruft gerufen wies weist hingewiesen hob hebt hervorgehoben meinte
      meint gab gibt zugegeben stellte stellt klar betonte erklärte sagte sagt sagten sagen versprach
      verspricht versprochen beschrieb beschreibt bezeichnete bezeichnet nannte nennt genannt kommentierte kommentiert
      hieß heißt warf wirft vorgeworfen zeigte zeigt fragte fragt gefragt hält hielt`),
  ],
  // ("„…“, ist sich X sicher", "war sich X einig": a view stated with a copula and its reflexive.)
  speechPhrases: [
    'hieß es',
    'heißt es',
    'in einer mitteilung',
    'in einer erklärung',
    'ist sich',
    'war sich',
    'sind sich',
    'waren sich',
  ],
  sourcePreps: ['laut', 'nach angaben von', 'nach angaben der', 'nach angaben des', 'so'],
  sourcePostps: ['zufolge'],
  agentPreps: ['von'],
  describeVerbs: w('bezeichnet genannt beschrieben'),
  passiveAux: w('wird wurde wurden werden worden ist'),
  pronouns: { m: w('er ihm ihn'), f: w('sie ihr'), plural: w('sie') },
  objectPronouns: w('ihm ihn ihr'),
  determiners: w(
    'einige mehrere der die das den dem des ein eine einen einem einer sein seine seiner seinen seinem seines ihr ihre ihrer ihren ihrem ihres deren dessen unser unsere unserer unseren unserem',
  ),
  honorifics: w('herr herrn frau dr. dr prof. prof'),
  possessives: w('sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer mein meine unser unsere'),
  genericPersons: w('mann frau junge mädchen jugendliche jugendlicher vater mutter sohn tochter'),
  inciseLeads: w('hat ist er sie haben sind'),
  genericGender: { m: w('mann junge vater sohn jugendlicher'), f: w('frau mädchen mutter tochter') },
  exclusiveRoles: [
    w(
      'angeklagte angeklagter anwalt anwältin verteidiger verteidigerin staatsanwalt staatsanwältin richter richterin zeuge zeugin opfer',
    ),
    // Offices of government: one person holds one of them in a story.
    w('minister kanzler ministerpräsident bürgermeister landrat sprecher'),
  ],
  institutions: [
    'bundestag',
    'bundesrat',
    'bundesregierung',
    'kanzleramt',
    'rotes kreuz',
    'bundeswehr',
    'bundesverfassungsgericht',
    'weißes haus',
    'kreml',
    'europäische union',
    'vereinte nationen',
  ],
  genderedHonorifics: { m: w('herr herrn'), f: w('frau') },
  titles:
    w(`präsident präsidentin bundeskanzler bundeskanzlerin kanzler kanzlerin minister ministerin bürgermeister
    bürgermeisterin oberbürgermeister oberbürgermeisterin senator senatorin papst könig königin general
    bgm bgm. vbgm vbgm. lh lr`),
  roleNouns:
    w(`coach galerist galeristin kurator kuratorin assistenzarzt assistenzärztin oberarzt oberärztin chefarzt chefärztin
    arzt ärztin direktor direktorin museumsdirektor intendant intendantin dirigent dirigentin schauspieler
    schauspielerin sänger sängerin musiker musikerin künstler künstlerin autor autorin schriftsteller
    schriftstellerin trainer trainerin stürmer stürmerin verteidiger verteidigerin torhüter torhüterin torwart
    mittelfeldspieler spieler spielerin kapitän kapitänin sportdirektor geschäftsführer geschäftsführerin
    gemeinderat gemeinderätin stadtrat stadträtin landrat landrätin bürgermeister bürgermeisterin abgeordneter
    abgeordnete fraktionschef fraktionschefin fraktionspräsident fraktionspräsidentin parteichef parteichefin
    landeshauptmann landeshauptfrau minister ministerin staatssekretär staatssekretärin bundesrat bundesrätin
    nationalrat nationalrätin regierungsrat regierungsrätin polizeisprecher polizeisprecherin sprecher sprecherin
    anwalt anwältin richter richterin staatsanwalt staatsanwältin angeklagte angeklagter zeuge zeugin opfer
    nachbar nachbarin anwohner anwohnerin vorstandsvorsitzender vorstandsvorsitzende vorsitzender vorsitzende
    präsident präsidentin meteorologe meteorologin wirt wirtin gastwirt gastwirtin kollege kollegin geograf
    geografin schmelzer arbeiter arbeiterin landwirt landwirtin bäcker bäckerin schiedsrichter schiedsrichterin
    lehrer lehrerin ingenieur ingenieurin soziologe soziologin historiker historikerin politologe politologin
    betreiber betreiberin besitzer besitzerin eigentümer eigentümerin winzer winzerin regisseur regisseurin
    polizist polizistin feuerwehrmann rentner rentnerin vizepräsident stellvertreter stellvertreterin kanzler kanzlerin chef chefin leiter
    leiterin oberbürgermeister oberbürgermeisterin experte expertin analyst analystin ökonom ökonomin professor
    professorin forscher forscherin botschafter botschafterin gesandter sekretär sekretärin vorstand vorständin
    gründer gründerin inhaber inhaberin mitglied vorsteher vorsteherin beauftragte beauftragter aktivist
    beigeordnete beigeordneter bevollmächtigte bevollmächtigter
    aktivistin pfleger pflegerin politiker politikerin kandidat kandidatin senator senatorin regierungschef
    regierungschefin verhandler vermittler generalsekretär generalsekretärin physiker physikerin chemiker
    chemikerin techniker technikerin mechaniker mechanikerin informatiker informatikerin mathematiker
    mathematikerin musiker musikerin kritiker kritikerin biologe biologin
    bruder schwester cousin cousine onkel tante neffe nichte großvater großmutter schwager schwägerin
    gemeindepräsident gemeindepräsidentin stadtpräsident stadtpräsidentin gemeindeammann gemeindeammännin
    ortsvorsteher ortsvorsteherin ortsbürgermeister ortsbürgermeisterin bezirksbürgermeister
    bezirksbürgermeisterin landtagsabgeordneter landtagsabgeordnete bundestagsabgeordneter bundestagsabgeordnete
    europaabgeordneter europaabgeordnete parlamentarier parlamentarierin landesrat landesrätin kreisrat kreisrätin
    ratsherr ratsfrau bezirksvorsteher bezirksvorsteherin regierungspräsident regierungspräsidentin
    ministerpräsident ministerpräsidentin staatsminister staatsministerin bundesminister bundesministerin
    landesminister landesministerin konsul konsulin diplomat diplomatin monarch emir scheich diktator
    oppositionsführer oppositionsführerin dissident dissidentin anhängerin wähler wählerin demonstrant
    demonstrantin moderator moderatorin kommentator kommentatorin kolumnist kolumnistin korrespondent
    korrespondentin reporter reporterin fotograf fotografin apotheker apothekerin tierarzt tierärztin zahnarzt
    zahnärztin psychologe psychologin psychiater psychiaterin kinderarzt kinderärztin hebamme krankenpfleger
    krankenpflegerin krankenschwester feuerwehrkommandant feuerwehrsprecher polizeichef polizeichefin
    polizeipräsident polizeipräsidentin kommissar kommissarin hauptkommissar hauptkommissarin ermittler
    ermittlerin soldat soldatin offizier offizierin oberstleutnant leutnant major feldwebel unternehmer
    unternehmerin geschäftsmann geschäftsfrau bankier banker bankerin händlerin kauffrau handwerker handwerkerin
    metzgerin bäuerin fahrer fahrerin busfahrer busfahrerin lokführer lokführerin pilotin flugbegleiterin erzieher
    erzieherin schulleiter schulleiterin rektor rektorin dekan dekanin dozent dozentin doktorand doktorandin
    student studentin schülerin auszubildender auszubildende lehrling praktikant praktikantin arbeitslose
    arbeitsloser flüchtling geflüchtete migrant migrantin pfarrer pfarrerin priester pastor pastorin bischöfin
    erzbischof kardinal imam rabbiner nonne mönch notar notarin kläger klägerin beschuldigte beschuldigter
    verurteilte verurteilter täter täterin verletzte verletzter passant passantin autofahrer autofahrerin
    radfahrer radfahrerin fußgänger fußgängerin sportler sportlerin athlet athletin läufer läuferin schwimmer
    schwimmerin skifahrer skifahrerin boxer boxerin golfer golferin rennfahrer rennfahrerin abwehrspieler
    innenverteidiger außenverteidiger flügelspieler angreifer ersatzspieler cheftrainer co-trainer
    assistenztrainer sportchef teamchef manager komponist komponistin pianistin geigerin gitarrist gitarristin
    tänzer tänzerin choreograf choreografin dramaturg dramaturgin drehbuchautor drehbuchautorin verleger
    verlegerin buchhändler buchhändlerin dichterin zeichner zeichnerin illustrator illustratorin bildhauer
    bildhauerin maler malerin designer designerin modedesigner kabarettist kabarettistin komiker komikerin sammler
    sammlerin mäzen mäzenin kunde kundin nutzer nutzerin verbraucher verbraucherin patient patientin mutter vater
    ehemann ehefrau lebensgefährte lebensgefährtin freundin partnerin enkel enkelin schwiegervater schwiegermutter
    schwiegersohn schwiegertochter tochter sohn teamkollege teamkollegin mitspieler mitspielerin geschäftspartner
    wissenschaftler wissenschaftlerin epidemiologe epidemiologin virologe virologin klimaforscher klimaforscherin
    geologe geologin archäologe archäologin astronom astronomin philosoph philosophin anthropologe anthropologin
    jurist juristin verfassungsrechtler demograf stadtplaner neurologe neurologin kardiologe kardiologin radiologe
    hausarzt hausärztin kassierin schatzmeister schatzmeisterin hotelier gastronom gastronomin kellnerin
    kassiererin mitarbeiter mitarbeiterin angestellte angestellter verkäufer verkäuferin obmann obfrau
    vereinsobmann vereinspräsident vereinspräsidentin gemeindevorstand stadtammann landammann ständerat
    ständerätin landeshauptmann-stellvertreter vizebürgermeister vizebürgermeisterin bezirkshauptmann
    bezirkshauptfrau landtagspräsident mitorganisator mitorganisatorin organisator organisatorin veranstalter
    veranstalterin initiant initiantin pressesprecher pressesprecherin mediensprecher mediensprecherin`),
  professionSuffixes: w(
    'ist istin loge login arzt ärztin ator atorin eur eurin ent entin ant antin or orin iker ikerin',
  ),
  roleSuffixes:
    w(`manager managerin galerist galeristin aktivist aktivistin journalist journalistin pianist pianistin träger trägerin erfinder erfinderin loge login geograf geografin wirt wirtin kollege kollegin trainer trainerin vorstand vorständin präsident präsidentin kanzler kanzlerin minister ministerin sprecher sprecherin vorsitzende vorsitzender
    chef chefin leiter leiterin direktor direktorin führer führerin meister meisterin abgeordnete abgeordneter experte
    expertin ökonom ökonomin professor professorin forscher forscherin anwalt anwältin richter richterin rat rätin
    vorsteher vorsteherin beauftragte beauftragter bevollmächtigte bevollmächtigter politiker politikerin sekretär sekretärin`),
  orgNouns:
    w(`mehrheit opposition polizei feuerwehr staatsanwaltschaft regierung ministerium behörde unternehmen partei polizei gewerkschaft konzern stadtrat gemeinderat verband
    verein amt gericht bundesregierung landesregierung stadt kommission rat firma organisation zeitung`),
  orgHeads:
    w(`kirche kathedrale kapelle moschee synagoge republik königreich arena stadion stiftung universität institut partei verband verein ministerium amt gericht bank gruppe konzern agentur
    zentrale behörde kommission werke stadtwerke gewerkschaft akademie klinik klinikum schule museum zeitung
    gmbh ag`),
  orgSuffixes:
    w(`kirche kapelle moschee synagoge agentur zentrale verein verband amt ministerium behörde werke partei gewerkschaft gericht bank stiftung
    institut konzern gruppe kammer kommission rat präsidium direktion`),
  streetWords: w('platz'),
  streetSuffixes: ['straße', 'strasse', 'platz', 'gasse', 'allee', 'weg'],
  orgAnaphors: w(
    'behörde unternehmen partei organisation gewerkschaft konzern verband verein firma institution gruppe agentur zeitung',
  ),
  documentNouns: w(
    'schild plakat transparent bericht gesetz gesetzentwurf text papier entwurf aufschrift slogan',
  ),
  speechNouns: w(
    'worte äußerungen aussage aussagen interview mitteilung erklärung brief nachricht reaktion antwort versprechen warnung appell kommentar replik entgegnung erwiderung',
  ),
  viewNouns: w(
    'fazit einschätzung ansicht meinung urteil bilanz analyse diagnose prognose eindruck überzeugung credo befund sicht',
  ),
  anonymousSources: w('quelle quellen insider kreise ermittler'),
  workNouns: w(
    'film buch roman sendung serie lied album stück app initiative slogan motto kampagne programm dokumentarfilm doku',
  ),
  termCues: w(
    'sogenannte sogenannten sogenannter sogenanntes so genannte spitznamen spitzname genannt nennen begriff wort',
  ),
  uiCues: w('klicken klick button schaltfläche'),
  hypotheticalCues: ['als wollte er sagen', 'als wollte sie sagen'],
  relatives: w('der die das'),
  conjunctions: w('und aber oder sondern obwohl während'),
  joiners: w('und sowie'),
  obliqueArticles: w('den dem einen einem diesen diesem jenen jenem'),
  indefinites: w('ein eine einer'),
  prepArticles: w('vom zum zur beim'),
  copulas: w('ist war'),
  anonymityCues:
    'anonym bleiben|nicht namentlich genannt|ihren namen nicht|seinen namen nicht|nicht genannt werden',
  addresseePreps: w('gegenüber vor'),
  prepositions: w(
    'mit ohne für gegen über unter an auf aus bei nach von vor zu zum zur beim vom im ins am gegenüber zwischen trotz während',
  ),
  subordinators: w('dass ob weil wenn als obwohl da'),
  attributionOpeners: w('so'),
  // "Für Trainer X ist klar:", "Für X steht fest:", "Für X war die Sache eindeutig:".
  continueVerbs: w('fügte fügt ergänzte ergänzt ergänzen ergänzten fuhr fährt'),
  // (Third person singular and "seien": the forms that differ from the indicative.)
  reportedMood: w('sei seien habe werde könne müsse solle wolle dürfe gebe liege stehe gehe komme'),
  viewAt: ['bei', 'beim'],
  viewFrames: {
    preps: w('für'),
    words: w('klar fest sicher eindeutig gewiss offensichtlich unstrittig ausgemacht'),
  },
  nameParticles: w('von van der den de di da zu'),
  orgConnectors: w('für der des von'),
  stopwords:
    w(`der die das den dem des ein eine einen einem einer und oder aber doch auch so wie wenn als ob weil dass
    in im an am auf aus bei mit nach seit von vom zu zum zur für gegen ohne um über unter vor hinter zwischen er sie es
    wir ihr ich man sein seine ihre deren dessen dies diese dieser dieses jede jeder jedes noch schon nur nicht kein keine
    januar februar märz april mai juni juli august september oktober november dezember montag dienstag mittwoch donnerstag
    freitag samstag sonntag laut zudem damit dabei dafür dennoch jedoch trotzdem allerdings hat haben ist sind war
    heute gestern jetzt hier wo wann dann`),
  // "Sie nannte den Plan „unausgegoren“", "Als „dumm“ bezeichnete er …", "Die Grünen sprechen von „…“".
  judgeVerbs:
    w(`nannte nannten nennt nennen bezeichnete bezeichneten bezeichnet bezeichnen sprach sprachen spricht sprechen
    beschrieb beschrieben beschreibt beschreiben wertete wertet werteten bewertete bewertet kritisierte kritisiert`),
};
