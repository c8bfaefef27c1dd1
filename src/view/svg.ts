/**
 * The attributes every drawn SVG starts with (the map, a route, the klantreis): its size, and the letters the
 * layout measured its labels in. A downloaded or copied SVG then looks the same outside the page.
 */
import { SYSTEEMLETTERS } from '../domain/lettertype.ts';
import { TEKSTMATEN } from '../layout/tekstmaat.ts';

/** xmlns, width, height and a viewBox of the same size. */
export function svgMaat(maat: { width: number; height: number }) {
  return { xmlns: 'http://www.w3.org/2000/svg', width: maat.width, height: maat.height, viewBox: `0 0 ${maat.width} ${maat.height}` };
}

/** As attributes of an Astro component; a React component writes them as fontFamily and fontSize. */
export const SVG_LETTERS = { 'font-family': SYSTEEMLETTERS, 'font-size': TEKSTMATEN.tekst } as const;
