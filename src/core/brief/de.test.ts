/** German constructions: „…“ with sagte X / so X, laut X, X zufolge, Swiss «…», nested ‚…‘, »…«. */
import { describe, expect, it } from 'vitest';
import { analyse, type Trace } from './index.js';
import { actor, article, run, said } from './test-helpers.js';

describe('German quotes and speakers', () => {
  it('reads „…“, sagte X with a role word before the name', () => {
    const a = run('de', [
      '„Wir werden die Schulen nicht schließen“, sagte Bildungsministerin Katrin Vogel am Montag in Hannover.',
    ]);
    expect(said(a)).toEqual([['Wir werden die Schulen nicht schließen', 'Katrin Vogel']]);
    expect(actor(a, 'Katrin Vogel')?.role).toBe('Bildungsministerin');
  });

  it('reads „…“, so X and laut X, and resolves er to the subject', () => {
    const a = run('de', [
      'Der Vorsitzende des Mieterbundes, Peter Hahn, warnt vor steigenden Kosten. „Viele Familien können sich das nicht mehr leisten“, so Hahn.',
      'Die Nebenkosten seien laut Hahn „völlig außer Kontrolle“. Er fordert eine Obergrenze: „Ohne Deckel geht es nicht.“',
    ]);
    expect(said(a)).toEqual([
      ['Viele Familien können sich das nicht mehr leisten', 'Peter Hahn'],
      ['völlig außer Kontrolle', 'Peter Hahn'],
      ['Ohne Deckel geht es nicht.', 'Peter Hahn'],
    ]);
    expect(actor(a, 'Peter Hahn')?.role).toBe('Vorsitzender des Mieterbundes');
  });

  it('keeps a nested ‚…‘ inside its quote and reads X zufolge', () => {
    const a = run('de', [
      'Dem Verband zufolge ist die Lage „ernst, aber nicht hoffnungslos“.',
      '„Das Wort ‚Krise‘ wird zu oft benutzt“, erklärte Jana Roth.',
    ]);
    expect(said(a)).toEqual([
      ['ernst, aber nicht hoffnungslos', 'Verband'],
      ['Das Wort ‚Krise‘ wird zu oft benutzt', 'Jana Roth'],
    ]);
  });

  it('reads Swiss «…» quotes, interrupted quotes and Frau/Herr honorifics', () => {
    const a = run('de', [
      'Stadträtin Anna Keller verteidigte das Projekt. «Die Kosten sind hoch», räumte Frau Keller ein, «aber der Nutzen ist grösser.»',
    ]);
    expect(said(a)).toEqual([
      ['Die Kosten sind hoch', 'Anna Keller'],
      ['aber der Nutzen ist grösser.', 'Anna Keller'],
    ]);
  });

  it('reads »…« quotes of some German publications', () => {
    const a = run('de', ['»Wir sind bereit für Gespräche«, sagte Gewerkschaftschef Ralf Busch.']);
    expect(said(a)).toEqual([['Wir sind bereit für Gespräche', 'Ralf Busch']]);
  });

  it('drops terms introduced as sogenannt and capitalised nouns are not people', () => {
    const a = run('de', [
      'Die sogenannte „Bürgerversicherung“ bleibt umstritten. Kritik kommt von Verbänden und Kassen.',
    ]);
    expect(a.quotes).toEqual([]);
    expect(a.actors).toEqual([]);
  });

  it('lets an institution speak through its capitalised noun', () => {
    const a = run('de', ['Die Polizei teilte mit, der Fahrer sei „deutlich zu schnell“ unterwegs gewesen.']);
    expect(said(a)).toEqual([['deutlich zu schnell', 'Polizei']]);
  });

  it('takes a lone surname right after a verb of saying for a person', () => {
    const a = run('de', [
      '„Wir haben geliefert“, sagte Scholz. Der Kanzler verwies auf die Entlastungspakete.',
    ]);
    expect(said(a)).toEqual([['Wir haben geliefert', 'Scholz']]);
    expect(a.actors.map((x) => x.name)).toEqual(['Scholz']);
  });

  it('reads an outlet named in quote marks as a recipient, not as a quote', () => {
    const a = run('de', [
      '„Die Partei hat sich selbst aufgegeben“, sagte der frühere Fraktionschef Bernd Kolbe der „Bild“.',
      'Auch Sabine Lenz äußerte sich im „Deutschlandfunk“: „Wir brauchen jetzt Ruhe.“',
    ]);
    expect(said(a)).toEqual([
      ['Die Partei hat sich selbst aufgegeben', 'Bernd Kolbe'],
      ['Wir brauchen jetzt Ruhe.', 'Sabine Lenz'],
    ]);
  });

  it('ends the sentence at a full stop inside the closing mark, so the next one has its own speaker', () => {
    const a = run('de', [
      'Der Abgeordnete Tobias Brand sagte der Zeitung: „Die Reform ist gescheitert.“ Jonas von Hallberg (FDP), Chef des Wirtschaftsrats, sagte: „Das war ein Fehler.“',
    ]);
    expect(said(a)).toEqual([
      ['Die Reform ist gescheitert.', 'Tobias Brand'],
      ['Das war ein Fehler.', 'Jonas von Hallberg'],
    ]);
  });

  it('never gives a description the name of someone inside its own sentence', () => {
    const a = run('de', [
      'Die Landesvorsitzende Petra Schaller hat die Kritik an Kanzler Olaf Brenner zurückgewiesen. „Das schadet uns allen“, sagte sie.',
      'Brenner und sein Vize sollten „die Dinge gemeinsam klären“, erklärte das Mitglied im Parteipräsidium.',
    ]);
    expect(said(a)[1]![1]).not.toBe('Olaf Brenner');
  });

  it('reads the sports-page form Name (Club): „…“ as a person speaking', () => {
    const a = run('de', [
      'Werder Bremen - VfL Bochum 2:1',
      'Lucien Favreau (Werder Bremen): „Ich bin sehr zufrieden mit der Mannschaft.“',
      'Dieter Heckmann (VfL Bochum): „Wir haben zu spät angefangen.“',
    ]);
    expect(said(a)).toEqual([
      ['Ich bin sehr zufrieden mit der Mannschaft.', 'Lucien Favreau'],
      ['Wir haben zu spät angefangen.', 'Dieter Heckmann'],
    ]);
  });

  it('reads a plural verb of saying as a group speaking, not the last speaker', () => {
    const a = run('de', [
      '„Die Kündigungen kamen mitten in der Nacht“, berichtet Karin Stolz, Bevollmächtigte der Gewerkschaft.',
      'Harsche Kritik äußerten die Vertrauensleute auch in einem Flugblatt: „So geht man mit Menschen nicht um.“ Den Vorstand fordern sie auf, „noch einmal nachzudenken“.',
    ]);
    expect(said(a)).toEqual([
      ['Die Kündigungen kamen mitten in der Nacht', 'Karin Stolz'],
      ['So geht man mit Menschen nicht um.', null],
      ['noch einmal nachzudenken', null],
    ]);
  });

  it('reads die Richterin as a woman, never the man named just before', () => {
    const a = run('de', [
      'Helga Brandt verkündete am Freitag das Urteil. „Das Gericht glaubt Ihnen nicht“, sagte Brandt.',
      'Verteidiger Jan Moser plädierte auf Freispruch.',
      'Jetzt sagt die Richterin: „Das Verhalten der Verteidigung rechnen wir dem Angeklagten nicht zu.“',
    ]);
    const last = said(a).at(-1)!;
    expect(last[0]).toBe('Das Verhalten der Verteidigung rechnen wir dem Angeklagten nicht zu.');
    expect(last[1]).toBe('Helga Brandt');
  });

  it('reads no role and no person across a clause (der Vorstand dann in kürzester Zeit Kündigungen)', () => {
    const a = run('de', [
      'Wie der Vorstand dann in kürzester Zeit Kündigungen ausgehändigt habe, habe für Wut gesorgt. „Das ist kalt“, sagte sie.',
    ]);
    expect(a.actors.map((x) => x.name)).toEqual([]);
  });

  it('gives no one a role phrase that crosses another person', () => {
    const a = run('de', [
      'Die CDU-Landesvorsitzende Julia Kramer und ihr designierter Nachfolger Christian Bader haben die Regierung kritisiert.',
      'Auf dem Parteitag bezeichnete die Bundestagsabgeordnete Kramer die Ministerinnen Anne Vogel, Nora Falk (beide Grüne) und Lena Wolf (SPD) als „selbsternannte Expertinnen“.',
    ]);
    expect(actor(a, 'Julia Kramer')?.role).toBe('CDU-Landesvorsitzende');
    expect(actor(a, 'Christian Bader')?.role ?? '').not.toMatch(/Kramer/u);
    expect(actor(a, 'Anne Vogel')?.role ?? '').not.toMatch(/Kramer/u);
    expect(actor(a, 'Nora Falk')?.role ?? '').not.toMatch(/Kramer|Vogel/u);
  });

  it('reads name headings before quote paragraphs (the voices after a match), one speaker each', () => {
    const a = run('de', [
      'Auch einige Stunden nach dem Spiel ist die Enttäuschung noch nicht verflogen. Nach guten 70 Minuten schaffte es der Verein nicht, seine Leistung bis zum Ende aufrecht zu erhalten. Der Verein fasst die wichtigsten Aussagen der Protagonisten zusammen.',
      { kind: 'heading', text: 'Maurice Trabert' },
      '„Ich bin extrem enttäuscht, dieses Spiel dürfen wir nicht verlieren. Bis zum 2:2 haben wir alles im Griff, sie machen aus fünf Schüssen auf das Tor vier Tore.“',
      { kind: 'heading', text: 'Daniel Thiong' },
      '„Ich kann meiner Mannschaft für die ersten 70 Minuten keinen Vorwurf machen. Ich bin sehr enttäuscht. Etienne Amenou hat es heute gut gemacht, er hat gezeigt, wieso er auf dem Platz stand.“',
      { kind: 'heading', text: 'Etienne Amenou' },
      '„Ich bin sehr frustriert. Wir haben heute zwei Mal geführt und geben es am Ende noch ab.“',
    ]);
    expect(said(a).map(([, s]) => s)).toEqual(['Maurice Trabert', 'Daniel Thiong', 'Etienne Amenou']);
  });

  it('reads a role stated once as a description later, and a pronoun after it as that person', () => {
    // "Oppositionsführer" is in no lexicon; the text states it as Merz's role, so "Der
    // Oppositionsführer" is Merz, and "er" in the next sentence is him, not the chancellor.
    const a = run('de', [
      'Bundeskanzler Olaf Scholz hat den Oppositionsführer Friedrich Merz im Bundestag scharf angegriffen.',
      'Der Oppositionsführer hatte dem Bundeskanzler zuvor mangelnde Unterstützung der Ukraine vorgehalten. "Sie reden in letzter Zeit etwas mehr als sonst", hatte er ihm vorgeworfen.',
    ]);
    expect(said(a)).toEqual([['Sie reden in letzter Zeit etwas mehr als sonst', 'Friedrich Merz']]);
  });

  it('reads "die Agentur" as the agency named before, not as an organisation called "Agentur"', () => {
    const a = run('de', [
      'Die Deutsche Presseagentur hat in einer Erklärung einen Fehler eingeräumt.',
      '„So wurde das auch als direktes Zitat in zwei Meldungen dokumentiert“, schreibt die Agentur.',
    ]);
    expect(said(a)).toEqual([
      ['So wurde das auch als direktes Zitat in zwei Meldungen dokumentiert', 'Deutsche Presseagentur'],
    ]);
  });

  it('reads "berichtet OB X" (a capitalised OB is no "ob") and any verb with its inverted subject right after a quote', () => {
    const a = run('de', [
      'SPD-Stadtrat Walter Jöckel macht deutlich: „Kein Platz für Ausgrenzung!“',
      '„Ich komme aus einer langen Schalte mit der Bundeskanzlerin“, berichtet OB Fritz Kuhn.',
      '„Heute haben wir eine historische Situation“, leitete Oberbürgermeister Erik Pauly die Sitzung am 20. Mai ein.',
    ]);
    expect(said(a).slice(1)).toEqual([
      ['Ich komme aus einer langen Schalte mit der Bundeskanzlerin', 'Fritz Kuhn'],
      ['Heute haben wir eine historische Situation', 'Erik Pauly'],
    ]);
  });

  it('does not end a sentence at a German ordinal ("über den 1. Heimsieg:")', () => {
    const a = run('de', [
      'Rot-Weiss Essen hat am Samstag gegen Hansa Rostock mit 3:0 gewonnen.',
      '"Das reicht nicht, wenn du in Essen gewinnen willst", analysiert Rostocks Trainer Daniel Brinkmann.',
      'Essens Trainer Uwe Koschinat über den 1. Heimsieg: "Was die Mannschaft gespielt hat, war lehrbuchreif."',
    ]);
    expect(said(a)[1]).toEqual(['Was die Mannschaft gespielt hat, war lehrbuchreif.', 'Uwe Koschinat']);
  });

  it('reads a noun after a possessive as no subject, and two surnames side by side as the two people', () => {
    const a = run('de', [
      'CDU-Politiker Christoph Ploß stellte sich am Mittwochabend der Kritik an seiner Partei und erklärte, dass die Debatte "rein sachlich und inhaltlich" gewesen sei.',
      'Audretsch ist stellvertretender Fraktionsvorsitzender der Grünen, Andreas Audretsch. Er wendet sich an Mario Czaja, den CDU-Generalsekretär. „Das sind Kampagnen gegen Klimaschutz“, ruft Audretsch Czaja und der Unionsfraktion zu.',
    ]);
    expect(said(a)).toEqual([
      ['rein sachlich und inhaltlich', 'Christoph Ploß'],
      ['Das sind Kampagnen gegen Klimaschutz', 'Andreas Audretsch'],
    ]);
  });
});

