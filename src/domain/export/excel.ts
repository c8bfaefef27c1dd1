/**
 * Voorzieningen as an Excel workbook (.xlsx), as rows of cell values: the library that packs them into a file
 * lives in src/io/excel.ts. The columns are those of the CSV export (CSV_KOLOMMEN, LOCATIE_KOLOMMEN), so one
 * definition holds for both, and src/domain/import/excel.ts reads the same rows back. Differences with the CSV,
 * because a workbook can do better: lists are written "a; b" (as people write them in a cell), dates are real date
 * cells, there is no apostrophe before = + - @ (a text cell is never a formula), the addresses are a second sheet
 * and a third explains every column and its allowed values.
 */
import { AANMELDING_NAMEN, KENMERK_UITLEG, NIVEAU_NAMEN, THEMA_NAMEN } from '../woorden.ts';
import { AANMELDING_IDS, KENMERK_IDS, NIVEAU_IDS, THEMA_IDS } from '../ids.ts';
import { locatieSchema, voorzieningSchema, type Voorziening } from '../schema/voorziening.ts';
import { VERPLICHTE_KOPPEN } from '../import/csv.ts';
import { CSV_KOLOMMEN, LOCATIE_KOLOMMEN } from './csv.ts';

/** A cell as the .xlsx libraries give and take it; null is an empty cell. */
export type Cel = string | number | boolean | Date | null;

export interface Blad {
  naam: string;
  rijen: Cel[][];
  /** Column widths in characters, for the file; reading ignores them. */
  breedtes?: number[];
}

export const BLAD_VOORZIENINGEN = 'Voorzieningen';
export const BLAD_LOCATIES = 'Locaties';
export const BLAD_UITLEG = 'Uitleg';

/** Between the items of a list cell. The import reads `|` too, as the CSV writes it. */
export const EXCEL_LIJST_SCHEIDING = ';';

/** Items of a list as one cell: "a; b". A ; or | inside an item is written \; or \|, so it is not a separator. */
export function lijstNaarExcelCel(items: readonly string[]): string {
  return items.map((item) => item.replaceAll(';', '\\;').replaceAll('|', '\\|')).join(`${EXCEL_LIJST_SCHEIDING} `);
}

/** "01-09-2026" (as CSV_KOLOMMEN writes a date) → the date cell of that day. */
function datumCel(nl: string): Date {
  const [dag, maand, jaar] = nl.split('-').map(Number);
  return new Date(Date.UTC(jaar!, maand! - 1, dag!));
}

function voorzieningRij(voorziening: Voorziening): Cel[] {
  return CSV_KOLOMMEN.map((kolom) => {
    const waarde = kolom.schrijf(voorziening);
    if (waarde === undefined || waarde === '') return null;
    if (Array.isArray(waarde)) return waarde.length ? lijstNaarExcelCel(waarde) : null;
    return kolom.datum ? datumCel(waarde as string) : (waarde as string);
  });
}

/** A, B, …, Z, AA: the letter Excel shows above a column (0 is A). */
export function kolomLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// ——— The Uitleg sheet: what each column means, from the descriptions the schemas carry ———

interface MetBeschrijving {
  description?: string;
  unwrap?: () => unknown;
  element?: unknown;
  shape?: Record<string, unknown>;
}

/** The description of the field at `pad` in a schema: of the field itself, else of what it wraps. */
function beschrijvingVan(schema: unknown, pad: readonly string[]): string {
  let huidig = schema as MetBeschrijving | undefined;
  let beschrijving = '';
  for (const deel of pad) {
    // Through optional and array wrappers to the object that holds the next field.
    while (huidig && !huidig.shape && (huidig.unwrap || huidig.element)) huidig = (huidig.element ?? huidig.unwrap!()) as MetBeschrijving;
    huidig = huidig?.shape?.[deel] as MetBeschrijving | undefined;
  }
  for (let laag = huidig; laag && !beschrijving; laag = (laag.unwrap?.() ?? laag.element) as MetBeschrijving | undefined) beschrijving = laag.description ?? '';
  return beschrijving;
}

const TIJDPUNTEN = 'Een moment op de tijdlijn in gewone woorden: preconceptie, zwangerschap maand 3, zwangerschap week 20, bevalling, week 2, maand 9, jaar 3, schoolleeftijd.';
const DATUM = 'Een datum, zoals 01-09-2026 (Excel mag er een datumcel van maken).';

/** Per column, the words for the Uitleg sheet beside its schema description. */
function toegestaan(kop: string, gemeenten: readonly string[]): string {
  if (kop === 'niveau') return NIVEAU_IDS.join(', ');
  if (kop === 'kenmerken') return KENMERK_IDS.join(', ');
  if (kop === 'aanmelding') return AANMELDING_IDS.join(', ');
  if (kop === 'themas') return THEMA_IDS.join(', ');
  if (kop === 'gemeenten') return gemeenten.length ? gemeenten.join(', ') : 'de namen uit regio.json › gemeenten';
  if (kop === 'id') return 'kleine letters, cijfers en streepjes, zoals kraamzorg-thuis; elke voorziening een eigen id';
  if (kop === 'voorziening') return 'een id uit de kolom "id" van het blad Voorzieningen';
  if (kop.startsWith('periode.') || kop === 'momenten') return TIJDPUNTEN;
  if (kop === 'bijgewerkt' || kop.startsWith('beschikbaar.')) return DATUM;
  return '';
}

