/**
 * The shape of a per-language lexicon. Everything language-specific that the brief engine uses is
 * data of this shape, so a language is added or extended by editing one file. Words are lowercase;
 * multi-word entries are matched token by token.
 */
export interface Lexicon {
  lang: string;
  /** Inflected forms of speech verbs ("said", "a déclaré" → "déclaré", "sagte", "ha detto" → "detto"). */
  speechVerbs: string[];
  /** Multi-word speech cues that are not verb forms ("in a statement", "hieß es", "si legge"). */
  speechPhrases: string[];
  /** Prepositions that introduce a source: "selon X", "according to X", "laut X", "según X". */
  sourcePreps: string[];
  /** Postpositions that follow a source: "X zufolge". */
  sourcePostps: string[];
  /** Agent markers of a passive description: "described as … by X", "jugé … par X". */
  agentPreps: string[];
  /** Verbs of description whose passive form needs an agent to attribute a fragment ("described", "qualifié"). */
  describeVerbs: string[];
  /** Auxiliaries that mark a passive before a describe-verb ("was described", "viene definito"). */
  passiveAux: string[];
  pronouns: { m: string[]; f: string[]; plural: string[] };
  /** Pronoun forms that are never a subject ("him", "lui" before a verb, "ihm"): they point back, but
   * do not speak. */
  objectPronouns?: string[];
  /** Determiners that open a noun phrase (a role phrase starts after one of them). */
  determiners: string[];
  /** Honorifics stripped from names (Mr, Mme, Herr, Sra.). */
  honorifics: string[];
  /** Nouns that re-describe a person already named without stating a role ("the 63-year-old",
   * "l'homme", "il giovane"): they stand for the last compatible person. Ages are found by pattern. */
  genericPersons?: string[];
  /** Possessive determiners ("her", "sa", "sua", "su", "ihre"): "her mother" is someone's relation,
   * not the person named before. */
  possessives?: string[];
  /** Third-person auxiliaries and pronouns that may open an incise before its verb ("– ha poi
   * spiegato il legale –", ", a-t-il déclaré,", ", he said,"). */
  inciseLeads?: string[];
  /** A pronoun that stands for an organisation named before ("Network Rail apologised. “…,” it said."). */
  orgPronouns?: string[];
  /** The generic nouns that tell a man from a woman ("l'uomo" is not the Patrizia named before). */
  genericGender?: { m: string[]; f: string[] };
  /** Groups of role nouns that are never one person in a story (the court: accused, lawyer,
   * prosecutor, judge, witness, victim): a description from one group does not stand for a person
   * the text gave another role of it. */
  exclusiveRoles?: string[][];
  /** Groups of role nouns newsrooms use for one role ("il legale", "l'avvocato", "il difensore"): a
   * description by one stands for the person the text introduced by another. */
  roleSynonyms?: string[][];
  /** A general noun for the holder of one of several offices ("la mandataria": the president, the
   * governor or the mayor; "il governatore": the region's president): one way only — a description
   * by it stands for the person introduced in one of those offices, not the other way round. */
  roleHypernyms?: Record<string, string[]>;
  /** Two-word periphrases of a role noun ("il primo cittadino" is the mayor, "el primer edil"):
   * read as a description by that noun, whatever their capitals. */
  rolePhrases?: Record<string, string>;
  /** Well-known institutions named without a head word ("Moncloa", "Guardia Civil", "White House"). */
  institutions?: string[];
  /** Honorifics that tell a man from a woman ("Mr Goncalves" is not his daughter Kaylee). */
  genderedHonorifics?: { m: string[]; f: string[] };
  /** Titles written before a name that become the role when nothing better is stated (President, Senator). */
  titles: string[];
  /** Head nouns of roles and functions (ministre, spokesman, Sprecher, portavoz). */
  roleNouns: string[];
  /** German-style compounds: a capitalised token ending with one of these is a role ("Energieexperte"). */
  roleSuffixes: string[];
  /** Suffixes of profession nouns ("-iste", "-ologist", "-tore"): a role only where a role can stand
   * (an apposition, a description after an article), never inside a name. */
  professionSuffixes?: string[];
  /** Lowercase nouns for organisations that can speak ("gouvernement", "the company", "Behörde"). */
  orgNouns: string[];
  /** Words that make a capitalised run an organisation ("Foundation", "Partito", "Policlinico"). */
  orgHeads: string[];
  /** Suffixes that make a capitalised token an organisation (German compounds: "-agentur", "-verein"). */
  orgSuffixes: string[];
  /** Words naming a street's type, first or last word of its name ("Fairbourne Close", "Piazza
   * Garibaldi"): a place, never an organisation that speaks. */
  streetWords?: string[];
  /** Suffixes of street names written as one word ("Hauptstraße", "Marktplatz"). */
  streetSuffixes?: string[];
  /** Nouns that refer back to an organisation named before ("l’agence", "il partito", "the company"). */
  orgAnaphors: string[];
  /** Nouns of written texts: words quoted from them have no speaker (a bill, a sign, a report). */
  documentNouns: string[];
  /** Nouns of someone's words ("dalle parole di X", "in the words of X"): what follows is their author. */
  speechNouns?: string[];
  /**
   * Nouns of a stated view or verdict that head a nominal attribution after a quote, with no verb:
   * "„…“, lautet das Fazit von X", "so die Einschätzung von X", "« … », tel est l’avis de X". Only
   * there: unlike `speechNouns` they do not make what follows them a quote.
   */
  viewNouns?: string[];
  /** Nouns of unnamed sources: a quote from "una fuente" has no speaker. */
  anonymousSources: string[];
  /** Nouns before a quoted title ("le film « … »", "the app"), and words after it. */
  workNouns: string[];
  /** Cues of a nickname or term: "so-called", "sogenannte", "la cosiddetta", "surnommé". */
  termCues: string[];
  /** Cues of a UI label: "en cliquant sur « J’accepte »", "click". */
  uiCues: string[];
  /** Cues of a hypothetical utterance: "as if to say", "comme pour dire". */
  hypotheticalCues: string[];
  /** Relative pronouns that open a "who …" clause after a name. */
  relatives: string[];
  /** Coordinators joining two names ("X et Y"). */
  conjunctions: string[];
  /** The coordinators that make two people one plural subject ("X und Y begrüßten"): "and" alone. */
  joiners?: string[];
  /** Articles that cannot open a subject (German: "Den Vorwurf wies X zurück", "Dem Spiegel sagte X"). */
  obliqueArticles?: string[];
  /** Prepositions of the person spoken to: "dijo a EFE", "told the BBC" — what follows is not the speaker. */
  addresseePreps?: string[];
  /** Prepositions before a person's name as often as before a place's ("the murder of X", Spanish
   * personal "a": "derrotar a X"): a name after them is not counted as placed. */
  personPreps?: string[];
  /** Indefinite articles: "un chef m’a dit" is an unnamed person, not one named before. */
  indefinites?: string[];
  /** Prepositions fused with an article (al, del, du, zum): they open a role phrase before a name. */
  prepArticles?: string[];
  /** Copulas that state a role after a name: "Banaszak ist Schmelzer", "X est infirmière". */
  copulas?: string[];
  /** Alternatives (a regex source, matched on lowercase text) saying a source is kept anonymous. */
  anonymityCues?: string;
  /** Singular articles that mark gender (« la ministre » is a woman): a description skips the other sex. */
  genderedArticles?: { m: string[]; f: string[] };
  /** Prepositions: a name right after one is not the subject of its clause ("with X", "avec X", "mit X"). */
  prepositions?: string[];
  /** Subordinators: after one, a name is the subject of another clause ("said the deal gives Obama"). */
  subordinators?: string[];
  /** Words opening a sentence that attributes the quote before it: "So Müller weiter", "Così il sindaco". */
  attributionOpeners?: string[];
  /**
   * A verb of saying as the infinitive of a verb chain: « … » commence par lancer X, X a tenu à
   * rappeler que « … ». `verbs`: the finite forms that take the infinitive, `preps` the words that may
   * stand between them, `infinitives` the verbs of saying in the infinitive.
   */
  speechChains?: { verbs: string[]; preps: string[]; infinitives: string[] };
  /**
   * A view before a colon: "Für X ist klar: „…“", "Für X steht fest:", "Pour X, c'est clair : « … »".
   * `preps` open the clause and govern the one whose view it is; `words` say the view is certain.
   */
  viewFrames?: { preps: string[]; words: string[] };
  /**
   * Prepositions that place a view at someone in a clause before a colon with no verb of saying:
   * "Même son de cloche chez X : « … »", "Même inquiétude du côté de X :", "Ähnlich bei X:". The
   * person they govern speaks; a plural group they govern ("bei den Eltern") is an unnamed source.
   */
  viewAt?: string[];
  /** Verb forms of going on ("poursuit", "ajouté", "fügte", "ergänzte"): with a pronoun subject
   * after a quote, the last speaker goes on (speakers/continue-verb.ts). */
  continueVerbs?: string[];
  /** Verb forms only reported speech takes (German Konjunktiv I: "sei", "habe", "werde"): a short
   * quoted fragment in their sentence is someone's words (speakers/reported-mood.ts). */
  reportedMood?: string[];
  /** Verbs of calling, judging or speaking of ("qualifié de", "nannte", "definì", "called it"): a short
   * quoted fragment as their object or predicate is someone's words (speakers/judged-fragment.ts). */
  judgeVerbs?: string[];
  /**
   * Inhabitants and nationals, where the language capitalises them as nouns: a plural article, then
   * one capitalised word with one of these endings ("les Ligériens", "des Américains").
   */
  demonyms?: { articles: string[]; suffixes: string[] };
  /** Lowercase particles inside person names (de, van, von, di, bin). */
  nameParticles: string[];
  /** Lowercase connectors inside organisation names (of, de, del, für). */
  orgConnectors: string[];
  /** Function words, months, days: capitalised at a sentence start they are not names. */
  stopwords: string[];
}