describe('German subjects: plural pairs, objects before the verb, reported words before the verb', () => {
  it('reads er after "A und B begrüßten C" as C: two people joined by und are a plural subject', () => {
    const a = run('de', [
      'Moderatorin Anita Kapferer und Chefredakteur Alois Vahrner begrüßten den neuen Parteichef Toni Mattle auf der Bühne. „Damit hat niemand gerechnet“, gestand er am Samstag.',
    ]);
    expect(said(a)).toEqual([['Damit hat niemand gerechnet', 'Toni Mattle']]);
  });

  it('reads no subject in a constituent before the verb that opens on den or dem: the subject follows the verb', () => {
    const a = run('de', [
      'Bürgermeisterin Eva Lanz eröffnete die Sitzung.',
      'Den jüngsten Vorschlag des Finanzministers kritisiert Lanz als „unpassend“.',
    ]);
    expect(said(a)).toEqual([['unpassend', 'Eva Lanz']]);
  });

  it('does not take the person in reported words before ", versicherte er" as the last speaker', () => {
    const a = run('de', [
      'Regierungssprecher Markus Brand gab keine Details bekannt. Richter Paul Ober werde die Sache untersuchen, versicherte er. «Er wird alle Aspekte anschauen.»',
    ]);
    expect(said(a)).not.toContainEqual(['Er wird alle Aspekte anschauen.', 'Paul Ober']);
  });
});

