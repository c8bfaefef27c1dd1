import { describe, expect, test } from 'vitest';
import { VEROUDERD_NA_DAGEN, checkProvincie, checkRegioGemeenten, checkRoutes, checkVoorzieningen, type Gebied } from '../../../src/domain/controles.ts';
import { formatFouten } from '../../../src/domain/fouten.ts';
import type { KlantrouteModel, VoorzieningModel } from '../../../src/domain/model.ts';
import { route as maakRoute, voorziening as maakVoorziening } from '../maak.ts';

const TODAY = new Date('2026-11-22T12:00:00Z');
const BESTANDEN = { voorzieningen: 'r/voorzieningen.json', routes: 'r/routes.json' };

function voorziening(id: string, periode: { van: string; tot?: string }, fields: Partial<VoorzieningModel> = {}): VoorzieningModel {
  return maakVoorziening({ id, naam: id.replace(/-/g, ' '), omschrijving: 'o', niveau: 'basiszorg', periode, aanbieders: [{ naam: 'a' }], toegang: 't', bijgewerkt: '2026-09-15', momenten: [], ...fields });
}

function route(id: string, stappen: [string, string][]): KlantrouteModel {
  return maakRoute({ id, naam: id, omschrijving: 'o', stappen: stappen.map(([v, moment]) => ({ voorziening: v, moment, toelichting: 't' })) });
}

const pathOf = (list: string) => (i: number) => `${list}[${i}]`;

function checkV(voorzieningen: VoorzieningModel[], vandaag = TODAY): string[] {
  return formatFouten(checkVoorzieningen(BESTANDEN.voorzieningen, voorzieningen, pathOf('voorzieningen'), vandaag));
}

const KRAAMZORG = voorziening('kraamzorg', { van: 'bevalling', tot: 'week 2' });
const CB = voorziening('consultatiebureau', { van: 'week 1', tot: 'jaar 4' });
const VERLOS = voorziening('verloskundige-zorg', { van: 'zwangerschap maand 1', tot: 'week 6' });
const BYID = new Map([KRAAMZORG, CB, VERLOS].map((v) => [v.id, v]));

function checkR(routes: KlantrouteModel[], invalidIds?: Set<string>): string[] {
  return formatFouten(checkRoutes(BESTANDEN, routes, BYID, pathOf('routes'), invalidIds));
}

