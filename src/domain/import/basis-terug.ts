/**
 * A spreadsheet holds whole voorzieningen: a row of one from the landelijke basis (data/_basis) shows the merged
 * fields. Read back, such a row should stay what it was in voorzieningen.json — `{ "basis": "<id>", … }` with only
 * the region's own fields — or the region would silently stop following the basis. A field stays the region's own
 * when it was so before, or when the row now differs from the basis; an unchanged row gives the very same item.
 */
import { isBasisVerwijzing, type Basis } from '../basis.ts';
import { voorzieningSchema, type BasisVerwijzing, type Voorziening } from '../schema/voorziening.ts';

/** An item of voorzieningen.json: a whole voorziening, or a reference to one in the landelijke basis. */
export type VoorzieningItem = Voorziening | BasisVerwijzing;

/** The items of a voorzieningen.json as it is now ({ voorzieningen: [...] } or a bare list); [] when unreadable. */
export function bestaandeItems(huidig: Uint8Array | string | null | undefined): unknown[] {
  if (huidig === undefined || huidig === null) return [];
  try {
    const tekst = typeof huidig === 'string' ? huidig : new TextDecoder().decode(huidig);
    const json = JSON.parse(tekst.replace(/^\uFEFF/, '')) as unknown;
    if (Array.isArray(json)) return json;
    const lijst = (json as { voorzieningen?: unknown } | null)?.voorzieningen;
    return Array.isArray(lijst) ? lijst : [];
  } catch {
    return [];
  }
}

/** Equal as JSON values, whatever the order of the keys (a basis file may write an aanbieder's fields in another order). */
export function gelijk(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => gelijk(x, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => gelijk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const VELDEN = (Object.keys(voorzieningSchema.shape) as (keyof Voorziening)[]).filter((k) => k !== 'id');

/**
 * The read voorzieningen as items of voorzieningen.json: those that were a reference to the basis (by their id)
 * become one again; every other voorziening is written whole.
 */
export function naarBasisVerwijzingen(voorzieningen: readonly Voorziening[], huidig: readonly unknown[], basis: Basis): VoorzieningItem[] {
  const verwijzingen = new Map<string, Record<string, unknown> & { basis: string }>();
  for (const item of huidig) {
    if (!isBasisVerwijzing(item) || typeof item.basis !== 'string') continue;
    const ref = item as Record<string, unknown> & { basis: string };
    verwijzingen.set(typeof ref.id === 'string' ? ref.id : ref.basis, ref);
  }
  return voorzieningen.map((v) => {
    const oud = verwijzingen.get(v.id);
    const bron = oud && basis.voorzieningen.get(oud.basis);
    if (!oud || !bron) return v;
    const item: Record<string, unknown> = { basis: oud.basis };
    if ('id' in oud || v.id !== bron.id) item.id = v.id;
    for (const veld of VELDEN) {
      if (v[veld] !== undefined && (veld in oud || !gelijk(v[veld], bron[veld]))) item[veld] = v[veld];
    }
    return item as BasisVerwijzing;
  });
}
