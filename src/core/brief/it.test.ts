/** Italian constructions: «…», ha detto X; secondo X; ha aggiunto with no subject; ‹ › nested; multi-paragraph. */
import { describe, expect, it } from 'vitest';
import { actor, run, said } from './test-helpers.js';

describe('Italian quotes and speakers', () => {
  it('reads «…», ha detto X and a continuation with ha aggiunto', () => {
    const a = run('it', [
      '«Il piano è pronto», ha detto il sindaco di Torino, Stefano Ricci, durante il consiglio comunale. «Partiremo a settembre», ha aggiunto.',
    ]);
    expect(said(a)).toEqual([
      ['Il piano è pronto', 'Stefano Ricci'],
      ['Partiremo a settembre', 'Stefano Ricci'],
    ]);
    expect(actor(a, 'Stefano Ricci')?.role).toBe('sindaco di Torino');
  });

  it('reads secondo X and keeps a nested ‹ › inside its quote', () => {
    const a = run('it', [
      'Secondo Elena Conti, presidente dell’associazione, il progetto è «un passo avanti».',
      '«Basta con il ‹modello unico›, servono soluzioni locali», ha scritto Conti su Facebook.',
    ]);
    expect(said(a)).toEqual([
      ['un passo avanti', 'Elena Conti'],
      ['Basta con il ‹modello unico›, servono soluzioni locali', 'Elena Conti'],
    ]);
  });

  it('reads a multi-paragraph quote introduced by a colon', () => {
    const a = run('it', [
      'Il segretario del sindacato, Marco Galli, ha spiegato:',
      '«Abbiamo chiesto un incontro al ministero.',
      '«Se non arriverà una risposta, sciopereremo.»',
    ]);
    expect(said(a)).toEqual([
      ['Abbiamo chiesto un incontro al ministero.', 'Marco Galli'],
      ['Se non arriverà una risposta, sciopereremo.', 'Marco Galli'],
    ]);
  });

  it('drops a term introduced by la cosiddetta and lets an organisation speak', () => {
    const a = run('it', [
      'La cosiddetta «tassa sulla spazzatura» torna in discussione.',
      '«Non ci sono coperture», si legge in una nota della Corte dei conti.',
    ]);
    expect(said(a)).toEqual([['Non ci sono coperture', 'Corte dei conti']]);
  });

  it('separates a complement from the name after it (ministro dell’Economia Giancarlo Giorgetti)', () => {
    const a = run('it', [
      "Il ministro dell'Economia Giancarlo Giorgetti ha spiegato che i conti «sono in ordine». «Non servirà una manovra correttiva», ha aggiunto.",
    ]);
    expect(said(a)).toEqual([
      ['sono in ordine', 'Giancarlo Giorgetti'],
      ['Non servirà una manovra correttiva', 'Giancarlo Giorgetti'],
    ]);
    expect(actor(a, 'Giancarlo Giorgetti')?.role).toBe("ministro dell'Economia");
  });

  it('takes an organisation complement off the name and reads per + role + name', () => {
    const a = run('it', [
      '«È una vergogna», ha tuonato il leader della Lega Matteo Salvini. Per il ministro degli Esteri Antonio Tajani, invece, la misura è «necessaria».',
    ]);
    expect(said(a)).toEqual([
      ['È una vergogna', 'Matteo Salvini'],
      ['necessaria', 'Antonio Tajani'],
    ]);
    expect(actor(a, 'Matteo Salvini')?.role).toBe('leader della Lega');
  });
});

describe('Italian typography and names seen on real sites', () => {
  it('pairs hand-typed curly marks that use one glyph for both ends: ”…” and “…“', () => {
    const a = run('it', [
      'Il testo non convince, ”così non ci sono le condizioni per riaprire”, dice un governatore.',
      '“Serve responsabilità. La mia ordinanza è pronta“, scrive su Facebook il governatore della Sicilia, Nello Musumeci.',
    ]);
    expect(said(a)).toEqual([
      ['così non ci sono le condizioni per riaprire', null],
      ['Serve responsabilità. La mia ordinanza è pronta', 'Nello Musumeci'],
    ]);
  });

  it('keeps the inverted subject to one phrase: a name further on is someone spoken to', () => {
    const a = run('it', [
      'A consegnare il diploma è stata la vicepreside Frediana Fecchio.',
      '"Ce l\'ha fatta", ha detto la vicepreside rivolgendosi soprattutto a papà Antonio.',
    ]);
    expect(said(a)).toEqual([["Ce l'ha fatta", 'Frediana Fecchio']]);
  });

  it('does not read a region or a city as a person, and reads a rarer given name beside a verb of saying', () => {
    const a = run('it', [
      'In Emilia Romagna la giunta ha approvato il piano; a Melbourne si discute ancora.',
      'Amedeo Bottaro ha così detto: «Non stiamo facendo focacce».',
    ]);
    expect(actor(a, 'Emilia Romagna')).toBeUndefined();
    expect(actor(a, 'Melbourne')).toBeUndefined();
    expect(said(a)).toEqual([['Non stiamo facendo focacce', 'Amedeo Bottaro']]);
  });
});

