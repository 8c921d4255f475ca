/** Abbreviated titles before a name, as local news writes them (UK councils and police, Austrian
 * mayors): the title is not part of the name, so "Cllr Churchill" is the Nick Churchill named before. */
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
});
