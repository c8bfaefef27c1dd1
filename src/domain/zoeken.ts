/**
 * Searching regions by gemeente on the home page. Accent-insensitive ("dongewald" finds "Dongewâld") and
 * forgiving of hyphens and spaces ("sint ewoud" finds "Sint-Ewoud"). The home page's script uses the same function.
 */

export function zoekvorm(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whether every word of the query starts a word of one of the names, or occurs in it. */
export function komtOvereen(zoekterm: string, namen: readonly string[]): boolean {
  const woorden = zoekvorm(zoekterm).split(' ').filter(Boolean);
  if (woorden.length === 0) return true;
  const hooiberg = namen.map(zoekvorm);
  return woorden.every((woord) => hooiberg.some((naam) => naam.includes(woord)));
}
