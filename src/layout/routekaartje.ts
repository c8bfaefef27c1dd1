/**
 * The small map of one route, for its own page: only the moments (columns) the route visits and only its
 * voorzieningen, one row each, grouped by lane. Columns the route skips collapse into a narrow gap, so a route
 * from pregnancy to year 3 still fits a phone screen with little sideways scrolling.
 *
 * The result has the map's shape (columns indexed like KOLOMMEN, spans by voorziening id), so layoutRoute draws
 * the path on it exactly as it does on the full map.
 */
import type { KlantrouteModel, VoorzieningModel } from '../domain/model.ts';
import { NIVEAU_IDS, type NiveauId } from '../domain/ids.ts';
import { FASE_NAMEN, KOLOMMEN, type FaseId } from '../domain/tijdlijn.ts';
import { NIVEAU_NAMEN } from '../domain/woorden.ts';
import { ROUTE_MAAT, layoutRoute, type RouteLayout } from './route.ts';
import { labelWidth } from './tekstmaat.ts';

export const KAARTJE_MAAT = {
  faseKop: 24,
  kolomKop: 20,
  kolom: 56,
  gat: 16,
  laanKop: 20,
  rij: 28,
  balk: 18,
  laanMarge: 6,
  labelMinimum: 120,
} as const;

export interface KaartjeKolom {
  /** Index in KOLOMMEN. */
  index: number;
  id: string;
  label: string;
  x: number;
  width: number;
}

export interface KaartjeRij {
  id: string;
  naam: string;
  niveau: NiveauId;
  y: number;
  labelY: number;
}

export interface RouteKaartjeLayout {
  width: number;
  height: number;
  /** Width of the column of voorziening names on the left. */
  labelBreedte: number;
  fases: { id: FaseId; naam: string; x: number; width: number }[];
  /** Only the visited columns. */
  zichtbaar: KaartjeKolom[];
  /** Where skipped columns collapsed. */
  gaten: { x: number; width: number }[];
  lanen: { niveau: NiveauId; naam: string; y: number; height: number }[];
  rijen: KaartjeRij[];
  /** Every column of the axis (skipped ones with width 0), so the route layout can index them. */
  kolommen: { x: number; width: number }[];
  spans: { id: string; niveau: NiveauId; x: number; y: number; width: number; height: number }[];
  route: RouteLayout;
}

/** "maand 3", "week 2": a column's name short enough for a narrow column; one-column fases need none. */
export function kolomKort(index: number): string {
  const kolom = KOLOMMEN[index]!;
  if (kolom.id === 'maand-15-24') return 'mnd 15–24';
  const match = /^(?:zwangerschap-)?(maand|week)-(\d+)$/.exec(kolom.id);
  if (match) return `${match[1] === 'maand' ? 'mnd' : 'week'} ${match[2]}`;
  return '';
}

export function layoutRouteKaartje(voorzieningen: readonly VoorzieningModel[], route: KlantrouteModel): RouteKaartjeLayout {
  const M = KAARTJE_MAAT;
  const byId = new Map(voorzieningen.map((v) => [v.id, v]));
  const inRoute = [...new Set(route.stappen.map((s) => s.voorziening))].map((id) => {
    const v = byId.get(id);
    if (!v) throw new Error(`route ${route.id}: voorziening "${id}" bestaat niet`);
    return v;
  });
  const visited = [...new Set(route.stappen.map((s) => s.kolom))].sort((a, b) => a - b);

  // Width per visited column: room for its label and for every number that shares one bar in it.
  const width = new Map<number, number>();
  for (const kolom of visited) {
    const perBar = new Map<string, number>();
    for (const s of route.stappen) if (s.kolom === kolom) perBar.set(s.voorziening, (perBar.get(s.voorziening) ?? 0) + 1);
    const crowd = Math.max(...perBar.values());
    width.set(kolom, Math.max(M.kolom, labelWidth(kolomKort(kolom)) + 12, crowd * ROUTE_MAAT.afstand + 12));
  }
  // A fase's name must fit over its visited columns: widen them evenly when it does not.
  const faseOf = (kolom: number) => KOLOMMEN[kolom]!.fase;
  for (const fase of new Set(visited.map(faseOf))) {
    const members = visited.filter((k) => faseOf(k) === fase);
    const gaps = members.slice(1).filter((k, i) => k !== members[i]! + 1).length;
    const have = members.reduce((sum, k) => sum + width.get(k)!, 0) + gaps * M.gat;
    const need = labelWidth(FASE_NAMEN[fase]) + 12;
    if (have < need) members.forEach((k) => width.set(k, width.get(k)! + Math.ceil((need - have) / members.length)));
  }

  const labelBreedte = Math.max(M.labelMinimum, ...inRoute.map((v) => labelWidth(v.naam) + 24));
  const zichtbaar: KaartjeKolom[] = [];
  const gaten: { x: number; width: number }[] = [];
  let x = labelBreedte;
  visited.forEach((kolom, i) => {
    if (i > 0 && kolom !== visited[i - 1]! + 1) {
      gaten.push({ x, width: M.gat });
      x += M.gat;
    }
    zichtbaar.push({ index: kolom, id: KOLOMMEN[kolom]!.id, label: kolomKort(kolom), x, width: width.get(kolom)! });
    x += width.get(kolom)!;
  });
  const totalWidth = x;

  // Skipped columns sit, with no width, where the next visited column starts.
  const kolommen = KOLOMMEN.map((_, index) => {
    const shown = zichtbaar.find((z) => z.index === index);
    if (shown) return { x: shown.x, width: shown.width };
    const next = zichtbaar.find((z) => z.index > index);
    return { x: next ? next.x : totalWidth, width: 0 };
  });

  const fases = [...new Set(visited.map(faseOf))].map((id) => {
    const members = zichtbaar.filter((z) => faseOf(z.index) === id);
    const start = members[0]!.x;
    const last = members[members.length - 1]!;
    return { id, naam: FASE_NAMEN[id], x: start, width: last.x + last.width - start };
  });

  const lanen: RouteKaartjeLayout['lanen'] = [];
  const rijen: KaartjeRij[] = [];
  const spans: RouteKaartjeLayout['spans'] = [];
  let y = M.faseKop + M.kolomKop;
  for (const niveau of NIVEAU_IDS) {
    const inLane = inRoute.filter((v) => v.niveau === niveau);
    if (inLane.length === 0) continue;
    const laneTop = y;
    y += M.laanKop;
    for (const v of inLane) {
      rijen.push({ id: v.id, naam: v.naam, niveau, y, labelY: y + 18 });
      // The bar covers the visited columns inside the voorziening's periode (contiguous, as the periode is).
      const covered = zichtbaar.filter((z) => z.index >= v.kolommen.eerste && z.index <= v.kolommen.laatste);
      const first = covered[0]!;
      const last = covered[covered.length - 1]!;
      const barTop = y + (M.rij - M.balk) / 2;
      spans.push({ id: v.id, niveau, x: first.x + 2, y: barTop, width: last.x + last.width - 2 - (first.x + 2), height: M.balk });
      y += M.rij;
    }
    y += M.laanMarge;
    lanen.push({ niveau, naam: NIVEAU_NAMEN[niveau], y: laneTop, height: y - laneTop });
  }

  const route_ = layoutRoute({ kolommen, spans }, route);
  return { width: totalWidth, height: y, labelBreedte, fases, zichtbaar, gaten, lanen, rijen, kolommen, spans, route: route_ };
}
