/**
 * A whole region as one JSON file: the validated data in the form of data contract v1, without what the build
 * derives (columns), so whoever downloads it can publish it again as data/<regio>/ or feed it to another tool.
 */
import type { KlantrouteModel, RegioModel, VoorzieningModel } from '../model.ts';
import type { Klantroute } from '../schema/klantroute.ts';
import type { Regio } from '../schema/regio.ts';
import type { Voorziening } from '../schema/voorziening.ts';

export interface Licentie {
  naam: string;
  url: string;
}

/** What we suggest for a region's data unless regio.json says otherwise: reuse freely, name the source. */
export const STANDAARD_LICENTIE: Licentie = {
  naam: 'CC BY 4.0 (Naamsvermelding 4.0 Internationaal)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
};

export function licentieVan(regio: RegioModel): Licentie {
  return regio.regio.licentie ?? STANDAARD_LICENTIE;
}

export interface RegioExport {
  formaat: 'routekaart-kansrijke-start';
  versie: 1;
  id: string;
  licentie: Licentie;
  regio: Omit<Regio, '$schema'>;
  doelgroepen: RegioModel['doelgroepen'];
  voorzieningen: Voorziening[];
  routes: Klantroute[];
}

/** `basis` (where a voorziening from the landelijke basis was adapted) is derived too: the export holds the merged voorziening. */
export function voorzieningZonderAfgeleiden({ kolommen: _k, momentKolommen: _m, basis: _b, ...voorziening }: VoorzieningModel): Voorziening {
  return voorziening;
}

function routeZonderAfgeleiden(route: KlantrouteModel): Klantroute {
  return { ...route, stappen: route.stappen.map(({ kolom: _k, ...stap }) => stap) };
}

export function regioNaarExport(regio: RegioModel): RegioExport {
  return {
    formaat: 'routekaart-kansrijke-start',
    versie: 1,
    id: regio.id,
    licentie: licentieVan(regio),
    regio: regio.regio,
    doelgroepen: regio.doelgroepen,
    voorzieningen: regio.voorzieningen.map(voorzieningZonderAfgeleiden),
    routes: regio.routes.map(routeZonderAfgeleiden),
  };
}

export function regioNaarJson(regio: RegioModel): string {
  return `${JSON.stringify(regioNaarExport(regio), null, 2)}\n`;
}