const UITLEG_KOP: Cel[] = ['Blad', 'Kolom', 'Veld', 'Verplicht', 'Meer waarden in één cel', 'Wat het is', 'Toegestane waarden'];

function uitlegBlad(gemeenten: readonly string[]): Blad {
  const voorzieningRijen = CSV_KOLOMMEN.map((kolom, i): Cel[] => {
    const pad = kolom.kop.split('.');
    const beschrijving = kolom.kop.startsWith('aanbieders.') && kolom.kop !== 'aanbieders.naam'
      ? `${beschrijvingVan(voorzieningSchema, pad)} Per aanbieder, in de volgorde van aanbieders.naam; een lege plek mag ("a; ; c").`
      : beschrijvingVan(voorzieningSchema, pad);
    const lijst = kolom.lijst ? `ja, gescheiden door ${EXCEL_LIJST_SCHEIDING}` : 'nee';
    return [BLAD_VOORZIENINGEN, `${kolomLetter(i)}`, kolom.kop, VERPLICHTE_KOPPEN.includes(kolom.kop) ? 'ja' : 'nee', lijst, beschrijving, toegestaan(kolom.kop, gemeenten)];
  });
  const locatieRijen = LOCATIE_KOLOMMEN.map((kolom, i): Cel[] => [
    BLAD_LOCATIES,
    kolomLetter(i),
    kolom.kop,
    kolom.verplicht ? 'ja' : 'nee',
    'nee',
    kolom.kop === 'voorziening' ? 'De voorziening waar dit adres bij hoort. Eén rij per adres.' : beschrijvingVan(locatieSchema, [kolom.kop]),
    kolom.kop === 'gemeente' && gemeenten.length ? gemeenten.join(', ') : toegestaan(kolom.kop, gemeenten),
  ]);
  const waarden: Cel[][] = [
    ...NIVEAU_IDS.map((id) => ['niveau', id, NIVEAU_NAMEN[id]]),
    ...KENMERK_IDS.map((id) => ['kenmerken', id, KENMERK_UITLEG[id]]),
    ...AANMELDING_IDS.map((id) => ['aanmelding', id, AANMELDING_NAMEN[id]]),
    ...THEMA_IDS.map((id) => ['themas', id, THEMA_NAMEN[id]]),
    ...gemeenten.map((naam) => ['gemeenten', naam, 'Gemeente van de regio (ook voor de kolom gemeente van het blad Locaties)']),
  ];
  return {
    naam: BLAD_UITLEG,
    rijen: [
      UITLEG_KOP,
      ...voorzieningRijen,
      ...locatieRijen,
      [],
      ['Toegestane waarden', null, null],
      ['Kolom', 'Waarde', 'Betekenis'],
      ...waarden,
      [],
      ['Dit blad wordt bij het inlezen niet gelezen. De bladen Voorzieningen en Locaties wel: laat hun eerste rij (de kolomnamen) staan.'],
    ],
    breedtes: [16, 7, 20, 12, 22, 70, 60],
  };
}

/**
 * The workbook: Voorzieningen (one per row, the columns of the CSV), Locaties (one address per row, the id of its
 * voorziening first) and Uitleg. `gemeenten` are the region's, for the allowed values.
 */
export function voorzieningenNaarBladen(voorzieningen: readonly Voorziening[], opties: { gemeenten?: readonly string[] } = {}): Blad[] {
  const locaties = voorzieningen.flatMap((v) =>
    (v.locaties ?? []).map((locatie): Cel[] => LOCATIE_KOLOMMEN.map((k) => (k.kop === 'voorziening' ? v.id : (locatie[k.kop] ?? null)))),
  );
  return [
    {
      naam: BLAD_VOORZIENINGEN,
      rijen: [CSV_KOLOMMEN.map((k) => k.kop), ...voorzieningen.map(voorzieningRij)],
      breedtes: CSV_KOLOMMEN.map((k) => (['omschrijving', 'toegang', 'kostenToelichting', 'voorwaarden', 'voorWie'].includes(k.kop) ? 50 : k.datum ? 12 : 24)),
    },
    { naam: BLAD_LOCATIES, rijen: [LOCATIE_KOLOMMEN.map((k) => k.kop), ...locaties], breedtes: LOCATIE_KOLOMMEN.map((k) => (k.kop === 'openingstijden' || k.kop === 'toelichting' ? 50 : 24)) },
    uitlegBlad(opties.gemeenten ?? []),
  ];
}
