/**
 * Ages of the child in words, for tables, titles and screen readers: the timeline's numbers are never the only
 * carrier of when something happened. Ages are months (see schema.ts): negative is before the birth.
 */

function maanden(n: number): string {
  return n === 1 ? '1 maand' : `${n} maanden`;
}

/**
 * -10 → "10 maanden vóór de geboorte", 0 → "de geboorte", 1 → "1 maand", 18 → "18 maanden", 12 → "1 jaar",
 * 24 → "2 jaar", 30 → "2,5 jaar", 27 → "2 jaar en 3 maanden". Under two years parents and professionals count in
 * months, from two years on in years. Expects a whole number of months (the file format allows nothing else).
 */
export function leeftijdInWoorden(leeftijd: number): string {
  if (!Number.isInteger(leeftijd)) throw new Error(`leeftijd moet een heel aantal maanden zijn, niet ${leeftijd}`);
  if (leeftijd === 0) return 'de geboorte';
  if (leeftijd < 0) return `${maanden(-leeftijd)} vóór de geboorte`;
  const jaren = Math.floor(leeftijd / 12);
  const rest = leeftijd % 12;
  if (rest === 0) return `${jaren} jaar`;
  if (leeftijd < 24) return maanden(leeftijd);
  if (rest === 6) return `${jaren},5 jaar`;
  return `${jaren} jaar en ${maanden(rest)}`;
}

/** "van 2 maanden vóór de geboorte tot 2 jaar"; a span of one moment reads "rond de geboorte". */
export function leeftijdsbereikInWoorden(van: number, tot: number): string {
  if (van === tot) return `rond ${leeftijdInWoorden(van)}`;
  return `van ${leeftijdInWoorden(van)} tot ${leeftijdInWoorden(tot)}`;
}
