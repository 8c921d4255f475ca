/** Word lists for the shape rules of shapes.ts (data, every language the phrase lists cover). */

/**
 * Words of a date line ("Updated 3:27 am PST, Wednesday, November 20, 2019"): a short paragraph made
 * of these and numbers only is a time stamp, not prose.
 */
// prettier-ignore
export const DATE_WORDS = new Set(
  (
    'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october ' +
    'november december mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday am pm a m p ' +
    'est edt cst cdt mst mdt pst pdt et ct mt pt gmt utc bst cet cest st nd rd th at on of published updated posted last modified ' +
    'janv févr mars avr mai juin juil août déc janvier février avril juillet septembre octobre novembre décembre lundi ' +
    'mardi mercredi jeudi vendredi samedi dimanche le à h publié mis jour modifié januar februar märz juni juli oktober ' +
    'dezember montag dienstag mittwoch donnerstag freitag samstag sonntag um uhr am veröffentlicht aktualisiert stand ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves ' +
    'viernes sábado domingo el de del a las publicado actualizado gennaio febbraio aprile maggio giugno luglio settembre ' +
    'ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica il alle pubblicato aggiornato ago set out ' +
    'dez fev abr mai segunda terça quarta quinta sexta feira às em atualizado janeiro fevereiro março maio junho julho ' +
    'setembro outubro novembro dezembro'
  ).split(' '),
);

/** Names on share buttons: in src/core/boilerplate/share-bar.ts, shared with the page cleanup. */

// prettier-ignore
export const MONTHS = new Set(
  ('jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september ' +
    'october november december janv févr mars avr mai juin juil août déc janvier février avril juillet septembre ' +
    'octobre novembre décembre januar februar märz juni juli oktober dezember enero febrero marzo abril mayo junio ' +
    'julio agosto septiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ' +
    'ottobre dicembre ago set out dez fev janeiro fevereiro março maio junho julho setembro outubro novembro dezembro').split(' '),
);
