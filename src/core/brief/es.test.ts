/** Spanish constructions: “…”, afirmó X; según X; a dropped subject (añadió); unnamed sources. */
import { describe, expect, it } from 'vitest';
import { actor, run, said } from './test-helpers.js';

describe('Spanish quotes and speakers', () => {
  it('reads “…”, afirmó X and a following añadió with no subject', () => {
    const a = run('es', [
      '“No vamos a subir los impuestos”, afirmó el ministro de Hacienda, Luis Pardo, en el Congreso. “Sería un error”, añadió.',
    ]);
    expect(said(a)).toEqual([
      ['No vamos a subir los impuestos', 'Luis Pardo'],
      ['Sería un error', 'Luis Pardo'],
    ]);
    expect(actor(a, 'Luis Pardo')?.role).toBe('ministro de Hacienda');
  });

  it('reads según X and «…» quotes', () => {
    const a = run('es', ['Según la alcaldesa, Marta Gil, la obra estará lista «en primavera».']);
    expect(said(a)).toEqual([['en primavera', 'Marta Gil']]);
    expect(actor(a, 'Marta Gil')?.role).toBe('alcaldesa');
  });

  it('gives no speaker to an unnamed source', () => {
    const a = run('es', ['Una fuente del ministerio reconoció que el plan “no está cerrado todavía”.']);
    expect(said(a)).toEqual([['no está cerrado todavía', null]]);
  });

  it('gives a quote in a relative clause to the relative’s antecedent ("…de Juan Marín, quien ha reconocido…")', () => {
    const a = run('es', [
      'El alcalde de Granada, Luis Salcedo, se ha referido al asunto tras escuchar las palabras de Juan Marín, quien ha reconocido que habrá que buscar “otras soluciones” si nada cambia.',
    ]);
    expect(said(a)).toEqual([['otras soluciones', 'Juan Marín']]);
  });

  it('reads "Ni Díaz ni Olivares" as two people, not "Ni Díaz"', () => {
    const a = run('es', [
      'Los portavoces César Díaz y Manuel Olivares comparecieron el viernes. Ni Díaz ni Olivares han querido valorar lo dicho por el presidente.',
    ]);
    expect(a.actors.map((x) => x.name).sort()).toEqual(['César Díaz', 'Manuel Olivares']);
  });

  it('reads "de una ley" as what is described, not as a text named as the source', () => {
    // Only the whole source phrase ("de acuerdo con el decreto") names a text as the source, not
    // every "de" before a document noun.
    const a = run('es', [
      'El Congreso debate hoy la reforma.',
      'El ministro del Interior, Fernando Grande Marlaska, insistió en que se trata de una ley “fantástica” y “extraordinaria”.',
    ]);
    expect(said(a)).toEqual([
      ['fantástica', 'Fernando Grande Marlaska'],
      ['extraordinaria', 'Fernando Grande Marlaska'],
    ]);
  });

  it('reads "Con estas palabras, X justificó …" after a quote as its attribution', () => {
    const a = run('es', [
      '“Se debe a una cuestión claramente y puramente técnica”. Con estas palabras, la portavoz del Gobierno, María Jesús Montero, justificó este martes el retraso en la aprobación del plan de ayudas para las empresas.',
    ]);
    expect(said(a)).toEqual([
      ['Se debe a una cuestión claramente y puramente técnica', 'María Jesús Montero'],
    ]);
  });

  it('does not read the rest of an office name as a person, nor the radio the words were given to as the speaker', () => {
    const a = run('es', [
      'El ministro de Agricultura, Alimentación y Medio Ambiente, Miguel Arias Cañete, ha afirmado que acudió a los toros porque así se lo ordenaron.',
      '"Estuve como ministro de Jornada porque me envió Presidencia --ha dicho en declaraciones a la Cadena Ser--. Esa es una de las funciones de los ministros".',
    ]);
    expect(a.actors.map((x) => x.name)).not.toContain('Alimentación y Medio Ambiente');
    expect(said(a)).toEqual([
      ['Estuve como ministro de Jornada porque me envió Presidencia', 'Miguel Arias Cañete'],
      ['Esa es una de las funciones de los ministros', 'Miguel Arias Cañete'],
    ]);
  });
});