describe('checkVoorzieningen', () => {
  test('valid voorzieningen give no problems', () => {
    expect(checkV([KRAAMZORG, CB, VERLOS])).toEqual([]);
  });

  test('a duplicate id is reported at the second one, naming the first', () => {
    expect(checkV([KRAAMZORG, CB, { ...KRAAMZORG }])).toMatchInlineSnapshot(`
      [
        "r/voorzieningen.json › voorzieningen[2].id: id "kraamzorg" komt twee keer voor (ook bij voorzieningen[0]); geef elke voorziening een eigen id",
      ]
    `);
  });

  test('three times the same id gives two problems, both naming the first', () => {
    expect(checkV([KRAAMZORG, { ...KRAAMZORG }, { ...KRAAMZORG }]).map((line) => line.split(':')[0])).toEqual([
      'r/voorzieningen.json › voorzieningen[1].id',
      'r/voorzieningen.json › voorzieningen[2].id',
    ]);
  });

  test('a moment outside the periode', () => {
    const v = voorziening('kraamzorg', { van: 'bevalling', tot: 'week 2' }, { momenten: ['bevalling', 'week 3', 'maand 2'] });
    expect(checkV([v])).toMatchInlineSnapshot(`
      [
        "r/voorzieningen.json › voorzieningen[0].momenten[1]: moment "week 3" ligt buiten de periode (bevalling tot week 2); pas het moment of de periode aan",
        "r/voorzieningen.json › voorzieningen[0].momenten[2]: moment "maand 2" ligt buiten de periode (bevalling tot week 2); pas het moment of de periode aan",
      ]
    `);
  });

  test('a moment outside a single-moment periode names just that moment', () => {
    const v = voorziening('nu-niet-zwanger', { van: 'preconceptie' }, { momenten: ['zwangerschap maand 1'] });
    expect(checkV([v])).toMatchInlineSnapshot(`
      [
        "r/voorzieningen.json › voorzieningen[0].momenten[0]: moment "zwangerschap maand 1" ligt buiten de periode (preconceptie); pas het moment of de periode aan",
      ]
    `);
  });

  test('moments on the first and last column of the periode are inside', () => {
    expect(checkV([voorziening('cb', { van: 'week 1', tot: 'jaar 4' }, { momenten: ['week 1', 'schoolleeftijd'] })])).toEqual([]);
  });

  test(`bijgewerkt more than ${VEROUDERD_NA_DAGEN} days ago is a warning, not an error`, () => {
    const problems = checkVoorzieningen(
      BESTANDEN.voorzieningen,
      [voorziening('kraamzorg', { van: 'bevalling' }, { naam: 'Kraamzorg', bijgewerkt: '2025-11-21' })],
      pathOf('voorzieningen'),
      new Date('2026-11-22T00:00:00Z'),
    );
    expect(problems.map((p) => p.ernst)).toEqual(['waarschuwing']);
    expect(formatFouten(problems)).toMatchInlineSnapshot(`
      [
        "r/voorzieningen.json › voorzieningen[0].bijgewerkt: waarschuwing: "Kraamzorg" is langer dan 12 maanden niet nagekeken (2025-11-21); kijk de gegevens na en zet de datum van vandaag",
      ]
    `);
  });

  test('bijgewerkt exactly 365 days ago is not stale yet', () => {
    expect(checkV([voorziening('k', { van: 'bevalling' }, { bijgewerkt: '2025-11-22' })], new Date('2026-11-22T00:00:00Z'))).toEqual([]);
  });

  test('bijgewerkt in the future is an error', () => {
    expect(checkV([voorziening('k', { van: 'bevalling' }, { bijgewerkt: '2026-11-25' })])).toMatchInlineSnapshot(`
      [
        "r/voorzieningen.json › voorzieningen[0].bijgewerkt: datum 2026-11-25 ligt in de toekomst; zet de datum waarop de gegevens zijn nagekeken",
      ]
    `);
  });

  test('today and tomorrow are accepted, so a time zone ahead of UTC is no error', () => {
    expect(checkV([voorziening('a', { van: 'bevalling' }, { bijgewerkt: '2026-11-22' })])).toEqual([]);
    expect(checkV([voorziening('a', { van: 'bevalling' }, { bijgewerkt: '2026-11-23' })], new Date('2026-11-22T00:00:00Z'))).toEqual([]);
  });

  test('"today" is a parameter, so the result does not depend on the clock', () => {
    const v = [voorziening('a', { van: 'bevalling' }, { bijgewerkt: '2026-09-15' })];
    expect(checkV(v, new Date('2026-09-01T00:00:00Z'))).toHaveLength(1);
    expect(checkV(v, new Date('2026-10-01T00:00:00Z'))).toHaveLength(0);
    expect(checkV(v, new Date('2027-10-01T00:00:00Z'))).toHaveLength(1);
  });

  test('paths come from pathOf, so a skipped invalid item keeps the right index', () => {
    const lines = formatFouten(
      checkVoorzieningen(BESTANDEN.voorzieningen, [KRAAMZORG, { ...KRAAMZORG }], (i) => `voorzieningen[${[0, 5][i]}]`, TODAY),
    );
    expect(lines).toEqual([
      'r/voorzieningen.json › voorzieningen[5].id: id "kraamzorg" komt twee keer voor (ook bij voorzieningen[0]); geef elke voorziening een eigen id',
    ]);
  });
});

