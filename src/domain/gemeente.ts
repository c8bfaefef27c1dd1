/**
 * Where in the region a voorziening is offered. A voorziening without `gemeenten` is there for the whole region;
 * with them, only for families living in those gemeenten. Pure and small: the verwijswijzer island and the map's
 * filter use it in the browser.
 */
import type { Locatie, Voorziening } from './schema/voorziening.ts';

/**
 * A gemeente's name as it travels in a URL (`gemeente=<sleutel>`): folded to kebab-case, so "Sittard-Geleen" is
 * "sittard-geleen", "Súdwest-Fryslân" "sudwest-fryslan" and "'s-Hertogenbosch" "s-hertogenbosch".
 */
export function gemeenteSleutel(naam: string): string {
  return naam
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The gemeente of the region whose sleutel this is; undefined for one the region does not have. */
export function gemeenteVanSleutel(sleutel: string, gemeenten: readonly string[]): string | undefined {
  return gemeenten.find((g) => gemeenteSleutel(g) === sleutel);
}

/** Whether a family living in `gemeente` (a name from regio.json) can get this voorziening. */
export function aangebodenIn(voorziening: Pick<Voorziening, 'gemeenten'>, gemeente: string): boolean {
  return !voorziening.gemeenten || voorziening.gemeenten.includes(gemeente);
}

/**
 * The gemeenten a voorziening is limited to, in the region's order; undefined when it is there for the whole
 * region (no `gemeenten`, or all of them listed).
 */
export function alleenIn(voorziening: Pick<Voorziening, 'gemeenten'>, regioGemeenten: readonly string[]): string[] | undefined {
  const { gemeenten } = voorziening;
  if (!gemeenten) return undefined;
  if (regioGemeenten.length > 0 && regioGemeenten.every((g) => gemeenten.includes(g))) return undefined;
  const bekend = regioGemeenten.filter((g) => gemeenten.includes(g));
  // Names the region does not know are a data error; kept at the end rather than silently dropped.
  return [...bekend, ...gemeenten.filter((g) => !regioGemeenten.includes(g))];
}

/** "Heerlen", "Heerlen en Kerkrade", "Heerlen, Kerkrade en Landgraaf". */
export function opsomming(namen: readonly string[]): string {
  return namen.length <= 1 ? (namen[0] ?? '') : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`;
}

/** "alleen in Heerlen en Sittard-Geleen", or undefined when the voorziening is there for the whole region. */
export function alleenInWoorden(voorziening: Pick<Voorziening, 'gemeenten'>, regioGemeenten: readonly string[]): string | undefined {
  const namen = alleenIn(voorziening, regioGemeenten);
  return namen ? `alleen in ${opsomming(namen)}` : undefined;
}

/**
 * The gemeente a locatie lies in: its own `gemeente`; else its `plaats` when that is a gemeente of the region;
 * else the voorziening's one gemeente; else the region's one gemeente. Undefined when none of these says.
 */
export function gemeenteVanLocatie(
  locatie: Locatie,
  voorziening: Pick<Voorziening, 'gemeenten'>,
  regioGemeenten: readonly string[],
): string | undefined {
  if (locatie.gemeente) return locatie.gemeente;
  if (regioGemeenten.includes(locatie.plaats)) return locatie.plaats;
  if (voorziening.gemeenten?.length === 1) return voorziening.gemeenten[0];
  if (regioGemeenten.length === 1) return regioGemeenten[0];
  return undefined;
}

/**
 * The addresses to give a family: those in its own gemeente when there are any, otherwise all of them (a
 * voorziening for Kerkrade may well be held in Heerlen). Without a gemeente: all of them.
 */
export function locatiesVoor(
  voorziening: Pick<Voorziening, 'gemeenten' | 'locaties'>,
  gemeente: string | undefined,
  regioGemeenten: readonly string[],
): Locatie[] {
  const locaties = voorziening.locaties ?? [];
  if (!gemeente) return [...locaties];
  const hier = locaties.filter((l) => gemeenteVanLocatie(l, voorziening, regioGemeenten) === gemeente);
  return hier.length > 0 ? hier : [...locaties];
}

/** "Lindeplein 4, 7411 AB Lindewaard": one line, as on an envelope. */
export function adresRegel(locatie: Pick<Locatie, 'adres' | 'postcode' | 'plaats'>): string {
  return `${locatie.adres}, ${locatie.postcode} ${locatie.plaats}`;
}

/**
 * A plain link to the address on OpenStreetMap, for route planning. Only a link: nothing is loaded from
 * openstreetmap.org unless the reader follows it.
 */
export function kaartLink(locatie: Pick<Locatie, 'adres' | 'postcode' | 'plaats'>): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${locatie.adres}, ${locatie.postcode} ${locatie.plaats}`)}`;
}

/**
 * Where a whole klantroute can be followed: the gemeenten every step's voorziening is offered in, in the region's
 * order. Undefined when every step is there for the whole region; empty when no gemeente has them all.
 */
export function routeGemeenten(
  route: { stappen: readonly { voorziening: string }[] },
  voorzieningen: ReadonlyMap<string, Pick<Voorziening, 'gemeenten'>>,
  regioGemeenten: readonly string[],
): string[] | undefined {
  const beperkt = route.stappen.map((s) => voorzieningen.get(s.voorziening)).filter((v) => v?.gemeenten !== undefined);
  if (beperkt.length === 0) return undefined;
  const overal = regioGemeenten.filter((g) => beperkt.every((v) => aangebodenIn(v!, g)));
  return overal.length === regioGemeenten.length ? undefined : overal;
}
