/** Nominal attributions in German and French: a noun of view names who spoke, no verb (issue 9, session 15). */
import { describe, expect, it } from 'vitest';
import { actor, run, said } from './test-helpers.js';

describe('German: a noun, "von" and a surname are not one name', () => {
  it('counts "die Kritik von Sommer" as a mention of Sommer', () => {
    const a = run('de', [
      'Kreisrat Otto Sommer und Landrätin Petra Wiegand stritten über die Buslinie.',
      'Die Kritik von Sommer an den Kosten wies die Verwaltung zurück.',
    ]);
    expect(actor(a, 'Otto Sommer')?.mentions).toBe(2);
  });
});

describe('German: „…“, lautet das Fazit von X / so die Einschätzung von X', () => {
  const lead =
    'Der Kreistag hat am Donnerstag über die neue Buslinie gestritten. Landrätin Petra Wiegand verteidigte den Plan, Kreisrat Otto Sommer war dagegen.';
  it('gives the quote to the one whose verdict the noun phrase after it names', () => {
    const a = run('de', [lead, '„Die Linie wird sich in zwei Jahren rechnen“, lautet das Fazit von Sommer.']);
    expect(said(a)).toEqual([['Die Linie wird sich in zwei Jahren rechnen', 'Otto Sommer']]);
  });
  it('reads "so die Einschätzung von X" as X, not as the last one named', () => {
    const a = run('de', [
      lead,
      '„Das Geld fehlt dann bei den Schulen“, so die Einschätzung von Otto Sommer.',
    ]);
    expect(said(a)).toEqual([['Das Geld fehlt dann bei den Schulen', 'Otto Sommer']]);
  });
});

describe('French: « … », tel est l’avis de X', () => {
  const lead =
    'La commune veut fermer la halte-garderie. La maire Sophie Ranchin défend la mesure, le conseiller Marc Delorme la combat.';
  it('gives the quote to the one whose view the noun phrase names', () => {
    const a = run('fr', [
      lead,
      '« Les familles trouveront une place ailleurs », tel est l’avis de Marc Delorme.',
    ]);
    expect(said(a)).toEqual([['Les familles trouveront une place ailleurs', 'Marc Delorme']]);
  });
  it('reads « … », c’est le constat de X the same way', () => {
    const a = run('fr', [lead, '« On supprime un service de proximité », c’est le constat de Marc Delorme.']);
    expect(said(a)).toEqual([['On supprime un service de proximité', 'Marc Delorme']]);
  });
});

describe('A view "at" someone before a colon: "Même son de cloche chez X : « … »"', () => {
  it('French: gives the words after the colon to the one after chez / du côté de', () => {
    const a = run('fr', [
      'Le club de rugby perd son terrain d’entraînement. Le président Hugo Lasserre a annoncé la nouvelle samedi.',
      '« Nous allons jouer à quinze kilomètres d’ici », a regretté Hugo Lasserre.',
      'Même son de cloche chez l’entraîneur Karim Benali : « Les jeunes ne suivront pas. »',
      'Même inquiétude du côté de Lucie Fabre : « Les familles vont décrocher. »',
    ]);
    expect(said(a).slice(1)).toEqual([
      ['Les jeunes ne suivront pas.', 'Karim Benali'],
      ['Les familles vont décrocher.', 'Lucie Fabre'],
    ]);
  });
  it('German: a group after "bei" before the colon is not the one named before', () => {
    const a = run('de', [
      'Der Sportverein verliert seinen Trainingsplatz. Vorsitzender Hugo Lasser hat es am Samstag verkündet.',
      '„Wir spielen künftig fünfzehn Kilometer entfernt“, sagte Lasser.',
      'Bei den Eltern ist die Sorge groß: „Die Kinder werden aufhören.“',
    ]);
    expect(said(a).slice(1)).toEqual([['Die Kinder werden aufhören.', null]]);
  });
});