describe('A company after a role and its genitive', () => {
  it('keeps "der Bayerischen Landesgartenschau GmbH" an organisation, not a person', () => {
    const a = run('de', [
      'Die Kommission, darunter der Geschäftsführer der Bayerischen Landesgartenschau GmbH, Martin Richter-Liebald, zeigte sich interessiert.',
      '„Das Gelände ist ideal“, sagte Richter-Liebald.',
    ]);
    expect(a.actors.map((x) => x.name)).toEqual(['Martin Richter-Liebald']);
  });
});

describe('A quote right after a sentence whose subject is a person', () => {
  it('is that person’s ("X sprang seinem Coach bei. „…“")', () => {
    const a = run('de', [
      'Der Trainer André Pawlak stand nach dem Spiel in der Kritik.',
      'SGW-Teammanager Marco Ostermann sprang seinem Coach nochmals bei. „Ich arbeite mit André jetzt seit drei Jahren zusammen und lege meine Hand für ihn ins Feuer.“',
    ]);
    expect(said(a)).toEqual([
      [
        'Ich arbeite mit André jetzt seit drei Jahren zusammen und lege meine Hand für ihn ins Feuer.',
        'Marco Ostermann',
      ],
    ]);
  });
});

describe('a quote inside the phrase before the verb (German word order: verb second, subject after)', () => {
  it('is the inverted subject’s ("Für die «…» bedankte sich Architekt Christian Stadtmüller")', () => {
    const a = run('de', [
      'Bürgermeister Armin Holzer eröffnete am Samstag das neue Rathaus.',
      'Für die «Offenheit gegenüber unserer Architektur» bedankte sich Architekt Christian Stadtmüller.',
    ]);
    expect(said(a)).toEqual([['Offenheit gegenüber unserer Architektur', 'Christian Stadtmüller']]);
  });
});

