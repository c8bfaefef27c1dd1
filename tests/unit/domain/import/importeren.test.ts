/**
 * The CSV import checks the new voorzieningen against the region in memory: the region's files go in as contents,
 * the new voorzieningen.json comes out as text, and nothing is read or written on the way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GEEN_BASIS } from '../../../../src/domain/basis.ts';
import { bouwBasis, type Bestanden } from '../../../../src/domain/bouwen.ts';
import { voorzieningenNaarCsv } from '../../../../src/domain/export/csv.ts';
import { voorzieningenNaarBladen } from '../../../../src/domain/export/excel.ts';
import { voorzieningZonderAfgeleiden } from '../../../../src/domain/export/json.ts';
import { importeerCsv, importeerExcel, STANDAARD_SCHEMA } from '../../../../src/domain/import/importeren.ts';
import { laadRegios, leesMap } from '../../../../src/io/data.ts';
import { leesLettertypePakket } from '../../../../src/io/lettertype.ts';
import { leesThemaPakket } from '../../../../src/io/thema.ts';
import { FIXTURE_DIR, proefregio, VANDAAG } from '../../maak.ts';

const regio = proefregio();
const MAP = join(FIXTURE_DIR, 'proefregio');
/** The region folder as text, the way the beheer editor holds it. */
const bestanden: Bestanden = new Map(readdirSync(MAP).map((naam) => [naam, readFileSync(join(MAP, naam), 'utf8')]));
const csv = (voorzieningen = regio.voorzieningen) => new TextEncoder().encode(voorzieningenNaarCsv(voorzieningen));
const importeer = (bytes: Uint8Array, regioBestanden: Bestanden = bestanden) =>
  importeerCsv({ regioId: 'proefregio', regio: regioBestanden, basis: GEEN_BASIS, bytes, vandaag: VANDAAG });

describe('importeerCsv', () => {
  test('a valid CSV gives the new voorzieningen.json, keeping its $schema line', () => {
    const eigenSchema = { ...JSON.parse(bestanden.get('voorzieningen.json') as string), $schema: '../schema/eigen.json' };
    const metSchema = new Map(bestanden).set('voorzieningen.json', `\uFEFF${JSON.stringify(eigenSchema)}`);
    const resultaat = importeer(csv(regio.voorzieningen.map((v) => (v.id === 'kraamzorg' ? { ...v, naam: 'Kraamzorg thuis' } : v))), metSchema);
    expect(resultaat.fouten).toEqual([]);
    const json = JSON.parse(resultaat.inhoud!);
    expect(json.$schema).toBe('../schema/eigen.json');
    expect(json.voorzieningen.find((v: { id: string }) => v.id === 'kraamzorg').naam).toBe('Kraamzorg thuis');
  });

  test('a region without voorzieningen.json gets the standard $schema line', () => {
    const zonder = new Map(bestanden);
    zonder.delete('voorzieningen.json');
    expect(JSON.parse(importeer(csv(), zonder).inhoud!).$schema).toBe(STANDAARD_SCHEMA);
  });

  test('the region is checked with the new file: a route to a voorziening the CSV drops is an error in routes.json', () => {
    const resultaat = importeer(csv(regio.voorzieningen.filter((v) => v.id !== 'schuldhulp')));
    expect(resultaat.inhoud).toBeUndefined();
    expect(resultaat.fouten).toEqual([
      expect.stringMatching(/^proefregio\/routes\.json › routes\[0\]\.stappen\[1\]\.voorziening: voorziening "schuldhulp" bestaat niet.*\(de route verwijst naar een voorziening die na de import niet meer klopt\)$/),
    ]);
  });

  test("an error found in the region's check is told by the CSV's row and column", () => {
    const kapot = regio.voorzieningen.map((v, i) => (i === 1 ? { ...v, momenten: ['zwangerschap maand 2'], periode: { van: 'bevalling', tot: 'week 2' } } : v));
    expect(importeer(csv(kapot)).fouten).toEqual([expect.stringMatching(/^rij 3, kolom 'momenten': moment "zwangerschap maand 2" ligt buiten de periode/)]);
  });
});

// ——— The .xlsx import (issue 16): the same region checks, told by sheet, row and column ———

