/**
 * A klantroute drawn over the map in the map's real pixels, by the same layout as the route pages
 * (src/layout/route.ts): columns from the time axis at the drawn width, rows from the voorzieningen's bars (or
 * chips) in the markup. Drawn when a route is chosen and again when the width changes; one route at a time.
 */
import { kolommenBij } from '../../layout/tijdas.ts';
import { layoutRoute, ROUTE_MAAT, type RouteInvoer } from '../../layout/route.ts';

const NS = 'http://www.w3.org/2000/svg';

function el(naam: string, attributen: Record<string, string | number>, ouder: Element): SVGElement {
  const e = document.createElementNS(NS, naam);
  for (const [k, v] of Object.entries(attributen)) e.setAttribute(k, String(v));
  ouder.append(e);
  return e;
}

/** The link of a voorziening on the map. */
export function linkVan(kaart: Element, id: string): SVGAElement | null {
  return kaart.querySelector<SVGAElement>(`.vz a[href$="/voorziening/${id}/"]`);
}

/** Draws `route` into the map's route layer (or clears it); returns the numbers' elements, by step number. */
export function tekenRoute(kaart: Element, route: RouteInvoer | undefined, breedte: number): SVGGElement[] {
  const laag = kaart.querySelector('.route-laag')!;
  laag.replaceChildren();
  laag.toggleAttribute('data-route', Boolean(route));
  if (!route) return [];
  laag.setAttribute('data-route', route.id);
  const kolommen = kolommenBij(breedte);
  const spans = route.stappen.flatMap(({ voorziening }) => {
    const rect = linkVan(kaart, voorziening)?.querySelector('rect');
    return rect ? [{ id: voorziening, y: Number(rect.getAttribute('y')), height: Number(rect.getAttribute('height')) }] : [];
  });
  const lijn = layoutRoute({ kolommen, spans }, { id: route.id, stappen: route.stappen.filter((s) => spans.some((b) => b.id === s.voorziening)) });
  const defs = el('defs', {}, laag);
  const pijl = el('marker', { id: 'kaart-route-pijl', class: 'route-pijl', viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 7, markerHeight: 7, markerUnits: 'userSpaceOnUse', orient: 'auto' }, defs);
  el('path', { d: 'M0,0L10,5L0,10Z' }, pijl);
  for (const v of lijn.verbindingen) el('path', { class: `route-pad route-${v.soort}`, d: v.d, 'marker-end': 'url(#kaart-route-pijl)' }, laag);
  return lijn.stappen.map((stap) => {
    const g = el('g', { class: 'route-nummer', 'data-stap': stap.nummer }, laag) as SVGGElement;
    el('circle', { cx: stap.x, cy: stap.y, r: ROUTE_MAAT.nummer }, g);
    el('text', { x: stap.x, y: stap.tekstY, 'text-anchor': 'middle' }, g).textContent = String(stap.nummer);
    return g;
  });
}
