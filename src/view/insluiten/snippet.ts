/** The embed code a municipality pastes into its own page. */
import type { RegioModel } from '../../domain/model.ts';
import { pad } from '../gegevens.ts';

/** Height of the iframe before (or without) /embed.js: room for the map and the first lines of the legend. */
export const VASTE_HOOGTE = 720;

/** Text for a double- or single-quoted HTML attribute: the snippet is raw markup on someone else's page. */
export function attribuutTekst(tekst: string): string {
  return tekst.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function snippetCode(regio: RegioModel, site: URL): string {
  const embedUrl = new URL(pad(`${regio.id}/embed/`), site).href;
  const scriptUrl = new URL(pad('embed.js'), site).href;
  return [
    `<iframe src="${attribuutTekst(embedUrl)}" title="${attribuutTekst(`Routekaart Kansrijke Start ${regio.regio.naam}`)}" width="100%" height="${VASTE_HOOGTE}" loading="lazy" data-routekaart></iframe>`,
    `<script src="${attribuutTekst(scriptUrl)}" defer></script>`,
  ].join('\n');
}