describe('Italian title words at the end of a sentence', () => {
  it('does not read the capitalised word after "la Ministra." as a titled name', () => {
    const a = run('it', [
      'Il ministro per il Sud Barbara Lezzi era in aula con la presidente Maria Elisabetta Alberti Casellati.',
      '«Vai a casa», ha risposto la Ministra. Frase accompagnata da un gesto inequivocabile.',
    ]);
    expect(actor(a, 'Frase')).toBeUndefined();
  });

  it('pairs a straight opening mark with a curly closing one and reads "Lo ha detto X, …" after it', () => {
    const a = run('it', [
      '"Non è compito del governo decidere chi allena la nazionale, ne prendiamo atto e andiamo avanti”. Lo ha detto il presidente della Regione, Giovanni Bellandi, a margine di una conferenza stampa della federazione di pallavolo, a Bari.',
    ]);
    expect(said(a)).toEqual([
      [
        'Non è compito del governo decidere chi allena la nazionale, ne prendiamo atto e andiamo avanti',
        'Giovanni Bellandi',
      ],
    ]);
  });

  it('reads «Corriere» after a preposition as an outlet, not a quote', () => {
    const a = run('it', ['«Siamo pronti a votare», ha detto il segretario Marco Ferri al «Corriere».']);
    expect(said(a)).toEqual([['Siamo pronti a votare', 'Marco Ferri']]);
  });

  it('lists people named inside a quote, with a given name or a title, and never makes them speak', () => {
    const a = run('it', [
      '«Ci siamo collegati con la presidente del consiglio Giorgia Meloni e con il ministro Salvini», ha detto il governatore Stefano Bonetti.',
    ]);
    expect(said(a)).toEqual([
      [
        'Ci siamo collegati con la presidente del consiglio Giorgia Meloni e con il ministro Salvini',
        'Stefano Bonetti',
      ],
    ]);
    expect(a.actors.map((x) => x.name).sort()).toEqual(['Giorgia Meloni', 'Salvini', 'Stefano Bonetti']);
  });

  it('reads «…»: così il Presidente della Regione X as the speaker, the region as his role’s complement', () => {
    const a = run('it', [
      '«Per ora dal Governo non siamo riusciti a condividere un piano comune»: così il Presidente della Regione Lombardia Attilio Fantoni alla conferenza stampa di fine anno.',
    ]);
    expect(said(a)).toEqual([
      ['Per ora dal Governo non siamo riusciti a condividere un piano comune', 'Attilio Fantoni'],
    ]);
  });

  it('does not take the person named in a comma aside for the subject ("Marsilio, nel ringraziare Lolli, ha spiegato")', () => {
    const a = run('it', [
      '«Se mi posso permettere un consiglio – ha esordito Giovanni Lodi – non fate l’errore di guardare solo all’oggi».',
      'Marco Marsello, nel ringraziare Lodi, ha spiegato di sentire “tutto il peso della responsabilità”.',
    ]);
    expect(said(a).at(-1)).toEqual(['tutto il peso della responsabilità', 'Marco Marsello']);
  });

  it('reads "il" and "la" as articles, not relative pronouns, after a comma', () => {
    // Read as "who", ", il ministro ha detto" made "ministro ha detto" Salvini's role, and the
    // minister's words his.
    const a = run('it', [
      'Il governo ha deciso di riaprire tutto dal primo ottobre.',
      'Ad un giornalista che gli chiedeva dei suoi rapporti con Matteo Salvini, il ministro ha detto: «Andiamo d’amore e d’accordo».',
    ]);
    expect(actor(a, 'Matteo Salvini')?.role ?? null).toBeNull();
    expect(said(a)).not.toContainEqual(['Andiamo d’amore e d’accordo', 'Matteo Salvini']);
  });

  it('gives a description to the name right after it, not to another person with that role', () => {
    const a = run('it', [
      '«Sono sorpreso, ho espresso le mie idee», così il ministro Paolo Zangrillo.',
      '«Il ministero dell’Interno è tornato in buone mani». Così l’ex ministro dell’Interno Marco Minniti alla Festa dell’Unità di Milano.',
    ]);
    expect(said(a)).toEqual([
      ['Sono sorpreso, ho espresso le mie idee', 'Paolo Zangrillo'],
      ['Il ministero dell’Interno è tornato in buone mani', 'Marco Minniti'],
    ]);
  });

  it('reads "A dirlo è stato X" with a long role phrase, and a title quoted after it', () => {
    const a = run('it', [
      '«Sono sorpreso, ho espresso le mie idee», così il ministro Paolo Zangrillo.',
      '«Il nostro governo se ne sta occupando in maniera ottima». A dirlo è stato il ministro dell’Agricoltura e della sovranità alimentare, Francesco Lollobrigida, intervenendo a «Dritto e rovescio» su Rete4.',
    ]);
    expect(said(a)).toContainEqual([
      'Il nostro governo se ne sta occupando in maniera ottima',
      'Francesco Lollobrigida',
    ]);
  });

  it('does not read a gerund clause as the role of the name after it', () => {
    const a = run('it', [
      'A consegnare il diploma è stata la vicepreside Frediana Fecchio.',
      '«Ce l’ha fatta», ha detto la docente rivolgendosi soprattutto a papà Antonio.',
    ]);
    expect(actor(a, 'Antonio')?.role ?? null).toBeNull();
    expect(said(a)).not.toContainEqual(['Ce l’ha fatta', 'Antonio']);
  });

  it('reads a long verbless "Così X, …" sentence after a quote, and keeps "Così" out of the name', () => {
    const a = run('it', [
      '«Grazie a Napoli e ai napoletani, è un risultato straordinario». Così Gaetano Manfredi, il candidato sindaco che le proiezioni danno come eletto al primo turno con oltre il sessanta per cento dei voti.',
    ]);
    expect(said(a)).toEqual([
      ['Grazie a Napoli e ai napoletani, è un risultato straordinario', 'Gaetano Manfredi'],
    ]);
    expect(a.actors.map((x) => x.name)).toContain('Gaetano Manfredi');
  });

  it('gives "si legge in una nota" and what goes on after it to no person', () => {
    // An impersonal verb of reading is the words of a text, not a dropped subject pronoun of the
    // premier the story is about; "Che continua:" goes on with that text.
    const a = run('it', [
      'Da Palazzo Chigi arriva la smentita sulle presunte intenzioni del premier Giuseppe Conte. «La Presidenza del Consiglio smentisce tutte le ricostruzioni», si legge in una nota. Che continua: «Il presidente non è alla ricerca di altre maggioranze».',
    ]);
    expect(said(a)).toEqual([
      ['La Presidenza del Consiglio smentisce tutte le ricostruzioni', null],
      ['Il presidente non è alla ricerca di altre maggioranze', null],
    ]);
  });

  it('reads "Così X, …, risponde" after a quote when the verb comes late in a long sentence', () => {
    const a = run('it', [
      '«Nessuno nel governo pensa che dobbiamo uscire dall’Eurozona. Questo è sicuro». Così il ministro dell’Economia, Giovanni Tria, risponde, intervistato dal Financial Times, a chi gli chiede se il piano sia un modo per uscire dall’euro.',
    ]);
    expect(said(a)).toEqual([
      ['Nessuno nel governo pensa che dobbiamo uscire dall’Eurozona. Questo è sicuro', 'Giovanni Tria'],
    ]);
  });

  it('reads "Lo dice X" after a quote: "lo" before a verb of saying is the pronoun, not an article', () => {
    const a = run('it', [
      'Il maltempo ha colpito la provincia per tutto il fine settimana.',
      '"Abbiamo chiesto lo stato di calamità alla Regione". Lo annuncia il sindaco Filippo Giorgetti.',
      '"I volontari hanno lavorato giorno e notte". Lo dice l’assessore Carla Neri.',
    ]);
    expect(said(a)).toEqual([
      ['Abbiamo chiesto lo stato di calamità alla Regione', 'Filippo Giorgetti'],
      ['I volontari hanno lavorato giorno e notte', 'Carla Neri'],
    ]);
  });

  it('reads a long sentence after a quote that opens on its speaker and a verb of saying', () => {
    const a = run('it', [
      'Roma, 14 nov. (LaPresse) - "Sono stato insultato per anni. Ora ne dovrà rispondere qualcuno". Il leader della Lega, Matteo Salvini attacca ancora una volta il ministro dell’Interno, Angelino Alfano, durante la puntata di Porta a Porta sugli attentati a Parigi.',
    ]);
    expect(said(a)).toEqual([
      ['Sono stato insultato per anni. Ora ne dovrà rispondere qualcuno', 'Matteo Salvini'],
    ]);
  });

  it('splits a quote at "- ha continuato X -" and gives both parts to X', () => {
    const a = run('it', [
      'Marco Minniti e Matteo Salvini si sono scontrati in televisione.',
      '«Salvini doveva prendere un aereo e precipitarsi in Calabria - ha continuato Minniti -, perché un giovane immigrato è stato ucciso».',
    ]);
    expect(said(a)).toEqual([
      ['Salvini doveva prendere un aereo e precipitarsi in Calabria', 'Marco Minniti'],
      ['perché un giovane immigrato è stato ucciso', 'Marco Minniti'],
    ]);
  });

  it('reads a capitalised title noun alone as a description, and a question put to someone as not theirs', () => {
    const a = run('it', [
      'La ministra dell’Istruzione Lucia Azzolina è stata ospite della conduttrice Myrta Merlino.',
      'La Ministra sorride e risponde diplomatica: “Non faccio pronostici, non mi piace”.',
      'E alla domanda “Lei è di sinistra?” la Ministra mostra qualche imbarazzo.',
    ]);
    expect(a.actors.map((x) => x.name)).not.toContain('Ministra');
    expect(said(a)).toEqual([
      ['Non faccio pronostici, non mi piace', 'Lucia Azzolina'],
      ['Lei è di sinistra?', null],
    ]);
  });

  it('gives a colon to the later clause that has its own speaker ("dice X mentre Y lo incalza:")', () => {
    const a = run('it', [
      'Matteo Salvini e Angelino Alfano si sono scontrati in studio.',
      '"Non rispondo a Salvini, sapevo che avrebbe fatto questa scena", dice Alfano mentre Salvini lo incalza: "Questo fa il ministro, dovrebbe proteggere i miei figli".',
    ]);
    expect(said(a)).toEqual([
      ['Non rispondo a Salvini, sapevo che avrebbe fatto questa scena', 'Angelino Alfano'],
      ['Questo fa il ministro, dovrebbe proteggere i miei figli', 'Matteo Salvini'],
    ]);
  });

  it('reads a lone capitalised word after an article, or labelling a quote, as a named body that speaks', () => {
    const a = run('it', [
      'Codacons: "Chi specula deve chiudere l’esercizio e finire in galera"',
      '“I prezzi al dettaglio continuano a registrare sensibili rincari nei settori primari”. – Così in una nota il Codacons.',
    ]);
    expect(said(a)).toEqual([
      ['Chi specula deve chiudere l’esercizio e finire in galera', 'Codacons'],
      ['I prezzi al dettaglio continuano a registrare sensibili rincari nei settori primari', 'Codacons'],
    ]);
  });

  it('keeps a word quoted in the same marks inside a quote, and a role naming a body to the name after it', () => {
    const a = run('it', [
      '“Il presidente della Regione non smette di stupire. Nell’ultima conferenza stampa se la prende con “l’irresponsabilità” imperante.”',
      'Lo rileva il segretario regionale di Articolo Uno, Mauro Cedarmas, in una dichiarazione stampa.',
    ]);
    expect(said(a)).toEqual([
      [
        'Il presidente della Regione non smette di stupire. Nell’ultima conferenza stampa se la prende con “l’irresponsabilità” imperante.',
        'Mauro Cedarmas',
      ],
    ]);
    expect(actor(a, 'Mauro Cedarmas')?.role).toBe('segretario regionale di Articolo Uno');
  });

  it('does not split a quote at "continuano a" + infinitive (an auxiliary, not a verb of saying)', () => {
    const a = run('it', [
      '“In questo momento i prezzi degli alimentari, come quelli del carrello della spesa, continuano a registrare forti aumenti, crediamo sia necessario stanare chi specula”. – Afferma il presidente Carlo Rienzi.',
    ]);
    expect(said(a)).toEqual([
      [
        'In questo momento i prezzi degli alimentari, come quelli del carrello della spesa, continuano a registrare forti aumenti, crediamo sia necessario stanare chi specula',
        'Carlo Rienzi',
      ],
    ]);
  });

  it('reads a given name after an article and a noun as a person, and one spoken about before a colon as no speaker', () => {
    const a = run('it', [
      '“Faremo una richiesta di incontro con i nonni – ha poi spiegato il legale Amedeo Rizza – non si allontanano”.',
      "\"L'ultima volta l'abbiamo sentito martedì mattina - assicura il fratello Ettore, 49 anni - era sereno\". Poche parole pronunciate sull'uscio della villetta.",
      'A proposito del signor Luciano, ieri squalificato: «Il mister ce l’aveva con qualche giocatore».',
    ]);
    expect(said(a).slice(0, 4)).toEqual([
      ['Faremo una richiesta di incontro con i nonni', 'Amedeo Rizza'],
      ['non si allontanano', 'Amedeo Rizza'],
      ["L'ultima volta l'abbiamo sentito martedì mattina", 'Ettore'],
      ['era sereno', 'Ettore'],
    ]);
    expect(said(a)[4]).toEqual([
      'Il mister ce l’aveva con qualche giocatore',
      expect.not.stringMatching(/Luciano/u),
    ]);
  });

  it('reads "Sono le parole con le quali X ha commentato" after a quote', () => {
    const a = run('it', [
      'Il legale della famiglia Roberto Neri ha parlato ieri ai cronisti davanti al tribunale.',
      '«Questa vicenda dimostra che anche i familiari di chi commette un reato così grave sono vittime».',
      'Sono le parole con le quali l’avvocato Andrea Miroli, legale dell’uomo reo confesso, ha commentato la tragica scoperta della morte dei genitori.',
    ]);
    expect(said(a)).toEqual([
      [
        'Questa vicenda dimostra che anche i familiari di chi commette un reato così grave sono vittime',
        'Andrea Miroli',
      ],
    ]);
  });

  it('reads the sports abbreviations Ds, Dg and ct before a name as titles, not as part of it', () => {
    const a = run('it', [
      'Il Ds Pierpaolo Marino ai microfoni del canale ufficiale:',
      '“Questa gara deve servire per farci ripartire con rabbia, il punto in più o in meno non è importante”.',
    ]);
    expect(said(a)).toEqual([
      [
        'Questa gara deve servire per farci ripartire con rabbia, il punto in più o in meno non è importante',
        'Pierpaolo Marino',
      ],
    ]);
  });
});

