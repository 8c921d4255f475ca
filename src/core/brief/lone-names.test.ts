/**
 * One-word names that the text itself says are people (issue 9, kind 7): no given name, no list,
 * only the construction around them.
 */
import { describe, expect, it } from 'vitest';
import { actor, run, said } from './test-helpers.js';

const names = (a: ReturnType<typeof run>): string[] => a.actors.map((x) => x.name).sort();

describe('a lone surname after a role phrase and its complement', () => {
  it('reads "il ministro della protezione civile Musumeci" as a person with that role', () => {
    const a = run('it', [
      'Alla riunione di ieri ha partecipato, collegato da Roma, il ministro della protezione civile Ferretti.',
    ]);
    expect(actor(a, 'Ferretti')?.role).toBe('ministro della protezione civile');
  });

  it('does not read a thing after a role word that a noun follows ("la première grande réforme de l’ère X")', () => {
    const a = run('fr', [
      'C’est la première grande réforme sociétale de l’ère Dumoulin, votée après des mois de débats.',
    ]);
    expect(names(a)).toEqual([]);
  });
});

describe('two lone surnames after a plural office', () => {
  it('reads both names of "i ministri X e Y" as people (it, fr)', () => {
    const it_ = run('it', [
      'Hanno cambiato idea anche i ministri Bertolazzi e Campana, dopo una lunga riunione.',
    ]);
    expect(names(it_)).toEqual(['Bertolazzi', 'Campana']);
    const fr = run('fr', ['Les ministres Delaporte et Vasseur ont reçu les syndicats hier soir à Paris.']);
    expect(names(fr)).toEqual(['Delaporte', 'Vasseur']);
  });
});

describe('a lone surname opening a sentence as the subject of a verb of saying', () => {
  it('reads "Massaferro declaró", "Olivieri replica", "Lemarchand a déclaré" as people', () => {
    const es = run('es', [
      'El caso sigue abierto en la fiscalía de la ciudad.',
      'Vidaurre declaró a la prensa que el conductor fue citado el martes.',
    ]);
    expect(names(es)).toEqual(['Vidaurre']);
    const it_ = run('it', [
      'La polemica continua in consiglio.',
      'Bordignon replica con una lunga nota ai consiglieri.',
    ]);
    expect(names(it_)).toEqual(['Bordignon']);
    const fr = run('fr', ['Le conseil a voté hier soir.', 'Lemarchand a déclaré que le budget serait revu.']);
    expect(names(fr)).toEqual(['Lemarchand']);
  });

  it('not a word the text also writes in lower case, nor one before a role noun', () => {
    const es = run('es', [
      'El juez llegó finalmente a las diez.',
      'Finalmente declaró que no habría más detenciones en la causa.',
    ]);
    expect(names(es)).toEqual([]);
    const fr = run('fr', ['Le procès a repris.', 'Cinq accusés ont déclaré leur innocence devant la cour.']);
    expect(names(fr)).toEqual([]);
  });
});

describe('a capitalised title between a body and a lone surname (en)', () => {
  it('reads "Senate Speaker Berger" as Berger, titled, but not "The Minority Chief Whip"', () => {
    const a = run('en', [
      'House Speaker Dunmore and Senate Speaker Halvorsen filed their own lawsuit on Monday.',
      'The Minority Chief Whip, Kwame Asante, said the party would oppose the deal.',
    ]);
    expect(names(a)).toEqual(['Dunmore', 'Halvorsen', 'Kwame Asante']);
    expect(actor(a, 'Halvorsen')?.role).toBe('Senate Speaker');
  });
});

describe('a place after a preposition and its modifier', () => {
  it('is no surname after a role phrase ("an elder of the Ngātiwai tribe of eastern Northland")', () => {
    const a = run('en', [
      'Whales stranded on the beach on Sunday morning.',
      '“Man’s greed in the ocean is hurting the whales,” says Parata, a fierce elder of the Ngātiwai tribe of eastern Northland.',
    ]);
    expect(a.actors.map((x) => x.name)).not.toContain('Northland');
  });
});

describe('a lone name after an age', () => {
  it('reads "38-year-old Ramachandran" as a person, and his quote as his', () => {
    const a = run('en', [
      'Near the dam, 38-year-old Ramachandran can barely walk through his dying fields.',
      '"We have not got anything from the government," Ramachandran said.',
    ]);
    expect(names(a)).toEqual(['Ramachandran']);
    expect(said(a)).toEqual([['We have not got anything from the government,', 'Ramachandran']]);
  });

  it('does not read a modifier or a noun taken up ("an 8-year-old Fort Worth girl", "the 48-year-old Australian")', () => {
    const a = run('en', [
      'Police rescued an 8-year-old Fort Worth girl on Monday.',
      'The 48-year-old Australian was evicted in April, and his lawyers appealed.',
    ]);
    expect(names(a)).toEqual([]);
  });
});
