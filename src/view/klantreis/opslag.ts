/**
 * Where cases live: this browser's localStorage, never a server. One key holds every case; a case that no longer
 * passes the schema (an older or hand-edited copy) is not thrown away but set aside under its own key, so
 * nothing the group wrote is lost without them knowing.
 *
 * Two tabs share that key. So a save never writes a tab's own list: it reads what is stored now, puts in the one
 * case that changed (by id; of two versions the later `bijgewerkt` wins) or takes out the one removed, and writes
 * that. The editor follows the `storage` event, which tells a tab that another one wrote, with volgOpslag.
 *
 * The browser may refuse: storage switched off (reading localStorage throws), or full (writing throws). Every
 * access is guarded; the editor then works on in the tab, keeps what it could not save, and says so.
 */
import { klantreisSchema, type Klantreis } from '../../domain/klantreis/schema.ts';

export const OPSLAG_SLEUTEL = 'routekaart.klantreizen.v1';
export const APART_SLEUTEL = 'routekaart.klantreizen.apart';

export type Opslag = Pick<Storage, 'getItem' | 'setItem'>;

export { browserOpslag } from '../browser-opslag.ts';

export interface Geladen {
  reizen: Klantreis[];
  /** How many stored cases could not be read. */
  apartGezet: number;
  /** The unreadable cases could not be set aside (storage full): they stay where they were, untouched. */
  apartMislukt?: true;
  /** There is no storage to read: switched off, or reading it failed. */
  onbeschikbaar?: true;
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

/** The stored list as it is now; undefined when the browser refuses to read it. */
function leesOpgeslagen(opslag: Opslag | undefined): unknown[] | undefined {
  if (!opslag) return undefined;
  try {
    return leesLijst(opslag.getItem(OPSLAG_SLEUTEL));
  } catch {
    return undefined;
  }
}

function schrijf(opslag: Opslag, sleutel: string, waarde: unknown): boolean {
  try {
    opslag.setItem(sleutel, JSON.stringify(waarde));
    return true;
  } catch {
    return false;
  }
}

export function laadReizen(opslag: Opslag | undefined): Geladen {
  const lijst = leesOpgeslagen(opslag);
  if (!opslag || !lijst) return { reizen: [], apartGezet: 0, onbeschikbaar: true };
  const reizen: Klantreis[] = [];
  const apart: unknown[] = [];
  for (const item of lijst) {
    const uitslag = klantreisSchema.safeParse(item);
    if (uitslag.success) reizen.push(uitslag.data);
    else apart.push(item);
  }
  if (!apart.length) return { reizen, apartGezet: 0 };
  // The copy first: the list loses its unreadable cases only once they are safe under the other key.
  let eerder: unknown[] = [];
  try {
    eerder = leesLijst(opslag.getItem(APART_SLEUTEL));
  } catch {
    return { reizen, apartGezet: apart.length, apartMislukt: true };
  }
  if (!schrijf(opslag, APART_SLEUTEL, [...eerder, ...apart])) return { reizen, apartGezet: apart.length, apartMislukt: true };
  schrijf(opslag, OPSLAG_SLEUTEL, reizen);
  return { reizen, apartGezet: apart.length };
}

export type Wijziging = { bewaar: Klantreis } | { verwijder: string };

export interface Bewaard {
  /** The cases as they now are: what is stored (with other tabs' changes), plus what this tab could not save. */
  reizen: Klantreis[];
  /** Ids of cases in `reizen` whose latest version is not stored: they are written again with the next save. */
  onbewaard: Set<string>;
  /** False when the browser refused the write. */
  bewaard: boolean;
}

const idVan = (item: unknown) => (typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined);
const bijgewerktVan = (item: unknown) => {
  const waarde = typeof item === 'object' && item !== null ? (item as { bijgewerkt?: unknown }).bijgewerkt : undefined;
  return typeof waarde === 'string' ? waarde : '';
};

/**
 * The stored list with this tab's own versions of `eigen` put in (by id, the later `bijgewerkt` wins; new ones at
 * the end) and `weg` taken out; unreadable items stay as they are. With the cases it holds, for the editor: the
 * tab's own objects where nothing changed, so only what another tab changed is read again.
 */
function voegSamen(opgeslagen: readonly unknown[], geheugen: readonly Klantreis[], eigen: ReadonlyMap<string, Klantreis>, weg?: string) {
  const bekend = new Map(geheugen.map((k) => [k.id, k]));
  const gebruikt = new Set<string>();
  const lijst: unknown[] = [];
  for (const item of opgeslagen) {
    const id = idVan(item);
    if (typeof id === 'string' && id === weg) continue;
    const mijn = typeof id === 'string' ? eigen.get(id) : undefined;
    if (mijn) {
      gebruikt.add(mijn.id);
      lijst.push(bijgewerktVan(item) > mijn.bijgewerkt ? item : mijn);
    } else lijst.push(item);
  }
  for (const [id, k] of eigen) if (!gebruikt.has(id) && id !== weg) lijst.push(k);

  const eigenObjecten = new Set<unknown>(eigen.values());
  const reizen: Klantreis[] = [];
  for (const item of lijst) {
    if (eigenObjecten.has(item)) {
      reizen.push(item as Klantreis);
      continue;
    }
    const id = idVan(item);
    const zelfde = typeof id === 'string' ? bekend.get(id) : undefined;
    if (zelfde && bijgewerktVan(item) === zelfde.bijgewerkt) {
      reizen.push(zelfde);
      continue;
    }
    const uitslag = klantreisSchema.safeParse(item);
    if (uitslag.success) reizen.push(uitslag.data);
  }
  return { lijst, reizen };
}

/** This tab's versions that must go in with the next write: the unsaved ones, and the one that changed. */
function eigenVersies(geheugen: readonly Klantreis[], onbewaard: ReadonlySet<string>, wijziging?: Wijziging): Map<string, Klantreis> {
  const eigen = new Map(geheugen.filter((k) => onbewaard.has(k.id)).map((k) => [k.id, k]));
  if (wijziging && 'bewaar' in wijziging) eigen.set(wijziging.bewaar.id, wijziging.bewaar);
  return eigen;
}

/**
 * Saves one change against what is stored now, so a case another tab added or changed since is kept. `geheugen` is
 * the tab's list, `onbewaard` the ids it could not save before. Without storage, or when the browser refuses the
 * write, the change is made in the tab only and its case is marked unsaved.
 */
export function bewaarWijziging(opslag: Opslag | undefined, geheugen: readonly Klantreis[], wijziging: Wijziging, onbewaard: ReadonlySet<string> = new Set()): Bewaard {
  const weg = 'verwijder' in wijziging ? wijziging.verwijder : undefined;
  const eigen = eigenVersies(geheugen, onbewaard, wijziging);
  const opgeslagen = leesOpgeslagen(opslag);
  // Nothing to read: the tab's own list is all there is.
  const { lijst, reizen } = voegSamen(opgeslagen ?? geheugen, geheugen, eigen, weg);
  const bewaard = opslag !== undefined && opgeslagen !== undefined && schrijf(opslag, OPSLAG_SLEUTEL, lijst);
  return { reizen, onbewaard: bewaard ? new Set() : new Set([...eigen.keys()].filter((id) => id !== weg)), bewaard };
}

/**
 * The list after another tab wrote (the `storage` event): what is stored now, with this tab's unsaved cases kept.
 * A case the other tab removed is gone, unless this tab holds an unsaved version of it.
 */
export function volgOpslag(opslag: Opslag | undefined, geheugen: readonly Klantreis[], onbewaard: ReadonlySet<string>): Klantreis[] {
  const opgeslagen = leesOpgeslagen(opslag);
  if (!opgeslagen) return [...geheugen];
  return voegSamen(opgeslagen, geheugen, eigenVersies(geheugen, onbewaard)).reizen;
}
