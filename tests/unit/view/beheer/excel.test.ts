/**
 * The beheer page's Excel as the browser runs it (Blob in, Blob out), in Node: the editor's items of voorbeeldregio
 * and kleinstad (with references to the landelijke basis) come back exactly; one changed cell changes one field;
 * a broken file lists its errors by sheet, row and column and gives no items.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bouwBasis } from '../../../../src/domain/bouwen.ts';
import type { VoorzieningItem } from '../../../../src/domain/import/basis-terug.ts';
import { leesMap } from '../../../../src/io/data.ts';
import { bladenNaarXlsx, xlsxNaarBladen } from '../../../../src/io/excel.ts';
import { bestandsnaam, leesExcel, maakExcel, type ExcelContext } from '../../../../src/view/beheer/excel.ts';
import { VANDAAG } from '../../maak.ts';

const json = (pad: string) => JSON.parse(readFileSync(pad, 'utf8'));
const { basis } = bouwBasis(leesMap('data/_basis'), VANDAAG);
const context = (id: string): ExcelContext => ({ regioId: id, regio: json(`data/${id}/regio.json`), voorzieningen: json(`data/${id}/voorzieningen.json`).voorzieningen, basis });

async function heenEnTerug(ctx: ExcelContext, bewerk?: (bladen: Awaited<ReturnType<typeof xlsxNaarBladen>>) => void) {
  const gemaakt = await maakExcel(ctx);
  if (!gemaakt.ok) throw new Error(gemaakt.fouten.join('\n'));
  let blob = gemaakt.blob;
  if (bewerk) {
    const bladen = await xlsxNaarBladen(await blob.arrayBuffer());
    bewerk(bladen);
    blob = new Blob([(await bladenNaarXlsx(bladen)) as BlobPart]);
  }
  return { naam: gemaakt.naam, gelezen: await leesExcel(blob, ctx, VANDAAG) };
}

describe('Excel in beheer', () => {
  test.each(['voorbeeldregio', 'kleinstad'])('%s: download en weer inlezen geeft precies dezelfde items', async (id) => {
    const ctx = context(id);
    const { naam, gelezen } = await heenEnTerug(ctx);
    expect(naam).toBe(`${id}-voorzieningen.xlsx`);
    expect(gelezen).toEqual({ ok: true, voorzieningen: ctx.voorzieningen, waarschuwingen: expect.any(Array) });
    // The build's warnings come along, by sheet, row and column too.
    for (const w of (gelezen as { waarschuwingen: string[] }).waarschuwingen) expect(w).toMatch(/^Blad "Voorzieningen", rij \d+, kolom "(bijgewerkt|beschikbaar.tot)" \([TW]\): /);
  });

  test('één cel veranderd: precies dat veld', async () => {
    const ctx = context('voorbeeldregio');
    const { gelezen } = await heenEnTerug(ctx, (bladen) => {
      const rijen = bladen[0]!.rijen;
      rijen[2]![rijen[0]!.indexOf('toegang')] = 'Bel het wijkteam.';
    });
    expect(gelezen.ok).toBe(true);
    const verwacht = ctx.voorzieningen.map((v, i) => (i === 1 ? { ...v, toegang: 'Bel het wijkteam.' } : v));
    expect(gelezen.ok && gelezen.voorzieningen).toEqual(verwacht);
  });

  test('een fout: geen items, elke melding met blad, rij en kolom; een gemeente buiten de regio wordt ook gevonden', async () => {
    const ctx = context('voorbeeldregio');
    const { gelezen } = await heenEnTerug(ctx, (bladen) => {
      const rijen = bladen[0]!.rijen;
      rijen[6]![rijen[0]!.indexOf('niveau')] = 'extra-stuen';
      rijen[3]![rijen[0]!.indexOf('gemeenten')] = 'Nergenshuizen';
    });
    expect(gelezen).toEqual({
      ok: false,
      waarschuwingen: expect.any(Array),
      fouten: [expect.stringMatching(/^Blad "Voorzieningen", rij 7, kolom "niveau" \(D\): onbekende waarde/)],
    });
    const { gelezen: tweede } = await heenEnTerug(ctx, (bladen) => {
      const rijen = bladen[0]!.rijen;
      rijen[3]![rijen[0]!.indexOf('gemeenten')] = 'Nergenshuizen';
    });
    expect(tweede.ok).toBe(false);
    expect(!tweede.ok && tweede.fouten).toEqual([expect.stringMatching(/^Blad "Voorzieningen", rij 4, kolom "gemeenten" \(R\): .*"Nergenshuizen"/)]);
  });

  test('geen .xlsx, of een item dat nog niet klopt: een melding in woorden', async () => {
    const ctx = context('voorbeeldregio');
    expect(await leesExcel(new Blob(['id;naam']), ctx)).toEqual({ ok: false, fouten: [expect.stringMatching(/^dit is geen Excel-werkboek/)], waarschuwingen: [] });
    const kapot = { ...ctx, voorzieningen: [{ ...ctx.voorzieningen[0]!, naam: '' } as VoorzieningItem] };
    expect(await maakExcel(kapot)).toEqual({ ok: false, fouten: [expect.stringMatching(/^voorzieningen\.json › voorzieningen\[0\]: .*heeft nog fouten; herstel die eerst$/)] });
    expect(await maakExcel({ ...context('kleinstad'), basis: undefined })).toMatchObject({ ok: false, fouten: expect.arrayContaining([expect.stringContaining('komt uit de landelijke basis')]) });
  });

  test('de bestandsnaam zonder regio-id komt uit de naam van de regio', () => {
    expect(bestandsnaam({ regio: { ...context('voorbeeldregio').regio, naam: 'Regio Lindewaard & Beekveld' } })).toBe('regio-lindewaard-beekveld-voorzieningen.xlsx');
  });
});
