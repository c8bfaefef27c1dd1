/**
 * Where cases live: this browser's localStorage, never a server. One key holds every case; a case that no longer
 * passes the schema (an older or hand-edited copy) is not thrown away but set aside under its own key, so
 * nothing the group wrote is lost without them knowing.
 */
import { klantreisSchema, type Klantreis } from '../../domain/klantreis/schema.ts';

export const OPSLAG_SLEUTEL = 'routekaart.klantreizen.v1';
export const APART_SLEUTEL = 'routekaart.klantreizen.apart';

export interface Geladen {
  reizen: Klantreis[];
  /** How many stored cases could not be read and were set aside. */
  apartGezet: number;
}

/** A stored list, or the stored text as its only item when it is not one: kept as it was, never dropped. */
function leesLijst(tekst: string | null): unknown[] {
  if (!tekst) return [];
  try {
    const lijst: unknown = JSON.parse(tekst);
    return Array.isArray(lijst) ? lijst : [tekst];
  } catch {
    return [tekst];
  }
}

export function laadReizen(opslag: Storage): Geladen {
  const lijst = leesLijst(opslag.getItem(OPSLAG_SLEUTEL));
  const reizen: Klantreis[] = [];
  const apart: unknown[] = [];
  for (const item of lijst) {
    const uitslag = klantreisSchema.safeParse(item);
    if (uitslag.success) reizen.push(uitslag.data);
    else apart.push(item);
  }
  if (apart.length) {
    const eerder = leesLijst(opslag.getItem(APART_SLEUTEL));
    opslag.setItem(APART_SLEUTEL, JSON.stringify([...eerder, ...apart]));
    opslag.setItem(OPSLAG_SLEUTEL, JSON.stringify(reizen));
  }
  return { reizen, apartGezet: apart.length };
}

/** Saves every case; false when the browser refuses (storage full or switched off). */
export function bewaarReizen(opslag: Storage, reizen: readonly Klantreis[]): boolean {
  try {
    opslag.setItem(OPSLAG_SLEUTEL, JSON.stringify(reizen));
    return true;
  } catch {
    return false;
  }
}
