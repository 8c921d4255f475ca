import { describe, expect, it } from 'vitest';
import { run, said } from '../test-helpers.js';

describe('English: a name nobody is read as, as the subject after a quote', () => {
  it('leaves "“…,” Corvex said." unattributed instead of continuing the previous speaker', () => {
    const a = run('en', [
      '“We will fight this closure,” said Tim Hewitt, who has worked at the plant for twenty years.',
      '“Demand fell by a third,” Corvex said.',
      '“Nobody wanted this,” he said.',
    ]);
    expect(said(a)).toEqual([
      ['We will fight this closure,', 'Tim Hewitt'],
      ['Demand fell by a third,', null],
      ['Nobody wanted this,', 'Tim Hewitt'],
    ]);
  });

  it('leaves "“…,” one said." and "one of them said" to an unnamed member of a group', () => {
    const a = run('en', [
      '“The line has been closed for a month,” said Ruth Adebayo, who runs the kiosk at the station.',
      'A group of commuters waited outside the locked gates on Thursday.',
      '“Nobody tells us anything,” one said.',
      '“We walk an hour every morning,” one of them said.',
    ]);
    expect(said(a)).toEqual([
      ['The line has been closed for a month,', 'Ruth Adebayo'],
      ['Nobody tells us anything,', null],
      ['We walk an hour every morning,', null],
    ]);
  });
});
