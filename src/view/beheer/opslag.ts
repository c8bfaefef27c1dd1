/**
 * Work in progress kept in this browser's localStorage until it is downloaded, with the klantreis's care
 * (src/view/klantreis/opslag.ts): every access guarded, since storage may be switched off (reading throws) or full
 * (writing throws) — the page then works on in the tab and says so.
 *
 * Two tabs share one key per region. A save never writes the tab's own copy blindly: it reads what is stored, merges
 * it item by item (the later edit of each voorziening, route, regio or doelgroepen wins; removals are kept as such)
 * and writes that. The page follows the `storage` event with volgWerk.
 */
import type { Item, Werk } from './werk.ts';

export const BEHEER_SLEUTEL = 'routekaart.beheer.v1.';

export type Opslag = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export { browserOpslag } from '../browser-opslag.ts';

const isItem = (i: unknown): i is Item =>
  typeof i === 'object' && i !== null && typeof (i as Item).sleutel === 'string' && typeof (i as Item).tijd === 'number' && 'data' in i;

function isWerk(w: unknown, regioId: string): w is Werk {
  if (typeof w !== 'object' || w === null) return false;
  const werk = w as Werk;
  return (
    werk.versie === 1 &&
    werk.regioId === regioId &&
    typeof werk.geopend === 'string' &&
    isItem(werk.regio) &&
    isItem(werk.doelgroepen) &&
    Array.isArray(werk.voorzieningen) &&
    werk.voorzieningen.every(isItem) &&
    Array.isArray(werk.routes) &&
    werk.routes.every(isItem) &&
    typeof werk.origineel === 'object' &&
    typeof werk.overig === 'object'
  );
}

/** The stored work of a region; undefined when there is none, it cannot be read, or the browser refuses. */
export function laadWerk(opslag: Opslag | undefined, regioId: string): Werk | undefined {
  try {
    const tekst = opslag?.getItem(BEHEER_SLEUTEL + regioId);
    if (!tekst) return undefined;
    const werk: unknown = JSON.parse(tekst);
    return isWerk(werk, regioId) ? werk : undefined;
  } catch {
    return undefined;
  }
}

function lijst(eigen: readonly Item[], ander: readonly Item[]): Item[] {
  const anderPerSleutel = new Map(ander.map((i) => [i.sleutel, i]));
  const uit = eigen.map((i) => {
    const a = anderPerSleutel.get(i.sleutel);
    return a && a.tijd > i.tijd ? a : i;
  });
  const bekend = new Set(eigen.map((i) => i.sleutel));
  for (const a of ander) if (!bekend.has(a.sleutel)) uit.push(a);
  return uit;
}

const later = (a: Item, b: Item) => (b.tijd > a.tijd ? b : a);

/**
 * Two versions of one work, item by item. Work of another opening (the region was opened again, in another tab)
 * is not mixed in: the later opening wins whole.
 */
export function voegSamen(eigen: Werk, ander: Werk | undefined): Werk {
  if (!ander) return eigen;
  if (ander.geopend !== eigen.geopend) return ander.geopend > eigen.geopend ? ander : eigen;
  return {
    ...eigen,
    regio: later(eigen.regio, ander.regio),
    doelgroepen: later(eigen.doelgroepen, ander.doelgroepen),
    voorzieningen: lijst(eigen.voorzieningen, ander.voorzieningen),
    routes: lijst(eigen.routes, ander.routes),
  };
}

export interface Bewaard {
  werk: Werk;
  bewaard: boolean;
}

/** Saves the work merged with what another tab stored; bewaard is false when the browser refused. */
export function bewaarWerk(opslag: Opslag | undefined, werk: Werk): Bewaard {
  if (!opslag) return { werk, bewaard: false };
  const samen = voegSamen(werk, laadWerk(opslag, werk.regioId));
  try {
    opslag.setItem(BEHEER_SLEUTEL + werk.regioId, JSON.stringify(samen));
    return { werk: samen, bewaard: true };
  } catch {
    return { werk: samen, bewaard: false };
  }
}

/** The work after another tab wrote (the `storage` event). */
export function volgWerk(opslag: Opslag | undefined, werk: Werk): Werk {
  return voegSamen(werk, laadWerk(opslag, werk.regioId));
}

/** Forgets the stored work of a region (after "Opnieuw openen"); false when the browser refused. */
export function vergeetWerk(opslag: Opslag | undefined, regioId: string): boolean {
  try {
    opslag?.removeItem(BEHEER_SLEUTEL + regioId);
    return true;
  } catch {
    return false;
  }
}

/** The region whose work was saved last, to open it again at /beheer/ without ?regio=. */
export const LAATSTE_SLEUTEL = 'routekaart.beheer.laatste';
export function laatsteRegio(opslag: Opslag | undefined): string | undefined {
  try {
    return opslag?.getItem(LAATSTE_SLEUTEL) ?? undefined;
  } catch {
    return undefined;
  }
}
export function onthoudRegio(opslag: Opslag | undefined, regioId: string): void {
  try {
    opslag?.setItem(LAATSTE_SLEUTEL, regioId);
  } catch {
    // Only a convenience: without it the page asks which region to open.
  }
}
