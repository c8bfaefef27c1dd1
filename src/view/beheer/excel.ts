/**
 * The beheer page's Excel, in the browser: the region's voorzieningen (the items of voorzieningen.json as the editor
 * holds them) to an .xlsx download, and an edited .xlsx back to items — checked with the rules of `npm run import`.
 * Nothing leaves the browser: the file is made and read here (src/io/excel.ts, the libraries' universal entries).
 */
import { GEEN_BASIS, isBasisVerwijzing, resolveBasis, type Basis } from '../../domain/basis.ts';
import type { Bestanden } from '../../domain/bouwen.ts';
import { voorzieningenNaarBladen } from '../../domain/export/excel.ts';
import type { VoorzieningItem } from '../../domain/import/basis-terug.ts';
import { importeerExcel } from '../../domain/import/importeren.ts';
import { formatFout, type DataFout } from '../../domain/fouten.ts';
import type { Regio } from '../../domain/schema/regio.ts';
import { basisVerwijzingSchema, voorzieningSchema, type Voorziening } from '../../domain/schema/voorziening.ts';
import { bladenNaarXlsx, GeenXlsxFout, xlsxNaarBladen } from '../../io/excel.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExcelContext {
  /** The items of voorzieningen.json now: whole voorzieningen, or references to the landelijke basis. */
  voorzieningen: readonly VoorzieningItem[];
  /** regio.json as the editor holds it. */
  regio: Regio;
  /** The region's id (its folder name), for the file name and the messages; "regio" when unknown. */
  regioId?: string;
  /** The region's other files (doelgroepen.json, routes.json…): with them the read voorzieningen get every check of the build, routes too. */
  bestanden?: Bestanden;
  /** The landelijke basis, to write and keep the items that refer to it. */
  basis?: Basis;
}

/** The items as whole voorzieningen, as a spreadsheet shows them; an item that is not valid (yet) is an error. */
function heleVoorzieningen({ voorzieningen, basis = GEEN_BASIS }: ExcelContext): { voorzieningen: Voorziening[]; fouten: string[] } {
  const fouten: DataFout[] = [];
  const uit: Voorziening[] = [];
  voorzieningen.forEach((item, i) => {
    const pad = `voorzieningen[${i}]`;
    if (isBasisVerwijzing(item)) {
      const verwijzing = basisVerwijzingSchema.safeParse(item);
      const samen = verwijzing.success ? resolveBasis('voorzieningen.json', pad, verwijzing.data, basis, fouten) : undefined;
      if (samen) uit.push(samen.voorziening);
      else if (!verwijzing.success) fouten.push({ bestand: 'voorzieningen.json', pad, melding: 'deze verwijzing naar de landelijke basis klopt nog niet; herstel haar eerst', ernst: 'fout' });
      return;
    }
    const result = voorzieningSchema.safeParse(item);
    if (result.success) uit.push(result.data);
    else fouten.push({ bestand: 'voorzieningen.json', pad, melding: `"${(item as { naam?: string }).naam || (item as { id?: string }).id || `voorziening ${i + 1}`}" heeft nog fouten; herstel die eerst`, ernst: 'fout' });
  });
  return { voorzieningen: uit, fouten: fouten.map(formatFout) };
}

/** "Regio Lindewaard" → "regio-lindewaard-voorzieningen.xlsx". */
export function bestandsnaam(context: Pick<ExcelContext, 'regio' | 'regioId'>): string {
  const basisNaam = context.regioId ?? context.regio.naam.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${basisNaam || 'regio'}-voorzieningen.xlsx`;
}

/** The workbook of the voorzieningen, or why it cannot be made yet. */
export async function maakExcel(context: ExcelContext): Promise<{ ok: true; blob: Blob; naam: string } | { ok: false; fouten: string[] }> {
  const { voorzieningen, fouten } = heleVoorzieningen(context);
  if (fouten.length) return { ok: false, fouten };
  const bytes = await bladenNaarXlsx(voorzieningenNaarBladen(voorzieningen, { gemeenten: context.regio.gemeenten }));
  return { ok: true, blob: new Blob([bytes as BlobPart], { type: XLSX_TYPE }), naam: bestandsnaam(context) };
}

export type ExcelGelezen =
  | { ok: true; voorzieningen: VoorzieningItem[]; waarschuwingen: string[] }
  | { ok: false; fouten: string[]; waarschuwingen: string[] };

/**
 * An .xlsx file as the new items of voorzieningen.json, with the checks of `npm run import`; on any error the items
 * are not given, and every message names sheet, row and column.
 */
export async function leesExcel(bestand: Blob, context: ExcelContext, vandaag = new Date()): Promise<ExcelGelezen> {
  let bladen;
  try {
    bladen = await xlsxNaarBladen(await bestand.arrayBuffer());
  } catch (error) {
    if (error instanceof GeenXlsxFout) return { ok: false, fouten: [error.message], waarschuwingen: [] };
    throw error;
  }
  const regioId = context.regioId ?? 'regio';
  const huidig = `${JSON.stringify({ voorzieningen: context.voorzieningen })}\n`;
  const regio: Bestanden = new Map(context.bestanden ?? [['regio.json', JSON.stringify(context.regio)]]).set('voorzieningen.json', huidig);
  const resultaat = importeerExcel({ regioId, regio, basis: context.basis ?? GEEN_BASIS, bladen, vandaag, alleenVoorzieningen: !context.bestanden });
  const fouten = [...resultaat.fouten, ...resultaat.locatieFouten];
  if (fouten.length || !resultaat.items) return { ok: false, fouten, waarschuwingen: resultaat.waarschuwingen };
  return { ok: true, voorzieningen: resultaat.items, waarschuwingen: resultaat.waarschuwingen };
}
