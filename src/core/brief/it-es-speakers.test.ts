/**
 * Italian and Spanish speaker constructions found by reading unlabelled news (issue 9, session 12);
 * every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

describe('Italian and Spanish speakers', () => {
  it('reads a surname with its particle opening the sentence as the subject (Di Lorenzo ha concluso)', () => {
    const a = run('it', [
      'Il pugile Marco Bianchi ha incontrato il suo allenatore, Angelo Di Lorenzo, dopo la sconfitta di ieri sera a Torino.',
      'Di Lorenzo ha quindi concluso: «Marco è tranquillo, vuole solo tornare sul ring».',
    ]);
    expect(said(a)).toEqual([['Marco è tranquillo, vuole solo tornare sul ring', 'Angelo Di Lorenzo']]);
  });

  it('reads il difensore as the person introduced as legale, not the client named last', () => {
    const a = run('it', [
      "Il legale Carlo Ferretti ha chiesto la scarcerazione dell'imprenditore Luigi Mazza, arrestato martedì a Bari.",
      'Mazza non ha risposto alle domande del gip.',
      '«Il mio assistito è innocente e lo dimostreremo», ha detto il difensore.',
    ]);
    expect(said(a)).toEqual([['Il mio assistito è innocente e lo dimostreremo', 'Carlo Ferretti']]);
  });

  it('reads el letrado as the person introduced as abogado, not the client named last', () => {
    const a = run('es', [
      'El abogado Ramón Quesada pidió ayer la libertad del empresario Luis Mendoza, detenido el martes en Valencia.',
      'Mendoza se negó a declarar ante la jueza.',
      '“Mi cliente es inocente y lo vamos a demostrar”, afirmó el letrado.',
    ]);
    expect(said(a)).toEqual([['Mi cliente es inocente y lo vamos a demostrar', 'Ramón Quesada']]);
  });

  it('reads il Primo cittadino as the mayor, capitalised or not, not the person named last', () => {
    const a = run('it', [
      'Il sindaco Paolo Ferri ha incontrato il direttore della ASL, Marco Santini, per discutere della carenza di medici.',
      '«I medici mancano ovunque – dice il Primo cittadino – ma qui la situazione è grave».',
      '«Serve un piano – aggiunge il primo cittadino – entro l’estate».',
    ]);
    expect(said(a).map(([, who]) => who)).toEqual([
      'Paolo Ferri',
      'Paolo Ferri',
      'Paolo Ferri',
      'Paolo Ferri',
    ]);
  });

  it('reads el primer edil as the mayor, not the person quoted last', () => {
    const a = run('es', [
      'El alcalde, Jorge Salas, visitó ayer el hospital comarcal para hablar de las obras de ampliación.',
      'La directora del centro, Marta Ibáñez, explicó que las obras empezarán en marzo. “Tendremos cuarenta camas más”, dijo Ibáñez.',
      '“Las obras terminarán en verano”, aseguró el primer edil.',
    ]);
    expect(said(a)).toEqual([
      ['Tendremos cuarenta camas más', 'Marta Ibáñez'],
      ['Las obras terminarán en verano', 'Jorge Salas'],
    ]);
  });

  it('reads the holder of a compound title (teniente de alcalde X) as the subject, not a relation of the title', () => {
    const a = run('es', [
      'El teniente de alcalde Juan Pérez respondió ayer a las críticas por el retraso de las obras del mercado: “Las obras terminarán antes del verano”.',
      'La hija del alcalde Luis Gil dijo después: “Mi padre no sabía nada”.',
    ]);
    expect(said(a)[0]).toEqual(['Las obras terminarán antes del verano', 'Juan Pérez']);
    // (With an article after the preposition, the name is the title's: the daughter speaks.)
    expect(said(a)[1]![1]).not.toBe('Luis Gil');
  });

  it('reads fare eco as a verb of saying (le ha fatto eco X, gli fa eco il sindaco)', () => {
    const a = run('it', [
      "Il sindaco di Pavia, Franco Moretti, ha presentato il nuovo piano dei trasporti insieme all'assessora Giulia Sala.",
      '«È un piano che cambia la città», ha spiegato l’assessora. «Lo completeremo entro due anni», le ha fatto eco Moretti.',
      '«Nessun quartiere resterà escluso», ha insistito Sala. «E i costi sono coperti», le fa eco il sindaco.',
    ]);
    expect(said(a).map(([, who]) => who)).toEqual([
      'Giulia Sala',
      'Franco Moretti',
      'Giulia Sala',
      'Franco Moretti',
    ]);
  });
  it('reads a role with a possessive that no one is named in as someone unnamed, not the person named before (dijo su entrenador, il suo allenatore)', () => {
    const es = run('es', [
      'Tras el partido habló Jorge Ramos, autor del único gol del encuentro.',
      '"Estamos muy tristes por el resultado", dijo su entrenador.',
    ]);
    expect(said(es)).toEqual([['Estamos muy tristes por el resultado', null]]);
    const it_ = run('it', [
      'Il tennista Luca Moretti ha perso ieri la finale di Roma in tre set.',
      '«Ha giocato con grande coraggio», ha commentato il suo allenatore.',
    ]);
    expect(said(it_)).toEqual([['Ha giocato con grande coraggio', null]]);
    // (Someone named in that role is still the one it stands for.)
    const named = run('es', [
      'El entrenador, Jorge Ramos, habló tras el partido con la prensa local.',
      '"Estamos muy tristes por el resultado", dijo su entrenador.',
    ]);
    expect(said(named)).toEqual([['Estamos muy tristes por el resultado', 'Jorge Ramos']]);
  });
  it('leaves a quote to a plural verb with no subject unattributed, not given to the one person named before (aseguraron, hanno spiegato)', () => {
    const es = run('es', [
      'La alcaldesa Rosa Vega se reunió ayer con los vecinos del barrio de San Blas para hablar de las obras.',
      '"Llevamos dos años esperando una respuesta", aseguraron.',
      '"Seguiremos trabajando con ellos", dijo Vega.',
    ]);
    expect(said(es)).toEqual([
      ['Llevamos dos años esperando una respuesta', null],
      ['Seguiremos trabajando con ellos', 'Rosa Vega'],
    ]);
    const it_ = run('it', [
      'Il sindaco Paolo Neri ha incontrato ieri mattina i commercianti del centro storico.',
      '«Aspettiamo da due anni una risposta», hanno spiegato.',
      '«Chiudere il centro alle auto ci costa clienti», dicono.',
    ]);
    expect(said(it_)).toEqual([
      ['Aspettiamo da due anni una risposta', null],
      ['Chiudere il centro alle auto ci costa clienti', null],
    ]);
  });
  it('reads a dash glued to the word before it as opening an incise when a space follows («…promesse- ha detto X - …»)', () => {
    const it_ = run('it', [
      'Ieri sera i residenti del quartiere hanno incontrato la giunta in municipio.',
      "«Non vogliamo altre promesse- ha detto Mario Rossi, portavoce dei residenti - ma fatti concreti». Poi l'incontro si è chiuso.",
    ]);
    expect(said(it_)).toEqual([
      ['Non vogliamo altre promesse', 'Mario Rossi'],
      ['ma fatti concreti', 'Mario Rossi'],
    ]);
    const es = run('es', [
      'Ayer los vecinos del barrio se reunieron con el gobierno municipal.',
      '"No queremos más promesas- dijo Mario Ruiz, portavoz de los vecinos - sino hechos". Luego terminó la reunión.',
    ]);
    expect(said(es)).toEqual([
      ['No queremos más promesas', 'Mario Ruiz'],
      ['sino hechos', 'Mario Ruiz'],
    ]);
  });
  it('reads an outlet after a fused preposition as the one told, not the speaker (ha spiegato all’ANSA X)', () => {
    const a = run('it', [
      'Ieri mattina la protesta dei genitori davanti alla scuola di via Roma, chiusa per lavori.',
      "«Non si possono deludere i bambini - ha spiegato all'ANSA Mario Rossi, rappresentante dei genitori - vogliamo risposte».",
    ]);
    expect(said(a)).toEqual([
      ['Non si possono deludere i bambini', 'Mario Rossi'],
      ['vogliamo risposte', 'Mario Rossi'],
    ]);
  });

  it('reads a given name the lists lack, after a verb of saying, as the one person named with it', () => {
    const a = run('es', [
      'Los vecinos del bloque denunciaron el abandono del barrio. La dueña del primer piso, Jacinta Robles, vive allí desde 1990.',
      '“Nadie nos escucha”, contó Jacinta, que perdió su coche en el incendio.',
    ]);
    expect(said(a)).toEqual([['Nadie nos escucha', 'Jacinta Robles']]);
  });

  it('reads «…», añadió after reported speech whose purpose clause names someone else (para que)', () => {
    const a = run('es', [
      'La ministra de Comercio, Lucía Prieto, se reunió ayer en Lima con los exportadores.',
      'Prieto subrayó que se buscarán acuerdos para que las medidas del presidente estadounidense, Tom Hale, afecten lo menos posible.',
      '«Vamos a trabajar con cada sector», añadió.',
    ]);
    expect(said(a)).toEqual([['Vamos a trabajar con cada sector', 'Lucía Prieto']]);
  });

  it('reads la mandataria as the one woman introduced in an office it covers (gobernadora)', () => {
    const a = run('es', [
      'El presidente Juan Díaz recibió ayer a la gobernadora de la provincia, Ana Ríos, en la capital.',
      '“Necesitamos más médicos en los hospitales”, manifestó la mandataria tras la reunión.',
    ]);
    expect(said(a)).toEqual([['Necesitamos más médicos en los hospitales', 'Ana Ríos']]);
  });

  it('reads il governatore as the region’s president, and as nobody when two presidents were named', () => {
    const one = run('it', [
      'Il presidente della Regione, Marco Sala, ha incontrato ieri il sindaco di Bra, Luca Neri.',
      '«Serve un piano per le strade», ha detto il governatore al termine dell’incontro.',
    ]);
    expect(said(one)).toEqual([['Serve un piano per le strade', 'Marco Sala']]);
    const two = run('it', [
      'Il presidente della Regione, Marco Sala, ha incontrato il presidente della Provincia, Luca Neri.',
      '«Serve un piano per le strade», ha detto il governatore al termine dell’incontro.',
    ]);
    expect(said(two)).toEqual([['Serve un piano per le strade', null]]);
  });
});
