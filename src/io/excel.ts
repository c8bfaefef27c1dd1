/**
 * .xlsx bytes ↔ sheets of rows, through read-excel-file and write-excel-file (catamphetamine; MIT, small, on fflate).
 * Both are used by their "universal" entry: the same code in Node (the cli) and in the browser (src/view/beheer/excel.ts).
 * Their "browser" entries unzip and zip in Web Workers started from blob: URLs, which the site's Content-Security-Policy
 * (worker-src falls back to script-src 'self') refuses; a region's workbook is small enough to pack on the main thread.
 * No node: imports here, so the browser bundle can take this module as it is.
 */
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import type { Blad, Cel } from '../domain/export/excel.ts';

/** What Excel shows for a date cell in a Dutch locale. */
const DATUM_FORMAAT = 'dd-mm-yyyy';

function schrijfCel(cel: Cel, kop: boolean): Cell {
  if (cel instanceof Date) return { value: cel, type: Date, format: DATUM_FORMAAT };
  if (cel === null) return null;
  // Text stays text: write-excel-file never makes a formula of a string, so "=1+1" is safe as it is.
  return kop ? { value: cel, fontWeight: 'bold' } : cel;
}

/** The workbook as bytes: the first row of each sheet bold and fixed at the top. */
export async function bladenNaarXlsx(bladen: readonly Blad[]): Promise<Uint8Array> {
  const sheets = bladen.map((blad) => ({
    sheet: blad.naam,
    data: blad.rijen.map((rij, i) => rij.map((cel) => schrijfCel(cel, i === 0))) as SheetData,
    stickyRowsCount: 1,
    ...(blad.breedtes && { columns: blad.breedtes.map((width) => ({ width })) }),
  }));
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** The reason an .xlsx could not be read at all, in the words of the import's messages. */
export class GeenXlsxFout extends Error {}

/**
 * Every sheet of the workbook with its rows, cells as written: no trimming (the schemas trim what they check, and
 * a text should come back as it went), dates as Date.
 */
export async function xlsxNaarBladen(bytes: Uint8Array | ArrayBuffer): Promise<Blad[]> {
  const buffer = bytes instanceof Uint8Array ? bytes.slice().buffer : bytes;
  try {
    const sheets = await readXlsxFile(buffer, { trim: false });
    return sheets.map(({ sheet, data }) => ({ naam: sheet, rijen: data as unknown as Cel[][] }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new GeenXlsxFout(
      code === 'NO_DATA'
        ? 'het bestand is leeg'
        : 'dit is geen Excel-werkboek (.xlsx) dat te lezen is; sla het in Excel op als "Excel-werkmap (*.xlsx)" (niet .xls of .csv) en probeer het opnieuw',
      { cause: error },
    );
  }
}