describe('An incise closed by a hyphen glued to the next word', () => {
  it('splits «… – ha aggiunto X -che …» into two parts of X', () => {
    const a = run('it', [
      '“Non mi stupisce – ha aggiunto il consigliere regionale Alberto Unia -che la giunta sia assente. È il leitmotiv di questa consiliatura”.',
    ]);
    expect(said(a)).toEqual([
      ['Non mi stupisce', 'Alberto Unia'],
      ['che la giunta sia assente. È il leitmotiv di questa consiliatura', 'Alberto Unia'],
    ]);
  });
});

describe('Italian fused prepositions govern a name', () => {
  it('does not take "col sindaco X" for the subject of "ha insistito"', () => {
    const a = run('it', [
      'Santo Cascio ha rievocato il rimpasto, tema di scontro col sindaco Emanuele Antonelli: anche in quell’occasione, ha insistito, «non sono state date risposte ai cittadini».',
    ]);
    expect(said(a)).toEqual([['non sono state date risposte ai cittadini', 'Santo Cascio']]);
  });
});

describe('a short paragraph that is only a quote, with the stop after the closing mark', () => {
  it('is a sentence that goes on quoting, not an intertitle («…». Italian and Spanish)', () => {
    const a = run('it', [
      '«I lavori termineranno entro marzo», ha spiegato l’assessore ai Lavori pubblici Marco Neri.',
      '«Ci scusiamo per i disagi».',
    ]);
    expect(said(a).map(([, s]) => s)).toEqual(['Marco Neri', 'Marco Neri']);
  });
});
