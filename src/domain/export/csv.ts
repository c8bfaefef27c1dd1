/**
 * Voorzieningen as a spreadsheet: one row per voorziening, the way Excel in a Dutch locale saves "CSV UTF-8":
 * `;` between fields, a byte order mark, CRLF line ends, Dutch dates (dd-mm-jjjj). The columns are the field
 * names of voorzieningen.json, so src/domain/import/csv.ts reads the same file back (export → import round trip).
 */
import type { Voorziening } from '../schema/voorziening.ts';

export const SCHEIDINGSTEKEN = ';';
/** Between the items of a list in one cell. Not `,`: commas occur in names and sentences. */
export const LIJST_SCHEIDING = '|';
export const BOM = '\uFEFF';

type Aanbieder = Voorziening['aanbieders'][number];

/**
 * `gemeenten` are written as "Heerlen; Sittard-Geleen", as people write a list of places. The cell is then quoted
 * (it holds the field separator), which Excel does by itself. The import reads `|` there too.
 */
export const GEMEENTEN_SCHEIDING = ';';

/** How one column is written; `lijst` columns hold several values separated by `|` (or the column's `scheiding`). */
export interface CsvKolom {
  kop: string;
  lijst: boolean;
  scheiding?: string;
  /** A date, written dd-mm-jjjj; the .xlsx export makes it a date cell (src/domain/export/excel.ts). */
  datum?: true;
  schrijf(voorziening: Voorziening): string[] | string | undefined;
}

const aanbiederVeld = (veld: keyof Aanbieder) => (v: Voorziening) =>
  v.aanbieders.some((a) => a[veld] !== undefined) ? v.aanbieders.map((a) => a[veld] ?? '') : undefined;

/** In the order of voorzieningen.json. Headers are the field names; nested fields are written with a dot. */
export const CSV_KOLOMMEN: readonly CsvKolom[] = [
  { kop: 'id', lijst: false, schrijf: (v) => v.id },
  { kop: 'naam', lijst: false, schrijf: (v) => v.naam },
  { kop: 'omschrijving', lijst: false, schrijf: (v) => v.omschrijving },
  { kop: 'niveau', lijst: false, schrijf: (v) => v.niveau },
  { kop: 'periode.van', lijst: false, schrijf: (v) => v.periode.van },
  { kop: 'periode.tot', lijst: false, schrijf: (v) => v.periode.tot },
  { kop: 'momenten', lijst: true, schrijf: (v) => v.momenten },
  { kop: 'kenmerken', lijst: true, schrijf: (v) => v.kenmerken },
  { kop: 'kostenToelichting', lijst: false, schrijf: (v) => v.kostenToelichting },
  { kop: 'aanbieders.naam', lijst: true, schrijf: (v) => v.aanbieders.map((a) => a.naam) },
  { kop: 'aanbieders.website', lijst: true, schrijf: aanbiederVeld('website') },
  { kop: 'aanbieders.telefoon', lijst: true, schrijf: aanbiederVeld('telefoon') },
  { kop: 'aanbieders.email', lijst: true, schrijf: aanbiederVeld('email') },
  { kop: 'toegang', lijst: false, schrijf: (v) => v.toegang },
  { kop: 'aanmelding', lijst: true, schrijf: (v) => v.aanmelding },
  { kop: 'voorWie', lijst: false, schrijf: (v) => v.voorWie },
  { kop: 'voorwaarden', lijst: false, schrijf: (v) => v.voorwaarden },
  { kop: 'gemeenten', lijst: true, scheiding: GEMEENTEN_SCHEIDING, schrijf: (v) => v.gemeenten },
  { kop: 'beschikbaar.van', lijst: false, datum: true, schrijf: (v) => v.beschikbaar?.van && datumNaarNl(v.beschikbaar.van) },
  { kop: 'beschikbaar.tot', lijst: false, datum: true, schrijf: (v) => v.beschikbaar?.tot && datumNaarNl(v.beschikbaar.tot) },
  { kop: 'themas', lijst: true, schrijf: (v) => v.themas },
  { kop: 'meerInformatie', lijst: false, schrijf: (v) => v.meerInformatie },
  { kop: 'bijgewerkt', lijst: false, datum: true, schrijf: (v) => datumNaarNl(v.bijgewerkt) },
];

/** 2026-09-01 → 01-09-2026, as Excel shows a date in a Dutch locale. */
export function datumNaarNl(iso: string): string {
  const [jaar, maand, dag] = iso.split('-');
  return `${dag}-${maand}-${jaar}`;
}

/** A `|` inside an item is written `\|`, so it is not taken for the separator. */
export function lijstNaarCel(items: readonly string[], scheiding = LIJST_SCHEIDING): string {
  return items.map((item) => item.replaceAll(scheiding, `\\${scheiding}`)).join(scheiding === LIJST_SCHEIDING ? ` ${scheiding} ` : `${scheiding} `);
}

/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula ("CSV injection"). Such a cell gets a
 * leading apostrophe, which Excel treats as "this is text"; the import removes it again.
 */
export const FORMULE_BEGIN = /^'*[=+\-@\t\r]/;

export function csvVeld(waarde: string): string {
  const veilig = FORMULE_BEGIN.test(waarde) ? `'${waarde}` : waarde;
  return /[;"\r\n]|^\s|\s$/.test(veilig) ? `"${veilig.replaceAll('"', '""')}"` : veilig;
}

export function csvRegel(velden: readonly string[]): string {
  return velden.map(csvVeld).join(SCHEIDINGSTEKEN);
}

export function voorzieningNaarCsvVelden(voorziening: Voorziening): string[] {
  return CSV_KOLOMMEN.map((kolom) => {
    const waarde = kolom.schrijf(voorziening);
    if (waarde === undefined) return '';
    return Array.isArray(waarde) ? lijstNaarCel(waarde, kolom.scheiding) : (waarde as string);
  });
}

/** The whole file: BOM, header row, one row per voorziening, CRLF after every row. */
export function voorzieningenNaarCsv(voorzieningen: readonly Voorziening[]): string {
  const regels = [csvRegel(CSV_KOLOMMEN.map((k) => k.kop)), ...voorzieningen.map((v) => csvRegel(voorzieningNaarCsvVelden(v)))];
  return `${BOM}${regels.join('\r\n')}\r\n`;
}

// ——— Locaties: a second file, one row per address ———

type Locatie = NonNullable<Voorziening['locaties']>[number];

/**
 * locaties.csv: one row per locatie, the voorziening's id first. A voorziening with three addresses has three rows,
 * in the order of voorzieningen.json; one without addresses has none.
 */
export const LOCATIE_KOLOMMEN: readonly { kop: 'voorziening' | keyof Locatie; verplicht: boolean }[] = [
  { kop: 'voorziening', verplicht: true },
  { kop: 'naam', verplicht: false },
  { kop: 'adres', verplicht: true },
  { kop: 'postcode', verplicht: true },
  { kop: 'plaats', verplicht: true },
  { kop: 'gemeente', verplicht: false },
  { kop: 'openingstijden', verplicht: false },
  { kop: 'toelichting', verplicht: false },
];

export function locatiesNaarCsv(voorzieningen: readonly Voorziening[]): string {
  const regels = [
    csvRegel(LOCATIE_KOLOMMEN.map((k) => k.kop)),
    ...voorzieningen.flatMap((v) =>
      (v.locaties ?? []).map((locatie) => csvRegel(LOCATIE_KOLOMMEN.map((k) => (k.kop === 'voorziening' ? v.id : (locatie[k.kop] ?? ''))))),
    ),
  ];
  return `${BOM}${regels.join('\r\n')}\r\n`;
}
