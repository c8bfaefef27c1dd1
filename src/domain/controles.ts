/** Cross-checks that no schema can express: ids are unique, references resolve, moments fall inside periods. */
import { fout, waarschuwing, type DataFout } from './fouten.ts';
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

export function checkVoorzieningen(
  bestand: string,
  voorzieningen: readonly VoorzieningModel[],
  pathOf: (index: number) => string,
  vandaag: Date,
): DataFout[] {
  const fouten: DataFout[] = [];
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
  });
  return fouten;
}

export function checkRoutes(
  bestanden: Bestanden,
  routes: readonly KlantrouteModel[],
  voorzieningen: ReadonlyMap<string, VoorzieningModel>,
  pathOf: (index: number) => string,
  invalidIds: ReadonlySet<string> = new Set(),
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
  });
  return fouten;
}
