/**
 * The map layout: the validated model turned into positions — numbers only, no DOM, unit-tested, and the same at
 * build time and in the browser.
 *
 * Time runs along x in percent of the timeline's width, so the server-rendered SVG fills whatever width it gets
 * and zooming only makes it wider: text keeps its size and nothing is drawn again. Heights are pixels.
 * Labels are fitted for the reference width MAAT.tijdlijn, the narrowest the timeline is ever drawn (below it the
 * map scrolls sideways): what fits there fits at every width, and a wider view or a zoom only adds room, which
 * `labelBijBreedte` (tijdas.ts) uses to bring shortened labels back in full.
 *
 * Voorzieningen that run through (nearly) the whole timeline say nothing about *when*; drawn as bars they would
 * each take a full-width row. They become chips in a "doorlopend" band at the top of their lane instead.
 */
import { NIVEAU_IDS, type NiveauId } from '../domain/ids.ts';
import type { VoorzieningModel } from '../domain/model.ts';
import { FASE_IDS, type FaseId } from '../domain/tijdlijn.ts';
import { alleenIn } from '../domain/gemeente.ts';
import { NIVEAU_NAMEN, kenmerkenVan } from '../domain/woorden.ts';
import { ELLIPS, ICON_SIZE, kortIn, labelWidth } from './tekstmaat.ts';
import type { FaseLayout, KolomLayout } from './kolomas.ts';
import { MAAT, labelBijBreedte, tijdAs } from './tijdas.ts';

// The axis and the sizes are in tijdas.ts, so the map page's modules take them without the whole layout.
export { MAAT, kolomGewicht, kolommenBij, labelBijBreedte, tijdAs } from './tijdas.ts';

const round2 = (value: number) => Math.round(value * 100) / 100;
/** px at the reference width → percent of the timeline. */
const pct = (px: number) => round2((px / MAAT.tijdlijn) * 100);

/**
 * Where a label stands: inside its bar or chip, beside the bar after its end, or before its start (near the end
 * of the timeline, where there is no room after).
 */
export type LabelPlek = 'binnen' | 'naast' | 'voor';

export interface LabelLayout {
  /** As drawn: the whole name, or its start with an ellipsis. */
  tekst: string;
  ingekort: boolean;
  plek: LabelPlek;
  /**
   * Anchor in percent (the bar's start, or its end for "naast") and the offset from it in px where the text
   * starts — or ends, for a label before its bar (anker "end"), so it meets the marks whatever the font.
   */
  x: number;
  dx: number;
  anker: 'start' | 'end';
  y: number;
  /**
   * The room for the text when the timeline is drawn B px wide is `ruimte` percent of B minus `vast` px
   * (labelBijBreedte). Zero for a chip and a label before its bar: their room does not grow with the zoom.
   */
  ruimte: number;
  vast: number;
}

export interface SpanLayout {
  id: string;
  niveau: NiveauId;
  /** A bar on the time axis, or a chip in the doorlopend band. */
  soort: 'balk' | 'chip';
  rij: number;
  /** Percent of the timeline. */
  x: number;
  /** Percent for a bar, px for a chip (a chip's size does not follow the zoom). */
  width: number;
  y: number;
  height: number;
  label: LabelLayout;
  /** The legend marks: one row of icons before the text, at the same anchor (percent) with their own offset (px). */
  kenmerken: string[];
  kenmerkX: number;
  kenmerkDx: number;
  /** Centres of the contact moments, in percent, on the bar's lower edge (momentY). */
  momenten: number[];
  momentY: number;
}

export interface LaanLayout {
  niveau: NiveauId;
  naam: string;
  y: number;
  height: number;
  /** The doorlopend band at the top of the lane, if the lane has chips. */
  doorlopend: { y: number; height: number } | null;
  rijen: number;
}

/**
 * A horizontal slice of one lane, drawn as its own SVG so the browser can skip it while it is out of view: whole
 * rows (a row never straddles two blocks), from `y` (px, in the timeline), holding spans[van] up to spans[tot].
 */
export interface BlokLayout {
  niveau: NiveauId;
  y: number;
  height: number;
  van: number;
  tot: number;
}