describe('Relatives as stated roles', () => {
  it('reads "el primo de la víctima" as the one introduced as primo del fallecido', () => {
    const a = run('es', [
      'Así lo dijo ayer Francisco Clavijo, primo del fallecido, en declaraciones a la prensa.',
      'El joven de 21 años murió el martes en Jimena.',
      '"Después, el guardia salió del monte llorando", añadió el primo de la víctima.',
    ]);
    expect(actor(a, 'Francisco Clavijo')?.role).toBe('primo del fallecido');
    expect(said(a)).toEqual([['Después, el guardia salió del monte llorando', 'Francisco Clavijo']]);
  });
});

describe('Names and places around a speaker', () => {
  it('reads a capitalised particle with its article as one surname ("Gustavo De la Fuente")', () => {
    const a = run('es', [
      'El abogado Gustavo De la Fuente se defendió ante la prensa.',
      '«He actuado conforme a derecho», dijo Gustavo De la Fuente.',
    ]);
    expect(said(a)).toEqual([['He actuado conforme a derecho', 'Gustavo De la Fuente']]);
  });
  it('ends a name before "en" and a place ("explicó Micheltorena en Radio Claridad")', () => {
    const a = run('es', [
      'El fiscal Francisco Micheltorena pidió la detención del abogado.',
      '«Eso es inapropiado para la audiencia», explicó Micheltorena en Radio Claridad.',
    ]);
    expect(said(a)).toEqual([['Eso es inapropiado para la audiencia', 'Francisco Micheltorena']]);
  });
  it('keeps the speaker a quote’s own sentence names before it, whatever the next paragraph says', () => {
    const a = run('es', [
      '«Eso es inapropiado para la audiencia», explicó Micheltorena en Radio Claridad.',
      'Gustavo De la Fuente se defendió y expresó que «jamás he tratado a nadie en forma violenta».',
      'El fiscal Francisco Micheltorena pidió la detención.',
    ]);
    expect(said(a)[1]).toEqual(['jamás he tratado a nadie en forma violenta', 'Gustavo De la Fuente']);
  });
});

describe('an institution whose head is also a role word', () => {
  it('is the institution, not a role before a one-word name ("El jefe de la Policía Local, Juan Pérez")', () => {
    const a = run('es', [
      'Los vecinos de la calle Mayor protestan por el ruido de las obras.',
      'El jefe de la Policía Local, Juan Pérez, explicó: «Hemos cortado la calle».',
    ]);
    expect(said(a)).toEqual([['Hemos cortado la calle', 'Juan Pérez']]);
    expect(a.actors.map((x) => x.name)).not.toContain('Local');
  });

  it('is a group in "el presidente del Grupo Municipal Popular, Juancho Ortiz"', () => {
    const a = run('es', [
      'El pleno de Cádiz aprobó ayer los presupuestos.',
      'El presidente del Grupo Municipal Popular, Juancho Ortiz, dijo: «Son unas cuentas irreales».',
    ]);
    expect(said(a)).toEqual([['Son unas cuentas irreales', 'Juancho Ortiz']]);
    expect(a.actors.map((x) => x.name)).not.toContain('Municipal Popular');
  });
});

describe('a letter after an ordinal', () => {
  it('is a flat, not a person ("la propietaria del 2º C, Jacinta Cobos")', () => {
    const a = run('es', [
      'Un incendio obligó a desalojar el edificio de madrugada.',
      '"Querían hacer daño y lo han hecho", afirmó la propietaria del 2º C, Jacinta Cobos.',
    ]);
    expect(said(a)).toEqual([['Querían hacer daño y lo han hecho', 'Jacinta Cobos']]);
    expect(a.actors.map((x) => x.name)).not.toContain('C');
  });
});
