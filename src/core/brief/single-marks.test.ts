/** Quotes in single marks (‘…’: British and Irish tabloids quote with them, broadsheets' short
 * quotes too), although ’ is also the apostrophe; inside a double-marked quote they stay part of it. */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

describe('Quotes in single marks', () => {
  it('reads body quotes of a page that quotes with single marks, past apostrophes', () => {
    const a = run('en', [
      'Councillor Fidelis Doherty said: ‘Can you imagine? It doesn’t bear thinking about,’ she said.',
      'Local councillor John Brennan said: ‘The residents’ association will meet on Friday.’',
      '‘Anyone with information should come forward,’ the gardaí said in a statement.',
    ]);
    expect(said(a)).toEqual([
      ['Can you imagine? It doesn’t bear thinking about,', 'Fidelis Doherty'],
      ['The residents’ association will meet on Friday.', 'John Brennan'],
      ['Anyone with information should come forward,', 'gardaí'],
    ]);
  });

  it('keeps single marks inside a double-marked quote as part of it', () => {
    const a = run('en', [
      'Mayor Jane Holt said: “They told us ‘not now’ and left.”',
      '“We will keep asking,” Holt said, “and the ‘review’ will not stop us.”',
    ]);
    expect(said(a).map(([q]) => q)).toEqual([
      'They told us ‘not now’ and left.',
      'We will keep asking,',
      'and the ‘review’ will not stop us.',
    ]);
  });

  it('reads a short quote in single marks on a page that quotes with double marks', () => {
    const a = run('en', [
      'Parish councillor Dominic Beck opened the meeting. “Debate is healthy,” he said.',
      'But Coun Beck said that meetings should not descend into ‘squabbles’ and urged residents to work together.',
    ]);
    expect(said(a)).toEqual([
      ['Debate is healthy,', 'Dominic Beck'],
      ['squabbles', 'Dominic Beck'],
    ]);
  });

  it('closes a single opening mark with a double closing one when no single one closes it', () => {
    const a = run('en', [
      'Union organiser Thandi Mokoena addressed the crowd outside the depot on Monday.',
      '‘We won’t go back until the drivers are paid,” said Mokoena.',
      '‘The company knows what it owes,” she added.',
    ]);
    expect(said(a)).toEqual([
      ['We won’t go back until the drivers are paid,', 'Thandi Mokoena'],
      ['The company knows what it owes,', 'Thandi Mokoena'],
    ]);
  });
});
