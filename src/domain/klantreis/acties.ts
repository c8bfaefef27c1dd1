/** All actions of a case in one list, the way a coalition goes through them: what is due first comes first. */
import type { Actie, Klantreis } from './schema.ts';

export interface ActieInBand {
  actie: Actie;
  bandId: string;
  bandNaam: string;
}

/**
 * Sorted by datum; actions without a date come last, because nobody has committed to them yet. Equal dates
 * keep the order of the bands and, within a band, the order in the file (Array.prototype.sort is stable).
 */
export function alleActies(k: Klantreis): ActieInBand[] {
  const rijen = k.banden.flatMap((band, bandIndex) =>
    band.acties.map((actie) => ({ rij: { actie, bandId: band.id, bandNaam: band.naam }, bandIndex })),
  );
  rijen.sort((a, b) => vergelijkDatum(a.rij.actie.datum, b.rij.actie.datum) || a.bandIndex - b.bandIndex);
  return rijen.map(({ rij }) => rij);
}

/** Dates are JJJJ-MM-DD (the schema checks it), so comparing the texts compares the days. */
function vergelijkDatum(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return a < b ? -1 : 1;
}
