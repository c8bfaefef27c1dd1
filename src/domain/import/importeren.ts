/**
 * `npm run import`: a spreadsheet replaces a region's voorzieningen.json — but only when the whole region still
 * passes every check the build does (ids, moments inside periods, routes that point at voorzieningen). The checks
 * build the region in memory with the new file in place of the old one; src/io writes the result.
 */
import { bouwRegio, type Bestanden, type BouwOpties } from '../bouwen.ts';
import type { Basis } from '../basis.ts';
import { formatFout } from '../fouten.ts';
import type { Voorziening } from '../schema/voorziening.ts';
import { CSV_KOLOMMEN, LOCATIE_KOLOMMEN } from '../export/csv.ts';
import { BLAD_LOCATIES, BLAD_VOORZIENINGEN, kolomLetter, type Blad } from '../export/excel.ts';
import { bestaandeItems, naarBasisVerwijzingen, type VoorzieningItem } from './basis-terug.ts';
import { decodeerCsv, formatCsvFout, kolomVanPad, locatiesUitCsv, voegLocatiesToe, voorzieningenUitCsv } from './csv.ts';
import { formatExcelFout, voorzieningenUitBladen } from './excel.ts';

export const STANDAARD_SCHEMA = '../../public/schema/voorzieningen.json';

export interface ImportResultaat {
  fouten: string[];
  /** Problems in the locaties file (--locaties), by its own rows. */
  locatieFouten: string[];
  waarschuwingen: string[];
  /** Without a locaties file: how many voorzieningen kept the locaties they had in voorzieningen.json. */
  behoudenLocaties: number;
  voorzieningen: Voorziening[];
  /**
   * The items of the new voorzieningen.json: a voorziening that came from the landelijke basis stays a reference
   * to it, with only the fields that differ (src/domain/import/basis-terug.ts).
   */
  items?: VoorzieningItem[];
  /** voorzieningen.json as it will be written. */
  inhoud?: string;
}

