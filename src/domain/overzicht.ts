/**
 * The overzicht table (the accessible alternative to the map) and the analysis' coverage share one grid: a row per
 * fase, a cell per niveau, and in it every voorziening whose periode touches that fase.
 */
import { NIVEAU_IDS, type NiveauId } from './ids.ts';
import type { VoorzieningModel } from './model.ts';
import { FASE_IDS, raaktFase, type FaseId } from './tijdlijn.ts';

export interface OverzichtRij<V> {
  fase: FaseId;
  cellen: { niveau: NiveauId; voorzieningen: V[] }[];
}

/** Fase × niveau, in timeline and lane order; a voorziening stands in every fase it touches, in data order. */
export function perFaseEnNiveau<V extends Pick<VoorzieningModel, 'niveau' | 'kolommen'>>(voorzieningen: readonly V[]): OverzichtRij<V>[] {
  return FASE_IDS.map((fase) => ({
    fase,
    cellen: NIVEAU_IDS.map((niveau) => ({ niveau, voorzieningen: voorzieningen.filter((v) => v.niveau === niveau && raaktFase(v.kolommen, fase)) })),
  }));
}
