/**
 * The map's time axis and sizes: what the build's layout (kaart.ts) and the map page's modules in the browser (zoom,
 * labels, the route layer) both need. Apart from kaart.ts so the page's script bundle does not carry the whole layout.
 */
import { scaleLinear } from 'd3-scale';
import { FASE_IDS, FASE_KOLOMMEN, FASE_NAMEN, KOLOMMEN } from '../domain/tijdlijn.ts';
import type { FaseLayout, KolomLayout } from './kolomas.ts';
import { kortIn } from './tekstmaat.ts';

export const MAAT = {
  /** The lane-name column on the left, in px. */
  laanNaam: 112,
  /** Reference (and minimum) width of the timeline in px: labels are fitted for it. */
  tijdlijn: 1100,
  faseKop: 24,
  kolomKop: 20,
  rij: 26,
  balk: 20,
  laanMarge: 6,
  /** Lane names need room for two lines and a link, whatever the number of rows. */
  laanMinimum: 62,
  /** Padding of a label inside its bar or chip. */
  binnen: 5,
  /** Gap between a bar's end and a label beside it. */
  naast: 4,
  /** Gap between two things in one row. */
  tussen: 4,
  /** At most this much room (px) is kept free after a short bar for its label; a longer label is shortened. */
  labelRuimte: 124,
  /** Gap between chips in the doorlopend band. */
  chipTussen: 6,
  /** A voorziening covering at least this share of the timeline is doorlopend. */
  doorlopend: 0.9,
  /**
   * Rows per block: the timeline is drawn as a stack of SVG blocks that the browser skips while they are out of
   * view (content-visibility). Small enough that a screen renders a few blocks, big enough that the wrappers add
   * little to the page (about 100 bytes a block).
   */
  blokRijen: 24,
} as const;

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Column weights: one unit per month or week (not to scale: early weeks matter more than late months). A fase of
 * one column gets the units its name needs in the header, and maand 15–24 the room for its label.
 */
const GEWICHT: Partial<Record<string, number>> = { preconceptie: 3.5, bevalling: 2.5, 'maand-15-24': 1.5, 'jaar-3': 2, 'jaar-4': 3 };

export function kolomGewicht(index: number): number {
  return GEWICHT[KOLOMMEN[index]!.id] ?? 1;
}

/** On the map the axis is in percent of the timeline (x and width of every fase and column). */
export type { FaseLayout, KolomLayout };

/** The time axis in percent: where each column and fase starts and how wide it is. */
export function tijdAs(): { kolommen: KolomLayout[]; fases: FaseLayout[] } {
  const starts = KOLOMMEN.map((_, i) => KOLOMMEN.slice(0, i).reduce((sum, __, j) => sum + kolomGewicht(j), 0));
  const total = starts.at(-1)! + kolomGewicht(KOLOMMEN.length - 1);
  const x = scaleLinear().domain([0, total]).range([0, 100]);
  const start = (i: number) => round2(x(starts[i]!));
  const end = (i: number) => round2(x(starts[i]! + kolomGewicht(i)));
  const kolommen = KOLOMMEN.map(({ id, label, naam, fase }, i): KolomLayout => ({ id, label, naam, fase, x: start(i), width: round2(end(i) - start(i)) }));
  const fases = FASE_IDS.map((id): FaseLayout => {
    const { eerste, laatste } = FASE_KOLOMMEN[id];
    return { id, naam: FASE_NAMEN[id], x: start(eerste), width: round2(end(laatste) - start(eerste)) };
  });
  return { kolommen, fases };
}

/** The columns in px when the timeline is drawn `breedte` px wide: what a klantroute is laid out on. */
export function kolommenBij(breedte: number): { x: number; width: number }[] {
  return tijdAs().kolommen.map((k) => ({ x: (k.x / 100) * breedte, width: (k.width / 100) * breedte }));
}

/** The part of a label's layout that refitting needs: its room in percent and the px its marks and padding take. */
export interface LabelRuimte {
  ruimte: number;
  vast: number;
}

/**
 * The label of a span when the timeline is drawn `breedte` px wide (reference width × zoom): a shortened label
 * gets the room it has there, up to its whole name. Pure, so the browser refits exactly as the build fitted.
 */
export function labelBijBreedte(naam: string, label: LabelRuimte, breedte: number): string {
  return kortIn(naam, Math.floor((label.ruimte / 100) * breedte - label.vast));
}
