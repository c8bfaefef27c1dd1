/**
 * Reading an .xlsx workbook back, as rows: the round trip of real regions is exact, one changed cell changes exactly
 * one field, and every error names sheet, row and column (name and letter). The bytes are tested in tests/unit/io.
 */
import { describe, expect, test } from 'vitest';
import { CSV_KOLOMMEN, LOCATIE_KOLOMMEN } from '../../../../src/domain/export/csv.ts';
import { BLAD_LOCATIES, BLAD_UITLEG, BLAD_VOORZIENINGEN, voorzieningenNaarBladen, type Blad, type Cel } from '../../../../src/domain/export/excel.ts';
import { voorzieningZonderAfgeleiden } from '../../../../src/domain/export/json.ts';
import { formatExcelFout, lijstUitExcelCel, voorzieningenUitBladen } from '../../../../src/domain/import/excel.ts';
import type { Voorziening } from '../../../../src/domain/schema/voorziening.ts';
import { laadRegios } from '../../../../src/io/data.ts';
import { proefregio, VANDAAG } from '../../maak.ts';

const { regios } = laadRegios('data', VANDAAG);
const echte = (id: string) => regios.find((r) => r.id === id)!.voorzieningen.map(voorzieningZonderAfgeleiden);
const proef = proefregio().voorzieningen.map(voorzieningZonderAfgeleiden);

const kolom = (kop: string) => CSV_KOLOMMEN.findIndex((k) => k.kop === kop);
const blad = (bladen: Blad[], naam: string) => bladen.find((b) => b.naam === naam)!;
/** The workbook of `voorzieningen` with one cell set: sheet, Excel row (1 = names), column name. */
function metCel(voorzieningen: readonly Voorziening[], rij: number, kop: string, waarde: Cel, naam = BLAD_VOORZIENINGEN): Blad[] {
  const bladen = voorzieningenNaarBladen(voorzieningen);
  const b = blad(bladen, naam);
  const koppen = b.rijen[0]!;
  b.rijen[rij - 1]![koppen.indexOf(kop)] = waarde;
  return bladen;
}
const meldingen = (bladen: Blad[]) => voorzieningenUitBladen(bladen).fouten.map(formatExcelFout);

