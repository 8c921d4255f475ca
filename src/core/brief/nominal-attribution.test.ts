/** Nominal attributions in German and French: a noun of view names who spoke, no verb (issue 9, session 15). */
import { describe, expect, it } from 'vitest';
import { actor, run } from './test-helpers.js';

describe('German: a noun, "von" and a surname are not one name', () => {
  it('counts "die Kritik von Sommer" as a mention of Sommer', () => {
    const a = run('de', [
      'Kreisrat Otto Sommer und Landrätin Petra Wiegand stritten über die Buslinie.',
      'Die Kritik von Sommer an den Kosten wies die Verwaltung zurück.',
    ]);
    expect(actor(a, 'Otto Sommer')?.mentions).toBe(2);
  });
});