export interface KaartLayout {
  /** Height of the timeline (lanes), below the header. */
  height: number;
  kopHoogte: number;
  fases: FaseLayout[];
  kolommen: KolomLayout[];
  lanen: LaanLayout[];
  /** In the order they are drawn and indexed: lane by lane, block by block, within a block by start. */
  spans: SpanLayout[];
  blokken: BlokLayout[];
}

/** Where the i-th mark in a row of marks starts: the icons side by side, 2 px apart. */
export function kenmerkPlek(i: number): number {
  return i * (ICON_SIZE + 2);
}

/** Width of the icons of a row of marks (what the map draws for them). */
export function kenmerkenRij(aantal: number): number {
  return aantal === 0 ? 0 : kenmerkPlek(aantal) - 2;
}

/** Width of a row of marks before a label: the icons, then a gap. */
export function kenmerkBreedte(aantal: number): number {
  return aantal === 0 ? 0 : kenmerkenRij(aantal) + 4;
}

/** Share of the timeline a voorziening covers, by column weight. */
function dekking(v: VoorzieningModel, kolommen: readonly KolomLayout[]): number {
  const a = kolommen[v.kolommen.eerste]!;
  const b = kolommen[v.kolommen.laatste]!;
  return (b.x + b.width - a.x) / 100;
}

/** Greedy interval stacking: each item goes into the first row that is free from its start on. */
export function stackRows<T extends { start: number; end: number }>(items: readonly T[]): number[] {
  const rowEnds: number[] = [];
  return items.map((item) => {
    let row = rowEnds.findIndex((end) => end + MAAT.tussen <= item.start);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = item.end;
    return row;
  });
}

interface Balk {
  v: VoorzieningModel;
  kenmerken: string[];
  /** Bar in px at the reference width. */
  x0: number;
  x1: number;
  plek: LabelPlek;
  /** What the bar takes in its row, label room included. */
  start: number;
  end: number;
}

/**
 * The marks drawn before a voorziening's name: its kenmerken, and "alleen-in" when it is offered in part of the
 * region only (its accessible name says where).
 */
function marksVan(v: VoorzieningModel, regioGemeenten: readonly string[]): string[] {
  return alleenIn(v, regioGemeenten) ? [...kenmerkenVan(v), 'alleen-in'] : kenmerkenVan(v);
}

/** Chooses where a bar's label goes, and how much of its row the bar with its label takes. */
function plaatsBalk(v: VoorzieningModel, kolommen: readonly KolomLayout[], regioGemeenten: readonly string[]): Balk {
  const kenmerken = marksVan(v, regioGemeenten);
  const x0 = (kolommen[v.kolommen.eerste]!.x / 100) * MAAT.tijdlijn + 1;
  const eind = kolommen[v.kolommen.laatste]!;
  const x1 = ((eind.x + eind.width) / 100) * MAAT.tijdlijn - 1;
  const w = x1 - x0;
  const marks = kenmerkBreedte(kenmerken.length);
  const nodig = labelWidth(v.naam) + marks;
  // Room kept for a label that does not fit: at least its first word, so a shortened label shows whole words.
  const minstens = Math.max(MAAT.labelRuimte, labelWidth(v.naam.split(/\s/)[0]!) + labelWidth(ELLIPS) + marks);
  const balk = { v, kenmerken, x0, x1 };
  // Whole inside; or shortened inside a bar that offers more room than a label beside it would get.
  if (nodig + 2 * MAAT.binnen <= w || w - 2 * MAAT.binnen >= minstens) return { ...balk, plek: 'binnen', start: x0, end: x1 };
  const ruimte = Math.min(nodig, minstens) + MAAT.naast;
  if (x1 + ruimte <= MAAT.tijdlijn) return { ...balk, plek: 'naast', start: x0, end: x1 + ruimte };
  // At the end of the timeline there is no room after a bar: the label goes before it, if that offers more.
  if (x0 - ruimte >= 0 && ruimte > w - MAAT.binnen) return { ...balk, plek: 'voor', start: x0 - ruimte, end: x1 };
  return { ...balk, plek: 'binnen', start: x0, end: x1 };
}

/**
 * The label of a placed bar: its marks, then its text. `volgende` is where the next thing in the row begins;
 * `vastNa` is the part of that which does not grow with the zoom (the label of a bar whose label stands before it).
 */
