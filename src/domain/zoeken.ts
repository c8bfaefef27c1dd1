/**
 * Searching regions by gemeente on the home page. Accent-insensitive ("dongewald" finds "Dongewâld") and
 * forgiving of hyphens and spaces ("sint ewoud" finds "Sint-Ewoud"). The home page's script uses the same function.
 */
import type { RegioModel } from './model.ts';

/** The names of a search record, written into one HTML attribute and split again by the home page's script. */
export const NAMEN_SCHEIDING = '|';

export interface RegioZoekRecord {
  regio: RegioModel;
  /** What a visitor may type: the region's name and its gemeenten. */
  namen: string[];
}

/** The home page's list: every region by name (Dutch order), with its search names, and how many gemeenten in all. */
export function regioZoeklijst(regios: readonly RegioModel[]): { records: RegioZoekRecord[]; gemeenten: number } {
  const records = [...regios]
    .sort((a, b) => a.regio.naam.localeCompare(b.regio.naam, 'nl'))
    .map((regio) => ({ regio, namen: [regio.regio.naam, ...regio.regio.gemeenten] }));
  return { records, gemeenten: records.reduce((n, r) => n + r.regio.regio.gemeenten.length, 0) };
}

export function zoekvorm(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whether every word of the query starts a word of one of the names, or occurs in it. */
export function komtOvereen(zoekterm: string, namen: readonly string[]): boolean {
  const woorden = zoekvorm(zoekterm).split(' ').filter(Boolean);
  if (woorden.length === 0) return true;
  const hooiberg = namen.map(zoekvorm);
  return woorden.every((woord) => hooiberg.some((naam) => naam.includes(woord)));
}
