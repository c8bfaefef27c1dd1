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
  /**
   * The child's age in months at the column's left edge, negative before the birth: preconceptie from -10,
   * zwangerschap maand n from n − 10, the bevalling at 0, the four week columns a quarter month each, maand n from
   * n − 1, the 3e jaar from 24 and the 4e from 36.
   */
  vanaf: number;
}

/** A month of a child's life in days, on average: for ages and for how old data is. */
export const DAGEN_PER_MAAND = 365.25 / 12;

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export const KOLOMMEN: readonly Kolom[] = [
  { id: 'preconceptie', fase: 'preconceptie', label: '', naam: 'preconceptie', vanaf: -10 },
  ...range(1, 9).map((n) => ({
    id: `zwangerschap-maand-${n}`,
    fase: 'zwangerschap' as const,
    label: `${n}`,
    naam: `maand ${n} van de zwangerschap`,
    vanaf: n - 10,
  })),
  { id: 'bevalling', fase: 'bevalling', label: '', naam: 'bevalling', vanaf: 0 },
  ...range(1, 4).map((n) => ({
    id: `week-${n}`,
    fase: 'babyfase' as const,
    label: `w${n}`,
    naam: `week ${n}`,
    vanaf: (n - 1) / 4,
  })),
  ...range(2, 12).map((n) => ({
    id: `maand-${n}`,
    fase: 'babyfase' as const,
    label: `${n}`,
    naam: `maand ${n}`,
    vanaf: n - 1,
  })),
  { id: 'maand-13', fase: 'peuterfase', label: '13', naam: 'maand 13', vanaf: 12 },
  { id: 'maand-14', fase: 'peuterfase', label: '14', naam: 'maand 14', vanaf: 13 },
  { id: 'maand-15-24', fase: 'peuterfase', label: '15–24', naam: 'maand 15 tot 24', vanaf: 14 },
  { id: 'jaar-3', fase: 'derde-jaar', label: '', naam: 'het 3e jaar', vanaf: 24 },
  { id: 'jaar-4', fase: 'schoolkind', label: '4+', naam: 'het 4e jaar en verder', vanaf: 36 },
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

/** A run of columns, first and last inclusive: a voorziening's periode, a moment, a route's steps. */
export interface KolomBereik {
  eerste: number;
  laatste: number;
}

/** Whether a run of columns touches a fase: a voorziening counts in every fase its periode touches. */
export function raaktFase(bereik: KolomBereik, fase: FaseId): boolean {
  const { eerste, laatste } = FASE_KOLOMMEN[fase];
  return bereik.eerste <= laatste && bereik.laatste >= eerste;
}

/** The fase a child of this age (months, negative before the birth) is in: the fase of the column the age falls in. */
export function faseVanLeeftijd(maanden: number): FaseId {
  return KOLOMMEN.findLast((k) => k.vanaf <= maanden)?.fase ?? 'preconceptie';
}

export function faseVanKolom(index: number): FaseId {
  return KOLOMMEN[index].fase;
}