function labelVan(balk: Balk, volgende: number, vastNa: number, y: number): LabelLayout & { kenmerkDx: number } {
  const { v, x0, x1, plek } = balk;
  const marks = kenmerkBreedte(balk.kenmerken.length);
  const labelY = y + 14;
  if (plek === 'voor') {
    // Its room was kept free before the bar (plaatsBalk). Text, marks, gap, bar: the text ends at the marks.
    const tekst = kortIn(v.naam, x0 - balk.start - MAAT.naast - marks);
    const dx = -(MAAT.naast + marks);
    return { tekst, ingekort: tekst !== v.naam, plek, x: pct(x0), dx, anker: 'end', y: labelY, ruimte: 0, vast: 0, kenmerkDx: dx + 4 };
  }
  const begin = plek === 'binnen' ? x0 : x1;
  const start = plek === 'binnen' ? MAAT.binnen : MAAT.naast;
  // The room runs to the bar's end (inside) or to whatever comes next in the row (beside).
  const marge = plek === 'binnen' ? MAAT.binnen : MAAT.tussen;
  const eind = plek === 'binnen' ? x1 : volgende;
  const extra = plek === 'naast' ? vastNa : 0;
  const ruimte = { ruimte: pct(eind + extra - begin), vast: start + marks + marge + extra };
  // Fitted by the same rule the browser uses when the timeline is wider, so both agree to the pixel.
  const tekst = labelBijBreedte(v.naam, ruimte, MAAT.tijdlijn);
  return { tekst, ingekort: tekst !== v.naam, plek, x: pct(begin), dx: start + marks, anker: 'start', y: labelY, ...ruimte, kenmerkDx: start };
}

/** Lays out the bars of one lane from `top`; returns the spans and the number of rows. */
function laanBalken(
  voorzieningen: readonly VoorzieningModel[],
  kolommen: readonly KolomLayout[],
  niveau: NiveauId,
  top: number,
  momenten: (v: VoorzieningModel) => number[],
  regioGemeenten: readonly string[],
) {
  const balken = voorzieningen
    .map((v) => plaatsBalk(v, kolommen, regioGemeenten))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.v.id.localeCompare(b.v.id));
  const rijen = stackRows(balken);
  const spans: SpanLayout[] = balken.map((balk, i) => {
    const rij = rijen[i]!;
    // The next thing in this row: where a label beside this bar must stop.
    const volgende = balken.find((b, j) => j > i && rijen[j] === rij);
    const y = top + rij * MAAT.rij;
    const { kenmerkDx, ...label } = labelVan(balk, volgende?.start ?? MAAT.tijdlijn, volgende?.plek === 'voor' ? volgende.x0 - volgende.start : 0, y);
    return {
      id: balk.v.id,
      niveau,
      soort: 'balk',
      rij,
      x: pct(balk.x0),
      width: round2(pct(balk.x1) - pct(balk.x0)),
      y,
      height: MAAT.balk,
      label,
      kenmerken: balk.kenmerken,
      kenmerkX: label.x,
      kenmerkDx,
      momenten: momenten(balk.v),
      momentY: y + MAAT.balk,
    };
  });
  return { spans, rijen: Math.max(0, ...rijen.map((r) => r + 1)) };
}

/** Chips side by side in rows across the reference width, alphabetically. */
function laanChips(voorzieningen: readonly VoorzieningModel[], niveau: NiveauId, top: number, regioGemeenten: readonly string[]) {
  const spans: SpanLayout[] = [];
  let x = MAAT.tussen;
  let rij = 0;
  for (const v of [...voorzieningen].sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.id.localeCompare(b.id))) {
    const kenmerken = marksVan(v, regioGemeenten);
    const marks = kenmerkBreedte(kenmerken.length);
    const max = MAAT.tijdlijn - 2 * MAAT.tussen - 2 * MAAT.binnen - marks;
    const tekst = kortIn(v.naam, max);
    const breedte = 2 * MAAT.binnen + labelWidth(tekst) + marks;
    if (x > MAAT.tussen && x + breedte > MAAT.tijdlijn - MAAT.tussen) {
      x = MAAT.tussen;
      rij++;
    }
    const y = top + rij * MAAT.rij;
    spans.push({
      id: v.id,
      niveau,
      soort: 'chip',
      rij,
      x: pct(x),
      width: breedte,
      y,
      height: MAAT.balk,
      // A chip keeps its size at every zoom: its label is never refitted.
      label: { tekst, ingekort: tekst !== v.naam, plek: 'binnen', x: pct(x), dx: MAAT.binnen + marks, anker: 'start', y: y + 14, ruimte: 0, vast: 0 },
      kenmerken,
      kenmerkX: pct(x),
      kenmerkDx: MAAT.binnen,
      momenten: [],
      momentY: y + MAAT.balk,
    });
    x += breedte + MAAT.chipTussen;
  }
  return { spans, rijen: spans.length ? rij + 1 : 0 };
}

