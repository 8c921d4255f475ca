/** Roles stated by a copula over modifiers, or set off by spaced dashes instead of commas. */
import { describe, expect, it } from 'vitest';
import { actor, run } from './test-helpers.js';

describe('a role stated by a copula over the modifiers after its article', () => {
  it('reads the role noun and its complement, not the clause after it', () => {
    const it_ = run('it', [
      'Marco Bellini è il nuovo sindaco di Lucca dopo il ballottaggio. «Grazie a tutti», ha detto Bellini.',
    ]);
    expect(actor(it_, 'Marco Bellini')?.role).toBe('nuovo sindaco di Lucca');
    const en = run('en', [
      'On Monday, Gary Pruitt was the only neighbor to speak against the plan. "It is too big," Pruitt said.',
    ]);
    expect(actor(en, 'Gary Pruitt')?.role).toBe('only neighbor');
  });

  it('reads the German post after "ist als" without the clause', () => {
    const a = run('de', [
      'Jonas Berger ist als Oberarzt in der Klinik angestellt. „Es war schwer“, sagt Berger.',
    ]);
    expect(actor(a, 'Jonas Berger')?.role).toBe('Oberarzt');
  });

  it('gives no role for a copula before a clause', () => {
    const a = run('en', ['Helen Marsh was the first to arrive at the hall. "It was cold," Marsh said.']);
    expect(actor(a, 'Helen Marsh')?.role ?? null).toBeNull();
  });
});

describe('an apposition between spaced dashes', () => {
  it('is the role, as between commas', () => {
    const de = run('de', [
      'In dem Schreiben verspricht Tobias Wendler - Stadtrat und Bürgermeisterkandidat - angeblich neue Radwege. „Das stimmt nicht“, sagte Wendler.',
    ]);
    expect(actor(de, 'Tobias Wendler')?.role).toBe('Stadtrat und Bürgermeisterkandidat');
    const it_ = run('it', [
      'Ieri Carla Fontana – assessora alla Cultura di Pavia – ha aperto la mostra. «Una bella giornata», ha detto.',
    ]);
    expect(actor(it_, 'Carla Fontana')?.role).toBe('assessora alla Cultura di Pavia');
  });

  it('is not the rest of an interrupted quote', () => {
    const a = run('it', ['«Noi – spiega Paolo Greco – siamo pronti a votare», ha aggiunto.']);
    expect(actor(a, 'Paolo Greco')?.role ?? null).toBeNull();
  });
});

describe('German participle nouns of office', () => {
  it('reads "Bevollmächtigte" and "Beigeordneter" as roles', () => {
    const a = run('de', [
      '„Das war zu viel“, sagt Anna Kessler, Erste Bevollmächtigte der Gewerkschaft. Sie war empört.',
      '„Wir prüfen das“, sagte Peter Lenz, Beigeordneter der Stadt.',
    ]);
    expect(actor(a, 'Anna Kessler')?.role).toMatch(/^Erste Bevollmächtigte/u);
    expect(actor(a, 'Peter Lenz')?.role).toMatch(/^Beigeordneter/u);
  });
});

describe('an apposition whose complement names a body or a person by a role word', () => {
  it('keeps the complement in the role instead of reading the next person of a list', () => {
    const a = run('es', [
      'El teniente Hugo Ferrer, jefe de la Policía Municipal de Cuenca, dijo desconocer el caso. «No hay denuncias», afirmó Ferrer.',
      'Laura Pino, portavoz de la ministra Bernal, negó los hechos.',
    ]);
    expect(actor(a, 'Hugo Ferrer')?.role).toBe('jefe de la Policía Municipal de Cuenca');
    expect(actor(a, 'Laura Pino')?.role).toBe('portavoz de la ministra Bernal');
  });

  it('still reads the next person of a list as no role', () => {
    const a = run('it', [
      'Prima aveva parlato il ministro Mario Rinaldi, adesso la ministra Bernini. «Siamo pronti», ha detto Rinaldi.',
    ]);
    expect(actor(a, 'Mario Rinaldi')?.role ?? '').not.toMatch(/Bernini/u);
  });
});
