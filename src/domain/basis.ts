/**
 * De landelijke basis: voorzieningen that are the same everywhere in the Netherlands (NIPT, hielprik, Veilig Thuis…)
 * live once in data/_basis/voorzieningen.json. A region includes one with an item `{ "basis": "<id>", … }` in its own
 * voorzieningen.json and overrides fields there. Merge rules (docs/data-format.md, "Landelijke basis"):
 * - a field the region writes replaces the basis's field as a whole: lists (aanbieders, momenten, kenmerken…) are
 *   replaced, not merged, and `periode` is replaced with both its ends;
 * - a field the region leaves out keeps the basis's value; a field cannot be removed, only replaced;
 * - `id` defaults to the basis id; `bijgewerkt` defaults to the basis's date;
 * - the page says which fields the region changed (all but id and bijgewerkt).
 */
import { fout, type DataFout } from './fouten.ts';
import { closest } from './suggest.ts';
import type { BasisVerwijzing, Voorziening } from './schema/voorziening.ts';

export const BASIS_MAP = '_basis';
export const BASIS_BESTAND = `${BASIS_MAP}/voorzieningen.json`;

/** Fields in the order the voorziening page shows them, with the words it uses for them. */
export const VELD_NAMEN: Record<Exclude<keyof Voorziening, 'id' | 'bijgewerkt'>, string> = {
  naam: 'naam',
  omschrijving: 'omschrijving',
  niveau: 'niveau',
  periode: 'periode',
  momenten: 'contactmomenten',
  kenmerken: 'kenmerken',
  kostenToelichting: 'kosten',
  aanbieders: 'aanbieders',
  toegang: 'toegang',
  aanmelding: 'aanmelding',
  voorWie: 'voor wie',
  voorwaarden: 'voorwaarden',
  gemeenten: 'gemeenten',
  locaties: 'locaties',
  beschikbaar: 'beschikbaarheid',
  themas: "thema's",
  meerInformatie: 'meer informatie',
};

export interface BasisHerkomst {
  /** Id in the landelijke basis. */
  id: string;
  /** Fields the region replaced, as keys of Voorziening, in VELD_NAMEN order. */
  aangepast: (keyof typeof VELD_NAMEN)[];
}

export function isBasisVerwijzing(item: unknown): item is { basis: unknown } {
  return typeof item === 'object' && item !== null && !Array.isArray(item) && 'basis' in item;
}

export function mergeBasis(basis: Voorziening, lokaal: BasisVerwijzing): { voorziening: Voorziening; herkomst: BasisHerkomst } {
  const { basis: basisId, ...velden } = lokaal;
  const defined = Object.fromEntries(Object.entries(velden).filter(([, value]) => value !== undefined)) as Partial<Voorziening>;
  const voorziening: Voorziening = { ...basis, ...defined, id: lokaal.id ?? basis.id };
  const aangepast = (Object.keys(VELD_NAMEN) as (keyof typeof VELD_NAMEN)[]).filter((key) => key in defined);
  return { voorziening, herkomst: { id: basisId, aangepast } };
}

/** "aanbieders, periode en kosten" */
export function aangepastInWoorden(herkomst: BasisHerkomst): string {
  const woorden = herkomst.aangepast.map((key) => VELD_NAMEN[key]);
  return woorden.length <= 1 ? (woorden[0] ?? '') : `${woorden.slice(0, -1).join(', ')} en ${woorden.at(-1)}`;
}

export interface Basis {
  /** Whether data/_basis/voorzieningen.json exists at all. */
  bestaat: boolean;
  voorzieningen: ReadonlyMap<string, Voorziening>;
  /** Ids of basis items that failed validation: their own errors are reported, references to them are not. */
  ongeldig: ReadonlySet<string>;
}

export const GEEN_BASIS: Basis = { bestaat: false, voorzieningen: new Map(), ongeldig: new Set() };

/**
 * Resolve one region item that names a basis voorziening. Returns the merged item (still to be validated as a
 * full voorziening) or undefined with the reason in `fouten`.
 */
export function resolveBasis(
  bestand: string,
  pad: string,
  lokaal: BasisVerwijzing,
  basis: Basis,
  fouten: DataFout[],
): { voorziening: Voorziening; herkomst: BasisHerkomst } | undefined {
  const gevonden = basis.voorzieningen.get(lokaal.basis);
  if (gevonden) return mergeBasis(gevonden, lokaal);
  if (basis.ongeldig.has(lokaal.basis)) return undefined; // the basis file's own error says what is wrong
  if (!basis.bestaat) {
    fouten.push(fout(bestand, `${pad}.basis`, `"${lokaal.basis}" komt uit de landelijke basis, maar data/${BASIS_BESTAND} bestaat niet; maak dat bestand of beschrijf de voorziening hier helemaal`));
    return undefined;
  }
  const suggestion = closest(lokaal.basis, basis.voorzieningen.keys());
  const hint = suggestion ? `; bedoel je "${suggestion}"?` : `; kies een id uit ${BASIS_BESTAND}: ${[...basis.voorzieningen.keys()].join(', ')}`;
  fouten.push(fout(bestand, `${pad}.basis`, `de landelijke basis heeft geen voorziening "${lokaal.basis}"${hint}`));
  return undefined;
}
