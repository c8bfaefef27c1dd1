/**
 * The case timeline (klantreis): the people of one case along the child's age, from -10 months to 6 years.
 * Numbers only, no DOM, like the map (src/layout/kaart.ts), whose axis, sizes and label placement it reuses:
 * every number is an integer, so the golden SVG is stable.
 *
 * The axis is the map's 1000-days axis up to and including the 3e jaar, followed by three year columns in the
 * schoolkind fase (4e, 5e, 6e jaar). Columns are not to scale, as on the map. An age maps to x by linear
 * interpolation between column boundaries:
 * - preconceptie covers -10..-9; zwangerschap maand n covers n-10..n-9 (so maand 9 ends at 0);
 * - the bevalling column is the birth itself: age 0 is its centre line. Its left half finishes the ninth month
 *   (-1..0), its right half starts week 1 (0..¼ month). The axis stays continuous and strictly increasing, and a
 *   bar that ends at the birth meets one that starts there in the middle of the bevalling column;
 * - week n covers (n-1)/4..n/4 months; maand n covers n-1..n; "15–24" covers 14..24; the 3e jaar 24..36, the
 *   4e jaar 36..48, the 5e 48..60 and the 6e 60..72.
 */
import { scaleLinear } from 'd3-scale';
import {
  ROL_LAAN_NAMEN,
  betrokkenheid,
  persoonLabel,
  persoonPerBetrokkene,
  type Betrokkenheid,
} from '../domain/klantreis/betrokkenheid.ts';
import { leeftijdsbereikInWoorden } from '../domain/klantreis/leeftijd.ts';
import { LEEFTIJD_MAX, LEEFTIJD_MIN, ROL_IDS, type Klantreis, type RolId, type VerloopId } from '../domain/klantreis/schema.ts';
import { KOLOMMEN, kolomIndex, type Kolom } from '../domain/tijdlijn.ts';
import { MAAT, kolomAs, kolomGewicht, placeLabel, stackRows, type FaseLayout, type KolomLayout } from './kaart.ts';
import { labelWidth } from './tekstmaat.ts';

/** Sizes of the timeline beyond the map's MAAT, which it shares (label column, column width, rows, bars). */
export const KR_MAAT = {
  /** One row of band names under the column header. */
  bandKop: 22,
  /** An empty lane still shows its name and one empty row. */
  laanMinimum: MAAT.rij + 2 * MAAT.laanMarge,
  /** A person involved at one moment only (van = tot) gets a bar this wide, centred on the moment. */
  momentBreedte: 6,
  /** Overdrachten at the same moment stand this far apart. */
  overdrachtStap: 12,
} as const;

const LAATSTE_KAART_KOLOM = kolomIndex('jaar-3');

/** The map's columns up to the 3e jaar, then the 4e, 5e and 6e jaar. */
export const KLANTREIS_KOLOMMEN: readonly Kolom[] = [
  ...KOLOMMEN.slice(0, LAATSTE_KAART_KOLOM + 1),
  ...[4, 5, 6].map((n) => ({ id: `jaar-${n}`, fase: 'schoolkind' as const, label: `${n}e jaar`, naam: `het ${n}e jaar`, vanaf: (n - 1) * 12 })),
];

/** Map columns keep the map's width; a year column is as wide as the 3e jaar. */
function gewicht(index: number): number {
  return kolomGewicht(Math.min(index, LAATSTE_KAART_KOLOM));
}

const as = kolomAs(KLANTREIS_KOLOMMEN, gewicht);
const { columnX, columnEnd } = as;
const BEVALLING = KLANTREIS_KOLOMMEN.findIndex((k) => k.id === 'bevalling');

/** The knots of the piecewise-linear axis: [age in months, x]. */
const knopen: [number, number][] = [
  ...KLANTREIS_KOLOMMEN.flatMap((k, i): [number, number][] => {
    if (i === BEVALLING) return [[0, Math.round((columnX(i) + columnEnd(i)) / 2)]];
    // Week 1 starts at the birth too: its knot is the bevalling's centre line (see above).
    return k.vanaf === 0 ? [] : [[k.vanaf, columnX(i)]];
  }),
  [LEEFTIJD_MAX, columnEnd(KLANTREIS_KOLOMMEN.length - 1)],
];
const leeftijdSchaal = scaleLinear()
  .domain(knopen.map(([leeftijd]) => leeftijd))
  .range(knopen.map(([, x]) => x))
  .clamp(true);

