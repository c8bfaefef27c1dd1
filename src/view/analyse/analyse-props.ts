/** What every part of the analysis page is given: the region and its analysis, with its voorzieningen's names by id. */
import type { Analyse } from '../../domain/analyse.ts';
import type { RegioModel } from '../../domain/model.ts';

export interface AnalyseProps {
  regio: RegioModel;
  analyse: Analyse;
}

/** The analysis names voorzieningen by id; the page shows their names. */
export function namenPerId(regio: RegioModel): ReadonlyMap<string, string> {
  return new Map(regio.voorzieningen.map((v) => [v.id, v.naam]));
}
