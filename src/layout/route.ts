/**
 * A klantroute drawn over a map layout: where each step sits, the numbered marker on it, and the path between
 * consecutive steps. Pure numbers (1 decimal at most), so the static route pages and the map island draw the
 * same thing and tests can pin it.
 *
 * Works on any layout that has the map's columns (indexed like KOLOMMEN) and spans: the full map from
 * layoutKaart, or the compressed one of a route page (routekaartje.ts).
 */
import { curveBumpX, curveBumpY, line, link } from 'd3-shape';

export const ROUTE_MAAT = {
  /** Radius of the numbered circle on each step. */
  nummer: 9,
  /** Minimum distance between the centres of two numbers on the same row, so they never overlap. */
  afstand: 24,
  /** Room left between the end of a path and the number it points at; the arrowhead fills it. */
  pijlRuimte: 2,
} as const;

/** What the route needs from a map layout. */
export interface RouteGrond {
  kolommen: readonly { x: number; width: number }[];
  spans: readonly { id: string; y: number; height: number }[];
}

export interface RouteStapLayout {
  /** 1-based position in time order: the number drawn on the step. */
  nummer: number;
  /** Index of the step in route.stappen. */
  index: number;
  voorziening: string;
  kolom: number;
  /** Centre of the numbered circle: the moment's column centre on its voorziening's bar, moved apart when shared. */
  x: number;
  y: number;
  /** Baseline of the number text, centred in the circle. */
  tekstY: number;
}

export interface RouteVerbinding {
  van: number;
  naar: number;
  /** recht: both steps on one row (one bar or one row of a lane); bocht: a smooth S-curve to another row. */
  soort: 'recht' | 'bocht';
  d: string;
}

export interface RouteLayout {
  stappen: RouteStapLayout[];
  verbindingen: RouteVerbinding[];
  /** Bounding box of all numbers, for zooming to the route. */
  box: { x: number; y: number; width: number; height: number };
}

const round = (value: number) => Math.round(value * 10) / 10;

const straight = line().digits(1);
const bumpX = link(curveBumpX).digits(1);
const bumpY = link(curveBumpY).digits(1);

/** Steps in time order; steps at the same column keep the order the author wrote (a stable sort). */
export function stappenOpVolgorde<T extends { kolom: number }>(stappen: readonly T[]): { stap: T; index: number }[] {
  return stappen.map((stap, index) => ({ stap, index })).sort((a, b) => a.stap.kolom - b.stap.kolom || a.index - b.index);
}

/**
 * Several steps on one bar in one column (e.g. "week 5" and "maand 2") are spread around the column centre;
 * then, row by row, every number is pushed right until it keeps `afstand` from its left neighbour.
 */
function spread(points: { x: number; y: number; key: string }[]): number[] {
  const xs = points.map((p) => p.x);
  const groups = new Map<string, number[]>();
  points.forEach((p, i) => groups.set(p.key, [...(groups.get(p.key) ?? []), i]));
  for (const members of groups.values()) {
    members.forEach((i, k) => {
      xs[i] = points[i]!.x + (k - (members.length - 1) / 2) * ROUTE_MAAT.afstand;
    });
  }
  const rows = new Map<number, number[]>();
  points.forEach((p, i) => rows.set(p.y, [...(rows.get(p.y) ?? []), i]));
  for (const members of rows.values()) {
    const sorted = [...members].sort((a, b) => xs[a]! - xs[b]! || a - b);
    sorted.forEach((i, k) => {
      if (k > 0) xs[i] = Math.max(xs[i]!, xs[sorted[k - 1]!]! + ROUTE_MAAT.afstand);
    });
  }
  return xs.map(round);
}

/**
 * The path from one number to the next, starting and ending at the circles' edges so the arrowhead stays visible.
 * To another moment: horizontal tangents (bump-x), so the path leaves and enters sideways and never runs through a
 * number stacked above or below at the same moment. At the same moment (another row): vertical tangents (bump-y).
 */
function verbinding(a: RouteStapLayout, b: RouteStapLayout): RouteVerbinding {
  const r = ROUTE_MAAT.nummer;
  const end = r + ROUTE_MAAT.pijlRuimte;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  if (dy === 0) {
    const s = Math.sign(dx) || 1;
    return { van: a.nummer, naar: b.nummer, soort: 'recht', d: straight([[a.x + s * r, a.y], [b.x - s * end, b.y]])! };
  }
  if (Math.abs(dx) >= 2 * r) {
    const s = Math.sign(dx);
    const d = bumpX({ source: [a.x + s * r, a.y], target: [b.x - s * end, b.y] })!;
    return { van: a.nummer, naar: b.nummer, soort: 'bocht', d };
  }
  const s = Math.sign(dy);
  const d = bumpY({ source: [a.x, a.y + s * r], target: [b.x, b.y - s * end] })!;
  return { van: a.nummer, naar: b.nummer, soort: 'bocht', d };
}

/** What a route needs to be drawn: its steps' voorzieningen and columns. */
export interface RouteInvoer {
  id: string;
  stappen: readonly { voorziening: string; kolom: number }[];
}

export function layoutRoute(grond: RouteGrond, route: RouteInvoer): RouteLayout {
  const spans = new Map(grond.spans.map((s) => [s.id, s]));
  const ordered = stappenOpVolgorde(route.stappen);
  const points = ordered.map(({ stap }) => {
    const span = spans.get(stap.voorziening);
    const kolom = grond.kolommen[stap.kolom];
    if (!span || !kolom) throw new Error(`route ${route.id}: stap bij "${stap.voorziening}" staat niet op de kaart`);
    return { x: kolom.x + kolom.width / 2, y: round(span.y + span.height / 2), key: `${stap.voorziening}@${stap.kolom}` };
  });
  const xs = spread(points);
  const stappen: RouteStapLayout[] = ordered.map(({ stap, index }, i) => ({
    nummer: i + 1,
    index,
    voorziening: stap.voorziening,
    kolom: stap.kolom,
    x: xs[i]!,
    y: points[i]!.y,
    tekstY: round(points[i]!.y + 4),
  }));
  const verbindingen = stappen.slice(1).map((stap, i) => verbinding(stappen[i]!, stap));
  const r = ROUTE_MAAT.nummer;
  const left = Math.min(...stappen.map((s) => s.x)) - r;
  const top = Math.min(...stappen.map((s) => s.y)) - r;
  const box = {
    x: round(left),
    y: round(top),
    width: round(Math.max(...stappen.map((s) => s.x)) + r - left),
    height: round(Math.max(...stappen.map((s) => s.y)) + r - top),
  };
  return { stappen, verbindingen, box };
}
