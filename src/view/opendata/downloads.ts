/**
 * The open data files of a region: where they live, what they are, and the function that makes each. The
 * endpoints in src/pages/[regio]/data/ and the download section use this one list, so links and files agree.
 */
import { locatiesNaarCsv, voorzieningenNaarCsv } from '../../domain/export/csv.ts';
import { regioNaarHsdsJson } from '../../domain/export/hsds.ts';
import { regioNaarJson } from '../../domain/export/json.ts';
import type { RegioModel } from '../../domain/model.ts';

export interface Download {
  /** Path inside the region, e.g. "data/voorzieningen.csv". */
  pad: string;
  titel: string;
  formaat: string;
  uitleg: string;
  type: string;
  /** File name offered to the browser on download. */
  bestandsnaam(regioId: string): string;
  maak(regio: RegioModel): string;
}

export const DOWNLOADS: readonly Download[] = [
  {
    pad: 'data/routekaart.json',
    titel: 'De hele routekaart',
    formaat: 'JSON',
    uitleg: 'Regio, doelgroepen, voorzieningen en klantroutes in het gegevensformaat van deze site (datacontract v1).',
    type: 'application/json',
    bestandsnaam: (id) => `${id}-routekaart.json`,
    maak: regioNaarJson,
  },
  {
    pad: 'data/voorzieningen.csv',
    titel: 'Voorzieningen als spreadsheet',
    formaat: 'CSV',
    uitleg: 'Eén rij per voorziening, te openen in Excel (puntkomma als scheidingsteken, UTF-8). Na bewerken terug te lezen met npm run import.',
    type: 'text/csv',
    bestandsnaam: (id) => `${id}-voorzieningen.csv`,
    maak: (regio) => voorzieningenNaarCsv(regio.voorzieningen),
  },
  {
    pad: 'data/locaties.csv',
    titel: 'Adressen als spreadsheet',
    formaat: 'CSV',
    uitleg: 'Eén rij per adres (locatie) met het id van de voorziening, openingstijden en toelichting. Terug te lezen samen met de voorzieningen: npm run import -- voorzieningen.csv --locaties locaties.csv.',
    type: 'text/csv',
    bestandsnaam: (id) => `${id}-locaties.csv`,
    maak: (regio) => locatiesNaarCsv(regio.voorzieningen),
  },
  {
    pad: 'data/hsds.json',
    titel: 'Voor sociale kaarten: Open Referral HSDS 3.0',
    formaat: 'JSON',
    uitleg: 'Aanbieders als organizations en voorzieningen als services, in de internationale standaard Human Services Data Specification.',
    type: 'application/json',
    bestandsnaam: (id) => `${id}-hsds.json`,
    maak: regioNaarHsdsJson,
  },
];

/** Size in bytes as the file is written (UTF-8). */
export function bytes(tekst: string): number {
  return new TextEncoder().encode(tekst).length;
}

/** 12345 → "12,1 kB"; under a kilobyte in bytes. */
export function grootteInWoorden(aantal: number): string {
  if (aantal < 1024) return `${aantal} bytes`;
  const kb = aantal / 1024;
  if (kb < 1024) return `${kb.toFixed(1).replace('.', ',')} kB`;
  return `${(kb / 1024).toFixed(1).replace('.', ',')} MB`;
}

export function downloadResponse(download: Download, regio: RegioModel): Response {
  return new Response(download.maak(regio), { headers: { 'Content-Type': `${download.type}; charset=utf-8` } });
}
