/** Cross-checks that no schema can express: ids are unique, references resolve, moments fall inside periods. */
import { beschikbaarheid, datumInWoorden, isoDatum } from './beschikbaar.ts';
import { fout, waarschuwing, type DataFout } from './fouten.ts';
import { adresRegel, alleenIn, gemeenteSleutel, gemeenteVanLocatie, opsomming, routeGemeenten } from './gemeente.ts';
import type { KlantrouteModel, KolomBereik, VoorzieningModel } from './model.ts';
import { closest } from './suggest.ts';

/** Entries older than this are flagged, so that readers can trust the map is current. */
export const VEROUDERD_NA_DAGEN = 365;

/** Days between a `bijgewerkt` date (YYYY-MM-DD) and today. */
export function ouderdomInDagen(bijgewerkt: string, vandaag: Date): number {
  return (vandaag.getTime() - new Date(`${bijgewerkt}T00:00:00Z`).getTime()) / 86_400_000;
}

interface Bestanden {
  voorzieningen: string;
  routes: string;
}

function inside(kolom: number, bereik: KolomBereik): boolean {
  return kolom >= bereik.eerste && kolom <= bereik.laatste;
}

/** regio.json › gemeenten: each gemeente once, also as it is written in a URL ("Sittard Geleen" = "Sittard-Geleen"). */
export function checkRegioGemeenten(bestand: string, gemeenten: readonly string[]): DataFout[] {
  const fouten: DataFout[] = [];
  const seen = new Map<string, number>();
  gemeenten.forEach((naam, i) => {
    const sleutel = gemeenteSleutel(naam);
    const eerder = seen.get(sleutel);
    if (eerder === undefined) {
      seen.set(sleutel, i);
    } else if (gemeenten[eerder] === naam) {
      fouten.push(fout(bestand, `gemeenten[${i}]`, `"${naam}" staat twee keer in de lijst (ook bij gemeenten[${eerder}]); haal er één weg`));
    } else {
      fouten.push(
        fout(bestand, `gemeenten[${i}]`, `"${naam}" en "${gemeenten[eerder]}" (gemeenten[${eerder}]) worden in een webadres allebei "${sleutel}"; noem elke gemeente één keer, op één manier geschreven`),
      );
    }
  });
  return fouten;
}

/** Addresses without a provincie: the open data (HSDS) asks for one with every address. */
export function checkProvincie(bestand: string, regio: { provincie?: string }, voorzieningen: readonly VoorzieningModel[]): DataFout[] {
  if (regio.provincie || !voorzieningen.some((v) => v.locaties?.length)) return [];
  return [
    waarschuwing(bestand, 'provincie', 'de voorzieningen hebben adressen, maar regio.json noemt geen provincie; de open data (Open Referral HSDS) vraagt die bij elk adres. Zet "provincie" in regio.json, zoals "Limburg"'),
  ];
}

/**
 * Whose gemeenten a voorziening may name: the region's, or — for the landelijke basis, the same everywhere — none.
 */
export type Gebied = { gemeenten: readonly string[] } | 'landelijke-basis';

/** A gemeente named by a voorziening or a locatie must be one of the region's. */
function checkGemeente(bestand: string, pad: string, naam: string, gebied: Gebied): DataFout[] {
  if (gebied === 'landelijke-basis') {
    return [fout(bestand, pad, `de landelijke basis is overal in Nederland hetzelfde en noemt geen gemeente ("${naam}"); zet de gemeenten in de voorzieningen.json van de regio, bij het item met "basis"`)];
  }
  const regioGemeenten = gebied.gemeenten;
  if (regioGemeenten.includes(naam)) return [];
  const suggestion = closest(naam, regioGemeenten);
  const hint = suggestion ? `bedoel je "${suggestion}"?` : `kies uit: ${regioGemeenten.map((g) => `"${g}"`).join(', ')}, of voeg de gemeente toe aan regio.json`;
  return [fout(bestand, pad, `gemeente "${naam}" staat niet in regio.json › gemeenten; ${hint}`)];
}

