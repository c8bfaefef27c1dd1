/**
 * `npm run import`: a spreadsheet replaces a region's voorzieningen.json — but only when the whole region still
 * passes every check the build does (ids, moments inside periods, routes that point at voorzieningen). The checks
 * build the region in memory with the new file in place of the old one; src/io writes the result.
 */
import { bouwRegio, type Bestanden, type BouwOpties } from '../bouwen.ts';
import type { Basis } from '../basis.ts';
import { formatFout } from '../fouten.ts';
import type { Voorziening } from '../schema/voorziening.ts';
import { decodeerCsv, formatCsvFout, kolomVanPad, voorzieningenUitCsv } from './csv.ts';

export const STANDAARD_SCHEMA = '../../public/schema/voorzieningen.json';

export interface ImportResultaat {
  fouten: string[];
  waarschuwingen: string[];
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

/**
 * The CSV as the region's new voorzieningen.json, checked together with the rest of the region's files (`regio`,
 * the entries of its folder) against the landelijke basis.
 */
export function importeerCsv(opties: { regioId: string; regio: Bestanden; basis: Basis; bytes: Uint8Array } & BouwOpties): ImportResultaat {
  const { regioId, regio, basis, bytes, ...bouwOpties } = opties;
  const resultaat: ImportResultaat = { fouten: [], waarschuwingen: [], voorzieningen: [] };
  const { tekst, waarschuwing } = decodeerCsv(bytes);
  if (waarschuwing) resultaat.waarschuwingen.push(waarschuwing);
  const gelezen = voorzieningenUitCsv(tekst);
  resultaat.fouten.push(...gelezen.fouten.map(formatCsvFout));
  if (gelezen.fouten.length) return resultaat;

  const inhoud = `${JSON.stringify({ $schema: bestaandSchema(regio.get('voorzieningen.json')), voorzieningen: gelezen.voorzieningen }, null, 2)}\n`;
  const proef = new Map(regio).set('voorzieningen.json', inhoud);
  const { fouten } = bouwRegio(regioId, proef, basis, bouwOpties);
  for (const f of fouten) {
    const plek = f.bestand === `${regioId}/voorzieningen.json` ? padInLijst(f.pad) : undefined;
    const tekstFout = plek
      ? formatCsvFout({ rij: gelezen.rijen[plek.index], kolom: kolomVanPad(plek.rest), melding: f.melding })
      : `${formatFout(f)}${f.bestand.endsWith('routes.json') ? ' (de route verwijst naar een voorziening die na de import niet meer klopt)' : ''}`;
    (f.ernst === 'fout' ? resultaat.fouten : resultaat.waarschuwingen).push(tekstFout);
  }
  if (resultaat.fouten.length) return resultaat;
  return { ...resultaat, voorzieningen: gelezen.voorzieningen, inhoud };
}
