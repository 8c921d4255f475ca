import { fixtureCases, goldCases, loadScorer } from '../bench/brief.js';
const { scoreBrief, total } = await loadScorer();
for (const [name, cases] of [
  ['gold', goldCases()],
  ['team', fixtureCases()],
] as const) {
  for (const lang of ['fr', 'en', 'de', 'es', 'it']) {
    const cs = cases.filter((c) => c.gold.lang === lang);
    if (!cs.length) continue;
    const t = total(cs.map((c) => scoreBrief(c.gold, c.brief())));
    console.log(
      name,
      lang,
      cs.length,
      'person',
      t.actorF1.toFixed(2),
      'key',
      t.keyRecall.toFixed(2),
      'role',
      t.roleAcc.toFixed(2),
      'qF1',
      t.quoteF1.toFixed(2),
      'spk',
      t.speakerAcc.toFixed(2),
    );
  }
}