function checkWaar(bestand: string, pad: string, voorziening: VoorzieningModel, gebied: Gebied): DataFout[] {
  const fouten: DataFout[] = [];
  const regioGemeenten = gebied === 'landelijke-basis' ? undefined : gebied.gemeenten;
  const gezien = new Map<string, number>();
  voorziening.gemeenten?.forEach((naam, g) => {
    const eerder = gezien.get(naam);
    if (eerder !== undefined) {
      fouten.push(fout(bestand, `${pad}.gemeenten[${g}]`, `"${naam}" staat twee keer in de lijst (ook bij gemeenten[${eerder}]); haal er één weg`));
      return;
    }
    gezien.set(naam, g);
    fouten.push(...checkGemeente(bestand, `${pad}.gemeenten[${g}]`, naam, gebied));
  });
  voorziening.locaties?.forEach((locatie, l) => {
    if (locatie.gemeente !== undefined) {
      fouten.push(...checkGemeente(bestand, `${pad}.locaties[${l}].gemeente`, locatie.gemeente, gebied));
      return;
    }
    // Several gemeenten, and nothing says which one this address is in: the verwijswijzer cannot pick it for a family.
    const meerdere = regioGemeenten !== undefined && regioGemeenten.length > 1 && (alleenIn(voorziening, regioGemeenten)?.length ?? regioGemeenten.length) > 1;
    if (meerdere && !gemeenteVanLocatie(locatie, voorziening, regioGemeenten)) {
      fouten.push(
        waarschuwing(bestand, `${pad}.locaties[${l}]`, `in welke gemeente ligt ${adresRegel(locatie)}? Zet "gemeente" bij deze locatie (een naam uit regio.json › gemeenten), zodat de verwijswijzer een gezin de adressen in de eigen gemeente geeft`),
      );
    }
  });
  return fouten;
}

export function checkVoorzieningen(
  bestand: string,
  voorzieningen: readonly VoorzieningModel[],
  pathOf: (index: number) => string,
  vandaag: Date,
  /** Which gemeenten the voorzieningen may name; left out (no valid regio.json), they are not checked. */
  gebied?: Gebied,
): DataFout[] {
  const fouten: DataFout[] = [];
  const dag = isoDatum(vandaag);
  const seen = new Map<string, number>();
  voorzieningen.forEach((voorziening, index) => {
    const first = seen.get(voorziening.id);
    if (first !== undefined) {
      fouten.push(
        fout(bestand, `${pathOf(index)}.id`, `id "${voorziening.id}" komt twee keer voor (ook bij ${pathOf(first)}); geef elke voorziening een eigen id`),
      );
    } else {
      seen.set(voorziening.id, index);
    }
    voorziening.momentKolommen.forEach((kolom, m) => {
      if (!inside(kolom, voorziening.kolommen)) {
        const { van, tot } = voorziening.periode;
        fouten.push(
          fout(bestand, `${pathOf(index)}.momenten[${m}]`, `moment "${voorziening.momenten?.[m]}" ligt buiten de periode (${van}${tot ? ` tot ${tot}` : ''}); pas het moment of de periode aan`),
        );
      }
    });
    const ageInDays = ouderdomInDagen(voorziening.bijgewerkt, vandaag);
    if (ageInDays > VEROUDERD_NA_DAGEN) {
      fouten.push(
        waarschuwing(bestand, `${pathOf(index)}.bijgewerkt`, `"${voorziening.naam}" is langer dan 12 maanden niet nagekeken (${voorziening.bijgewerkt}); kijk de gegevens na en zet de datum van vandaag`),
      );
    } else if (ageInDays < -1) {
      fouten.push(fout(bestand, `${pathOf(index)}.bijgewerkt`, `datum ${voorziening.bijgewerkt} ligt in de toekomst; zet de datum waarop de gegevens zijn nagekeken`));
    }
    if (gebied) fouten.push(...checkWaar(bestand, pathOf(index), voorziening, gebied));
    const stand = beschikbaarheid(voorziening, dag);
    if (stand.stand === 'voorbij') {
      fouten.push(
        waarschuwing(bestand, `${pathOf(index)}.beschikbaar.tot`, `"${voorziening.naam}" is niet meer beschikbaar sinds ${datumInWoorden(stand.sinds)} en staat niet meer op de kaart en in de verwijswijzer; haal de voorziening weg als ze niet terugkomt, of zet een nieuwe einddatum`),
      );
    }
  });
  return fouten;
}

