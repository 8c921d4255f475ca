import type { Lexicon } from './types.js';
import { en as reg } from './inflect.js';

const w = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export const EN: Lexicon = {
  lang: 'en',
  speechVerbs: [
    // More verbs newsrooms report speech with (a general list, not the words of one article).
    ...w('answered answers revealed reveals yelled murmured murmurs'),
    ...reg(
      w(`retort laugh protest object plead demand confide share reflect reason elaborate clarify summarise summarize
      praise criticise criticize slam blast gush enthuse brag groan scream report`),
    ),
    ...w('snapped snaps'),
    // Nouns of saying after a possessor ("Abbott’s accusation that … “…”", frames.ts).
    ...w('accusation accusations allegation allegations assertion assertions insistence'),
    ...reg(
      w(`add explain state note argue insist warn claim ask reply recall acknowledge admit concede declare announce caution
      urge vow describe mouth continue conclude instruct quip tweet post stress suggest complain observe remark predict promise
      confirm deny respond reckon point emphasise emphasize agree counter recount testify shout whisper joke boast lament
      cry exclaim affirm assert maintain contend allege estimate repeat mention comment caution fume scoff sigh muse
      acknowledge question wonder speak talk call describe`),
    ),
    ...w(`admitted admitting regretted quipped referred submitted committed said says saying tell tells told telling wrote writes write written writing spoke speaks spoken put puts thought
      thinks think`),
  ],
  speechPhrases: [
    'in a statement',
    'in an interview',
    'told reporters',
    'in a post',
    'in a tweet',
    'in an email',
  ],
  sourcePreps: ['according to'],
  sourcePostps: [],
  agentPreps: ['by'],
  describeVerbs: w('described called labelled labeled termed dubbed branded'),
  passiveAux: w('was were is are been being be'),
  pronouns: { m: w('he him his'), f: w('she her'), plural: w('they them') },
  objectPronouns: w('him his her them'),
  determiners: w('some several many the a an his her its their this that'),
  honorifics: w('mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady rev rev. fr fr.'),
  possessives: w('his her their my our your'),
  genericPersons: w(
    `man woman boy girl teenager youngster father mother son daughter husband wife
    residents witnesses critics campaigners protesters protestors neighbours neighbors locals villagers
    parents fans supporters opponents activists officials experts analysts sources onlookers bystanders
    passengers commuters shoppers traders tenants users viewers`,
  ),
  orgPronouns: w('it'),
  inciseLeads: w('has had have he she they'),
  genericGender: { m: w('man boy father son husband'), f: w('woman girl mother daughter wife') },
  exclusiveRoles: [
    w('defendant accused lawyer attorney counsel prosecutor judge witness victim plaintiff'),
    // Offices of government: one person holds one of them in a story.
    w('minister president mayor governor senator spokesman spokeswoman spokesperson sheriff'),
  ],
  institutions: [
    'white house',
    'kremlin',
    'pentagon',
    'downing street',
    'red cross',
    'congress',
    'senate',
    'united nations',
    'european union',
    'scotland yard',
    'whitehall',
    'capitol hill',
  ],
  genderedHonorifics: { m: w('mr sir lord'), f: w('mrs ms miss dame lady') },
  titles:
    w(`president president-elect senator sen. rep. representative governor gov. mayor king queen prince princess pope
    chancellor judge justice general gen. colonel col. captain capt. sergeant sgt. lieutenant lt. sheriff bishop cardinal
    ambassador minister premier councillor councilor alderman commissioner professor
    cllr cllr. colr colr. coun coun. cr supt supt. insp insp. det det. dci dsupt pc const cst`),
  roleNouns:
    w(`goalie quarterback pitcher catcher shortstop captain manager coach skipper defenseman playmaker student
    professor lecturer researcher scientist economist analyst adviser advisor aide consultant officer sheriff
    deputy trooper detective inspector constable commissioner councillor councilman councilwoman councilmember alderman
    assemblyman assemblymember legislator lawmaker speaker leader chancellor treasurer accountant banker trader entrepreneur
    investor developer architect designer artist singer songwriter musician actor actress writer author journalist
    reporter editor producer presenter anchor newscaster pastor priest bishop imam rabbi activist campaigner organiser organizer
    volunteer resident neighbour neighbor witness victim survivor suspect defendant plaintiff inmate prisoner
    candidate nominee incumbent curator director boss referee umpire striker goalkeeper midfielder defender winger
    prosecutor attorney lawyer barrister judge nurse doctor teacher farmer owner landlord pilot engineer chef
    novelist filmmaker director-general retiree pensioner superintendent president president-elect vice senator
    representative congressman congresswoman governor mayor minister secretary spokesman spokeswoman spokesperson
    chairman chairwoman chair chief executive ceo cfo founder co-founder head correspondent fellow expert
    specialist official supervisor ranger elder partner worker co-worker employee member ambassador envoy diplomat
    general commander colonel coordinator surgeon physician principal fisherman fishermen hydrologist historian mp
    councilor premier whistleblower strategist pollster chairperson negotiator mediator administrator
    secretary-general son daughter father mother wife husband brother sister widow tenant publican shopkeeper
    driver democrat republican conservative liberal socialist progressive
    cousin uncle aunt nephew niece grandfather grandmother brother-in-law sister-in-law
    assemblywoman selectman selectwoman parliamentarian mep mla mpp senator-elect mayor-elect governor-elect
    councillor-elect consul monarch emir sheikh ayatollah dictator dissident supporter voter protester
    demonstrator anchorwoman anchorman commentator columnist pundit broadcaster photographer pharmacist vet
    veterinarian dentist psychologist psychiatrist paediatrician pediatrician midwife paramedic firefighter
    fireman policeman policewoman cop sergeant corporal soldier lieutenant brigadier admiral investigator
    businessman businesswoman shopowner retailer merchant craftsman grower rancher winemaker trucker bus-driver
    flight-attendant instructor educator headteacher headmaster headmistress rector provost academic postgraduate
    undergraduate pupil schoolboy schoolgirl apprentice intern graduate jobseeker refugee migrant asylum-seeker
    immigrant cleric vicar reverend archbishop nun cardinal magistrate coroner juror complainant claimant convict
    offender attacker assailant gunman passer-by motorist cyclist pedestrian athlete sprinter runner swimmer skier
    boxer golfer racer jockey keeper fullback centre-back batsman bowler wicketkeeper substitute composer pianist
    violinist guitarist drummer dancer choreographer playwright screenwriter publisher bookseller poet cartoonist
    illustrator sculptor painter fashion-designer comedian collector philanthropist customer user consumer patient
    mum mom dad father-in-law mother-in-law son-in-law daughter-in-law grandson granddaughter boyfriend girlfriend
    fiance fiancee colleague teammate co-owner epidemiologist virologist climatologist geologist archaeologist
    astronomer mathematician philosopher anthropologist linguist jurist demographer neurologist cardiologist
    radiologist gynaecologist gp hotelier restaurateur waiter waitress cashier staffer salesman saleswoman vendor
    landowner homeowner householder occupant caretaker janitor lifeguard nanny carer caregiver chaplain co-
    organiser advocate lobbyist trustee coo cto vice-chair vice-chairman vice-president deputy-mayor commissioner-
    elect`),
  professionSuffixes: w('ist ologist ator itor ctor ician eer man woman person'),
  roleSuffixes: [],
  orgNouns:
    w(`majority opposition government company agency department council ministry party union firm police army administration
    authority committee commission organisation organization group campaign charity service court office board
    association foundation institute university hospital bank company's agency's council's department's newspaper tabloid
    gardaí gardai`),
  orgHeads:
    w(`church cathedral chapel mosque synagogue basilica abbey parish republic kingdom stadium arena agency department ministry council committee commission foundation institute university college school center
    centre company corporation corp corp. inc inc. ltd ltd. llc group bank association society club party union hospital
    museum times post news press journal tribune gazette foods airlines motors administration authority board trust fund
    network channel office service services court police army navy force forces bureau program programme organisation
    organization alliance coalition federation league institution laboratory lab labs brokerage consortium
    inc ltd llc plc
    homes developments properties estates holdings industries enterprises ventures builders construction
    housing logistics pharmaceuticals technologies solutions systems county`),
  orgSuffixes: [],
  streetWords: w(
    'street st st. road rd rd. avenue ave ave. lane close drive crescent boulevard square terrace grove gardens mews',
  ),
  orgAnaphors: w(
    'agency company party organisation organization group union firm association charity authority department institution',
  ),
  documentNouns: w(
    'sign banner placard poster report bill law text memo document statute constitution label slogan',
  ),
  speechNouns: w(
    'words remarks statement comments comment interview message letter post tweet reaction response reply answer promise pledge warning appeal plea verdict retort riposte',
  ),
  anonymousSources: w('source sources investigators insider insiders official officials person people'),
  workNouns: w(
    'film movie book novel show series song album play app website hashtag slogan campaign programme program podcast documentary',
  ),
  termCues: w('so-called dubbed nicknamed nickname known call term word phrase'),
  uiCues: w('click clicking tap tapping press select button'),
  hypotheticalCues: ['as if to say', 'as though to say'],
  relatives: w('who whose which that'),
  conjunctions: w('and but or although though whereas'),
  joiners: w('and'),
  indefinites: w('a an one another'),
  prepArticles: w(''),
  copulas: w('is was'),
  anonymityCues:
    '(?:asked|declined|wished|wanted|preferred) (?:not )?to be (?:named|identified)|(?:not|n’t) (?:wish|want) to be (?:named|identified)|to remain anonymous|requested anonymity|condition of anonymity|declined to give (?:his|her|their) name|not authori[sz]ed to speak',
  // ("told Cutts": the one told, never an inverted subject)
  addresseePreps: w('to told tells tell telling'),
  personPreps: w('of'),
  prepositions: w(
    'with without for by on over under at to from into about against among between in of toward towards after before behind during despite amid amidst across around along alongside near through throughout upon within beyond unlike via beside besides',
  ),
  subordinators: w('that if whether because when while although as'),
  attributionOpeners: w('so thus that’s'),
  nameParticles: w('de da di del della van von der den ter ten bin ben al la le du dos'),
  orgConnectors: w('of for de du des del der'),
  stopwords:
    w(`the a an and but or so yet for nor of in on at to from by with without about after before during since
    until while when where why how what which who whom this that these those it its he she they we you i his her their our
    my your there here then than as if though although because however meanwhile still also even just only not no yes
    mr mrs ms dr january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday image photo credit read more continue analysis related advertisement has have is are was were had
    today yesterday now both among all like do does did each several many most some every either neither such whether
    unlike despite via amid toward towards upon within against beyond through throughout into onto over under across
    around between behind above below another other any few more much very too again never always often perhaps maybe
    instead thus hence therefore already once twice one`),
  // 'described the plan as "reckless"', 'branded the council ‘arrogant’', 'spoke of "betrayal"'.
  judgeVerbs: w(`called calls calling described describes describing branded brands branding labelled labeled
    labels termed dubbed spoke speaks speaking denounced denounces`),
};
