/**
 * Edits to a klantreis as pure functions: the editor keeps a case immutable, so every change is one new value
 * to autosave, and no edit can leave the case in a state its own export would refuse (removing a betrokkene
 * removes the overdrachten that name it).
 */
import type { Band, Betrokkene, Klantreis } from './schema.ts';

type MetId = { id: string };

/** The list with the item of this id replaced by wijzig(item). */
export function wijzigIn<T extends MetId>(lijst: readonly T[], id: string, wijzig: (item: T) => T): T[] {
  return lijst.map((item) => (item.id === id ? wijzig(item) : item));
}

export function zonder<T extends MetId>(lijst: readonly T[], id: string): T[] {
  return lijst.filter((item) => item.id !== id);
}

export function wijzigBand(k: Klantreis, bandId: string, wijzig: (band: Band) => Band): Klantreis {
  return { ...k, banden: wijzigIn(k.banden, bandId, wijzig) };
}

/** Removes overdrachten from or to a betrokkene that no longer exists. */
function zonderLosseOverdrachten(k: Klantreis): Klantreis {
  const ids = new Set(k.banden.flatMap((b) => b.betrokkenen.map((p) => p.id)));
  const overdrachten = k.overdrachten.filter((o) => ids.has(o.van) && ids.has(o.naar));
  return overdrachten.length === k.overdrachten.length ? k : { ...k, overdrachten };
}

export function verwijderBetrokkene(k: Klantreis, bandId: string, betrokkeneId: string): Klantreis {
  return zonderLosseOverdrachten(wijzigBand(k, bandId, (b) => ({ ...b, betrokkenen: zonder(b.betrokkenen, betrokkeneId) })));
}

export function verwijderBand(k: Klantreis, bandId: string): Klantreis {
  return zonderLosseOverdrachten({ ...k, banden: zonder(k.banden, bandId) });
}

/** A band holds something worth a confirmation before it is removed. */
export function bandHeeftInhoud(band: Band): boolean {
  const teksten = [band.feiten, band.perspectieven.ouders, band.perspectieven.professionals, band.succesfactoren, band.verbeterfactoren];
  return band.betrokkenen.length > 0 || band.acties.length > 0 || teksten.some((t) => t.trim() !== '');
}

/** Every betrokkene of the case with the band it is listed in, for choosing the two sides of an overdracht. */
export function alleBetrokkenen(k: Klantreis): { band: Band; betrokkene: Betrokkene }[] {
  return k.banden.flatMap((band) => band.betrokkenen.map((betrokkene) => ({ band, betrokkene })));
}

export function gestempeld(k: Klantreis, nu: Date): Klantreis {
  return { ...k, bijgewerkt: nu.toISOString() };
}
