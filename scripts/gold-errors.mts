// Development aid: actor and speaker errors on the shared gold pages (Readability test pages + seed).
import { goldCases, loadScorer } from '../bench/brief.js';
const S = (await loadScorer()) as unknown as {
  nameMatches: (a: string, g: { name: string; aliases?: string[] }) => boolean;
  quoteMatches: (a: string, b: string) => boolean;
};
for (const c of goldCases()) {
  if (c.gold.lang === 'cs') continue;
  const b = c.brief();
  const g = c.gold as unknown as {
    actors: { name: string; aliases?: string[] }[];
    quotes: { text: string; speaker: string | null; kind?: string }[];
  };
  const extra = b.actors.filter((a) => !g.actors.some((x) => S.nameMatches(a.name, x))).map((a) => a.name);
  const miss = g.actors.filter((x) => !b.actors.some((a) => S.nameMatches(a.name, x))).map((x) => x.name);
  const wrong = g.quotes
    .filter((q) => q.speaker && q.kind !== 'heading' && q.kind !== 'document')
    .map((q) => [q, b.quotes.find((p) => S.quoteMatches(p.text, q.text))] as const)
    .filter(
      ([q, p]) =>
        p &&
        !(
          p.speaker &&
          S.nameMatches(p.speaker, g.actors.find((a) => a.name === q.speaker) ?? { name: q.speaker! })
        ),
    )
    .map(([q, p]) => `«${q.text.slice(0, 40)}» ${p!.speaker} want ${q.speaker}`);
  if (extra.length || miss.length || wrong.length)
    console.log(
      c.name,
      '\n  extra:',
      extra.join(' | '),
      '\n  missed:',
      miss.join(' | '),
      '\n  ' + wrong.join('\n  '),
    );
}
