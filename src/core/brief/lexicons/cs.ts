import type { Lexicon } from './types.js';

const w = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/**
 * Czech is not one of the product's languages; this small list only lets the engine do something
 * reasonable on Czech pages (verbs of saying in the past and present, "podle X").
 */
export const CS: Lexicon = {
  lang: 'cs',
  speechVerbs:
    w(`řekl řekla řekli říká říkají uvedl uvedla uvedli uvádí napsal napsala napsali píše píšou dodal dodala
    dodává tvrdí tvrdil tvrdila zdůraznil zdůraznila zdůrazňuje prohlásil prohlásila přidává přirovnává hodnotí
    hodnotil poznamenal poznamenala konstatoval prozradil prozradila vysvětlil vysvětlila míní myslí`),
  speechPhrases: [],
  sourcePreps: ['podle'],
  sourcePostps: [],
  agentPreps: [],
  describeVerbs: [],
  passiveAux: [],
  pronouns: { m: w('on'), f: w('ona'), plural: w('oni') },
  determiners: [],
  honorifics: w('pan paní dr.'),
  genericPersons: w('muž žena'),
  genericGender: { m: w('muž'), f: w('žena') },
  genderedHonorifics: { m: w('pan'), f: w('paní') },
  titles: w('prezident premiér ministr'),
  roleNouns:
    w(`manažer trenér útočník záložník obránce bek reprezentant kapitán prezident premiér ministr mluvčí ředitel
    předseda expert analytik novinář superstar mladík hráč brankář`),
  roleSuffixes: [],
  orgNouns: w('vláda ministerstvo klub server web večerník deník'),
  orgHeads: w('klub fc united city'),
  orgSuffixes: [],
  orgAnaphors: w('klub server web'),
  documentNouns: w('zákon zpráva'),
  anonymousSources: w('zdroj zdroje'),
  workNouns: [],
  termCues: [],
  uiCues: [],
  hypotheticalCues: [],
  relatives: w('který která které'),
  conjunctions: w('a'),
  prepositions: w('s se bez pro na v ve do od z ze k ke o po před za'),
  subordinators: w('že jestli protože když'),
  attributionOpeners: w('tak'),
  nameParticles: w('de van von'),
  orgConnectors: w('and of'),
  stopwords:
    w(`a i v ve na se s z do o u k od po pro za je to ten ta že ale když jak podle už ještě také jeho její jejich
    leden únor březen duben květen červen červenec srpen září říjen listopad prosinec`),
};
