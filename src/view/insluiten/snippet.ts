/** The embed code a municipality pastes into its own page. */
import type { RegioModel } from '../../domain/model.ts';
import { pad } from '../gegevens.ts';

/** Height of the iframe before (or without) /embed.js: room for the map and the first lines of the legend. */
export const VASTE_HOOGTE = 720;

export function snippetCode(regio: RegioModel, site: URL): string {
  const embedUrl = new URL(pad(`${regio.id}/embed/`), site).href;
  const scriptUrl = new URL(pad('embed.js'), site).href;
  return [
    `<iframe src="${embedUrl}" title="Routekaart Kansrijke Start ${regio.regio.naam}" width="100%" height="${VASTE_HOOGTE}" loading="lazy" data-routekaart></iframe>`,
    `<script src="${scriptUrl}" defer></script>`,
  ].join('\n');
}
