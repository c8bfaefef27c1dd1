/**
 * Reading voorzieningen back from the rows of an .xlsx workbook (src/domain/export/excel.ts writes them; src/io/excel.ts
 * turns the file into rows). Pure: rows in, voorzieningen or errors out. Each row goes through the very checks of the
 * CSV import (voorzieningenUitRecords), so the rules and the Dutch messages are the same; every error names the
 * sheet, the row as Excel numbers it, and the column by its name and letter.
 */
import { lijstNaarCel, CSV_KOLOMMEN, LIJST_SCHEIDING } from '../export/csv.ts';
import { BLAD_LOCATIES, BLAD_VOORZIENINGEN, kolomLetter, type Blad, type Cel } from '../export/excel.ts';
import type { Voorziening } from '../schema/voorziening.ts';
import { closest } from '../suggest.ts';
import { locatiesUitRecords, voegLocatiesToe, voorzieningenUitRecords, type CsvFout, type CsvRecord, type RijenBron } from './csv.ts';

export interface ExcelFout {
  blad?: string;
  /** Row number as Excel shows it; the column names are row 1. */
  rij?: number;
  /** Name of the column (its cell in row 1). */
  kolom?: string;
  /** Letter of the column, A for the first. */
  letter?: string;
  melding: string;
}

/** `Blad "Voorzieningen", rij 7, kolom "niveau" (D): onbekende waarde …` */
export function formatExcelFout({ blad, rij, kolom, letter, melding }: ExcelFout): string {
  const plaats = [
    blad !== undefined ? `Blad "${blad}"` : '',
    rij !== undefined ? `rij ${rij}` : '',
    kolom !== undefined ? `kolom "${kolom}"${letter ? ` (${letter})` : ''}` : letter ? `kolom ${letter}` : '',
  ].filter(Boolean);
  return plaats.length ? `${plaats.join(', ')}: ${melding}` : melding;
}

const LIJST_KOLOMMEN = new Map(CSV_KOLOMMEN.filter((k) => k.lijst).map((k) => [k.kop, k]));
const DATUM_KOLOMMEN = new Set(CSV_KOLOMMEN.filter((k) => k.datum).map((k) => k.kop));

const twee = (n: number) => String(n).padStart(2, '0');

/** A date cell as the CSV import reads a date: dd-mm-jjjj. Excel's dates are days without a time zone, kept as UTC. */
function datumTekst(datum: Date): string {
  return `${twee(datum.getUTCDate())}-${twee(datum.getUTCMonth() + 1)}-${datum.getUTCFullYear()}`;
}

/** Excel counts days from 30-12-1899; a date cell whose format the reader did not know comes as that number. */
function serieelNaarDatum(getal: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(getal) * 86_400_000);
}

/** Items of an .xlsx list cell: "a; b" as the export writes it, or "a | b" as in the CSV; \; and \| are the characters. */
export function lijstUitExcelCel(cel: string): string[] {
  if (cel.trim() === '') return [];
  return cel.split(/(?<!\\)[;|]/).map((item) => item.replaceAll('\\;', ';').replaceAll('\\|', '|').trim());
}

/** One cell as the text the CSV checks read: lists in the CSV's own form, dates as dd-mm-jjjj, numbers as written. */
function celTekst(cel: Cel | undefined, kop: string): string {
  if (cel === null || cel === undefined) return '';
  if (cel instanceof Date) return datumTekst(cel);
  if (typeof cel === 'number') return DATUM_KOLOMMEN.has(kop) && Number.isInteger(cel) && cel > 0 ? datumTekst(serieelNaarDatum(cel)) : String(cel);
  if (typeof cel === 'boolean') return cel ? 'WAAR' : 'ONWAAR';
  const lijst = LIJST_KOLOMMEN.get(kop);
  return lijst ? lijstNaarCel(lijstUitExcelCel(cel), lijst.scheiding ?? LIJST_SCHEIDING) : cel;
}

const leeg = (cel: Cel | undefined) => cel === null || cel === undefined || (typeof cel === 'string' && cel.trim() === '');

/**
 * A sheet as the records the CSV checks take: the names in row 1, then every row by its Excel number. A filled
 * cell in a column without a name cannot be read, and is an error of its own.
 */
function recordsVan(blad: Blad, fouten: ExcelFout[]): { kop: CsvRecord; rest: CsvRecord[]; koppen: string[] } {
  const [eerste = [], ...rest] = blad.rijen;
  const koppen = eerste.map((cel) => (cel === null ? '' : String(cel).trim()));
  const records = rest.map((rij, i): CsvRecord => {
    const nummer = i + 2;
    rij.forEach((cel, kolom) => {
      if (!koppen[kolom] && !leeg(cel)) {
        fouten.push({ blad: blad.naam, rij: nummer, letter: kolomLetter(kolom), melding: 'deze cel staat in een kolom zonder naam in rij 1; zet de kolomnaam erboven of haal de cel weg' });
      }
    });
    return { rij: nummer, velden: koppen.map((kop, kolom) => celTekst(rij[kolom], kop)) };
  });
  return { kop: { rij: 1, velden: koppen }, rest: records, koppen };
}

