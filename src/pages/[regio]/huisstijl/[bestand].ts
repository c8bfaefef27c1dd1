/**
 * A region's house style as files of this site: huisstijl.css (the tokens as --rk-* custom properties), the logo,
 * and the font files with their licence, copied from the npm package — so no page ever asks another server for them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { huisstijlCss } from '../../../domain/huisstijl.ts';
import type { RegioModel } from '../../../domain/model.ts';
import { leesBestand } from '../../../io/bestanden.ts';
import { leesRegioBestand } from '../../../io/data.ts';
import { pad, regios } from '../../../view/gegevens.ts';

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
  txt: 'text/plain; charset=utf-8',
};

function bestanden(regio: RegioModel): Map<string, () => string | Uint8Array> {
  const huisstijl = regio.huisstijl!;
  const map = new Map<string, () => string | Uint8Array>();
  map.set('huisstijl.css', () => huisstijlCss(regio.id, huisstijl, (bestand) => pad(`${regio.id}/huisstijl/${bestand}`)));
  if (huisstijl.logo) map.set(huisstijl.logo.bestand, () => leesRegioBestand(regio.id, huisstijl.logo!.bestand));
  for (const [naam, pad] of huisstijl.lettertype?.bestanden ?? []) map.set(naam, () => leesBestand(pad));
  return map;
}

export const getStaticPaths = (() =>
  regios()
    .filter((regio) => regio.huisstijl)
    .flatMap((regio) => [...bestanden(regio).keys()].map((bestand) => ({ params: { regio: regio.id, bestand }, props: { regio } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const regio = (props as { regio: RegioModel }).regio;
  const inhoud = bestanden(regio).get(params.bestand!)!();
  const extensie = params.bestand!.split('.').pop()!;
  // A Buffer's type does not fit BodyInit (its backing store may be shared): a copy into a plain Uint8Array does.
  const body = typeof inhoud === 'string' ? inhoud : new Uint8Array(inhoud);
  return new Response(body, { headers: { 'Content-Type': TYPES[extensie] ?? 'application/octet-stream' } });
};