describe('a short sentence after a paragraph that is only a quote', () => {
  it('is no label naming its source ("„…“ ¶ Die Staatsanwaltschaft prüft nun einen Haftbefehl.")', () => {
    const trace: Trace = { decisions: [] };
    const a = analyse(
      article('de', [
        'Polizeisprecher Florian Abbenseth sagte am Abend: „Der Mann hat sich widerstandslos festnehmen lassen.“',
        '„Die Ermittlungen dauern an.“',
        'Die Staatsanwaltschaft prüft nun einen Haftbefehl.',
      ]),
      trace,
    );
    expect(said(a).map(([, s]) => s)).toEqual(['Florian Abbenseth', 'Florian Abbenseth']);
    expect(trace.decisions[1]!.case.frames.filter((f) => f.kind === 'label')).toEqual([]);
  });
});

describe('a description whose noun ends a compound role', () => {
  it('is the holder of that role ("Gesundheitsministerin Anna Koch … sagte die Ministerin"), not a deputy’s', () => {
    expect(
      said(
        run('de', [
          'Gesundheitsministerin Anna Koch besuchte am Montag das Krankenhaus.',
          '„Das Personal leistet Außergewöhnliches“, sagte die Ministerin.',
        ]),
      ),
    ).toEqual([['Das Personal leistet Außergewöhnliches', 'Anna Koch']]);
    expect(
      said(
        run('de', [
          'Vizekanzler Paul Brandt besuchte am Montag das Krankenhaus.',
          '„Das Personal leistet Außergewöhnliches“, sagte der Kanzler.',
        ]),
      ),
    ).toEqual([['Das Personal leistet Außergewöhnliches', null]]);
  });
});

describe('a capitalised noun after "sagte die" that names no role', () => {
  it('is a body, not the person named before ("sagte die Lufthansa", "sagte die Deutsche Bahn")', () => {
    for (const body of ['die Lufthansa', 'die Deutsche Bahn']) {
      const a = run('de', [
        'Der Zug stand am Montag zwei Stunden vor dem Bahnhof in Hannover.',
        'Der Lokführer Jan Kowalski informierte die Fahrgäste über die Lautsprecher.',
        `„Wir bedauern die Verspätung“, sagte ${body}.`,
      ]);
      expect(said(a), body).toEqual([['Wir bedauern die Verspätung', null]]);
    }
  });
});
