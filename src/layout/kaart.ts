/**
 * The map layout: turns the validated model into positions — numbers only, no DOM, so it can be
 * unit-tested and rendered identically at build time and in the browser. All numbers are integers,
 * which keeps the SVG golden file stable.
 */
import { scaleLinear } from 'd3-scale';
import type { NiveauId } from '../domain/schema/gedeeld.ts';
import { NIVEAU_IDS } from '../domain/schema/gedeeld.ts';
import type { VoorzieningModel } from '../domain/model.ts';
import { NIVEAU_NAMEN, kenmerkenVan } from '../domain/woorden.ts';
import { FASE_IDS, FASE_KOLOMMEN, FASE_NAMEN, KOLOMMEN, type FaseId, type Kolom } from '../domain/tijdlijn.ts';
import { ICON_SIZE, labelWidth } from './tekstmaat.ts';

export const MAAT = {
  laanLabel: 150,
  kolom: 46,
  faseKop: 28,
  kolomKop: 22,
  rij: 30,
  balk: 22,
  laanMarge: 8,
  /** Lane names need room for two lines and a link, whatever the number of rows. */
  laanMinimum: 64,
} as const;

/** A fase of one column (preconceptie, bevalling, 3e jaar, schoolkind) gets a double column, so its name fits. */
export function kolomGewicht(index: number): number {
  const fase = KOLOMMEN[index]!.fase;
  return FASE_KOLOMMEN[fase].eerste === FASE_KOLOMMEN[fase].laatste ? 2 : 1;
}

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

export interface SpanLayout {
  id: string;
  niveau: NiveauId;
  rij: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the label starts; labels may run past a short span, rows are stacked to leave them room. */
  labelX: number;
  labelY: number;
  /** x of each kenmerk icon, after the label. */
  iconX: number[];
  momenten: { x: number; y: number }[];
}

export interface LaanLayout {
  niveau: NiveauId;
  naam: string;
  y: number;
  height: number;
  rijen: number;
}

export interface KaartLayout {
  width: number;
  height: number;
  fases: FaseLayout[];
  kolommen: KolomLayout[];
  lanen: LaanLayout[];
  spans: SpanLayout[];
}

interface Placed {
  voorziening: VoorzieningModel;
  start: number;
  end: number;
}

/** Greedy interval stacking: each span goes into the first row where it (with its label) fits. */
/**
 * A label goes inside its bar when it fits, else just after the bar's end: text crossing a bar's edge is hard to
 * read. The icons (legend marks) follow the label either way.
 */
export function placeLabel(spanX: number, spanWidth: number, naam: string): { labelX: number; iconStart: number } {
  const width = labelWidth(naam);
  const labelX = 6 + width + 6 <= spanWidth ? spanX + 6 : spanX + spanWidth + 4;
  return { labelX, iconStart: labelX + width + 4 };
}

export function stackRows<T extends { start: number; end: number }>(items: readonly T[]): number[] {
  const rowEnds: number[] = [];
  return items.map((item) => {
    let row = rowEnds.findIndex((end) => end <= item.start);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = item.end;
    return row;
  });
}

/** Positions of a row of columns of the given weights: the map's axis, or the klantreis's longer one. */
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

export function layoutKaart(voorzieningen: readonly VoorzieningModel[]): KaartLayout {
  const { width, columnX, columnEnd, kolommen, fases } = kolomAs(KOLOMMEN, kolomGewicht);
  const columnCenter = (index: number) => Math.round((columnX(index) + columnEnd(index)) / 2);
  const gap = 4;

  const lanen: LaanLayout[] = [];
  const spans: SpanLayout[] = [];
  let y = MAAT.faseKop + MAAT.kolomKop;

  for (const niveau of NIVEAU_IDS) {
    const inLane: Placed[] = voorzieningen
      .filter((v) => v.niveau === niveau)
      .map((voorziening) => {
        const start = columnX(voorziening.kolommen.eerste) + 2;
        const spanEnd = columnEnd(voorziening.kolommen.laatste) - 2;
        const { iconStart } = placeLabel(start, spanEnd - start, voorziening.naam);
        const labelEnd = iconStart + kenmerkenVan(voorziening).length * (ICON_SIZE + 2) + gap;
        return { voorziening, start, end: Math.max(spanEnd, labelEnd) + gap };
      })
      .sort((a, b) => a.start - b.start || b.end - a.end || a.voorziening.id.localeCompare(b.voorziening.id));
    const rows = stackRows(inLane);
    const rijen = Math.max(1, ...rows.map((r) => r + 1));
    const laneTop = y + MAAT.laanMarge;

    inLane.forEach(({ voorziening }, i) => {
      const rij = rows[i]!;
      const spanX = columnX(voorziening.kolommen.eerste) + 2;
      const spanWidth = columnEnd(voorziening.kolommen.laatste) - 2 - spanX;
      const spanY = laneTop + rij * MAAT.rij;
      const { labelX, iconStart } = placeLabel(spanX, spanWidth, voorziening.naam);
      spans.push({
        id: voorziening.id,
        niveau,
        rij,
        x: spanX,
        y: spanY,
        width: spanWidth,
        height: MAAT.balk,
        labelX,
        labelY: spanY + 15,
        iconX: kenmerkenVan(voorziening).map((_, k) => iconStart + k * (ICON_SIZE + 2)),
        momenten: voorziening.momentKolommen.map((kolom) => ({
          x: columnCenter(kolom),
          y: spanY + MAAT.balk,
        })),
      });
    });

    const height = Math.max(MAAT.laanMinimum, rijen * MAAT.rij + 2 * MAAT.laanMarge);
    lanen.push({ niveau, naam: NIVEAU_NAMEN[niveau], y, height, rijen });
    y += height;
  }

  return { width, height: y, fases, kolommen, lanen, spans };
}
