/**
 * "Around the kitchen table": who is involved with the family in each age band, counted by role. Many
 * professionals at once, or none of the family's own people, is worth a gentle question to the coalition.
 */
import { betrokkeneSleutel } from './betrokkenheid.ts';
import type { Betrokkene, Klantreis, RolId } from './schema.ts';

/** From this many professionals at once, parents often no longer know whom to call. */
export const VEEL_PROFESSIONALS = 5;
/** From this many professionals, the absence of the family's own network stands out. */
export const NETWERK_VANAF_PROFESSIONALS = 3;

export interface KeukentafelBand {
  bandId: string;
  naam: string;
  professionals: number;
  netwerk: number;
  ouders: number;
  waarschuwing?: string;
}

export function keukentafel(k: Klantreis): KeukentafelBand[] {
  return k.banden.map((band) => {
    const professionals = telUniek(band.betrokkenen, 'professional');
    const netwerk = telUniek(band.betrokkenen, 'netwerk');
    const ouders = telUniek(band.betrokkenen, 'ouder');
    const waarschuwing = waarschuwingVoor(professionals, netwerk);
    return { bandId: band.id, naam: band.naam, professionals, netwerk, ouders, ...(waarschuwing ? { waarschuwing } : {}) };
  });
}

/**
 * The same person is often entered twice (once per overdracht or per contact); who they are is the same
 * naam + organisatie key the timeline draws one row per. A row without a naam is a half-filled form line.
 */
function telUniek(betrokkenen: readonly Betrokkene[], rol: RolId): number {
  const wie = new Set<string>();
  for (const b of betrokkenen) {
    if (b.rol !== rol || b.naam.trim() === '') continue;
    wie.add(betrokkeneSleutel(b.naam, b.organisatie));
  }
  return wie.size;
}

function waarschuwingVoor(professionals: number, netwerk: number): string | undefined {
  const zinnen: string[] = [];
  if (professionals >= VEEL_PROFESSIONALS) {
    zinnen.push(`Er zijn ${professionals} professionals tegelijk betrokken. Weten de ouders wie hun vaste aanspreekpunt is?`);
  }
  if (professionals >= NETWERK_VANAF_PROFESSIONALS && netwerk === 0) {
    zinnen.push(
      'Er staat nog niemand uit het eigen netwerk van het gezin bij, zoals familie, vrienden of buren. Is er iemand op wie de ouders kunnen terugvallen?',
    );
  }
  return zinnen.length > 0 ? zinnen.join(' ') : undefined;
}
