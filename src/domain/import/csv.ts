/**
 * Reading voorzieningen from a spreadsheet saved as CSV (Excel: "CSV UTF-8 (gescheiden door komma's)" in a Dutch
 * locale writes `;`, a BOM and dd-mm-jjjj dates). Pure: text in, voorzieningen or errors out. Every error names
 * the row as the spreadsheet numbers it (the header is row 1) and the column by its header.
 */
import type { z } from 'zod';
import { CSV_KOLOMMEN, FORMULE_BEGIN, GEMEENTEN_SCHEIDING, LIJST_SCHEIDING, LOCATIE_KOLOMMEN } from '../export/csv.ts';
import { dutchErrorMap } from '../fouten.ts';
import { locatieSchema, voorzieningSchema, type Locatie, type Voorziening } from '../schema/voorziening.ts';
import { closest } from '../suggest.ts';

export interface CsvFout {
  /** Row number as the spreadsheet shows it; the header is row 1. */
  rij?: number;
  /** Header of the column. */
  kolom?: string;
  melding: string;
}

export function formatCsvFout({ rij, kolom, melding }: CsvFout): string {
  const plaats = [rij !== undefined ? `rij ${rij}` : '', kolom !== undefined ? `kolom '${kolom}'` : ''].filter(Boolean).join(', ');
  return plaats ? `${plaats}: ${melding}` : melding;
}

export interface CsvRecord {
  rij: number;
  velden: string[];
}

/**
 * RFC 4180 with the separator of the file: fields in double quotes may hold the separator, line breaks and `""`
 * for a quote. Records are counted, not lines, so a cell with a line break does not shift the row numbers.
 */
export function leesCsv(tekst: string, scheiding = ';'): { records: CsvRecord[]; fouten: (CsvFout & { cel?: number })[] } {
  const records: CsvRecord[] = [];
  const fouten: (CsvFout & { cel?: number })[] = [];
  let velden: string[] = [];
  let veld = '';
  let inQuotes = false;
  let naQuote = false;
  let i = 0;
  const einde = () => {
    velden.push(veld);
    records.push({ rij: records.length + 1, velden });
    velden = [];
    veld = '';
    naQuote = false;
  };
  while (i < tekst.length) {
    const c = tekst[i];
    if (inQuotes) {
      if (c === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        inQuotes = false;
        naQuote = true;
      } else if (c === '\r' && tekst[i + 1] === '\n') {
        veld += '\n';
        i++;
      } else {
        veld += c;
      }
      i++;
      continue;
    }
    if (c === scheiding) {
      velden.push(veld);
      veld = '';
      naQuote = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && tekst[i + 1] === '\n') i++;
      einde();
    } else if (c === '"' && veld === '' && !naQuote) {
      inQuotes = true;
    } else {
      if (naQuote) {
        fouten.push({
          rij: records.length + 1,
          cel: velden.length + 1,
          melding: `na het afsluitende aanhalingsteken staat nog tekst; zet de hele cel tussen aanhalingstekens en schrijf een " in de tekst als ""`,
        });
        naQuote = false;
      }
      veld += c;
    }
    i++;
  }
  if (inQuotes) {
    fouten.push({
      rij: records.length + 1,
      melding: 'een aanhalingsteken (") wordt geopend maar nergens gesloten; de rest van het bestand is daardoor één cel. Sluit de cel af met "',
    });
  }
  if (veld !== '' || velden.length > 0) einde();
  return { records, fouten };
}