describe('importeerExcel', () => {
  const kleinstadMap = leesMap('data/kleinstad');
  const { basis } = bouwBasis(leesMap('data/_basis'), VANDAAG);
  const kleinstad = laadRegios('data', VANDAAG).regios.find((r) => r.id === 'kleinstad')!;
  const rauw = JSON.parse(readFileSync('data/kleinstad/voorzieningen.json', 'utf8'));
  // kleinstad has a huisstijl with packages from npm: found as the build finds them.
  const pakketten = { zoekLettertype: leesLettertypePakket, zoekThema: leesThemaPakket };

  test('kleinstad: het werkboek van de kaart geeft precies het voorzieningen.json dat er staat, verwijzingen naar de basis inbegrepen', () => {
    const bladen = voorzieningenNaarBladen(kleinstad.voorzieningen.map(voorzieningZonderAfgeleiden));
    const resultaat = importeerExcel({ regioId: 'kleinstad', regio: kleinstadMap, basis, bladen, vandaag: VANDAAG, ...pakketten });
    expect(resultaat.fouten).toEqual([]);
    expect(resultaat.locatieFouten).toEqual([]);
    expect(rauw.voorzieningen.some((v: object) => 'basis' in v)).toBe(true);
    expect(resultaat.items).toEqual(rauw.voorzieningen);
    expect(JSON.parse(resultaat.inhoud!)).toEqual(rauw);
  });

  test('de CSV-import houdt de verwijzingen naar de basis ook', () => {
    const bytes = new TextEncoder().encode(voorzieningenNaarCsv(kleinstad.voorzieningen));
    const resultaat = importeerCsv({ regioId: 'kleinstad', regio: kleinstadMap, basis, bytes, vandaag: VANDAAG, ...pakketten });
    expect(resultaat.fouten).toEqual([]);
    expect(resultaat.items).toEqual(rauw.voorzieningen);
  });

  test('een veranderde cel in een voorziening uit de basis wordt een eigen veld van de regio, de rest blijft van de basis', () => {
    const bladen = voorzieningenNaarBladen(kleinstad.voorzieningen.map(voorzieningZonderAfgeleiden));
    const v = bladen[0]!;
    const rij = v.rijen.findIndex((r) => r[0] === 'nipt');
    v.rijen[rij]![v.rijen[0]!.indexOf('toegang')] = 'Via de verloskundige in Kleinstad.';
    const { items, fouten } = importeerExcel({ regioId: 'kleinstad', regio: kleinstadMap, basis, bladen, vandaag: VANDAAG, ...pakketten });
    expect(fouten).toEqual([]);
    expect(items!.find((i) => 'basis' in i && i.basis === 'nipt')).toEqual({ basis: 'nipt', toegang: 'Via de verloskundige in Kleinstad.' });
    expect(items!.filter((i) => !('basis' in i && i.basis === 'nipt'))).toEqual(rauw.voorzieningen.filter((i: { basis?: string }) => i.basis !== 'nipt'));
  });

  test('een fout die pas de controle van de regio vindt, met blad, rij en kolom; een gemeente die de regio niet heeft', () => {
    const kapot = regio.voorzieningen.map((v, i) => (i === 1 ? { ...v, momenten: ['zwangerschap maand 2'], periode: { van: 'bevalling', tot: 'week 2' } } : v));
    const bladen = voorzieningenNaarBladen(kapot.map(voorzieningZonderAfgeleiden));
    expect(importeerExcel({ regioId: 'proefregio', regio: bestanden, basis: GEEN_BASIS, bladen, vandaag: VANDAAG }).fouten).toEqual([
      expect.stringMatching(/^Blad "Voorzieningen", rij 3, kolom "momenten" \(G\): moment "zwangerschap maand 2" ligt buiten de periode/),
    ]);
    const gemeente = voorzieningenNaarBladen(regio.voorzieningen.map((v, i) => (i === 0 ? { ...voorzieningZonderAfgeleiden(v), gemeenten: ['Proefdrop'] } : voorzieningZonderAfgeleiden(v))));
    expect(importeerExcel({ regioId: 'proefregio', regio: bestanden, basis: GEEN_BASIS, bladen: gemeente, vandaag: VANDAAG }).fouten).toEqual([
      expect.stringMatching(/^Blad "Voorzieningen", rij 2, kolom "gemeenten" \(R\): .*"Proefdrop".*bedoel je "Proefdorp"\?/),
    ]);
  });

  test('een adres met een gemeente die de regio niet heeft: blad Locaties, met rij en kolom', () => {
    const bladen = voorzieningenNaarBladen(regio.voorzieningen.map(voorzieningZonderAfgeleiden));
    const locaties = bladen[1]!;
    locaties.rijen[1]![locaties.rijen[0]!.indexOf('gemeente')] = 'Proefdrop';
    const resultaat = importeerExcel({ regioId: 'proefregio', regio: bestanden, basis: GEEN_BASIS, bladen, vandaag: VANDAAG });
    expect(resultaat.locatieFouten).toEqual([expect.stringMatching(/^Blad "Locaties", rij 2, kolom "gemeente" \(F\): gemeente "Proefdrop" staat niet in regio.json › gemeenten; bedoel je "Proefdorp"\?/)]);
    expect(resultaat.inhoud).toBeUndefined();
  });

  test('een route naar een voorziening die het werkboek weglaat; met alleenVoorzieningen telt alleen voorzieningen.json', () => {
    const bladen = voorzieningenNaarBladen(regio.voorzieningen.filter((v) => v.id !== 'schuldhulp').map(voorzieningZonderAfgeleiden));
    expect(importeerExcel({ regioId: 'proefregio', regio: bestanden, basis: GEEN_BASIS, bladen, vandaag: VANDAAG }).fouten).toEqual([
      expect.stringMatching(/^proefregio\/routes\.json › routes\[0\]\.stappen\[1\]\.voorziening: voorziening "schuldhulp" bestaat niet/),
    ]);
    const alleen = new Map([...bestanden].filter(([naam]) => naam === 'regio.json' || naam === 'voorzieningen.json'));
    const resultaat = importeerExcel({ regioId: 'proefregio', regio: alleen, basis: GEEN_BASIS, bladen, vandaag: VANDAAG, alleenVoorzieningen: true });
    expect(resultaat.fouten).toEqual([]);
    expect(resultaat.items).toHaveLength(regio.voorzieningen.length - 1);
  });

  test('zonder blad Locaties blijven de adressen, met een waarschuwing', () => {
    const bladen = voorzieningenNaarBladen(regio.voorzieningen.map(voorzieningZonderAfgeleiden)).slice(0, 1);
    const resultaat = importeerExcel({ regioId: 'proefregio', regio: bestanden, basis: GEEN_BASIS, bladen, vandaag: VANDAAG });
    expect(resultaat.fouten).toEqual([]);
    expect(resultaat.waarschuwingen).toContain('het werkboek heeft geen blad "Locaties"; de adressen blijven zoals ze waren');
    expect(resultaat.behoudenLocaties).toBe(1);
    expect(resultaat.voorzieningen).toEqual(regio.voorzieningen.map(voorzieningZonderAfgeleiden));
  });
});
