/**
 * The explorer's small pure rules: how a toolbar change becomes a new state, how the count reads, how many
 * filters hide behind the "Filters" control. No DOM, so they are unit-tested.
 */
import { filterActief, type Filter } from '../../domain/filter.ts';
import type { KaartStaat } from '../../domain/kaart-url.ts';

const FILTER_VELDEN = ['niveau', 'fase', 'kenmerk', 'toegang', 'gemeente', 'q'] as const satisfies readonly (keyof Filter)[];

/** Whether two states filter alike (the panel and the zoom aside). */
export const zelfdeFilter = (a: Filter, b: Filter): boolean => FILTER_VELDEN.every((k) => String(a[k]) === String(b[k]));

/** Adds a value to a list of choices, or takes it out. */
export const wissel = (lijst: readonly string[], waarde: string) => (lijst.includes(waarde) ? lijst.filter((w) => w !== waarde) : [...lijst, waarde]);

export function telling(aantal: number, totaal: number, filter: Filter): string {
  return filterActief(filter) ? `${aantal} van ${totaal} voorzieningen` : `Alle ${totaal} voorzieningen`;
}

/** Filters set inside the folded "Filters" panel (search and niveau are always in view). */
export function verborgenFilters(staat: KaartStaat): number {
  return (staat.fase ? 1 : 0) + (staat.toegang ? 1 : 0) + (staat.gemeente ? 1 : 0) + staat.kenmerk.length;
}