describe('checkRoutes', () => {
  test('a valid route gives no problems', () => {
    expect(checkR([route('a', [['verloskundige-zorg', 'zwangerschap maand 2'], ['kraamzorg', 'bevalling'], ['consultatiebureau', 'week 2']])])).toEqual([]);
  });

  test('duplicate route ids', () => {
    const r = route('zwanger', [['kraamzorg', 'bevalling'], ['consultatiebureau', 'week 2']]);
    expect(checkR([r, { ...r }])).toMatchInlineSnapshot(`
      [
        "r/routes.json › routes[1].id: id "zwanger" komt twee keer voor (ook bij routes[0]); geef elke route een eigen id",
      ]
    `);
  });

  test('a step to an unknown voorziening gets a did-you-mean', () => {
    expect(checkR([route('a', [['kraamzorg', 'bevalling'], ['consultatiebuerau', 'week 2']])])).toMatchInlineSnapshot(`
      [
        "r/routes.json › routes[0].stappen[1].voorziening: voorziening "consultatiebuerau" bestaat niet; bedoel je "consultatiebureau"?",
      ]
    `);
  });

  test('a step to an unknown voorziening without a likely match points to voorzieningen.json', () => {
    expect(checkR([route('a', [['kraamzorg', 'bevalling'], ['huisarts', 'week 2']])])).toMatchInlineSnapshot(`
      [
        "r/routes.json › routes[0].stappen[1].voorziening: voorziening "huisarts" bestaat niet; gebruik een id uit r/voorzieningen.json",
      ]
    `);
  });

  test('a step to a voorziening that failed validation is not reported twice', () => {
    expect(checkR([route('a', [['kraamzorg', 'bevalling'], ['home-start', 'week 2']])], new Set(['home-start']))).toEqual([]);
  });

  test('a step whose moment is outside the voorziening periode', () => {
    expect(checkR([route('a', [['kraamzorg', 'bevalling'], ['kraamzorg', 'maand 3']])])).toMatchInlineSnapshot(`
      [
        "r/routes.json › routes[0].stappen[1].moment: moment "maand 3" ligt buiten de periode van "kraamzorg" (bevalling tot week 2); kies een moment binnen die periode",
      ]
    `);
  });

  test('the same step twice', () => {
    expect(checkR([route('a', [['kraamzorg', 'bevalling'], ['kraamzorg', 'bevalling'], ['consultatiebureau', 'week 2']])])).toMatchInlineSnapshot(`
      [
        "r/routes.json › routes[0].stappen[1]: dezelfde stap (kraamzorg op bevalling) staat al bij stappen[0]; een route loopt niet in een kringetje — verwijder de dubbele stap",
      ]
    `);
  });

  test('the same step twice, written differently', () => {
    expect(checkR([route('a', [['consultatiebureau', 'week 2'], ['consultatiebureau', 'Week  2']])])).toMatchInlineSnapshot(`
      [
        "r/routes.json › routes[0].stappen[1]: dezelfde stap (consultatiebureau op Week  2) staat al bij stappen[0]; een route loopt niet in een kringetje — verwijder de dubbele stap",
      ]
    `);
  });

  test('the same voorziening at two moments is not a loop', () => {
    expect(checkR([route('a', [['consultatiebureau', 'week 2'], ['consultatiebureau', 'maand 6']])])).toEqual([]);
  });

  test('steps out of time order', () => {
    expect(checkR([route('a', [['consultatiebureau', 'maand 6'], ['kraamzorg', 'week 1']])])).toMatchInlineSnapshot(`
      [
        "r/routes.json › routes[0].stappen[1].moment: "week 1" ligt vóór de vorige stap (maand 6); zet de stappen op volgorde in de tijd",
      ]
    `);
  });

  test('two steps in the same column are in order', () => {
    expect(checkR([route('a', [['verloskundige-zorg', 'bevalling'], ['kraamzorg', 'bevalling']])])).toEqual([]);
  });

  test('a step going back to an earlier voorziening and moment is both a loop and out of order', () => {
    const lines = checkR([route('a', [['kraamzorg', 'bevalling'], ['consultatiebureau', 'week 2'], ['kraamzorg', 'bevalling']])]);
    expect(lines.map((line) => line.split(':')[0])).toEqual(['r/routes.json › routes[0].stappen[2]', 'r/routes.json › routes[0].stappen[2].moment']);
  });
});

