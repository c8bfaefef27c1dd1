/** Small immutable edits of the loosely typed data the forms change: a field set, or taken out when an optional field is emptied. */
import type { Obj } from './werk.ts';

/** The object with `sleutel` set to `waarde`; an optional field that is emptied ('' or an empty list) is taken out, so it is "weggelaten", not "leeg". */
export function metVeld(obj: Obj, sleutel: string, waarde: unknown, optioneel = false): Obj {
  const leeg = waarde === undefined || (optioneel && (waarde === '' || (Array.isArray(waarde) && waarde.length === 0)));
  if (leeg) {
    const { [sleutel]: _weg, ...rest } = obj;
    return rest;
  }
  return { ...obj, [sleutel]: waarde };
}

/** One item per line, trimmed, empty lines left out. */
export function regels(tekst: string): string[] {
  return tekst.split('\n').map((r) => r.trim()).filter(Boolean);
}

export const alsTekst = (waarde: unknown): string => (typeof waarde === 'string' ? waarde : waarde === undefined || waarde === null ? '' : JSON.stringify(waarde));
export const alsLijst = (waarde: unknown): unknown[] => (Array.isArray(waarde) ? waarde : []);
export const alsObj = (waarde: unknown): Obj => (typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde) ? (waarde as Obj) : {});

/** The list with item i replaced (or, with undefined, removed). */
export function metItem<T>(lijst: readonly T[], i: number, item: T | undefined): T[] {
  return item === undefined ? lijst.filter((_, j) => j !== i) : lijst.map((x, j) => (j === i ? item : x));
}

/** The list with item i moved one place up (-1) or down (+1). */
export function verschuif<T>(lijst: readonly T[], i: number, richting: -1 | 1): T[] {
  const j = i + richting;
  if (j < 0 || j >= lijst.length) return [...lijst];
  const uit = [...lijst];
  [uit[i], uit[j]] = [uit[j]!, uit[i]!];
  return uit;
}
