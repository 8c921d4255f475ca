import { readFileSync, readdirSync } from 'node:fs';
import { briefFromText } from '../src/core/index.js';
const texts = readdirSync('fixtures/articles').filter((f) => f.endsWith('.txt') && f.startsWith('fr')).map((f) => readFileSync('fixtures/articles/' + f, 'utf8'));
const one = texts.join('\n\n');
const cpu = (f: () => void): number => { const a = process.cpuUsage(); f(); const d = process.cpuUsage(a); return (d.user + d.system) / 1000; };
let min = Infinity;
for (let i = 0; i < 10; i++) min = Math.min(min, cpu(() => briefFromText(one, { lang: 'fr' })));
console.log('words', one.split(/\s+/).length, 'brief cpu min ms', min.toFixed(1));
for (const mb of [0.25, 0.5, 1]) {
  let big = ''; while (big.length < mb * 1e6) big += one + '\n\n';
  console.log(mb, 'MB brief cpu ms', cpu(() => briefFromText(big, { lang: 'fr' })).toFixed(0));
}