const DATUM_NL = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** dd-mm-jjjj (also d-m-jjjj, with / or .) → JJJJ-MM-DD; JJJJ-MM-DD stays. Anything else is returned as written. */
export function datumUitNl(waarde: string): string {
  const match = DATUM_NL.exec(waarde);
  if (!match) return waarde;
  return `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

/** Items of a list cell: split on `|` (not on `\|`), trimmed. */
export function lijstUitCel(cel: string): string[] {
  if (cel.trim() === '') return [];
  return cel.split(/(?<!\\)\|/).map((item) => item.replaceAll(`\\${LIJST_SCHEIDING}`, LIJST_SCHEIDING).trim());
}

/** The gemeenten cell: "Heerlen; Sittard-Geleen" as the export writes it, or with `|` like the other list cells. */
export function gemeentenUitCel(cel: string): string[] {
  if (cel.trim() === '') return [];
  return cel
    .split(/(?<!\\)[;|]/)
    .map((item) => item.replaceAll(`\\${GEMEENTEN_SCHEIDING}`, GEMEENTEN_SCHEIDING).replaceAll(`\\${LIJST_SCHEIDING}`, LIJST_SCHEIDING).trim())
    .filter(Boolean);
}

function lijstVan(kolom: string, cel: string): string[] {
  return kolom === 'gemeenten' ? gemeentenUitCel(cel) : lijstUitCel(cel);
}

/** Undo the export's guard against formulas: one leading apostrophe before = + - @. */
function zonderFormuleBeveiliging(cel: string): string {
  return FORMULE_BEGIN.test(cel) && cel.startsWith("'") ? cel.slice(1) : cel;
}

/**
 * Where the rows come from, in the words of the messages: a CSV file, or a sheet of an .xlsx workbook
 * (src/domain/import/excel.ts feeds its rows through the same checks).
 */
export interface RijenBron {
  /** What to start from when a column is missing. */
  sjabloon: string;
  /** The rows of voorzieningen, as the locaties messages name them. */
  voorzieningen: string;
  /** Whether cells carry the export's apostrophe before = + - @ (CSV only: an .xlsx cell is text by its type). */
  formules: boolean;
}

export const CSV_BRON: RijenBron = { sjabloon: 'docs/sjabloon-voorzieningen.csv', voorzieningen: 'voorzieningen.csv', formules: true };
const LOCATIES_SJABLOON = 'docs/sjabloon-locaties.csv';

const KOPPEN = CSV_KOLOMMEN.map((k) => k.kop);
/** Without these a row can never be valid; one message about the header beats the same message on every row. */
export const VERPLICHTE_KOPPEN: readonly string[] = ['id', 'naam', 'omschrijving', 'niveau', 'periode.van', 'aanbieders.naam', 'toegang', 'bijgewerkt'];
const AANBIEDER_VELDEN = ['website', 'telefoon', 'email'] as const;

/** Which column a zod issue path belongs to: ["aanbieders", 0, "email"] → "aanbieders.email". */
export function kolomVanPad(path: readonly PropertyKey[]): string {
  const namen = path.filter((p): p is string => typeof p === 'string');
  if (namen.length === 0) return 'id';
  if (namen[0] === 'aanbieders') return `aanbieders.${namen[1] ?? 'naam'}`;
  if (namen[0] === 'periode') return `periode.${namen[1] ?? 'van'}`;
  if (namen[0] === 'beschikbaar') return `beschikbaar.${namen[1] ?? 'van'}`;
  return namen[0]!;
}

/** What the author wrote in that cell (or that item of a list cell), to quote in the message. */
function geschreven(rij: Map<string, string>, path: readonly PropertyKey[], kolom: string): string | undefined {
  const cel = rij.get(kolom);
  if (cel === undefined) return undefined;
  const index = path.find((p): p is number => typeof p === 'number');
  if (index !== undefined && CSV_KOLOMMEN.find((k) => k.kop === kolom)?.lijst) return lijstVan(kolom, cel)[index];
  return cel;
}

function aanbieders(rij: Map<string, string>, rijNummer: number, fouten: CsvFout[]): Voorziening['aanbieders'] {
  const namen = lijstUitCel(rij.get('aanbieders.naam') ?? '');
  const perVeld = Object.fromEntries(AANBIEDER_VELDEN.map((veld) => [veld, lijstUitCel(rij.get(`aanbieders.${veld}`) ?? '')]));
  for (const veld of AANBIEDER_VELDEN) {
    if (perVeld[veld]!.length > namen.length) {
      fouten.push({
        rij: rijNummer,
        kolom: `aanbieders.${veld}`,
        melding: `${perVeld[veld]!.length} waarden, maar 'aanbieders.naam' noemt ${namen.length} ${namen.length === 1 ? 'aanbieder' : 'aanbieders'}; zet de waarden in dezelfde volgorde als de namen, gescheiden door | (een lege plek mag)`,
      });
    }
  }
  return namen.map((naam, i) => {
    const aanbieder: Record<string, string> = { naam };
    for (const veld of AANBIEDER_VELDEN) {
      const waarde = perVeld[veld]![i];
      if (waarde) aanbieder[veld] = waarde;
    }
    return aanbieder as Voorziening['aanbieders'][number];
  });
}

/** One row as the object voorzieningen.json would hold; empty cells are left out. */
function voorzieningUitRij(rij: Map<string, string>, rijNummer: number, fouten: CsvFout[]): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const kolom of CSV_KOLOMMEN) {
    const cel = rij.get(kolom.kop);
    if (kolom.kop.startsWith('aanbieders.')) {
      if (kolom.kop === 'aanbieders.naam') uit.aanbieders = aanbieders(rij, rijNummer, fouten);
      continue;
    }
    if (kolom.kop === 'kenmerken') {
      uit.kenmerken = lijstUitCel(cel ?? '').filter(Boolean);
      continue;
    }
    if (cel === undefined || cel.trim() === '') continue;
    if (kolom.kop.startsWith('periode.')) {
      uit.periode = { ...(uit.periode as object | undefined), [kolom.kop.slice('periode.'.length)]: cel.trim() };
    } else if (kolom.kop.startsWith('beschikbaar.')) {
      uit.beschikbaar = { ...(uit.beschikbaar as object | undefined), [kolom.kop.slice('beschikbaar.'.length)]: datumUitNl(cel.trim()) };
    } else if (kolom.lijst) {
      uit[kolom.kop] = lijstVan(kolom.kop, cel).filter(Boolean);
    } else if (kolom.kop === 'bijgewerkt') {
      uit.bijgewerkt = datumUitNl(cel.trim());
    } else {
      uit[kolom.kop] = kolom.kop === 'id' || kolom.kop === 'niveau' ? cel.trim() : cel;
    }
  }
  return uit;
}

function kopFouten(koppen: string[], bron: RijenBron): CsvFout[] {
  const fouten: CsvFout[] = [];
  const gezien = new Set<string>();
  koppen.forEach((kop) => {
    if (kop === '') return;
    if (!KOPPEN.includes(kop)) {
      const suggestie = closest(kop, KOPPEN);
      fouten.push({
        rij: 1,
        kolom: kop,
        melding: `onbekende kolom${suggestie ? `; bedoel je '${suggestie}'?` : ''} Toegestaan: ${KOPPEN.join(', ')}`,
      });
    } else if (gezien.has(kop)) {
      fouten.push({ rij: 1, kolom: kop, melding: `deze kolom staat twee keer in de kopregel (ook in kolom ${koppen.indexOf(kop) + 1}); haal er één weg` });
    }
    gezien.add(kop);
  });
  for (const kop of VERPLICHTE_KOPPEN) {
    if (!gezien.has(kop)) fouten.push({ rij: 1, kolom: kop, melding: `deze kolom ontbreekt in de kopregel; elke voorziening heeft haar nodig. Begin met ${bron.sjabloon}` });
  }
  return fouten;
}

export interface CsvImport {
  voorzieningen: Voorziening[];
  fouten: CsvFout[];
  /** Row number of each voorziening, in order, for messages about later checks. */
  rijen: number[];
}

/**
 * Bytes from disk to text. Excel's plain "CSV" (not "CSV UTF-8") is Windows-1252; rather than refuse it we read it
 * as such and say so, because é and ë would otherwise come out garbled.
 */
export function decodeerCsv(bytes: Uint8Array): { tekst: string; waarschuwing?: string } {
  try {
    return { tekst: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      tekst: new TextDecoder('windows-1252').decode(bytes),
      waarschuwing: 'het bestand is geen UTF-8; gelezen als Windows-1252 (Excel "CSV"). Sla het voortaan op als "CSV UTF-8" en kijk of letters als é en ë goed zijn overgekomen',
    };
  }
}

/** The whole file: header row of field names, then one voorziening per row. */
export function voorzieningenUitCsv(invoer: string): CsvImport {
  const tekst = invoer.charCodeAt(0) === 0xfeff ? invoer.slice(1) : invoer;
  const eersteRegel = tekst.slice(0, tekst.search(/\r?\n|$/));
  const scheiding = eersteRegel.includes(';') || !eersteRegel.includes(',') ? ';' : ',';
  const gelezen = leesCsv(tekst, scheiding);
  const { records } = gelezen;
  const [kop, ...rest] = records;
  if (!kop || kop.velden.every((v) => v.trim() === '')) {
    return { voorzieningen: [], rijen: [], fouten: [{ melding: 'het bestand is leeg; de eerste rij moet de kolomnamen bevatten, zoals in docs/sjabloon-voorzieningen.csv' }] };
  }
  const koppen = kop.velden.map((k) => k.trim());
  const fouten: CsvFout[] = gelezen.fouten.map(({ cel, ...f }) => (cel === undefined ? f : { ...f, kolom: koppen[cel - 1] ?? `${cel}e cel` }));
  // A broken header row (an unclosed quote) leaves nothing to read the rows by.
  const uit = voorzieningenUitRecords(kop, fouten.some((f) => f.rij === 1) ? [] : rest);
  return { ...uit, fouten: [...fouten, ...uit.fouten] };
}

/**
 * The rows after the header (record 1, the field names) as voorzieningen: each row checked against the schema of
 * voorzieningen.json, every problem by row and column header.
 */
export function voorzieningenUitRecords(kop: CsvRecord, rest: readonly CsvRecord[], bron: RijenBron = CSV_BRON): CsvImport {
  const koppen = kop.velden.map((k) => k.trim());
  const fouten = kopFouten(koppen, bron);
  if (fouten.length) return { voorzieningen: [], rijen: [], fouten };
  const cel = (waarde: string) => (bron.formules ? zonderFormuleBeveiliging(waarde) : waarde);

  const voorzieningen: Voorziening[] = [];
  const rijen: number[] = [];
  const ids = new Map<string, number>();
  for (const record of rest) {
    if (record.velden.every((v) => v.trim() === '')) continue; // Excel leaves empty rows at the end
    if (record.velden.length > koppen.length && record.velden.slice(koppen.length).some((v) => v.trim() !== '')) {
      fouten.push({
        rij: record.rij,
        melding: `${record.velden.length} cellen, maar de kopregel heeft ${koppen.length} kolommen; staat er ergens een ; te veel, of een cel zonder aanhalingstekens om een ;?`,
      });
      continue;
    }
    const rij = new Map(koppen.map((k, i) => [k, cel(record.velden[i] ?? '')]));
    const rijFouten: CsvFout[] = [];
    const kandidaat = voorzieningUitRij(rij, record.rij, rijFouten);
    const result = voorzieningSchema.safeParse(kandidaat, { error: dutchErrorMap, reportInput: true });
    if (!result.success) {
      const gemeld = new Set<string>();
      for (const issue of result.error.issues as z.core.$ZodIssue[]) {
        // One message per cell (or list item): "gisteren" is not a date, whether or not it exists.
        const plek = issue.path.join('.');
        if (gemeld.has(plek)) continue;
        gemeld.add(plek);
        const kolom = kolomVanPad(issue.path);
        const waarde = geschreven(rij, issue.path, kolom)?.trim();
        const kreeg = waarde && !issue.message.includes('kreeg') && !issue.message.includes(waarde) ? ` (kreeg "${waarde}")` : '';
        // The schema asks for JJJJ-MM-DD; in a spreadsheet the author writes (and Excel shows) dd-mm-jjjj.
        const datumKolom = kolom === 'bijgewerkt' || kolom.startsWith('beschikbaar.');
        const melding = datumKolom && issue.message.startsWith('moet een datum') ? 'moet een datum zijn als dd-mm-jjjj, zoals 01-09-2026' : issue.message;
        rijFouten.push({ rij: record.rij, kolom, melding: `${melding}${kreeg}` });
      }
    }
    fouten.push(...rijFouten);
    if (result.success && rijFouten.length === 0) {
      const eerder = ids.get(result.data.id);
      if (eerder !== undefined) {
        fouten.push({ rij: record.rij, kolom: 'id', melding: `id "${result.data.id}" staat ook in rij ${eerder}; geef elke voorziening een eigen id` });
        continue;
      }
      ids.set(result.data.id, record.rij);
      voorzieningen.push(result.data);
      rijen.push(record.rij);
    }
  }
  return { voorzieningen, fouten, rijen };
}

// ——— locaties.csv ———

export interface LocatieRij {
  /** Id of the voorziening the address belongs to. */
  voorziening: string;
  locatie: Locatie;
  rij: number;
}

const LOCATIE_KOPPEN = LOCATIE_KOLOMMEN.map((k) => k.kop as string);

/**
 * The second file of the import: one row per address, the voorziening's id in the first column (the form the
 * export writes as /<regio>/data/locaties.csv). Each row is checked as a locatie of voorzieningen.json.
 */
export function locatiesUitCsv(invoer: string): { rijen: LocatieRij[]; fouten: CsvFout[] } {
  const tekst = invoer.charCodeAt(0) === 0xfeff ? invoer.slice(1) : invoer;
  const eersteRegel = tekst.slice(0, tekst.search(/\r?\n|$/));
  const scheiding = eersteRegel.includes(';') || !eersteRegel.includes(',') ? ';' : ',';
  const gelezen = leesCsv(tekst, scheiding);
  const [kop, ...rest] = gelezen.records;
  if (!kop || kop.velden.every((v) => v.trim() === '')) {
    return { rijen: [], fouten: [{ melding: `het bestand is leeg; de eerste rij moet de kolomnamen bevatten: ${LOCATIE_KOPPEN.join(';')}` }] };
  }
  const koppen = kop.velden.map((k) => k.trim());
  const fouten: CsvFout[] = gelezen.fouten.map(({ cel, ...f }) => (cel === undefined ? f : { ...f, kolom: koppen[cel - 1] ?? `${cel}e cel` }));
  const uit = locatiesUitRecords(kop, fouten.some((f) => f.rij === 1) ? [] : rest);
  return { ...uit, fouten: [...fouten, ...uit.fouten] };
}

/** The rows of locaties after the header, each checked as a locatie of voorzieningen.json. */
export function locatiesUitRecords(
  kop: CsvRecord,
  rest: readonly CsvRecord[],
  bron: RijenBron & { locatieSjabloon?: string } = CSV_BRON,
): { rijen: LocatieRij[]; fouten: CsvFout[] } {
  const koppen = kop.velden.map((k) => k.trim());
  const fouten: CsvFout[] = [];
  const cel = (waarde: string) => (bron.formules ? zonderFormuleBeveiliging(waarde) : waarde);
  const gezien = new Set<string>();
  koppen.forEach((k) => {
    if (k === '') return;
    if (!LOCATIE_KOPPEN.includes(k)) {
      const suggestie = closest(k, LOCATIE_KOPPEN);
      fouten.push({ rij: 1, kolom: k, melding: `onbekende kolom${suggestie ? `; bedoel je '${suggestie}'?` : ''} Toegestaan: ${LOCATIE_KOPPEN.join(', ')}` });
    } else if (gezien.has(k)) {
      fouten.push({ rij: 1, kolom: k, melding: `deze kolom staat twee keer in de kopregel (ook in kolom ${koppen.indexOf(k) + 1}); haal er één weg` });
    }
    gezien.add(k);
  });
  for (const k of LOCATIE_KOLOMMEN) {
    if (k.verplicht && !gezien.has(k.kop)) fouten.push({ rij: 1, kolom: k.kop, melding: `deze kolom ontbreekt in de kopregel; elke locatie heeft haar nodig. Begin met ${bron.locatieSjabloon ?? LOCATIES_SJABLOON}` });
  }
  if (fouten.some((f) => f.rij === 1)) return { rijen: [], fouten };

  const rijen: LocatieRij[] = [];
  for (const record of rest) {
    if (record.velden.every((v) => v.trim() === '')) continue;
    if (record.velden.length > koppen.length && record.velden.slice(koppen.length).some((v) => v.trim() !== '')) {
      fouten.push({ rij: record.rij, melding: `${record.velden.length} cellen, maar de kopregel heeft ${koppen.length} kolommen; staat er ergens een ; te veel, of een cel zonder aanhalingstekens om een ;?` });
      continue;
    }
    const cellen = new Map(koppen.map((k, i) => [k, cel(record.velden[i] ?? '')]));
    const voorziening = (cellen.get('voorziening') ?? '').trim();
    if (!voorziening) {
      fouten.push({ rij: record.rij, kolom: 'voorziening', melding: `mag niet leeg zijn: zet het id van de voorziening (uit de kolom 'id' van ${bron.voorzieningen}) in deze cel` });
      continue;
    }
    const kandidaat: Record<string, string> = {};
    for (const k of LOCATIE_KOPPEN) {
      const cel = cellen.get(k);
      if (k === 'voorziening' || cel === undefined || cel.trim() === '') continue;
      kandidaat[k] = k === 'postcode' ? cel.trim() : cel;
    }
    const result = locatieSchema.safeParse(kandidaat, { error: dutchErrorMap, reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues as z.core.$ZodIssue[]) {
        const kolom = String(issue.path[0] ?? 'adres');
        const waarde = cellen.get(kolom)?.trim();
        const kreeg = waarde && !issue.message.includes('kreeg') && !issue.message.includes(waarde) ? ` (kreeg "${waarde}")` : '';
        fouten.push({ rij: record.rij, kolom, melding: `${issue.message}${kreeg}` });
      }
      continue;
    }
    rijen.push({ voorziening, locatie: result.data, rij: record.rij });
  }
  return { rijen, fouten };
}

/**
 * Puts the addresses of locaties.csv in their voorzieningen (replacing what they had), in row order. A row whose
 * voorziening is not in voorzieningen.csv is an error, with a did-you-mean.
 */
export function voegLocatiesToe(
  voorzieningen: readonly Voorziening[],
  rijen: readonly LocatieRij[],
  bron: Pick<RijenBron, 'voorzieningen'> = CSV_BRON,
): { voorzieningen: Voorziening[]; fouten: CsvFout[]; rijNummers: Map<string, number[]> } {
  const ids = voorzieningen.map((v) => v.id);
  const perId = new Map<string, LocatieRij[]>();
  const fouten: CsvFout[] = [];
  for (const rij of rijen) {
    if (!ids.includes(rij.voorziening)) {
      const suggestie = closest(rij.voorziening, ids);
      fouten.push({
        rij: rij.rij,
        kolom: 'voorziening',
        melding: `voorziening "${rij.voorziening}" staat niet in ${bron.voorzieningen}${suggestie ? `; bedoel je "${suggestie}"?` : `; gebruik een id uit de kolom 'id' van ${bron.voorzieningen}`}`,
      });
      continue;
    }
    perId.set(rij.voorziening, [...(perId.get(rij.voorziening) ?? []), rij]);
  }
  const rijNummers = new Map([...perId].map(([id, lijst]) => [id, lijst.map((r) => r.rij)]));
  // Fields in the order of voorzieningen.json, so the file the import writes reads as a hand-written one.
  const volgorde = Object.keys(voorzieningSchema.shape) as (keyof Voorziening)[];
  return {
    voorzieningen: voorzieningen.map((v) => {
      const nieuw = perId.get(v.id);
      const velden: Partial<Voorziening> = { ...v, locaties: nieuw?.map((r) => r.locatie) };
      return Object.fromEntries(volgorde.filter((k) => velden[k] !== undefined).map((k) => [k, velden[k]])) as Voorziening;
    }),
    fouten,
    rijNummers,
  };
}
