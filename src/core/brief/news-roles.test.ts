/**
 * The broader role lexicons (local offices across countries, work, justice, sport, culture) and what
 * a role noun in the plural stands for: a group, not the one person named before.
 */
import { describe, expect, it } from 'vitest';
import { actor, run, said } from './test-helpers.js';

describe('roles newsrooms write beside a name', () => {
  it('reads Belgian, Swiss and Latin American local offices', () => {
    const fr = run('fr', [
      'Présent depuis 2000 comme conseiller, Paul Verlaine succède à Jean Delvaux, bourgmestre historique de Ransart. « Ce jour est historique », sourit-il.',
    ]);
    expect(actor(fr, 'Jean Delvaux')?.role).toBe('bourgmestre historique de Ransart');
    const de = run('de', [
      'Auch Hans Keller, Gemeindepräsident von Oberwil, war an der Versammlung. «Wir brauchen mehr Platz», sagte er.',
    ]);
    expect(actor(de, 'Hans Keller')?.role).toMatch(/^Gemeindepräsident/u);
    const es = run('es', [
      'El intendente Ramiro Ocampo recorrió el barrio inundado. «Vamos a reconstruir todo», dijo Ocampo.',
    ]);
    expect(actor(es, 'Ramiro Ocampo')?.role).toMatch(/intendente/u);
  });

  it('reads a member of a committee and an Italian councillor', () => {
    const fr = run('fr', [
      '« Je faisais déjà des frites à six ans », se souvient Marc Dulac, membre du comité des fêtes. Il rit.',
    ]);
    expect(actor(fr, 'Marc Dulac')?.role).toBe('membre du comité des fêtes');
    const it_ = run('it', [
      'Il consigliere Franco Neri ha presentato una mozione. «Serve un parcheggio», ha detto Neri.',
    ]);
    expect(actor(it_, 'Franco Neri')?.role).toMatch(/consigliere/u);
  });
});

describe('a role noun in the plural', () => {
  it('is a group, not the person named just before (French, Spanish)', () => {
    const fr = run('fr', [
      "La directrice de l'école, Odile Marchal, a passé la nuit dans son bureau.",
      'Les gendarmes refusent toutefois de parler de séquestration, estimant que « tout s’est fait dans le calme ».',
    ]);
    expect(said(fr).find(([q]) => q.startsWith('tout'))?.[1]).toBeNull();
    const es = run('es', [
      'La vecina Rosa Lamas vio el humo desde su ventana y llamó a los bomberos.',
      'Los vecinos aseguran que los jóvenes «prendieron fuego» a los contenedores.',
    ]);
    expect(said(es).find(([q]) => q === 'prendieron fuego')?.[1]).toBeNull();
  });

  it('does not make the one spoken to the speaker ("spiega ai cronisti")', () => {
    const a = run('it', [
      'Marco Ferri si dice «deluso» per la decisione della giunta. «A mio avviso quella scelta - spiega ai cronisti in piazza - è sbagliata».',
    ]);
    expect(said(a).find(([q]) => q.startsWith('A mio avviso'))?.[1]).toBe('Marco Ferri');
  });
});
