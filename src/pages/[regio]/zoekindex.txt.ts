/** /<regio>/zoekindex.txt: the map explorer's search index (src/view/kaart/zoekindex.ts). */
import type { APIRoute } from 'astro';
import { layoutKaart } from '../../layout/kaart.ts';
import { regio, regios } from '../../view/gegevens.ts';
import { zoekIndex } from '../../view/kaart/zoekindex.ts';

export function getStaticPaths() {
  return regios().map((r) => ({ params: { regio: r.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const r = regio(params.regio!);
  return new Response(zoekIndex(r, layoutKaart(r.voorzieningen)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
