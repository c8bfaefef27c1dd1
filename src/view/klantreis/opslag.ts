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

export function laadReizen(opslag: Storage): Geladen {
  const tekst = opslag.getItem(OPSLAG_SLEUTEL);
  if (!tekst) return { reizen: [], apartGezet: 0 };
  let opgeslagen: unknown;
  try {
    opgeslagen = JSON.parse(tekst);
  } catch {
    opgeslagen = null;
  }
  const lijst: unknown[] = Array.isArray(opgeslagen) ? opgeslagen : [tekst];
  const reizen: Klantreis[] = [];
  const apart: unknown[] = [];
  for (const item of lijst) {
    const uitslag = klantreisSchema.safeParse(item);
    if (uitslag.success) reizen.push(uitslag.data);
    else apart.push(item);
  }
  if (apart.length) {
    const eerder = JSON.parse(opslag.getItem(APART_SLEUTEL) ?? '[]') as unknown[];
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
