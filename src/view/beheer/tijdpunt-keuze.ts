/**
 * Choosing a tijdpunt instead of typing its grammar: first the fase, then (where the fase has them) maand or week
 * and its number. Turns a choice into the text the data contract wants and back.
 */
export type Eenheid = 'maand' | 'week';

export interface FaseKeuze {
  id: string;
  naam: string;
  /** The units and their number range; none: the fase is one moment. */
  eenheden?: Partial<Record<Eenheid, readonly [number, number]>>;
  /** The text for the tijdpunt: the word before the unit, or the whole tijdpunt. */
  voorvoegsel: string;
}

export const FASE_KEUZES: readonly FaseKeuze[] = [
  { id: 'preconceptie', naam: 'Preconceptie (vóór de zwangerschap)', voorvoegsel: 'preconceptie' },
  { id: 'zwangerschap', naam: 'Zwangerschap', eenheden: { maand: [1, 9], week: [1, 42] }, voorvoegsel: 'zwangerschap ' },
  { id: 'bevalling', naam: 'Bevalling', voorvoegsel: 'bevalling' },
  { id: 'na-geboorte', naam: 'Na de geboorte (eerste twee jaar)', eenheden: { week: [1, 104], maand: [1, 24] }, voorvoegsel: '' },
  { id: 'jaar-3', naam: '3e jaar', voorvoegsel: 'jaar 3' },
  { id: 'jaar-4', naam: '4e jaar', voorvoegsel: 'jaar 4' },
  { id: 'schoolleeftijd', naam: 'Schoolleeftijd', voorvoegsel: 'schoolleeftijd' },
];

export interface Keuze {
  fase: string;
  eenheid?: Eenheid;
  nummer?: number;
}

/** The choice a tijdpunt text stands for; undefined when the text is not one (the check says why). */
export function keuzeVan(tekst: string | undefined): Keuze | undefined {
  const t = (tekst ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  const m = /^(zwangerschap )?(maand|week) (\d+)$/.exec(t);
  if (m) return { fase: m[1] ? 'zwangerschap' : 'na-geboorte', eenheid: m[2] as Eenheid, nummer: Number(m[3]) };
  const vast = FASE_KEUZES.find((f) => !f.eenheden && f.voorvoegsel === t);
  return vast ? { fase: vast.id } : undefined;
}

/** The tijdpunt text of a choice: a fase with units takes its first unit and number 1 until they are chosen. */
export function tekstVan(keuze: Keuze): string {
  const fase = FASE_KEUZES.find((f) => f.id === keuze.fase);
  if (!fase) return '';
  if (!fase.eenheden) return fase.voorvoegsel;
  const eenheid = keuze.eenheid && fase.eenheden[keuze.eenheid] ? keuze.eenheid : (Object.keys(fase.eenheden)[0] as Eenheid);
  const [min] = fase.eenheden[eenheid]!;
  return `${fase.voorvoegsel}${eenheid} ${keuze.nummer ?? min}`;
}
