/**
 * The 1000-days columns on a fixed pixel grid, for charts that are drawn at one size: the klantreis timeline.
 * (The map itself lays time out in percent, src/layout/kaart.ts, so it can fill any width.) All numbers are
 * integers, which keeps golden files stable.
 */
import { scaleLinear } from 'd3-scale';
import { FASE_IDS, FASE_KOLOMMEN, FASE_NAMEN, KOLOMMEN, type FaseId, type Kolom } from '../domain/tijdlijn.ts';
import { labelWidth } from './tekstmaat.ts';

export const MAAT = {
  laanLabel: 150,
  kolom: 46,
  faseKop: 28,
  kolomKop: 22,
  rij: 30,
  balk: 22,
  laanMarge: 8,
} as const;

/** A fase of one column (preconceptie, bevalling, 3e jaar, schoolkind) gets a double column, so its name fits. */
export function kolomGewicht(index: number): number {
  const fase = KOLOMMEN[index]!.fase;
  return FASE_KOLOMMEN[fase].eerste === FASE_KOLOMMEN[fase].laatste ? 2 : 1;
}

/** A fase on a time axis; x and width are in the axis's unit (pixels here, percent on the map). */
export interface FaseLayout {
  id: FaseId;
  naam: string;
  x: number;
  width: number;
}

export interface KolomLayout {
  id: string;
  label: string;
  naam: string;
  fase: FaseId;
  x: number;
  width: number;
}

/**
 * A label goes inside its bar when it fits, else just after the bar's end: text crossing a bar's edge is hard to
 * read. The icons (legend marks) follow the label either way.
 */
export function placeLabel(spanX: number, spanWidth: number, naam: string): { labelX: number; iconStart: number } {
  const width = labelWidth(naam);
  const labelX = 6 + width + 6 <= spanWidth ? spanX + 6 : spanX + spanWidth + 4;
  return { labelX, iconStart: labelX + width + 4 };
}

/** Greedy interval stacking: each item goes into the first row where it fits. */
export function stackRows<T extends { start: number; end: number }>(items: readonly T[]): number[] {
  const rowEnds: number[] = [];
  return items.map((item) => {
    let row = rowEnds.findIndex((end) => end <= item.start);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = item.end;
    return row;
  });
}

/** Positions of a row of columns of the given weights, in pixels from the label column's edge. */
export function kolomAs(kolommen: readonly Kolom[], gewicht: (index: number) => number) {
  const starts = kolommen.map((_, i) => kolommen.slice(0, i).reduce((sum, __, j) => sum + gewicht(j), 0));
  const totalWeight = starts[starts.length - 1]! + gewicht(kolommen.length - 1);
  const x = scaleLinear()
    .domain([0, totalWeight])
    .range([MAAT.laanLabel, MAAT.laanLabel + totalWeight * MAAT.kolom]);
  const columnX = (index: number) => Math.round(x(starts[index]!));
  const columnEnd = (index: number) => Math.round(x(starts[index]! + gewicht(index)));
  const fases: FaseLayout[] = FASE_IDS.map((id) => {
    const eerste = kolommen.findIndex((k) => k.fase === id);
    const laatste = kolommen.findLastIndex((k) => k.fase === id);
    return { id, naam: FASE_NAMEN[id], x: columnX(eerste), width: columnEnd(laatste) - columnX(eerste) };
  });
  return {
    width: Math.round(x(totalWeight)),
    columnX,
    columnEnd,
    // A column's layout is where it stands; its age (vanaf) is the domain's and stays out of the pixels.
    kolommen: kolommen.map(({ id, label, naam, fase }, i): KolomLayout => ({ id, label, naam, fase, x: columnX(i), width: columnEnd(i) - columnX(i) })),
    fases,
  };
}
