/**
 * English constructions whose words lean on another (speakers/modifiers.ts and the possessor frame):
 * an organisation before a role noun names whose the role is; a noun of saying after a possessor is
 * that person's. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.js';

const speakers = (lang: string, paragraphs: string[]): (string | null)[] =>
  said(run(lang, paragraphs)).map(([, s]) => s);

describe('an organisation before a role noun (English)', () => {
  it('says whose the role is: the role speaks, named or not', () => {
    expect(
      speakers('en', [
        'The ministry is under pressure over the delays at the border.',
        '“We are looking at every option,” a Home Office spokesman said.',
      ]),
    ).toEqual([null]);
    expect(
      speakers('en', [
        'White House press secretary Jane Roe met reporters on Monday.',
        '“The president has full confidence in his team,” the White House press secretary replied.',
      ]),
    ).toEqual(['Jane Roe']);
    // (Not a function word between: "a group of workers" is no group's.)
    expect(
      speakers('en', [
        'Acme Steel said on Friday a group of workers was continuing an “illegal blockade” at its plant.',
      ]),
    ).toEqual(['Acme Steel']);
  });
});

describe('a noun of saying after a possessor', () => {
  it('gives the quote in its complement to the possessor, not to the sentence’s subject', () => {
    expect(
      speakers('en', [
        'Senator Jane Roe criticised the plan on Monday.',
        'Roe rejected Tom Smith’s claim that the cuts were “the only way forward”.',
      ]),
    ).toEqual(['Tom Smith']);
    expect(
      speakers('en', [
        'Minister Jane Roe was asked about Tom Smith’s remark that the plan was “a disaster in the making”.',
      ]),
    ).not.toContain('Jane Roe');
  });
});
