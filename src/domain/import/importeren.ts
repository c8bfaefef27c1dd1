/**
 * `npm run import`: a spreadsheet replaces a region's voorzieningen.json — but only when the whole region still
 * passes every check the build does (ids, moments inside periods, routes that point at voorzieningen). The checks
 * run on a copy of the region folder; the real file is written in one rename, so it is never half written.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, basename } from 'node:path';
import { formatFout } from '../fouten.ts';
import { loadRegio } from '../laden.ts';
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
  doel: string;
}

/** "voorzieningen[3].momenten[0]" → index 3 and the path after it. */
function padInLijst(pad: string): { index: number; rest: (string | number)[] } | undefined {
  const match = /^voorzieningen\[(\d+)\](.*)$/.exec(pad);
  if (!match) return undefined;
  const rest = [...match[2]!.matchAll(/\.([^.[]+)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
  return { index: Number(match[1]), rest };
}

/** The locaties each voorziening has now (by id), to keep them when no locaties file is given. */
function bestaandeLocaties(doel: string): Map<string, unknown> {
  try {
    const huidig = JSON.parse(readFileSync(doel, 'utf8').replace(/^\uFEFF/, '')) as { voorzieningen?: unknown };
    const lijst = Array.isArray(huidig) ? huidig : Array.isArray(huidig.voorzieningen) ? huidig.voorzieningen : [];
    return new Map(
      lijst.flatMap((item: { id?: unknown; basis?: unknown; locaties?: unknown }) => {
        const id = item?.id ?? item?.basis;
        return typeof id === 'string' && Array.isArray(item.locaties) ? [[id, item.locaties] as [string, unknown]] : [];
      }),
    );
  } catch {
    return new Map();
  }
}

function bestaandSchema(doel: string): string {
  try {
    const huidig = JSON.parse(readFileSync(doel, 'utf8').replace(/^\uFEFF/, '')) as { $schema?: unknown };
    return typeof huidig.$schema === 'string' ? huidig.$schema : STANDAARD_SCHEMA;
  } catch {
    return STANDAARD_SCHEMA;
  }
}

export function importeerCsv(opties: { dataDir: string; regioId: string; bytes: Uint8Array; locaties?: Uint8Array; vandaag?: Date }): ImportResultaat {
  const { dataDir, regioId, bytes, vandaag = new Date() } = opties;
  const map = join(dataDir, regioId);
  const doel = join(map, 'voorzieningen.json');
  const resultaat: ImportResultaat = { fouten: [], locatieFouten: [], waarschuwingen: [], behoudenLocaties: 0, voorzieningen: [], doel };
  if (!existsSync(map) || !statSync(map).isDirectory()) {
    resultaat.fouten.push(`de regio "${regioId}" bestaat niet: maak eerst de map ${map} met regio.json en doelgroepen.json`);
    return resultaat;
  }
  const { tekst, waarschuwing } = decodeerCsv(bytes);
  if (waarschuwing) resultaat.waarschuwingen.push(waarschuwing);
  const gelezen = voorzieningenUitCsv(tekst);
  resultaat.fouten.push(...gelezen.fouten.map(formatCsvFout));

  // The addresses: from the locaties file when given (it replaces them all), else the ones voorzieningen.json has now.
  let voorzieningen = gelezen.voorzieningen;
  let locatieRijen = new Map<string, number[]>();
  if (opties.locaties) {
    const decoded = decodeerCsv(opties.locaties);
    if (decoded.waarschuwing) resultaat.waarschuwingen.push(`locaties: ${decoded.waarschuwing}`);
    const locaties = locatiesUitCsv(decoded.tekst);
    const samen = voegLocatiesToe(voorzieningen, locaties.rijen);
    resultaat.locatieFouten.push(...[...locaties.fouten, ...(gelezen.fouten.length ? [] : samen.fouten)].map(formatCsvFout));
    voorzieningen = samen.voorzieningen;
    locatieRijen = samen.rijNummers;
  } else {
    const oud = bestaandeLocaties(doel);
    voorzieningen = voorzieningen.map((v) => (oud.has(v.id) ? { ...v, locaties: oud.get(v.id) as Voorziening['locaties'] } : v));
    resultaat.behoudenLocaties = voorzieningen.filter((v) => v.locaties).length;
  }
  if (resultaat.fouten.length || resultaat.locatieFouten.length) return resultaat;

  const inhoud = `${JSON.stringify({ $schema: bestaandSchema(doel), voorzieningen }, null, 2)}\n`;
  const proef = mkdtempSync(join(tmpdir(), 'routekaart-import-'));
  try {
    cpSync(map, join(proef, regioId), { recursive: true });
    writeFileSync(join(proef, regioId, 'voorzieningen.json'), inhoud);
    const { fouten } = loadRegio(proef, regioId, vandaag);
    for (const f of fouten) {
      const plek = f.bestand === `${regioId}/voorzieningen.json` ? padInLijst(f.pad) : undefined;
      // A problem with an address from the locaties file: its row there.
      const locatieRij = plek?.rest[0] === 'locaties' ? locatieRijen.get(voorzieningen[plek.index]!.id)?.[plek.rest[1] as number] : undefined;
      if (locatieRij !== undefined) {
        const kolom = typeof plek!.rest[2] === 'string' ? plek!.rest[2] : 'adres';
        (f.ernst === 'fout' ? resultaat.locatieFouten : resultaat.waarschuwingen).push(formatCsvFout({ rij: locatieRij, kolom, melding: f.melding }));
        continue;
      }
      const tekstFout = plek
        ? formatCsvFout({ rij: gelezen.rijen[plek.index], kolom: kolomVanPad(plek.rest), melding: f.melding })
        : `${formatFout(f)}${f.bestand.endsWith('routes.json') ? ' (de route verwijst naar een voorziening die na de import niet meer klopt)' : ''}`;
      (f.ernst === 'fout' ? resultaat.fouten : resultaat.waarschuwingen).push(tekstFout);
    }
  } finally {
    rmSync(proef, { recursive: true, force: true });
  }
  if (resultaat.fouten.length || resultaat.locatieFouten.length) return resultaat;
  return { ...resultaat, voorzieningen, inhoud };
}

/** Write next to the target, then rename: readers see the old file or the new one, never a half-written one. */
export function schrijfAtomair(doel: string, inhoud: string): void {
  // A name starting with "." is skipped by the loader, should a build run at this very moment.
  const tijdelijk = join(dirname(doel), `.${basename(doel)}.${process.pid}.tmp`);
  writeFileSync(tijdelijk, inhoud);
  try {
    renameSync(tijdelijk, doel);
  } catch (error) {
    rmSync(tijdelijk, { force: true });
    throw error;
  }
}
