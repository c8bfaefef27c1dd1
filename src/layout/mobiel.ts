/**
 * The vertical timeline for narrow screens, derived from the same map layout as the wide SVG (not a second
 * reading of the data): each span goes to the fase its bar starts in, grouped by lane, in the map's order.
 */
import type { NiveauId } from '../domain/ids.ts';
import type { FaseId } from '../domain/tijdlijn.ts';
import type { KaartLayout } from './kaart.ts';

export interface MobielGroep {
  niveau: NiveauId;
  naam: string;
  ids: string[];
}

export interface MobielFase {
  id: FaseId;
  naam: string;
  groepen: MobielGroep[];
}

export function verticaleTijdlijn(layout: KaartLayout): MobielFase[] {
  const inTijd = [...layout.spans].sort((a, b) => a.x - b.x || a.rij - b.rij);
  return layout.fases.map((fase) => ({
    id: fase.id,
    naam: fase.naam,
    groepen: layout.lanen
      .map((laan) => ({
        niveau: laan.niveau,
        naam: laan.naam,
        ids: inTijd.filter((s) => s.niveau === laan.niveau && s.x >= fase.x && s.x < fase.x + fase.width).map((s) => s.id),
      }))
      .filter((groep) => groep.ids.length > 0),
  }));
}
