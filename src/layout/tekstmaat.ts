/**
 * A deterministic estimate of label widths at TEKSTMATEN.tekst in the system sans-serif (SYSTEEMLETTERS). Measuring
 * real text would need a DOM and fonts that differ per machine; an estimate that errs wide keeps layouts identical
 * everywhere.
 */

/** Font sizes in the drawn SVGs (map, route, klantreis), in pixels: labels, column numbers, lane names. */
export const TEKSTMATEN = { tekst: 12, klein: 11, laan: 13 } as const;
export const ICON_SIZE = 14;

const NARROW = new Set('iljtfr.,:;\'!|() '.split(''));
const WIDE = new Set('mwMW'.split(''));

export function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (NARROW.has(char)) width += 4;
    else if (WIDE.has(char)) width += 11;
    else if (char >= 'A' && char <= 'Z') width += 8.8;
    else width += 7.2;
  }
  return Math.ceil(width);
}
