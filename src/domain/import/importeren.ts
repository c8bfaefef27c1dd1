/**
 * `npm run import`: a spreadsheet replaces a region's voorzieningen.json — but only when the whole region still
 * passes every check the build does (ids, moments inside periods, routes that point at voorzieningen). The checks
 * build the region in memory with the new file in place of the old one; src/io writes the result.
 */
import { bouwRegio, type Bestanden, type BouwOpties } from '../bouwen.ts';
import type { Basis } from '../basis.ts';
import { formatFout } from '../fouten.ts';
import type { Voorziening } from '../schema/voorziening.ts';
import { decodeerCsv, formatCsvFout, kolomVanPad, locatiesUitCsv, voegLocatiesToe, voorzieningenUitCsv } from './csv.ts';

export const STANDAARD_SCHEMA = '../../public/schema/voorzieningen.json';

export interface ImportResultaat {
  fouten: string[];
  /** Problems in the locaties file (--locaties), by its own rows. */
  locatieFouten: string[];
  waarschuwingen: string[];
  /** Without a locaties file: how many voorzieningen kept the locaties they had in voorzieningen.json. */
  behoudenLocaties: number;
  voorzieningen: Voorziening[];
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
  const { regioId, regio, basis, bytes, locaties: locatieBytes, ...bouwOpties } = opties;
  const resultaat: ImportResultaat = { fouten: [], locatieFouten: [], waarschuwingen: [], behoudenLocaties: 0, voorzieningen: [] };
  const { tekst, waarschuwing } = decodeerCsv(bytes);
  if (waarschuwing) resultaat.waarschuwingen.push(waarschuwing);
  const gelezen = voorzieningenUitCsv(tekst);
  resultaat.fouten.push(...gelezen.fouten.map(formatCsvFout));

  // The addresses: from the locaties file when given (it replaces them all), else the ones voorzieningen.json has now.
  let voorzieningen = gelezen.voorzieningen;
  let locatieRijen = new Map<string, number[]>();
  if (locatieBytes) {
    const decoded = decodeerCsv(locatieBytes);
    if (decoded.waarschuwing) resultaat.waarschuwingen.push(`locaties: ${decoded.waarschuwing}`);
    const locaties = locatiesUitCsv(decoded.tekst);
    const samen = voegLocatiesToe(voorzieningen, locaties.rijen);
    resultaat.locatieFouten.push(...[...locaties.fouten, ...(gelezen.fouten.length ? [] : samen.fouten)].map(formatCsvFout));
    voorzieningen = samen.voorzieningen;
    locatieRijen = samen.rijNummers;
  } else {
    const oud = bestaandeLocaties(regio.get('voorzieningen.json'));
    voorzieningen = voorzieningen.map((v) => (oud.has(v.id) ? { ...v, locaties: oud.get(v.id) } : v));
    resultaat.behoudenLocaties = voorzieningen.filter((v) => v.locaties).length;
  }
  if (resultaat.fouten.length || resultaat.locatieFouten.length) return resultaat;

  const inhoud = `${JSON.stringify({ $schema: bestaandSchema(regio.get('voorzieningen.json')), voorzieningen }, null, 2)}\n`;
  const proef = new Map(regio).set('voorzieningen.json', inhoud);
  const { fouten } = bouwRegio(regioId, proef, basis, bouwOpties);
  for (const f of fouten) {
    const plek = f.bestand === `${regioId}/voorzieningen.json` ? padInLijst(f.pad) : undefined;
    // A problem with an address from the locaties file: its row there.
    const locatieRij = plek?.rest[0] === 'locaties' ? locatieRijen.get(voorzieningen[plek.index]!.id)?.[plek.rest[1] as number] : undefined;
    if (plek && locatieRij !== undefined) {
      const kolom = typeof plek.rest[2] === 'string' ? plek.rest[2] : 'adres';
      (f.ernst === 'fout' ? resultaat.locatieFouten : resultaat.waarschuwingen).push(formatCsvFout({ rij: locatieRij, kolom, melding: f.melding }));
      continue;
    }
    const tekstFout = plek
      ? formatCsvFout({ rij: gelezen.rijen[plek.index], kolom: kolomVanPad(plek.rest), melding: f.melding })
      : `${formatFout(f)}${f.bestand.endsWith('routes.json') ? ' (de route verwijst naar een voorziening die na de import niet meer klopt)' : ''}`;
    (f.ernst === 'fout' ? resultaat.fouten : resultaat.waarschuwingen).push(tekstFout);
  }
  if (resultaat.fouten.length || resultaat.locatieFouten.length) return resultaat;
  return { ...resultaat, voorzieningen, inhoud };
}