/** "voorzieningen[3].momenten[0]" → index 3 and the path after it. */
function padInLijst(pad: string): { index: number; rest: (string | number)[] } | undefined {
  const match = /^voorzieningen\[(\d+)\](.*)$/.exec(pad);
  if (!match) return undefined;
  const rest = [...match[2]!.matchAll(/\.([^.[]+)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
  return { index: Number(match[1]), rest };
}

/** The $schema line of the voorzieningen.json that is there now, so the import keeps it. */
function bestaandSchema(huidig: Uint8Array | string | null | undefined): string {
  if (huidig === undefined || huidig === null) return STANDAARD_SCHEMA;
  try {
    const tekst = typeof huidig === 'string' ? huidig : new TextDecoder().decode(huidig);
    const json = JSON.parse(tekst.replace(/^\uFEFF/, '')) as { $schema?: unknown };
    return typeof json.$schema === 'string' ? json.$schema : STANDAARD_SCHEMA;
  } catch {
    return STANDAARD_SCHEMA;
  }
}

/** The locaties each voorziening has now (by id), to keep them when no locaties file is given. */
function bestaandeLocaties(huidig: Uint8Array | string | null | undefined): Map<string, Voorziening['locaties']> {
  if (huidig === undefined || huidig === null) return new Map();
  try {
    const tekst = typeof huidig === 'string' ? huidig : new TextDecoder().decode(huidig);
    const json = JSON.parse(tekst.replace(/^\uFEFF/, '')) as unknown;
    const lijst: unknown[] = Array.isArray(json) ? json : Array.isArray((json as { voorzieningen?: unknown })?.voorzieningen) ? (json as { voorzieningen: unknown[] }).voorzieningen : [];
    return new Map(
      lijst.flatMap((item) => {
        const { id, basis, locaties } = (item ?? {}) as { id?: unknown; basis?: unknown; locaties?: unknown };
        const sleutel = id ?? basis;
        return typeof sleutel === 'string' && Array.isArray(locaties) ? [[sleutel, locaties as Voorziening['locaties']] as const] : [];
      }),
    );
  } catch {
    return new Map();
  }
}

/** What a spreadsheet gave, before the region's own checks: the voorzieningen, and where each came from. */
interface Gelezen {
  voorzieningen: Voorziening[];
  /** Row of each voorziening, in order. */
  rijen: readonly number[];
  /** Per voorziening id, the rows of its addresses; undefined when no addresses were read (the old ones stay). */
  locatieRijen?: ReadonlyMap<string, readonly number[]>;
}

/** How a place in the spreadsheet is written in a message: a row and column of the voorzieningen, or of the locaties. */
interface Plekken {
  voorziening(rij: number | undefined, kolom: string, melding: string): string;
  locatie(rij: number, kolom: string, melding: string): string;
}

/**
 * The read voorzieningen as the region's new voorzieningen.json, checked by bouwRegio together with the rest of the
 * region's files; a problem it finds in a voorziening is told by the spreadsheet's row and column.
 */
function inRegio(
  opties: { regioId: string; regio: Bestanden; basis: Basis; alleenVoorzieningen?: boolean } & BouwOpties,
  gelezen: Gelezen,
  plekken: Plekken,
  resultaat: ImportResultaat,
): ImportResultaat {
  const { regioId, regio, basis, alleenVoorzieningen = false, ...bouwOpties } = opties;
  let voorzieningen = gelezen.voorzieningen;
  if (!gelezen.locatieRijen) {
    const oud = bestaandeLocaties(regio.get('voorzieningen.json'));
    voorzieningen = voorzieningen.map((v) => (oud.has(v.id) ? { ...v, locaties: oud.get(v.id) } : v));
    resultaat.behoudenLocaties = voorzieningen.filter((v) => v.locaties).length;
  }
  const items = naarBasisVerwijzingen(voorzieningen, bestaandeItems(regio.get('voorzieningen.json')), basis);
  const inhoud = `${JSON.stringify({ $schema: bestaandSchema(regio.get('voorzieningen.json')), voorzieningen: items }, null, 2)}\n`;
  const proef = new Map(regio).set('voorzieningen.json', inhoud);
  const { fouten } = bouwRegio(regioId, proef, basis, bouwOpties);
  for (const f of fouten) {
    if (alleenVoorzieningen && f.bestand !== `${regioId}/voorzieningen.json`) continue;
    const plek = f.bestand === `${regioId}/voorzieningen.json` ? padInLijst(f.pad) : undefined;
    // A problem with an address from the locaties: its row there.
    const locatieRij = plek?.rest[0] === 'locaties' ? gelezen.locatieRijen?.get(voorzieningen[plek.index]!.id)?.[plek.rest[1] as number] : undefined;
    if (plek && locatieRij !== undefined) {
      const kolom = typeof plek.rest[2] === 'string' ? plek.rest[2] : 'adres';
      (f.ernst === 'fout' ? resultaat.locatieFouten : resultaat.waarschuwingen).push(plekken.locatie(locatieRij, kolom, f.melding));
      continue;
    }
    const tekstFout = plek
      ? plekken.voorziening(gelezen.rijen[plek.index], kolomVanPad(plek.rest), f.melding)
      : `${formatFout(f)}${f.bestand.endsWith('routes.json') ? ' (de route verwijst naar een voorziening die na de import niet meer klopt)' : ''}`;
    (f.ernst === 'fout' ? resultaat.fouten : resultaat.waarschuwingen).push(tekstFout);
  }
  if (resultaat.fouten.length || resultaat.locatieFouten.length) return resultaat;
  return { ...resultaat, voorzieningen, items, inhoud };
}

const leegResultaat = (): ImportResultaat => ({ fouten: [], locatieFouten: [], waarschuwingen: [], behoudenLocaties: 0, voorzieningen: [] });

/**
 * The CSV as the region's new voorzieningen.json, checked together with the rest of the region's files (`regio`,
 * the entries of its folder) against the landelijke basis.
 */
export function importeerCsv(
  opties: {
    regioId: string;
    regio: Bestanden;
    basis: Basis;
    bytes: Uint8Array;
    /** locaties.csv: replaces every voorziening's addresses. Left out, each keeps the locaties it has. */
    locaties?: Uint8Array;
  } & BouwOpties,
): ImportResultaat {
  const { bytes, locaties: locatieBytes, ...regioOpties } = opties;
  const resultaat = leegResultaat();
  const { tekst, waarschuwing } = decodeerCsv(bytes);
  if (waarschuwing) resultaat.waarschuwingen.push(waarschuwing);
  const gelezen = voorzieningenUitCsv(tekst);
  resultaat.fouten.push(...gelezen.fouten.map(formatCsvFout));

  // The addresses: from the locaties file when given (it replaces them all), else the ones voorzieningen.json has now.
  let voorzieningen = gelezen.voorzieningen;
  let locatieRijen: Map<string, number[]> | undefined;
  if (locatieBytes) {
    const decoded = decodeerCsv(locatieBytes);
    if (decoded.waarschuwing) resultaat.waarschuwingen.push(`locaties: ${decoded.waarschuwing}`);
    const locaties = locatiesUitCsv(decoded.tekst);
    const samen = voegLocatiesToe(voorzieningen, locaties.rijen);
    resultaat.locatieFouten.push(...[...locaties.fouten, ...(gelezen.fouten.length ? [] : samen.fouten)].map(formatCsvFout));
    voorzieningen = samen.voorzieningen;
    locatieRijen = samen.rijNummers;
  }
  if (resultaat.fouten.length || resultaat.locatieFouten.length) return resultaat;
  return inRegio(regioOpties, { voorzieningen, rijen: gelezen.rijen, ...(locatieRijen && { locatieRijen }) }, {
    voorziening: (rij, kolom, melding) => formatCsvFout({ rij, kolom, melding }),
    locatie: (rij, kolom, melding) => formatCsvFout({ rij, kolom, melding }),
  }, resultaat);
}

/**
 * An .xlsx workbook, as rows (src/io/excel.ts reads the file), as the region's new voorzieningen.json: the same
 * checks as importeerCsv, every message naming sheet, row and column. The Locaties sheet replaces every address;
 * a workbook without one keeps the addresses voorzieningen.json has.
 */
export function importeerExcel(
  opties: {
    regioId: string;
    regio: Bestanden;
    basis: Basis;
    bladen: readonly Blad[];
    /** Only the region's problems with voorzieningen.json count: `regio` holds just regio.json and voorzieningen.json. */
    alleenVoorzieningen?: boolean;
  } & BouwOpties,
): ImportResultaat {
  const { bladen, ...regioOpties } = opties;
  const resultaat = leegResultaat();
  const gelezen = voorzieningenUitBladen(bladen);
  for (const f of gelezen.fouten) (f.blad === BLAD_LOCATIES ? resultaat.locatieFouten : resultaat.fouten).push(formatExcelFout(f));
  if (!gelezen.metLocaties) resultaat.waarschuwingen.push(`het werkboek heeft geen blad "${BLAD_LOCATIES}"; de adressen blijven zoals ze waren`);
  if (resultaat.fouten.length || resultaat.locatieFouten.length) return resultaat;
  const { voorzieningen, rijen, metLocaties, locatieRijen } = gelezen;
  return inRegio(regioOpties, { voorzieningen, rijen, ...(metLocaties && { locatieRijen }) }, {
    voorziening: (rij, kolom, melding) => formatExcelFout({ blad: BLAD_VOORZIENINGEN, rij, kolom, letter: letterVan(kolom), melding }),
    locatie: (rij, kolom, melding) => formatExcelFout({ blad: BLAD_LOCATIES, rij, kolom, letter: letterVan(kolom, LOCATIE_KOLOMMEN.map((k) => k.kop)), melding }),
  }, resultaat);
}

/** The letter of a column as the export places it (a later check has only the field, not the user's sheet). */
function letterVan(kolom: string, koppen: readonly string[] = CSV_KOLOMMEN.map((k) => k.kop)): string | undefined {
  const index = koppen.indexOf(kolom);
  return index >= 0 ? kolomLetter(index) : undefined;
}
