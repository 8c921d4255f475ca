/**
 * Italian and Spanish quotes whose verb of saying has no subject of its own (issue 9, session 15):
 * the same subject goes on from the sentence before. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

describe('Italian and Spanish dropped subjects', () => {
  it('reads the name before an apposition as the subject of a verb that opens a que-clause', () => {
    const a = run('es', [
      'Un autobús chocó el domingo contra tres puestos del mercado de San Blas. La vendedora Rosa Campos contó que el conductor iba demasiado rápido.',
      'Los comerciantes piden una indemnización. Julián Torres, uno de los afectados, afirmó que Rosa Campos perdió toda la mercancía. “Nos ofrecieron cien soles por todo el puesto”, denunció.',
    ]);
    expect(said(a).at(-1)).toEqual(['Nos ofrecieron cien soles por todo el puesto', 'Julián Torres']);
  });

  it('reads the same in Italian: Nome, uno dei residenti, spiega che … «…», aggiunge', () => {
    const a = run('it', [
      'Un camion ha travolto domenica tre bancarelle del mercato di Porta Nuova. La commerciante Rosa Conti ha raccontato che il conducente andava troppo veloce.',
      'I commercianti chiedono un risarcimento. Giulio Serra, uno dei danneggiati, spiega che Rosa Conti ha perso tutta la merce. «Ci hanno offerto cento euro per tutto il banco», aggiunge.',
    ]);
    expect(said(a).at(-1)).toEqual(['Ci hanno offerto cento euro per tutto il banco', 'Giulio Serra']);
  });
});

describe('Italian and Spanish: a text, then the one who wrote it', () => {
  it('reads scrive in una nota la consigliera X as X, not as an unnamed text', () => {
    const a = run('it', [
      'Il tetto della palestra comunale è crollato ieri sera. Il sindaco Paolo Ferri ha annunciato un’indagine interna.',
      '«Un grazie ai vigili del fuoco per la rapidità dell’intervento», scrive in una nota la consigliera regionale Giulia Marchetti.',
    ]);
    expect(said(a)).toEqual([
      ['Un grazie ai vigili del fuoco per la rapidità dell’intervento', 'Giulia Marchetti'],
    ]);
  });

  it('reads señaló en un comunicado la concejala X as X, not as an unnamed text', () => {
    const a = run('es', [
      'El techo del polideportivo municipal se derrumbó anoche. El alcalde, Jorge Salas, anunció una investigación interna.',
      '“Gracias a los bomberos por la rapidez de su intervención”, señaló en un comunicado la concejala de Deportes Lucía Ferrer.',
    ]);
    expect(said(a)).toEqual([['Gracias a los bomberos por la rapidez de su intervención', 'Lucía Ferrer']]);
  });
});

describe('Spanish court reporting', () => {
  it('reads la togada as the judge named before, not the defendant', () => {
    const a = run('es', [
      'La jueza Ana María Rincón dirigió la audiencia contra el empresario Carlos Vera, acusado de estafa.',
      'El abogado de Vera pidió la nulidad del proceso. “Daré el sentido del fallo el lunes”, respondió la togada.',
    ]);
    expect(said(a)).toEqual([['Daré el sentido del fallo el lunes', 'Ana María Rincón']]);
  });
});
