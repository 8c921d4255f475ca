/** English: a company's name of several capitalised words after a role and "for"/"of" stays whole. */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

describe('English company names after a role', () => {
  it('does not cut a company ending in a trade word into a person ("a spokesman for X Y Homes")', () => {
    const a = run('en', [
      'Harwell Bespoke Homes wants to build forty houses on the old playing field.',
      '“The scheme will bring new jobs to the village,” a spokesman for Harwell Bespoke Homes said.',
      '“We have listened to residents,” said the managing director of Kelby Riverside Developments.',
    ]);
    expect(said(a)).toEqual([
      ['The scheme will bring new jobs to the village,', null],
      ['We have listened to residents,', null],
    ]);
    expect(a.actors.map((x) => x.name)).toEqual([]);
  });
});

describe('English county offices', () => {
  it('reads "the Douglas County Sheriff’s Office" as a body, not a person named Douglas', () => {
    const a = run('en', [
      'The Douglas County Sheriff’s Office opened an inquiry on Monday after the crash on Route 9.',
      'Douglas County Sheriff Tim Hewitt said the driver was not hurt.',
    ]);
    expect(a.actors.map((x) => [x.name, x.role])).toEqual([['Tim Hewitt', 'Douglas County Sheriff']]);
  });
});
