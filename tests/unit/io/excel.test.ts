/**
 * A real .xlsx, written and read by the libraries: the Excel round trip of a region is exact through the bytes too,
 * a cell edited as Excel would store it (a date cell, a number) reads back as that one field, and a file that is
 * no workbook says so in words.
 */
import { describe, expect, test } from 'vitest';
import { BLAD_VOORZIENINGEN, voorzieningenNaarBladen } from '../../../src/domain/export/excel.ts';
import { voorzieningZonderAfgeleiden } from '../../../src/domain/export/json.ts';
import { voorzieningenUitBladen } from '../../../src/domain/import/excel.ts';
import { laadRegios } from '../../../src/io/data.ts';
import { bladenNaarXlsx, GeenXlsxFout, xlsxNaarBladen } from '../../../src/io/excel.ts';
import { proefregio, VANDAAG } from '../maak.ts';

const { regios } = laadRegios('data', VANDAAG);

describe('.xlsx-bestanden', () => {
  test.each(['voorbeeldregio', 'kleinstad', 'proefregio'])('%s: schrijven en weer lezen geeft precies dezelfde voorzieningen', async (id) => {
    const regio = id === 'proefregio' ? proefregio() : regios.find((r) => r.id === id)!;
    const voorzieningen = regio.voorzieningen.map(voorzieningZonderAfgeleiden);
    const bytes = await bladenNaarXlsx(voorzieningenNaarBladen(voorzieningen, { gemeenten: regio.regio.gemeenten }));
    // A zip archive, as every .xlsx is.
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const bladen = await xlsxNaarBladen(bytes);
    expect(bladen.map((b) => b.naam)).toEqual(['Voorzieningen', 'Locaties', 'Uitleg']);
    const terug = voorzieningenUitBladen(bladen);
    expect(terug.fouten).toEqual([]);
    expect(terug.voorzieningen).toEqual(voorzieningen);
  });

  test('de cellen: datums als datumcel, tekst die met = begint blijft tekst, lijsten als "a; b"', async () => {
    const voorzieningen = proefregio().voorzieningen.map(voorzieningZonderAfgeleiden);
    const bladen = await xlsxNaarBladen(await bladenNaarXlsx(voorzieningenNaarBladen(voorzieningen)));
    const rijen = bladen[0]!.rijen;
    const kop = rijen[0]!;
    expect(rijen[1]![kop.indexOf('bijgewerkt')]).toBeInstanceOf(Date);
    expect(rijen.flat().some((cel) => typeof cel === 'string' && cel.startsWith('='))).toBe(true);
    expect(rijen.some((r) => String(r[kop.indexOf('momenten')] ?? '').includes('; '))).toBe(true);
  });

  test('één cel veranderd in het bestand, zoals Excel hem bewaart, is precies één veld veranderd', async () => {
    const voorzieningen = regios.find((r) => r.id === 'voorbeeldregio')!.voorzieningen.map(voorzieningZonderAfgeleiden);
    const bladen = await xlsxNaarBladen(await bladenNaarXlsx(voorzieningenNaarBladen(voorzieningen)));
    const blad = bladen.find((b) => b.naam === BLAD_VOORZIENINGEN)!;
    const kop = blad.rijen[0]!;
    blad.rijen[4]![kop.indexOf('naam')] = 'Een nieuwe naam';
    blad.rijen[5]![kop.indexOf('bijgewerkt')] = new Date(Date.UTC(2026, 10, 2));
    const bewerkt = await xlsxNaarBladen(await bladenNaarXlsx(bladen));
    const terug = voorzieningenUitBladen(bewerkt);
    expect(terug.fouten).toEqual([]);
    expect(terug.voorzieningen).toEqual(
      voorzieningen.map((v, i) => (i === 3 ? { ...v, naam: 'Een nieuwe naam' } : i === 4 ? { ...v, bijgewerkt: '2026-11-02' } : v)),
    );
  });

  test('geen werkboek: een melding in woorden', async () => {
    await expect(xlsxNaarBladen(new TextEncoder().encode('id;naam\r\nx;y\r\n'))).rejects.toThrow(GeenXlsxFout);
    await expect(xlsxNaarBladen(new TextEncoder().encode('id;naam'))).rejects.toThrow(/geen Excel-werkboek \(\.xlsx\)/);
    await expect(xlsxNaarBladen(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(GeenXlsxFout);
  });
});