describe('export → import van de rijen', () => {
  test.each([
    ['voorbeeldregio', echte('voorbeeldregio')],
    ['kleinstad', echte('kleinstad')],
    ['proefregio (met ; " | = + en regeleinden)', proef],
  ])('%s: precies dezelfde voorzieningen, in dezelfde volgorde van de velden', (_naam, voorzieningen) => {
    expect(voorzieningen.length).toBeGreaterThan(3);
    const terug = voorzieningenUitBladen(voorzieningenNaarBladen(voorzieningen));
    expect(terug.fouten).toEqual([]);
    expect(terug.metLocaties).toBe(true);
    expect(terug.voorzieningen).toEqual(voorzieningen);
    expect(JSON.stringify(terug.voorzieningen)).toBe(JSON.stringify(voorzieningen));
  });

  test('de voorbeeldregio heeft de velden van issue 15 echt, anders bewijst de round trip er niets over', () => {
    const alle = [...echte('voorbeeldregio'), ...echte('kleinstad'), ...proef];
    for (const veld of ['gemeenten', 'voorwaarden', 'beschikbaar', 'locaties', 'momenten', 'themas'] as const) {
      expect(alle.some((v) => v[veld] !== undefined), veld).toBe(true);
    }
  });

  test('de bladen: één rij per voorziening met de kolommen van de CSV, een rij per adres, lijsten als "a; b", datums als datumcel', () => {
    const bladen = voorzieningenNaarBladen(proef, { gemeenten: ['Proefdorp'] });
    expect(bladen.map((b) => b.naam)).toEqual([BLAD_VOORZIENINGEN, BLAD_LOCATIES, BLAD_UITLEG]);
    const v = blad(bladen, BLAD_VOORZIENINGEN);
    expect(v.rijen[0]).toEqual(CSV_KOLOMMEN.map((k) => k.kop));
    expect(v.rijen).toHaveLength(proef.length + 1);
    const kraamzorg = v.rijen.find((r) => r[0] === 'kraamzorg')!;
    const [jaar, maand, dag] = proef.find((p) => p.id === 'kraamzorg')!.bijgewerkt.split('-').map(Number);
    expect(kraamzorg[kolom('bijgewerkt')]).toEqual(new Date(Date.UTC(jaar!, maand! - 1, dag!)));
    expect(v.rijen.some((r) => typeof r[kolom('momenten')] === 'string' && (r[kolom('momenten')] as string).includes('; '))).toBe(true);
    expect(blad(bladen, BLAD_LOCATIES).rijen[0]).toEqual(LOCATIE_KOLOMMEN.map((k) => k.kop));
    expect(blad(bladen, BLAD_LOCATIES).rijen).toHaveLength(1 + proef.flatMap((p) => p.locaties ?? []).length);
  });

  test('het blad Uitleg noemt elke kolom met wat ze betekent, en de toegestane waarden', () => {
    const uitleg = blad(voorzieningenNaarBladen(proef, { gemeenten: ['Proefdorp', 'Anderdorp'] }), BLAD_UITLEG).rijen;
    for (const k of CSV_KOLOMMEN) {
      const rij = uitleg.find((r) => r[0] === BLAD_VOORZIENINGEN && r[2] === k.kop);
      expect(rij, k.kop).toBeDefined();
      expect(String(rij![5]).length, `betekenis van ${k.kop}`).toBeGreaterThan(5);
    }
    for (const k of LOCATIE_KOLOMMEN) expect(uitleg.some((r) => r[0] === BLAD_LOCATIES && r[2] === k.kop), k.kop).toBe(true);
    expect(uitleg.find((r) => r[2] === 'niveau')![1]).toBe('D');
    expect(uitleg.find((r) => r[2] === 'niveau')![6]).toBe('basiszorg, steuntje-in-de-rug, extra-steun, digitale-zorg');
    expect(uitleg.find((r) => r[2] === 'gemeenten')![6]).toBe('Proefdorp, Anderdorp');
    expect(uitleg).toContainEqual(['kenmerken', 'eigen-risico', 'Valt onder het eigen risico van de zorgverzekering.']);
  });

  test('het Uitleg-blad wordt niet gelezen; een werkboek zonder Locaties houdt de oude adressen (metLocaties: false)', () => {
    const bladen = voorzieningenNaarBladen(proef).filter((b) => b.naam === BLAD_VOORZIENINGEN);
    const terug = voorzieningenUitBladen(bladen);
    expect(terug.fouten).toEqual([]);
    expect(terug.metLocaties).toBe(false);
    expect(terug.voorzieningen.every((v) => v.locaties === undefined)).toBe(true);
  });
});

describe('één cel veranderd is precies één veld veranderd', () => {
  const voorzieningen = echte('voorbeeldregio');
  const tweede = voorzieningen[1]!;

  test.each<[string, Cel, (v: Voorziening) => Voorziening]>([
    ['naam', 'Nieuwe naam', (v) => ({ ...v, naam: 'Nieuwe naam' })],
    ['niveau', 'extra-steun', (v) => ({ ...v, niveau: 'extra-steun' })],
    ['bijgewerkt', new Date(Date.UTC(2026, 9, 3)), (v) => ({ ...v, bijgewerkt: '2026-10-03' })],
    ['bijgewerkt', '3-10-2026', (v) => ({ ...v, bijgewerkt: '2026-10-03' })],
    ['bijgewerkt', 46298, (v) => ({ ...v, bijgewerkt: '2026-10-03' })],
    ['gemeenten', 'Lindewaard; Beekveld', (v) => ({ ...v, gemeenten: ['Lindewaard', 'Beekveld'] })],
    ['kenmerken', 'standaard | eigen-risico', (v) => ({ ...v, kenmerken: ['standaard', 'eigen-risico'] })],
    ['voorwaarden', 'Alleen met een verwijzing.', (v) => ({ ...v, voorwaarden: 'Alleen met een verwijzing.' })],
    ['beschikbaar.tot', '30-06-2027', (v) => ({ ...v, beschikbaar: { ...v.beschikbaar, tot: '2027-06-30' } })],
  ])('kolom %s ← %j', (kop, waarde, verwacht) => {
    const terug = voorzieningenUitBladen(metCel(voorzieningen, 3, kop, waarde));
    expect(terug.fouten).toEqual([]);
    const nieuw = terug.voorzieningen[1]!;
    // Same keys in the same order as the JSON would have them.
    const verwachtV = verwacht(tweede);
    expect(nieuw).toEqual(verwachtV);
    expect(terug.voorzieningen.filter((_, i) => i !== 1)).toEqual(voorzieningen.filter((_, i) => i !== 1));
  });

  test('een adres op het blad Locaties', () => {
    const bladen = voorzieningenNaarBladen(proef);
    const locaties = blad(bladen, BLAD_LOCATIES);
    locaties.rijen[1]![LOCATIE_KOLOMMEN.findIndex((k) => k.kop === 'openingstijden')] = 'Alleen op dinsdag';
    const terug = voorzieningenUitBladen(bladen);
    expect(terug.fouten).toEqual([]);
    const id = locaties.rijen[1]![0] as string;
    const voor = proef.find((v) => v.id === id)!;
    expect(terug.voorzieningen.find((v) => v.id === id)!.locaties).toEqual([{ ...voor.locaties![0]!, openingstijden: 'Alleen op dinsdag' }, ...voor.locaties!.slice(1)]);
    expect(terug.voorzieningen.filter((v) => v.id !== id)).toEqual(proef.filter((v) => v.id !== id));
  });
});

