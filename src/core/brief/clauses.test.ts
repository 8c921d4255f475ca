/**
 * Clause boundaries around a quote and its verb of saying: a clause opened by "but" or by a
 * relative after a preposition has its own subject; a verb of saying beyond another clause, or a
 * source after the quote's own verb, is not the quote's.
 */
import { describe, expect, it } from 'vitest';
import { analyse, type Trace } from './index.js';
import { article, run, said } from './test-helpers.js';

describe('a clause opened by "but"', () => {
  it('has its own subject, and a verb of saying before it is not the quote’s', () => {
    expect(
      said(
        run('en', [
          'Mayor Tom Smith announced the plan on Monday - but his rival Jane Doe said it was “a thought bubble that will cost billions”.',
        ]),
      ).map(([, s]) => s),
    ).toEqual(['Jane Doe']);
    expect(
      said(run('en', ['Tom Smith arrived late, but Jane Doe said: “We are ready.”'])).map(([, s]) => s),
    ).toEqual(['Jane Doe']);
  });
});

describe('a relative after a preposition opens its own clause', () => {
  it('gives the quote after “…, to which X retorted:” to X, not to the sentence’s first subject', () => {
    const a = run('en', [
      'Councillor Bill Acklin and the submitter Geraldine Tait clashed at the hearing.',
      'Cr Acklin pointed out the rules, to which Ms Tait retorted: “I will let you think about that late at night.”',
    ]);
    expect(said(a).map(([, s]) => s)).toEqual(['Geraldine Tait']);
  });
});

describe('reach and relay, kept narrow', () => {
  it('does not read past another clause to a verb after the quote', () => {
    const a = run('en', [
      'Meanwhile, Green Basket is not opening any new stores. Green Basket co-founder and CEO Jane Moss said in an internal memo that the “price gap between the two brands has become less relevant” as Green Basket lowered its prices, Business Daily reported earlier this year.',
    ]);
    expect(said(a).map(([, s]) => s)).toEqual(['Jane Moss']);
  });

  it('keeps a source after a verb that has no subject of its own', () => {
    const a = run('en', [
      'The rescue group counted 30 whales on the beach on Sunday.',
      'The causes remain elusive, but “sickness, navigational error, a rapidly falling tide or extreme weather” are all thought to contribute, according to the Department of Conservation.',
    ]);
    expect(said(a).map(([, s]) => s)).toEqual(['Department of Conservation']);
  });
});

describe('a gerund of saying after a comma', () => {
  it('says the main clause’s subject, not that of a clause in between', () => {
    const trace: Trace = { decisions: [] };
    analyse(
      article('en', [
        'Police said there were “sufficient grounds” for an inquiry into the ferry contract.',
        'Board member Tom Smith said he was “disappointed” the police were investigating, adding: “Nobody told us the work was under review.”',
      ]),
      trace,
    );
    const d = trace.decisions.find((x) => x.span.text.startsWith('Nobody'))!;
    // Only Tom Smith has a frame (the police stay a candidate of the context, with no frame).
    const framed = d.case.candidates.filter((c) => Object.keys(c.features).some((f) => f.startsWith('f:')));
    expect(
      framed.map((c) => [
        c.ref.kind === 'person' ? c.ref.entity.name : c.ref.name,
        Object.keys(c.features).filter((f) => f.startsWith('f:')),
      ]),
    ).toEqual([['Tom Smith', ['f:pre-subj', 'f:colon']]]);
  });
});
