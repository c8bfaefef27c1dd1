/**
 * The CSV import checks the new voorzieningen against the region in memory: the region's files go in as contents,
 * the new voorzieningen.json comes out as text, and nothing is read or written on the way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GEEN_BASIS } from '../../../../src/domain/basis.ts';
import type { Bestanden } from '../../../../src/domain/bouwen.ts';
import { voorzieningenNaarCsv } from '../../../../src/domain/export/csv.ts';
import { importeerCsv, STANDAARD_SCHEMA } from '../../../../src/domain/import/importeren.ts';
import { FIXTURE_DIR, proefregio, VANDAAG } from '../../opendata/fixture.ts';

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
