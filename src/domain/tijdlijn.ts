/**
 * The 1000-days axis: the fases and the 31 equal-width columns the national Kansrijke Start tool draws.
 * Columns are not to scale on purpose — early weeks matter more than late months.
 */

export const FASE_IDS = [
  'preconceptie',
  'zwangerschap',
  'bevalling',
  'babyfase',
  'peuterfase',
  'derde-jaar',
  'schoolkind',
] as const;
export type FaseId = (typeof FASE_IDS)[number];

export const FASE_NAMEN: Record<FaseId, string> = {
  preconceptie: 'Preconceptie',
  zwangerschap: 'Zwangerschap',
  bevalling: 'Bevalling',
  babyfase: 'Babyfase',
  peuterfase: 'Peuterfase',
  'derde-jaar': '3e jaar',
  schoolkind: 'Schoolkind',
};

export interface Kolom {
  /** Stable id, used in the SVG and in tests. */
  id: string;
  fase: FaseId;
  /** Short label under the fase heading. */
  label: string;
  /** Label in words for screen readers and tables. */
  naam: string;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export const KOLOMMEN: readonly Kolom[] = [
  { id: 'preconceptie', fase: 'preconceptie', label: '', naam: 'preconceptie' },
  ...range(1, 9).map((n) => ({
    id: `zwangerschap-maand-${n}`,
    fase: 'zwangerschap' as const,
    label: `${n}`,
    naam: `maand ${n} van de zwangerschap`,
  })),
  { id: 'bevalling', fase: 'bevalling', label: '', naam: 'bevalling' },
  ...range(1, 4).map((n) => ({
    id: `week-${n}`,
    fase: 'babyfase' as const,
    label: `w${n}`,
    naam: `week ${n}`,
  })),
  ...range(2, 12).map((n) => ({
    id: `maand-${n}`,
    fase: 'babyfase' as const,
    label: `${n}`,
    naam: `maand ${n}`,
  })),
  { id: 'maand-13', fase: 'peuterfase', label: '13', naam: 'maand 13' },
  { id: 'maand-14', fase: 'peuterfase', label: '14', naam: 'maand 14' },
  { id: 'maand-15-24', fase: 'peuterfase', label: '15–24', naam: 'maand 15 tot 24' },
  { id: 'jaar-3', fase: 'derde-jaar', label: '', naam: 'het 3e jaar' },
  { id: 'jaar-4', fase: 'schoolkind', label: '4+', naam: 'het 4e jaar en verder' },
];

export const KOLOM_INDEX: ReadonlyMap<string, number> = new Map(KOLOMMEN.map((k, i) => [k.id, i]));

export function kolomIndex(id: string): number {
  const index = KOLOM_INDEX.get(id);
  if (index === undefined) throw new Error(`onbekende kolom ${id}`);
  return index;
}

/** First and last column index of each fase. */
export const FASE_KOLOMMEN: Record<FaseId, { eerste: number; laatste: number }> = Object.fromEntries(
  FASE_IDS.map((fase) => {
    const indices = KOLOMMEN.flatMap((k, i) => (k.fase === fase ? [i] : []));
    return [fase, { eerste: indices[0], laatste: indices[indices.length - 1] }];
  }),
) as Record<FaseId, { eerste: number; laatste: number }>;

export function faseVanKolom(index: number): FaseId {
  return KOLOMMEN[index].fase;
}