/** Left and right edge of the time axis (the label column is left of it). */
export const AS = { links: columnX(0), rechts: columnEnd(KLANTREIS_KOLOMMEN.length - 1) } as const;

/** x of an age in months on the timeline, rounded to a whole pixel; ages outside -10..72 are clamped. */
export function leeftijdNaarX(maanden: number): number {
  return Math.round(leeftijdSchaal(maanden));
}

export interface KlantreisLaanLayout {
  rol: RolId;
  naam: string;
  y: number;
  height: number;
  rijen: number;
  labelY: number;
}

export interface KlantreisRijLayout {
  /** kr-rij-<first betrokkene id>. */
  id: string;
  sleutel: string;
  rol: RolId;
  naam: string;
  organisatie: string;
  /** naam (organisatie), as drawn. */
  label: string;
  y: number;
  height: number;
  labelX: number;
  labelY: number;
  /** "end" when the label stands left of the first bar (right-aligned), because it fits nowhere else. */
  labelAnker: 'start' | 'end';
  betrokkeneIds: string[];
}

export interface KlantreisBalkLayout {
  /** kr-bar-<first betrokkene id of the person>-<n>, n counting the person's periods from 1. */
  id: string;
  rijId: string;
  rol: RolId;
  van: number;
  tot: number;
  bandId: string;
  betrokkeneId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface KlantreisBandLayout {
  id: string;
  /** The band's naam, or its span in words when the naam is still empty. */
  label: string;
  van: number;
  tot: number;
  x: number;
  width: number;
  /** Row of the band header (overlapping bands stack). */
  rij: number;
  /** Top of its row in the band header. */
  y: number;
  /** Centre of the label (text-anchor middle), kept inside the axis. */
  labelX: number;
  labelY: number;
  /** Every other band gets a shaded background, so neighbours stand apart without colour. */
  gearceerd: boolean;
}

export interface KlantreisOverdrachtLayout {
  id: string;
  verloop: VerloopId;
  van: string;
  naar: string;
  moment: number;
  vanRijId: string;
  naarRijId: string;
  /** The connector runs from (x, y1), the centre of the van row, to (x, y2), the centre of the naar row. */
  x: number;
  y1: number;
  y2: number;
  /** Centre of the verloop marker, halfway the connector. */
  markerY: number;
  labelX: number;
  labelY: number;
  labelAnker: 'start' | 'end';
}

export interface KlantreisLayout {
  width: number;
  height: number;
  /** Bottom of the headers (fases, columns, bands): where the lanes start. */
  kop: number;
  lanes: KlantreisLaanLayout[];
  rows: KlantreisRijLayout[];
  bars: KlantreisBalkLayout[];
  overdrachten: KlantreisOverdrachtLayout[];
  /** Ids of overdrachten that name a betrokkene not on the timeline (unknown id or empty naam): not drawn. */
  overdrachtenZonderRij: string[];
  bands: KlantreisBandLayout[];
  fases: FaseLayout[];
  kolommen: KolomLayout[];
}

function uniek(id: string, gezien: Set<string>): string {
  let kandidaat = id;
  for (let n = 2; gezien.has(kandidaat); n++) kandidaat = `${id}-${n}`;
  gezien.add(kandidaat);
  return kandidaat;
}

function balkSpan(van: number, tot: number): { x: number; width: number } {
  const x = leeftijdNaarX(van);
  const width = leeftijdNaarX(tot) - x;
  if (width >= KR_MAAT.momentBreedte) return { x, width };
  const midden = Math.round((x + x + width) / 2);
  return { x: midden - KR_MAAT.momentBreedte / 2, width: KR_MAAT.momentBreedte };
}

/**
 * The label of a row, placed as on the map (placeLabel): inside the first bar wide enough for it, else just after
 * the last bar — never over a bar. If it would run off the axis there, right-aligned before the first bar.
 */
function rijLabel(bars: readonly { x: number; width: number }[], label: string): { labelX: number; labelAnker: 'start' | 'end' } {
  const breedte = labelWidth(label);
  for (const bar of bars) {
    const { labelX } = placeLabel(bar.x, bar.width, label);
    if (labelX === bar.x + 6) return { labelX, labelAnker: 'start' };
  }
  const laatste = bars[bars.length - 1]!;
  const { labelX } = placeLabel(laatste.x, laatste.width, label);
  if (labelX + breedte <= AS.rechts) return { labelX, labelAnker: 'start' };
  const voor = bars[0]!.x - 4;
  if (voor - breedte >= AS.links) return { labelX: voor, labelAnker: 'end' };
  return { labelX, labelAnker: 'start' };
}

/** Stack offsets for overdrachten at one moment: 0, +1, -1, +2, -2 … steps. */
function verschuiving(n: number): number {
  const stap = Math.ceil(n / 2) * KR_MAAT.overdrachtStap;
  return n % 2 === 1 ? stap : -stap;
}

/** A box on the drawing, for keeping texts apart. */
interface Vak {
  links: number;
  rechts: number;
  boven: number;
  onder: number;
}

function raakt(a: Vak, b: Vak): boolean {
  return a.links < b.rechts && b.links < a.rechts && a.boven < b.onder && b.boven < a.onder;
}

function rijLabelVak(rij: KlantreisRijLayout): Vak {
  const w = labelWidth(rij.label);
  const links = rij.labelAnker === 'start' ? rij.labelX : rij.labelX - w;
  return { links, rechts: links + w, boven: rij.labelY - 12, onder: rij.labelY + 4 };
}

/**
 * Where an overdracht's verloop marker and word go: halfway the connector if they cover no row label nor an
 * earlier marker there, else at the nearest free row centre or gap between rows along the connector (nearest to
 * halfway first, then the higher one). The word goes right of the marker, or left when it would cover something
 * or run off the axis. Without a free place, halfway and to the right. Reserves the chosen boxes in `bezet`.
 */
function plaatsMarker(
  x: number,
  y1: number,
  y2: number,
  verloop: VerloopId,
  rows: readonly KlantreisRijLayout[],
  bezet: Vak[],
): { markerY: number; labelX: number; labelAnker: 'start' | 'end' } {
  const boven = Math.min(y1, y2);
  const onder = Math.max(y1, y2);
  const midden = Math.round((y1 + y2) / 2);
  const kandidaten = [
    midden,
    ...rows.flatMap((r) => [r.y + MAAT.balk / 2, r.y + MAAT.balk + (MAAT.rij - MAAT.balk) / 2]),
  ]
    .filter((y, i, alle) => y >= boven && y <= onder && alle.indexOf(y) === i)
    .sort((a, b) => Math.abs(a - midden) - Math.abs(b - midden) || a - b);
  const w = labelWidth(verloop);
  for (const y of kandidaten) {
    const marker: Vak = { links: x - 9, rechts: x + 9, boven: y - 9, onder: y + 9 };
    if (bezet.some((v) => raakt(v, marker))) continue;
    for (const anker of ['start', 'end'] as const) {
      const labelX = anker === 'start' ? x + 12 : x - 12;
      const label: Vak = { links: anker === 'start' ? labelX : labelX - w, rechts: anker === 'start' ? labelX + w : labelX, boven: y - 8, onder: y + 8 };
      if (label.links < AS.links || label.rechts > AS.rechts || bezet.some((v) => raakt(v, label))) continue;
      bezet.push(marker, label);
      return { markerY: y, labelX, labelAnker: anker };
    }
  }
  const rechts = x + 12 + w <= AS.rechts;
  return { markerY: midden, labelX: rechts ? x + 12 : x - 12, labelAnker: rechts ? 'start' : 'end' };
}

export function layoutKlantreis(k: Klantreis): KlantreisLayout {
  const width = AS.rechts;
  const { kolommen, fases } = as;

  // Bands: sorted by start, overlapping ones (with their labels) stacked in the band header.
  const bandTop = MAAT.faseKop + MAAT.kolomKop;
  const geplaatst = k.banden
    .map((band, volgorde) => {
      const van = Math.min(band.van, band.tot);
      const tot = Math.max(band.van, band.tot);
      const { x, width: w } = balkSpan(van, tot);
      const label = band.naam.trim() || leeftijdsbereikInWoorden(van, tot);
      const half = Math.ceil(labelWidth(label) / 2);
      const labelX = Math.min(Math.max(Math.round(x + w / 2), AS.links + half + 2), AS.rechts - half - 2);
      return { band, volgorde, van, tot, x, width: w, label, labelX, start: Math.min(x, labelX - half - 4), end: Math.max(x + w, labelX + half + 4) };
    })
    .sort((a, b) => a.x - b.x || b.width - a.width || a.volgorde - b.volgorde);
  const bandRijen = stackRows(geplaatst);
  const aantalBandRijen = Math.max(0, ...bandRijen.map((r) => r + 1));
  const kop = bandTop + aantalBandRijen * KR_MAAT.bandKop;

  // Lanes and rows: one row per person, lanes in rol order.
  const personen = betrokkenheid(k);
  const lanes: KlantreisLaanLayout[] = [];
  const rows: KlantreisRijLayout[] = [];
  const bars: KlantreisBalkLayout[] = [];
  const rijIds = new Set<string>();
  const barIds = new Set<string>();
  const rijVan = new Map<Betrokkenheid, KlantreisRijLayout>();
  let y = kop;
  for (const rol of ROL_IDS) {
    const inLaan = personen.filter((p) => p.rol === rol);
    const laneTop = y + MAAT.laanMarge;
    inLaan.forEach((persoon, i) => {
      const rijY = laneTop + i * MAAT.rij;
      const eersteId = persoon.betrokkeneIds[0]!;
      const rijId = uniek(`kr-rij-${eersteId}`, rijIds);
      const spans = persoon.perioden.map((p) => balkSpan(p.van, p.tot));
      const label = persoonLabel(persoon);
      const rij: KlantreisRijLayout = {
        id: rijId,
        sleutel: persoon.sleutel,
        rol,
        naam: persoon.naam,
        organisatie: persoon.organisatie,
        label,
        y: rijY,
        height: MAAT.balk,
        ...rijLabel(spans, label),
        labelY: rijY + 15,
        betrokkeneIds: persoon.betrokkeneIds,
      };
      rows.push(rij);
      rijVan.set(persoon, rij);
      persoon.perioden.forEach((periode, n) => {
        bars.push({
          id: uniek(`kr-bar-${eersteId}-${n + 1}`, barIds),
          rijId,
          rol,
          van: periode.van,
          tot: periode.tot,
          bandId: periode.bandId,
          betrokkeneId: periode.betrokkeneId,
          ...spans[n]!,
          y: rijY,
          height: MAAT.balk,
        });
      });
    });
    const height = Math.max(KR_MAAT.laanMinimum, inLaan.length * MAAT.rij + 2 * MAAT.laanMarge);
    lanes.push({ rol, naam: ROL_LAAN_NAMEN[rol], y, height, rijen: inLaan.length, labelY: y + 20 });
    y += height;
  }
  const height = y;

  const bands: KlantreisBandLayout[] = geplaatst.map((g, i) => {
    const rijY = bandTop + bandRijen[i]! * KR_MAAT.bandKop;
    return {
      id: g.band.id,
      label: g.label,
      van: g.van,
      tot: g.tot,
      x: g.x,
      width: g.width,
      rij: bandRijen[i]!,
      y: rijY,
      labelX: g.labelX,
      labelY: rijY + 15,
      gearceerd: i % 2 === 1,
    };
  });

  // Overdrachten: a vertical connector between the rows of van and naar.
  const perBetrokkene = persoonPerBetrokkene(personen);
  const perMoment = new Map<number, number>();
  const overdrachten: KlantreisOverdrachtLayout[] = [];
  const overdrachtenZonderRij: string[] = [];
  const bezet: Vak[] = rows.map(rijLabelVak);
  for (const o of k.overdrachten) {
    const vanPersoon = perBetrokkene.get(o.van);
    const naarPersoon = perBetrokkene.get(o.naar);
    const vanRij = vanPersoon && rijVan.get(vanPersoon);
    const naarRij = naarPersoon && rijVan.get(naarPersoon);
    if (!vanRij || !naarRij) {
      overdrachtenZonderRij.push(o.id);
      continue;
    }
    const n = perMoment.get(o.moment) ?? 0;
    perMoment.set(o.moment, n + 1);
    const x = Math.min(Math.max(leeftijdNaarX(o.moment) + verschuiving(n), AS.links + 2), AS.rechts - 2);
    const y1 = vanRij.y + MAAT.balk / 2;
    const y2 = naarRij.y + MAAT.balk / 2;
    const { markerY, labelX, labelAnker } = plaatsMarker(x, y1, y2, o.verloop, rows, bezet);
    overdrachten.push({
      id: o.id,
      verloop: o.verloop,
      van: o.van,
      naar: o.naar,
      moment: o.moment,
      vanRijId: vanRij.id,
      naarRijId: naarRij.id,
      x,
      y1,
      y2,
      markerY,
      labelX,
      labelY: markerY + 4,
      labelAnker,
    });
  }

  return { width, height, kop, lanes, rows, bars, overdrachten, overdrachtenZonderRij, bands, fases, kolommen };
}
