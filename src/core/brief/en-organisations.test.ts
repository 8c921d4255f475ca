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

describe('English crossheads and organisation anaphors', () => {
  it('does not take a lone crosshead before a quote paragraph for the organisation that speaks', () => {
    const a = run('en', [
      'The old bridge on Mill Road will reopen next month after a year of repairs, Kettering Council has confirmed.',
      'Tom Haddow, who chairs the transport committee, blamed a shortage of steel for the delay.',
      'Steel Shortage',
      '“We ordered the beams in March and they only arrived in September. Nobody could have planned for that.”',
      'Residents have complained about the detour for months, and traders say they have lost business.',
    ]);
    expect(said(a).map(([, s]) => s)).not.toContain('Steel Shortage');
  });

  it('keeps a label with a colon, and labels that alternate with quotes, as their sources', () => {
    const a = run('en', [
      'The Fenwick Trust closed the east wing of its museum on Monday.',
      'Harrow Evening Gazette:',
      '“A sad day for the town and its visitors.”',
      'The critics were divided.',
    ]);
    expect(said(a)).toEqual([['A sad day for the town and its visitors.', 'Harrow Evening Gazette']]);
  });

  it('reads "the company" as the company named before, not a place or a currency named after it', () => {
    const a = run('en', [
      'Brightwell Foods has closed its packing plant in Hong Kong.',
      '“Our staff there did nothing wrong,” the company said.',
      'Marlow Freight paid US$2m to settle the claims of its drivers.',
      '“We are glad to put this behind us,” it said.',
    ]);
    expect(said(a).map(([, s]) => s)).toEqual(['Brightwell Foods', 'Marlow Freight']);
  });
});