describe('lijsten in een cel', () => {
  test('; of | scheidt, \\; en \\| zijn het teken zelf, lege plekken tellen', () => {
    expect(lijstUitExcelCel('a; b')).toEqual(['a', 'b']);
    expect(lijstUitExcelCel('a | b;c')).toEqual(['a', 'b', 'c']);
    expect(lijstUitExcelCel('GGD \\; JGZ; x\\|y')).toEqual(['GGD ; JGZ', 'x|y']);
    expect(lijstUitExcelCel('a; ; c')).toEqual(['a', '', 'c']);
    expect(lijstUitExcelCel('  ')).toEqual([]);
  });
});

describe('een kapot werkblad noemt blad, rij en kolom', () => {
  const voorzieningen = echte('voorbeeldregio');

  test('een onbekend niveau: de melding van de CSV-import, met blad, rij, kolomnaam en letter', () => {
    expect(meldingen(metCel(voorzieningen, 7, 'niveau', 'extra-stuen'))).toEqual([
      expect.stringMatching(/^Blad "Voorzieningen", rij 7, kolom "niveau" \(D\): onbekende waarde \(kreeg "extra-stuen"; toegestaan: .*; bedoel je "extra-steun"\?\)$/),
    ]);
  });

  test.each<[string, number, string, Cel, RegExp]>([
    ['een lege naam', 2, 'naam', '   ', /^Blad "Voorzieningen", rij 2, kolom "naam" \(B\): ontbreekt; dit veld is verplicht/],
    ['een datum die niet bestaat', 4, 'bijgewerkt', '31-02-2026', /^Blad "Voorzieningen", rij 4, kolom "bijgewerkt" \(W\): is geen bestaande datum/],
    ['een datum als tekst', 4, 'bijgewerkt', 'gisteren', /^Blad "Voorzieningen", rij 4, kolom "bijgewerkt" \(W\): moet een datum zijn als dd-mm-jjjj/],
    ['een onbekend kenmerk in een lijst', 3, 'kenmerken', 'standaard; gratis', /^Blad "Voorzieningen", rij 3, kolom "kenmerken" \(H\): onbekende waarde \(kreeg "gratis"; toegestaan: "eigen-risico"/],
    ['een onbekend tijdpunt', 5, 'periode.van', 'maand 99', /^Blad "Voorzieningen", rij 5, kolom "periode.van" \(E\): /],
    ['een verkeerde website', 6, 'aanbieders.website', 'www.example.nl', /^Blad "Voorzieningen", rij 6, kolom "aanbieders.website" \(K\): moet een link zijn/],
    ['een id dat geen kebab-case is', 2, 'id', 'Kraam Zorg', /^Blad "Voorzieningen", rij 2, kolom "id" \(A\): moet kebab-case zijn/],
    ['een postcode', 2, 'postcode', '7041la', /^Blad "Locaties", rij 2, kolom "postcode" \(D\): schrijf de postcode als "7041 LA"/],
  ])('%s', (_naam, rij, kop, waarde, patroon) => {
    const naam = kop === 'postcode' ? BLAD_LOCATIES : BLAD_VOORZIENINGEN;
    const bladen = metCel(naam === BLAD_LOCATIES ? proef : voorzieningen, rij, kop, waarde, naam);
    expect(meldingen(bladen)).toEqual([expect.stringMatching(patroon)]);
  });

  test('twee keer hetzelfde id, een cel zonder kolomnaam, een adres bij een onbekende voorziening', () => {
    const bladen = metCel(voorzieningen, 3, 'id', voorzieningen[0]!.id);
    blad(bladen, BLAD_VOORZIENINGEN).rijen[4]![CSV_KOLOMMEN.length + 1] = 'los';
    expect(meldingen(bladen)).toEqual([
      `Blad "Voorzieningen", rij 5, kolom Y: deze cel staat in een kolom zonder naam in rij 1; zet de kolomnaam erboven of haal de cel weg`,
      `Blad "Voorzieningen", rij 3, kolom "id" (A): id "${voorzieningen[0]!.id}" staat ook in rij 2; geef elke voorziening een eigen id`,
    ]);
    const locaties = voorzieningenNaarBladen(proef);
    blad(locaties, BLAD_LOCATIES).rijen[1]![0] = 'consultatieburo';
    expect(meldingen(locaties)).toEqual([expect.stringMatching(/^Blad "Locaties", rij 2, kolom "voorziening" \(A\): voorziening "consultatieburo" staat niet in het blad "Voorzieningen"; bedoel je "consultatiebureau"\?$/)]);
  });

  test('kolommen: een onbekende naam, een ontbrekende verplichte kolom, een kolom in een andere volgorde', () => {
    const bladen = voorzieningenNaarBladen(voorzieningen);
    const v = blad(bladen, BLAD_VOORZIENINGEN);
    v.rijen[0]![kolom('niveau')] = 'niveua';
    expect(meldingen(bladen)).toEqual([
      expect.stringMatching(/^Blad "Voorzieningen", rij 1, kolom "niveua" \(D\): onbekende kolom; bedoel je 'niveau'\? Toegestaan: id, naam/),
      `Blad "Voorzieningen", rij 1, kolom "niveau": deze kolom ontbreekt in de kopregel; elke voorziening heeft haar nodig. Begin met de kolomnamen van een download met "Download als Excel (.xlsx)"`,
    ]);
    // Columns are found by their name: swap two whole columns and it reads the same.
    const omgedraaid = voorzieningenNaarBladen(voorzieningen);
    for (const rij of blad(omgedraaid, BLAD_VOORZIENINGEN).rijen) [rij[1], rij[2]] = [rij[2]!, rij[1]!];
    expect(voorzieningenUitBladen(omgedraaid)).toMatchObject({ fouten: [], voorzieningen });
  });

  test('geen blad Voorzieningen, een leeg blad, een lege rij in het midden', () => {
    expect(meldingen([{ naam: 'Blad1', rijen: [['x']] }])).toEqual(['het werkboek heeft geen blad "Voorzieningen" (wel: "Blad1"); geef het blad met de voorzieningen die naam']);
    expect(meldingen([{ naam: 'Voorzieningn', rijen: [] }])[0]).toMatch(/bedoel je "Voorzieningn"\?/);
    expect(meldingen([{ naam: 'voorzieningen', rijen: [[null, null]] }])).toEqual([
      'Blad "voorzieningen": het blad is leeg; de eerste rij moet de kolomnamen bevatten, zoals in de kolomnamen van een download met "Download als Excel (.xlsx)"',
    ]);
    const bladen = voorzieningenNaarBladen(voorzieningen);
    blad(bladen, BLAD_VOORZIENINGEN).rijen.splice(2, 0, [null, '  ']);
    const terug = voorzieningenUitBladen(bladen);
    expect(terug.fouten).toEqual([]);
    expect(terug.rijen.slice(0, 3)).toEqual([2, 4, 5]);
  });

  test('een cel met een getal of WAAR wordt tekst, zodat de melding zegt wat er staat', () => {
    expect(meldingen(metCel(voorzieningen, 2, 'aanbieders.telefoon', 12345))).toEqual([
      expect.stringMatching(/^Blad "Voorzieningen", rij 2, kolom "aanbieders.telefoon" \(L\): moet een telefoonnummer zijn.*\(kreeg "12345"\)/),
    ]);
    expect(meldingen(metCel(voorzieningen, 2, 'niveau', true))[0]).toMatch(/kreeg "WAAR"/);
  });
});