describe('waar en wanneer (issue 15)', () => {
  const GEBIED: Gebied = { gemeenten: ['Heerlen', 'Kerkrade', 'Sittard-Geleen'] };
  const checkW = (voorzieningen: VoorzieningModel[], gebied: Gebied = GEBIED, vandaag = TODAY) =>
    formatFouten(checkVoorzieningen(BESTANDEN.voorzieningen, voorzieningen, pathOf('voorzieningen'), vandaag, gebied));
  const adres = { adres: 'Akerstraat 1', postcode: '6411 AB', plaats: 'Heerlen' };

  test('gemeenten en locaties uit de regio geven geen melding', () => {
    const v = voorziening('moedercafe', { van: 'week 2', tot: 'maand 12' }, {
      gemeenten: ['Heerlen'],
      locaties: [adres, { adres: 'Markt 3', postcode: '6461 EC', plaats: 'Kerkrade' }, { ...adres, plaats: 'Hoensbroek', gemeente: 'Heerlen' }],
    });
    expect(checkW([v])).toEqual([]);
  });

  test('een onbekende gemeente: met een suggestie bij een tikfout, anders de lijst', () => {
    expect(checkW([voorziening('a', { van: 'bevalling' }, { gemeenten: ['Heerlenn', 'Maastricht'] })])).toMatchInlineSnapshot(`
      [
        "r/voorzieningen.json › voorzieningen[0].gemeenten[0]: gemeente "Heerlenn" staat niet in regio.json › gemeenten; bedoel je "Heerlen"?",
        "r/voorzieningen.json › voorzieningen[0].gemeenten[1]: gemeente "Maastricht" staat niet in regio.json › gemeenten; kies uit: "Heerlen", "Kerkrade", "Sittard-Geleen", of voeg de gemeente toe aan regio.json",
      ]
    `);
  });

  test('hoofdletters tellen: "heerlen" is een tikfout met een suggestie', () => {
    expect(checkW([voorziening('a', { van: 'bevalling' }, { gemeenten: ['heerlen'] })])[0]).toContain('bedoel je "Heerlen"?');
  });

  test('de gemeente van een locatie wordt ook gecontroleerd', () => {
    expect(checkW([voorziening('a', { van: 'bevalling' }, { locaties: [{ ...adres, gemeente: 'Kerkrde' }] })])).toMatchInlineSnapshot(`
      [
        "r/voorzieningen.json › voorzieningen[0].locaties[0].gemeente: gemeente "Kerkrde" staat niet in regio.json › gemeenten; bedoel je "Kerkrade"?",
      ]
    `);
  });

  test('een adres in een plaats die geen gemeente is, zonder gemeente erbij: een waarschuwing', () => {
    const problems = checkVoorzieningen(
      BESTANDEN.voorzieningen,
      [voorziening('a', { van: 'bevalling' }, { locaties: [{ adres: 'Kouvenderstraat 2', postcode: '6431 HA', plaats: 'Hoensbroek' }] })],
      pathOf('voorzieningen'),
      TODAY,
      GEBIED,
    );
    expect(problems.map((p) => p.ernst)).toEqual(['waarschuwing']);
    expect(formatFouten(problems)).toMatchInlineSnapshot(`
      [
        "r/voorzieningen.json › voorzieningen[0].locaties[0]: waarschuwing: in welke gemeente ligt Kouvenderstraat 2, 6431 HA Hoensbroek? Zet "gemeente" bij deze locatie (een naam uit regio.json › gemeenten), zodat de verwijswijzer een gezin de adressen in de eigen gemeente geeft",
      ]
    `);
  });

  test('geen waarschuwing als de gemeente vaststaat: één gemeente in de voorziening of in de regio', () => {
    const hoensbroek = { adres: 'Kouvenderstraat 2', postcode: '6431 HA', plaats: 'Hoensbroek' };
    expect(checkW([voorziening('a', { van: 'bevalling' }, { gemeenten: ['Heerlen'], locaties: [hoensbroek] })])).toEqual([]);
    expect(checkW([voorziening('a', { van: 'bevalling' }, { locaties: [hoensbroek] })], { gemeenten: ['Heerlen'] })).toEqual([]);
  });

  test('de landelijke basis noemt geen gemeente', () => {
    expect(checkW([voorziening('nipt', { van: 'zwangerschap maand 3' }, { gemeenten: ['Heerlen'] })], 'landelijke-basis')).toMatchInlineSnapshot(`
      [
        "r/voorzieningen.json › voorzieningen[0].gemeenten[0]: de landelijke basis is overal in Nederland hetzelfde en noemt geen gemeente ("Heerlen"); zet de gemeenten in de voorzieningen.json van de regio, bij het item met "basis"",
      ]
    `);
  });

  test('zonder gebied (regio.json is zelf fout) worden de gemeenten niet beoordeeld', () => {
    expect(formatFouten(checkVoorzieningen(BESTANDEN.voorzieningen, [voorziening('a', { van: 'bevalling' }, { gemeenten: ['X'] })], pathOf('voorzieningen'), TODAY))).toEqual([]);
  });

  test('beschikbaar.tot voorbij: een waarschuwing met de datum in woorden; de laatste dag zelf nog niet', () => {
    const pilot = voorziening('pilot', { van: 'bevalling' }, { naam: 'Kraamzorg zonder eigen bijdrage', beschikbaar: { tot: '2026-06-30' }, bijgewerkt: '2026-01-01' });
    expect(checkW([pilot], GEBIED, new Date('2026-06-30T12:00:00Z'))).toEqual([]);
    const problems = checkVoorzieningen(BESTANDEN.voorzieningen, [pilot], pathOf('voorzieningen'), new Date('2026-07-01T00:00:00Z'), GEBIED);
    expect(problems.map((p) => p.ernst)).toEqual(['waarschuwing']);
    expect(formatFouten(problems)).toMatchInlineSnapshot(`
      [
        "r/voorzieningen.json › voorzieningen[0].beschikbaar.tot: waarschuwing: "Kraamzorg zonder eigen bijdrage" is niet meer beschikbaar sinds 1 juli 2026 en staat niet meer op de kaart en in de verwijswijzer; haal de voorziening weg als ze niet terugkomt, of zet een nieuwe einddatum",
      ]
    `);
  });

  test('beschikbaar.van in de toekomst is geen melding: een nieuwe voorziening mag worden aangekondigd', () => {
    expect(checkW([voorziening('nieuw', { van: 'bevalling' }, { beschikbaar: { van: '2027-03-01' } })])).toEqual([]);
  });

  describe('routes', () => {
    const pilot = voorziening('pilot', { van: 'bevalling', tot: 'week 2' }, { naam: 'Kraamzorg zonder eigen bijdrage', beschikbaar: { tot: '2026-06-30' } });
    const startpakket = voorziening('startpakket', { van: 'zwangerschap maand 6', tot: 'maand 3' }, { naam: 'Babystartpakket', gemeenten: ['Heerlen', 'Sittard-Geleen'] });
    const loket = voorziening('loket', { van: 'zwangerschap maand 6', tot: 'maand 3' }, { naam: 'Loket Kerkrade', gemeenten: ['Kerkrade'] });
    const byId = new Map([KRAAMZORG, CB, VERLOS, pilot, startpakket, loket].map((v) => [v.id, v]));
    const checkRW = (routes: KlantrouteModel[], vandaag = TODAY) =>
      formatFouten(checkRoutes(BESTANDEN, routes, byId, pathOf('routes'), new Set(), { vandaag, gemeenten: GEBIED.gemeenten }));

    test('een route langs een voorziening die voorbij is: een waarschuwing bij de eerste stap erlangs', () => {
      const r = route('a', [['verloskundige-zorg', 'zwangerschap maand 8'], ['pilot', 'bevalling'], ['pilot', 'week 1'], ['consultatiebureau', 'week 2']]);
      expect(checkRW([r], new Date('2026-06-30T00:00:00Z'))).toEqual([]);
      expect(checkRW([r])).toMatchInlineSnapshot(`
        [
          "r/routes.json › routes[0].stappen[1].voorziening: waarschuwing: de route gaat langs "Kraamzorg zonder eigen bijdrage", die niet meer beschikbaar is sinds 1 juli 2026 (beschikbaar.tot in r/voorzieningen.json); pas de route aan of haal deze stap weg",
        ]
      `);
    });

    test('een route die maar in één gemeente werkt is goed; een die nergens helemaal werkt krijgt een waarschuwing', () => {
      expect(checkRW([route('a', [['startpakket', 'zwangerschap maand 7'], ['consultatiebureau', 'week 2']])])).toEqual([]);
      expect(checkRW([route('b', [['startpakket', 'zwangerschap maand 7'], ['loket', 'zwangerschap maand 8']])])).toMatchInlineSnapshot(`
        [
          "r/routes.json › routes[0]: waarschuwing: in geen enkele gemeente is de hele route "b" te volgen: "Babystartpakket" alleen in Heerlen en Sittard-Geleen; "Loket Kerkrade" alleen in Kerkrade. Kies voorzieningen die samen in één gemeente zijn, of splits de route",
        ]
      `);
    });

    test('zonder regio-gegevens worden deze waarschuwingen niet gegeven', () => {
      const r = route('b', [['startpakket', 'zwangerschap maand 7'], ['loket', 'zwangerschap maand 8']]);
      expect(formatFouten(checkRoutes(BESTANDEN, [r], byId, pathOf('routes')))).toEqual([]);
    });
  });
});

