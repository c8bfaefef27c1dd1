/**
 * When a voorziening exists (`beschikbaar`: a pilot that ended, a service that starts later). Outside its window a
 * voorziening is not drawn on the map and not suggested by the verwijswijzer; its own page stays and says why.
 * Dates are JJJJ-MM-DD texts and compare as text; both ends of the window count.
 */
import type { RegioModel, VoorzieningModel } from './model.ts';
import type { Voorziening } from './schema/voorziening.ts';

export type Beschikbaarheid =
  | { stand: 'beschikbaar'; tot?: string }
  | { stand: 'nog-niet'; vanaf: string }
  /** `sinds`: the first day it was no longer there (the day after `tot`). */
  | { stand: 'voorbij'; tot: string; sinds: string };

/** "2026-11-22" from a Date, in UTC like every date of the build. */
export function isoDatum(datum: Date): string {
  return datum.toISOString().slice(0, 10);
}

/** The day after a JJJJ-MM-DD date. */
export function dagNa(iso: string): string {
  const dag = new Date(`${iso}T00:00:00Z`);
  dag.setUTCDate(dag.getUTCDate() + 1);
  return isoDatum(dag);
}

/** Whole days from `van` to `tot` (negative when `tot` lies before `van`). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}

export function beschikbaarheid(voorziening: Pick<Voorziening, 'beschikbaar'>, vandaag: string): Beschikbaarheid {
  const { van, tot } = voorziening.beschikbaar ?? {};
  if (van && vandaag < van) return { stand: 'nog-niet', vanaf: van };
  if (tot && vandaag > tot) return { stand: 'voorbij', tot, sinds: dagNa(tot) };
  return tot ? { stand: 'beschikbaar', tot } : { stand: 'beschikbaar' };
}

export function isBeschikbaar(voorziening: Pick<Voorziening, 'beschikbaar'>, vandaag: string): boolean {
  return beschikbaarheid(voorziening, vandaag).stand === 'beschikbaar';
}

/** The voorzieningen drawn on the map on this day: those inside their `beschikbaar` window. */
export function opDeKaart<T extends Pick<VoorzieningModel, 'beschikbaar'>>(voorzieningen: readonly T[], vandaag: string): T[] {
  return voorzieningen.filter((v) => isBeschikbaar(v, vandaag));
}

/**
 * The region as the map shows it on this day: only the voorzieningen that are available. Everything else (routes,
 * texts) stays; the voorziening pages of the others are still built from the full region.
 */
export function regioOpDeKaart(regio: RegioModel, vandaag: string): RegioModel {
  const voorzieningen = opDeKaart(regio.voorzieningen, vandaag);
  return voorzieningen.length === regio.voorzieningen.length ? regio : { ...regio, voorzieningen };
}

const DATUM_NL = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "1 juli 2026". */
export function datumInWoorden(iso: string): string {
  return DATUM_NL.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * What a voorziening page says: "Niet meer beschikbaar sinds 1 juli 2026.", "Beschikbaar vanaf 1 maart 2027." or,
 * for a pilot that still runs, "Beschikbaar tot en met 31 december 2026."; undefined when it simply is there.
 */
export function beschikbaarInWoorden(voorziening: Pick<Voorziening, 'beschikbaar'>, vandaag: string): string | undefined {
  const b = beschikbaarheid(voorziening, vandaag);
  if (b.stand === 'voorbij') return `Niet meer beschikbaar sinds ${datumInWoorden(b.sinds)}.`;
  if (b.stand === 'nog-niet') return `Beschikbaar vanaf ${datumInWoorden(b.vanaf)}.`;
  return b.tot ? `Beschikbaar tot en met ${datumInWoorden(b.tot)}.` : undefined;
}