export function checkRoutes(
  bestanden: Bestanden,
  routes: readonly KlantrouteModel[],
  voorzieningen: ReadonlyMap<string, VoorzieningModel>,
  pathOf: (index: number) => string,
  invalidIds: ReadonlySet<string> = new Set(),
  /** For the warnings about where and when a route can be followed; left out, those are not checked. */
  regio?: { vandaag: Date; gemeenten: readonly string[] },
): DataFout[] {
  const fouten: DataFout[] = [];
  const bestand = bestanden.routes;
  const seen = new Map<string, number>();
  routes.forEach((route, r) => {
    const first = seen.get(route.id);
    if (first !== undefined) {
      fouten.push(fout(bestand, `${pathOf(r)}.id`, `id "${route.id}" komt twee keer voor (ook bij ${pathOf(first)}); geef elke route een eigen id`));
    } else {
      seen.set(route.id, r);
    }
    const visited = new Map<string, number>();
    route.stappen.forEach((stap, s) => {
      const path = `${pathOf(r)}.stappen[${s}]`;
      const voorziening = voorzieningen.get(stap.voorziening);
      if (!voorziening) {
        if (invalidIds.has(stap.voorziening)) return; // its own error is already reported
        const suggestion = closest(stap.voorziening, voorzieningen.keys());
        const hint = suggestion ? `; bedoel je "${suggestion}"?` : `; gebruik een id uit ${bestanden.voorzieningen}`;
        fouten.push(fout(bestand, `${path}.voorziening`, `voorziening "${stap.voorziening}" bestaat niet${hint}`));
        return;
      }
      if (!inside(stap.kolom, voorziening.kolommen)) {
        const { van, tot } = voorziening.periode;
        fouten.push(
          fout(bestand, `${path}.moment`, `moment "${stap.moment}" ligt buiten de periode van "${voorziening.id}" (${van}${tot ? ` tot ${tot}` : ''}); kies een moment binnen die periode`),
        );
      }
      // As the grammar reads it: "Week 2" and "week  2" are the same moment.
      const key = `${stap.voorziening}@${stap.moment.trim().toLowerCase().replace(/\s+/g, ' ')}`;
      const earlier = visited.get(key);
      if (earlier !== undefined) {
        fouten.push(fout(bestand, path, `dezelfde stap (${stap.voorziening} op ${stap.moment}) staat al bij stappen[${earlier}]; een route loopt niet in een kringetje — verwijder de dubbele stap`));
      }
      visited.set(key, s);
      const previous = route.stappen[s - 1];
      if (previous && stap.kolom < previous.kolom) {
        fouten.push(fout(bestand, `${path}.moment`, `"${stap.moment}" ligt vóór de vorige stap (${previous.moment}); zet de stappen op volgorde in de tijd`));
      }
    });
    if (regio) fouten.push(...checkRouteBereik(bestanden, route, pathOf(r), voorzieningen, regio));
  });
  return fouten;
}

/** Warnings: a route through a voorziening that has ended, and a route that no gemeente has every step of. */
function checkRouteBereik(
  bestanden: Bestanden,
  route: KlantrouteModel,
  pad: string,
  voorzieningen: ReadonlyMap<string, VoorzieningModel>,
  regio: { vandaag: Date; gemeenten: readonly string[] },
): DataFout[] {
  const fouten: DataFout[] = [];
  const dag = isoDatum(regio.vandaag);
  const gemeld = new Set<string>();
  route.stappen.forEach((stap, s) => {
    const voorziening = voorzieningen.get(stap.voorziening);
    if (!voorziening || gemeld.has(voorziening.id)) return;
    const stand = beschikbaarheid(voorziening, dag);
    if (stand.stand !== 'voorbij') return;
    gemeld.add(voorziening.id);
    fouten.push(
      waarschuwing(bestanden.routes, `${pad}.stappen[${s}].voorziening`, `de route gaat langs "${voorziening.naam}", die niet meer beschikbaar is sinds ${datumInWoorden(stand.sinds)} (beschikbaar.tot in ${bestanden.voorzieningen}); pas de route aan of haal deze stap weg`),
    );
  });
  // A gemeente the region does not know is an error of its own; the route is not judged on it.
  const opStap = route.stappen.map((s) => voorzieningen.get(s.voorziening));
  const bekend = opStap.every((v) => !v?.gemeenten || v.gemeenten.every((g) => regio.gemeenten.includes(g)));
  const overal = bekend ? routeGemeenten(route, voorzieningen, regio.gemeenten) : undefined;
  if (overal !== undefined && overal.length === 0) {
    const beperkt = [...new Set(route.stappen.map((s) => s.voorziening))]
      .map((id) => voorzieningen.get(id))
      .flatMap((v) => (v?.gemeenten ? [`"${v.naam}" alleen in ${opsomming(v.gemeenten)}`] : []));
    fouten.push(
      waarschuwing(bestanden.routes, pad, `in geen enkele gemeente is de hele route "${route.naam}" te volgen: ${beperkt.join('; ')}. Kies voorzieningen die samen in één gemeente zijn, of splits de route`),
    );
  }
  return fouten;
}