/** A problem of the CSV checks, placed in its sheet with the column's letter. */
function opBlad(blad: string, koppen: readonly string[]) {
  return ({ rij, kolom, melding }: CsvFout): ExcelFout => {
    const index = kolom === undefined ? -1 : koppen.indexOf(kolom);
    return { blad, ...(rij !== undefined && { rij }), ...(kolom !== undefined && { kolom }), ...(index >= 0 && { letter: kolomLetter(index) }), melding };
  };
}

const BRON: RijenBron & { locatieSjabloon: string } = {
  sjabloon: 'de kolomnamen van een download met "Download als Excel (.xlsx)"',
  locatieSjabloon: `de kolomnamen van het blad "${BLAD_LOCATIES}" uit "Download als Excel (.xlsx)"`,
  voorzieningen: `het blad "${BLAD_VOORZIENINGEN}"`,
  formules: false,
};

function zoekBlad(bladen: readonly Blad[], naam: string): Blad | undefined {
  return bladen.find((b) => b.naam.trim().toLowerCase() === naam.toLowerCase());
}

export interface ExcelImport {
  voorzieningen: Voorziening[];
  fouten: ExcelFout[];
  /** Excel row of each voorziening, in order, for messages about later checks. */
  rijen: number[];
  /** Whether the workbook has a Locaties sheet: then it holds every address; without it, the old ones stay. */
  metLocaties: boolean;
  /** Per voorziening id, the Excel rows of its addresses on the Locaties sheet. */
  locatieRijen: Map<string, number[]>;
}

/** The workbook's sheets (any order; Uitleg and other sheets are not read) as voorzieningen with their locaties. */
export function voorzieningenUitBladen(bladen: readonly Blad[]): ExcelImport {
  const resultaat: ExcelImport = { voorzieningen: [], fouten: [], rijen: [], metLocaties: false, locatieRijen: new Map() };
  const blad = zoekBlad(bladen, BLAD_VOORZIENINGEN);
  if (!blad) {
    const namen = bladen.map((b) => b.naam);
    const suggestie = closest(BLAD_VOORZIENINGEN, namen);
    resultaat.fouten.push({
      melding: `het werkboek heeft geen blad "${BLAD_VOORZIENINGEN}"${suggestie ? `; bedoel je "${suggestie}"? Geef het die naam` : namen.length ? ` (wel: ${namen.map((n) => `"${n}"`).join(', ')}); geef het blad met de voorzieningen die naam` : ''}`,
    });
    return resultaat;
  }
  if (blad.rijen.every((rij) => rij.every(leeg))) {
    resultaat.fouten.push({ blad: blad.naam, melding: `het blad is leeg; de eerste rij moet de kolomnamen bevatten, zoals in ${BRON.sjabloon}` });
    return resultaat;
  }
  const { kop, rest, koppen } = recordsVan(blad, resultaat.fouten);
  const gelezen = voorzieningenUitRecords(kop, rest, BRON);
  resultaat.fouten.push(...gelezen.fouten.map(opBlad(blad.naam, koppen)));
  resultaat.voorzieningen = gelezen.voorzieningen;
  resultaat.rijen = gelezen.rijen;

  const locatieBlad = zoekBlad(bladen, BLAD_LOCATIES);
  if (!locatieBlad) return resultaat;
  resultaat.metLocaties = true;
  // An empty sheet (not even the column names) means: no addresses.
  if (locatieBlad.rijen.every((rij) => rij.every(leeg))) {
    resultaat.voorzieningen = voegLocatiesToe(resultaat.voorzieningen, [], BRON).voorzieningen;
    return resultaat;
  }
  const locatieFouten: ExcelFout[] = [];
  const l = recordsVan(locatieBlad, locatieFouten);
  const locaties = locatiesUitRecords(l.kop, l.rest, BRON);
  const samen = voegLocatiesToe(resultaat.voorzieningen, locaties.rijen, BRON);
  const naarBlad = opBlad(locatieBlad.naam, l.koppen);
  // A voorziening whose own row failed is not read: its addresses would all be "not on the sheet" as well.
  resultaat.fouten.push(...locatieFouten, ...locaties.fouten.map(naarBlad), ...(resultaat.fouten.length ? [] : samen.fouten.map(naarBlad)));
  resultaat.voorzieningen = samen.voorzieningen;
  resultaat.locatieRijen = samen.rijNummers;
  return resultaat;
}