describe('checkRegioGemeenten', () => {
  test('elke gemeente één keer, ook zoals ze in een webadres staat', () => {
    expect(formatFouten(checkRegioGemeenten('r/regio.json', ['Heerlen', 'Sittard-Geleen', 'Heerlen', 'Sittard Geleen']))).toMatchInlineSnapshot(`
      [
        "r/regio.json › gemeenten[2]: "Heerlen" staat twee keer in de lijst (ook bij gemeenten[0]); haal er één weg",
        "r/regio.json › gemeenten[3]: "Sittard Geleen" en "Sittard-Geleen" (gemeenten[1]) worden in een webadres allebei "sittard-geleen"; noem elke gemeente één keer, op één manier geschreven",
      ]
    `);
    expect(checkRegioGemeenten('r/regio.json', ['Heerlen', 'Kerkrade'])).toEqual([]);
  });
});

describe('checkProvincie', () => {
  const metAdres = voorziening('cb', { van: 'week 1' }, { locaties: [{ adres: 'Markt 1', postcode: '6411 AB', plaats: 'Heerlen' }] });
  test('adressen zonder provincie: een waarschuwing; met provincie of zonder adressen niets', () => {
    expect(formatFouten(checkProvincie('r/regio.json', {}, [metAdres]))).toMatchInlineSnapshot(`
      [
        "r/regio.json › provincie: waarschuwing: de voorzieningen hebben adressen, maar regio.json noemt geen provincie; de open data (Open Referral HSDS) vraagt die bij elk adres. Zet "provincie" in regio.json, zoals "Limburg"",
      ]
    `);
    expect(checkProvincie('r/regio.json', { provincie: 'Limburg' }, [metAdres])).toEqual([]);
    expect(checkProvincie('r/regio.json', {}, [KRAAMZORG])).toEqual([]);
  });
});