/**
 * Cuts a lane (from `y`, `height` px, `rijen` rows) into blocks of MAAT.blokRijen rows; the first block also holds
 * the lane's top margin, the last its bottom margin. Spans keep their order within a block. `eerste` is the
 * index the lane's first span gets in the map's spans.
 */
function inBlokken(laanSpans: readonly SpanLayout[], niveau: NiveauId, y: number, height: number, rijen: number, eerste: number) {
  const aantal = Math.max(1, Math.ceil(rijen / MAAT.blokRijen));
  const grens = (b: number) => (b === 0 ? y : b === aantal ? y + height : y + MAAT.laanMarge + b * MAAT.blokRijen * MAAT.rij);
  const perBlok = Array.from({ length: aantal }, (): SpanLayout[] => []);
  for (const s of laanSpans) perBlok[Math.floor(Math.round((s.y - y - MAAT.laanMarge) / MAAT.rij) / MAAT.blokRijen)]!.push(s);
  let van = eerste;
  return perBlok.map((spans, b) => {
    const blok: BlokLayout = { niveau, y: grens(b), height: grens(b + 1) - grens(b), van, tot: van + spans.length };
    van = blok.tot;
    return { blok, spans };
  });
}

/** `regioGemeenten`: the region's gemeenten, so a voorziening offered in part of them gets the "alleen in" mark. */
export function layoutKaart(voorzieningen: readonly VoorzieningModel[], regioGemeenten: readonly string[] = []): KaartLayout {
  const { kolommen, fases } = tijdAs();
  const midden = (k: number) => round2(kolommen[k]!.x + kolommen[k]!.width / 2);
  const momenten = (v: VoorzieningModel) => [...new Set(v.momentKolommen)].map(midden);
  const lanen: LaanLayout[] = [];
  const spans: SpanLayout[] = [];
  const blokken: BlokLayout[] = [];
  let y = 0;
  for (const niveau of NIVEAU_IDS) {
    const inLaan = voorzieningen.filter((v) => v.niveau === niveau);
    const isDoorlopend = (v: VoorzieningModel) => dekking(v, kolommen) >= MAAT.doorlopend;
    const top = y + MAAT.laanMarge;
    const chips = laanChips(inLaan.filter(isDoorlopend), niveau, top, regioGemeenten);
    const bandHoogte = chips.rijen * MAAT.rij;
    const balken = laanBalken(inLaan.filter((v) => !isDoorlopend(v)), kolommen, niveau, top + bandHoogte, momenten, regioGemeenten);
    const height = Math.max(MAAT.laanMinimum, bandHoogte + balken.rijen * MAAT.rij + 2 * MAAT.laanMarge);
    for (const blok of inBlokken([...chips.spans, ...balken.spans], niveau, y, height, chips.rijen + balken.rijen, spans.length)) {
      spans.push(...blok.spans);
      blokken.push(blok.blok);
    }
    lanen.push({
      niveau,
      naam: NIVEAU_NAMEN[niveau],
      y,
      height,
      doorlopend: chips.rijen ? { y: top - MAAT.laanMarge / 2, height: bandHoogte + MAAT.laanMarge / 2 } : null,
      rijen: chips.rijen + balken.rijen,
    });
    y += height;
  }
  return { height: y, kopHoogte: MAAT.faseKop + MAAT.kolomKop, fases, kolommen, lanen, spans, blokken };
}
