// Development aid: the speaker stage's trace.
//   npx tsx scripts/explain.ts FILE LANG [substring]      a text file (paragraphs on blank lines)
//   npx tsx scripts/explain.ts - LANG 'paragraph' 'paragraph' …
import { readFileSync } from 'node:fs';
import { explainFromText } from '../src/core/index.js';
const [file, lang, ...rest] = process.argv.slice(2);
const text = file === '-' ? rest.join('\n\n') : readFileSync(file!, 'utf8');
const grep = file === '-' ? undefined : rest[0];
const out = explainFromText(text, { lang });
if (!grep) console.log(out);
else
  console.log(
    out
      .split(/\n(?= {2}\[)/u)
      .filter((b, i) => i === 0 || b.includes(grep))
      .join('\n'),
  );
