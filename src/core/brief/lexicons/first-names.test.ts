import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLex, genderOf, isFirstName, isKnownName } from './compile.js';

describe('given names', () => {
  it('keeps the extended list current with its package (scripts/build-first-names.mjs)', () => {
    const r = spawnSync(process.execPath, [
      resolve(import.meta.dirname, '../../../../scripts/build-first-names.mjs'),
      '--check',
    ]);
    expect(r.stderr.toString()).toBe('');
    expect(r.status).toBe(0);
  });

  it('knows given names only the extended list holds, and never function words', () => {
    for (const n of ['lonnie', 'kaylee', 'xana']) expect(isKnownName(n), n).toBe(true);
    for (const w of ['le', 'de', 'la', 'van', 'del', 'the']) expect(isKnownName(w), w).toBe(false);
    expect(isFirstName(compileLex('en'), 'lonnie')).toBe(false);
  });

  it('takes the gender of the curated list first, then of the extended one', () => {
    const en = compileLex('en');
    expect(genderOf(en, 'Sylvie')).toBe('f');
    expect(genderOf(en, 'Steve')).toBe('m');
    expect(genderOf(en, 'Kaylee')).toBe('f');
  });
});
