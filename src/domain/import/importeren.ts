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
import { decodeerCsv, formatCsvFout, kolomVanPad, voorzieningenUitCsv } from './csv.ts';

export const STANDAARD_SCHEMA = '../../public/schema/voorzieningen.json';

export interface ImportResultaat {
  fouten: string[];
  waarschuwingen: string[];
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

function bestaandSchema(doel: string): string {
  try {
    const huidig = JSON.parse(readFileSync(doel, 'utf8').replace(/^\uFEFF/, '')) as { $schema?: unknown };
    return typeof huidig.$schema === 'string' ? huidig.$schema : STANDAARD_SCHEMA;
  } catch {
    return STANDAARD_SCHEMA;
  }
}

export function importeerCsv(opties: { dataDir: string; regioId: string; bytes: Uint8Array; vandaag?: Date }): ImportResultaat {
  const { dataDir, regioId, bytes, vandaag = new Date() } = opties;
  const map = join(dataDir, regioId);
  const doel = join(map, 'voorzieningen.json');
  const resultaat: ImportResultaat = { fouten: [], waarschuwingen: [], voorzieningen: [], doel };
  if (!existsSync(map) || !statSync(map).isDirectory()) {
    resultaat.fouten.push(`de regio "${regioId}" bestaat niet: maak eerst de map ${map} met regio.json en doelgroepen.json`);
    return resultaat;
  }
  const { tekst, waarschuwing } = decodeerCsv(bytes);
  if (waarschuwing) resultaat.waarschuwingen.push(waarschuwing);
  const gelezen = voorzieningenUitCsv(tekst);
  resultaat.fouten.push(...gelezen.fouten.map(formatCsvFout));
  if (gelezen.fouten.length) return resultaat;

  const inhoud = `${JSON.stringify({ $schema: bestaandSchema(doel), voorzieningen: gelezen.voorzieningen }, null, 2)}\n`;
  const proef = mkdtempSync(join(tmpdir(), 'routekaart-import-'));
  try {
    cpSync(map, join(proef, regioId), { recursive: true });
    writeFileSync(join(proef, regioId, 'voorzieningen.json'), inhoud);
    const { fouten } = loadRegio(proef, regioId, vandaag);
    for (const f of fouten) {
      const plek = f.bestand === `${regioId}/voorzieningen.json` ? padInLijst(f.pad) : undefined;
      const tekstFout = plek
        ? formatCsvFout({ rij: gelezen.rijen[plek.index], kolom: kolomVanPad(plek.rest), melding: f.melding })
        : `${formatFout(f)}${f.bestand.endsWith('routes.json') ? ' (de route verwijst naar een voorziening die na de import niet meer klopt)' : ''}`;
      (f.ernst === 'fout' ? resultaat.fouten : resultaat.waarschuwingen).push(tekstFout);
    }
  } finally {
    rmSync(proef, { recursive: true, force: true });
  }
  if (resultaat.fouten.length) return resultaat;
  return { ...resultaat, voorzieningen: gelezen.voorzieningen, inhoud };
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
