/** Abbreviations before a name: titles as local news writes them (UK councils and police, Austrian
 * mayors) are not part of the name, so "Cllr Churchill" is the Nick Churchill named before; the dot
 * of an abbreviated title or of initials written together ends no sentence. */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

describe('Abbreviated titles before a name', () => {
  it('reads English council and police ranks as titles', () => {
    const a = run('en', [
      'Cllr Nick Churchill was in the area on Friday when he saw two men acting suspiciously.',
      'Cllr Churchill said: “They were very furtive.”',
      'Det Insp Sarah Holt and Supt Mark Raine attended. “We are appealing for witnesses,” Det Insp Holt said.',
      'Supt Raine added: “Nobody was hurt.”',
    ]);
    expect(said(a)).toEqual([
      ['They were very furtive.', 'Nick Churchill'],
      ['We are appealing for witnesses,', 'Sarah Holt'],
      ['Nobody was hurt.', 'Mark Raine'],
    ]);
  });

  it('keeps a multi-paragraph quote with one speaker when the title names him', () => {
    const a = run('en', [
      'Cllr Nick Churchill saw two men on Friday.',
      'Cllr Churchill said: “They were very furtive.',
      '“I rang 101 and made them aware of the circumstances.',
      '“I told her I was a councillor. I told her this was a criminal matter.”',
    ]);
    expect(said(a).map(([, s]) => s)).toEqual(['Nick Churchill', 'Nick Churchill', 'Nick Churchill']);
  });

  it('reads the Austrian Bgm. as a title', () => {
    const a = run('de', [
      'Bgm. Karl Huber eröffnete am Montag die Sitzung des Gemeinderats.',
      '„Wir haben lange gewartet“, sagte Bgm. Huber.',
    ]);
    expect(said(a)).toEqual([['Wir haben lange gewartet', 'Karl Huber']]);
  });

  it('reads no sentence end after a dotted honorific or initials written together', () => {
    const a = run('en', [
      'Protesters gathered outside the courthouse on Monday morning.',
      '“We will rebuild,” said Rev. Al Sharpton.',
      '“It was chaos,” said J.D. Whitfield, a paramedic.',
      '“It was worse than that,” said A.J. Brooks.',
    ]);
    expect(said(a)).toEqual([
      ['We will rebuild,', 'Al Sharpton'],
      ['It was chaos,', 'J.D. Whitfield'],
      ['It was worse than that,', 'A.J. Brooks'],
    ]);
  });

  it('ends a name’s run at the last word of a title of several words after an organisation', () => {
    const a = run('en', [
      'Officers were called to the flat on Monday.',
      'Police Scotland Chief Constable Jo Farrell said: “Officers acted quickly.”',
    ]);
    expect(said(a)).toEqual([['Officers acted quickly.', 'Jo Farrell']]);
  });

  it('reads U.S. and U.N. as initialisms of places and bodies, not a name’s initials', () => {
    const a = run('en', [
      'Protesters gathered outside the embassy on Monday morning.',
      '“We are monitoring the situation,” the U.S. Embassy said in a statement.',
    ]);
    expect(a.actors.map((x) => x.name)).not.toContain('U.S. Embassy');
  });
});
