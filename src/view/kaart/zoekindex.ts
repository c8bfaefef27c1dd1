/**
 * The explorer's search index for one region, in the map's own order (layout.spans): the n-th line describes the
 * n-th voorziening link in the map, so the explorer needs no ids in the markup. Served as a file of its own
 * (/<regio>/zoekindex.txt) and fetched when the explorer first needs it: the map page carries no index bytes.
 */
import { schrijfIndex } from '../../domain/filter.ts';
import type { RegioModel } from '../../domain/model.ts';
import { kenmerkenVan } from '../../domain/woorden.ts';
import { gemeenteSleutel } from '../../domain/gemeente.ts';
import type { KaartLayout } from '../../layout/kaart.ts';

export function zoekIndex(regio: RegioModel, layout: KaartLayout): string {
  const byId = new Map(regio.voorzieningen.map((v) => [v.id, v]));
  return schrijfIndex(
    layout.spans.map(({ id }) => {
      const v = byId.get(id)!;
      return {
        id,
        niveau: v.niveau,
        eerste: v.kolommen.eerste,
        laatste: v.kolommen.laatste,
        kenmerken: kenmerkenVan(v),
        aanmelding: v.aanmelding ?? [],
        gemeenten: (v.gemeenten ?? []).map(gemeenteSleutel),
        teksten: [v.naam, ...v.aanbieders.map((a) => a.naam), v.omschrijving],
      };
    }),
  );
}
