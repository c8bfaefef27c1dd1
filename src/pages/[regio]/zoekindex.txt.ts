/** /<regio>/zoekindex.txt: the map explorer's search index (src/view/kaart/zoekindex.ts). */
import type { APIRoute } from 'astro';
import { layoutKaart } from '../../layout/kaart.ts';
import { regio, regios } from '../../view/gegevens.ts';
import { zoekIndex } from '../../view/kaart/zoekindex.ts';
import { isoDatum, regioOpDeKaart } from '../../domain/beschikbaar.ts';

export function getStaticPaths() {
  return regios().map((r) => ({ params: { regio: r.id } }));
}

export const GET: APIRoute = ({ params }) => {
  // The same voorzieningen as the map of the same day (src/pages/[regio]/index.astro): line n is the map's n-th bar.
  const r = regioOpDeKaart(regio(params.regio!), isoDatum(new Date()));
  return new Response(zoekIndex(r, layoutKaart(r.voorzieningen, r.regio.gemeenten)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
