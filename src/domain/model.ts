/** The validated model of one region, as the layout and view layers receive it. */
import type { BasisHerkomst } from './basis.ts';
import type { HuisstijlModel } from './huisstijl.ts';
import type { Doelgroepen } from './schema/doelgroepen.ts';
import type { Klantroute, Stap } from './schema/klantroute.ts';
import type { Regio } from './schema/regio.ts';
import type { Voorziening } from './schema/voorziening.ts';

/** Column range on the timeline, inclusive. */
export interface KolomBereik {
  eerste: number;
  laatste: number;
}

export interface VoorzieningModel extends Voorziening {
  kolommen: KolomBereik;
  /** Column of each contact moment, in the order of `momenten`. */
  momentKolommen: number[];
  /** Set when the voorziening comes from the landelijke basis (data/_basis/): which fields the region changed. */
  basis?: BasisHerkomst;
}

export interface StapModel extends Stap {
  kolom: number;
}

export interface KlantrouteModel extends Omit<Klantroute, 'stappen'> {
  stappen: StapModel[];
}

export interface RegioModel {
  /** Folder name: the region's URL segment. */
  id: string;
  regio: Omit<Regio, '$schema'>;
  doelgroepen: Omit<Doelgroepen, '$schema'>;
  voorzieningen: VoorzieningModel[];
  routes: KlantrouteModel[];
  /** From the optional huisstijl.json. */
  huisstijl?: HuisstijlModel;
}
