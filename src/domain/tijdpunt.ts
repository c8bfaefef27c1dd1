/**
 * The tijdpunt grammar of data contract v1: what a data author writes for a moment on the timeline.
 * A tijdpunt covers one or more columns (e.g. "maand 1" = week 1 to 4), so parsing yields a column range.
 */
import { DAGEN_PER_MAAND, KOLOMMEN, kolomIndex } from './tijdlijn.ts';
import { closest } from './suggest.ts';

export interface Tijdpunt {
  /** The written form, normalised (lower case, single spaces). */
  tekst: string;
  /** First and last column index this tijdpunt covers. */
  eerste: number;
  laatste: number;
  /** The child's age in months where the tijdpunt starts (negative before the birth); weeks count in days. */
  leeftijd: number;
}

export type TijdpuntResult = { ok: true; tijdpunt: Tijdpunt } | { ok: false; fout: string };

/** The forms an author may write, for error messages. */
export const TIJDPUNT_VORMEN = [
  'preconceptie',
  'zwangerschap maand N (1–9)',
  'zwangerschap week N (1–42)',
  'bevalling',
  'week N (1–104)',
  'maand N (1–24)',
  'jaar 3',
  'jaar 4',
  'schoolleeftijd',
];

/** The words of the grammar, without their number, for did-you-mean suggestions. */
const WOORDEN = ['preconceptie', 'zwangerschap maand', 'zwangerschap week', 'bevalling', 'week', 'maand', 'jaar', 'schoolleeftijd'];

function unknown(input: string, tekst: string): TijdpuntResult {
  const number = /\d+/.exec(tekst)?.[0];
  const word = closest(tekst.replace(/\d+/g, '').trim(), WOORDEN);
  // Words that need a number get one: the author's, or "N" so that "week" alone is not suggested.
  const suggestion = word && (['preconceptie', 'bevalling', 'schoolleeftijd'].includes(word) ? word : `${word} ${number ?? 'N'}`);
  const hint = suggestion && suggestion !== tekst ? `; bedoel je "${suggestion}"?` : '';
  return { ok: false, fout: `is geen tijdpunt (kreeg "${input}"; toegestaan: ${TIJDPUNT_VORMEN.join(', ')}${hint})` };
}

/** Week of life (5 and later) to the month column it falls in. */
export function maandVanLevensweek(week: number): number {
  return Math.min(24, Math.max(2, Math.floor(((week - 1) * 7) / DAGEN_PER_MAAND) + 1));
}

/** Week of pregnancy to its month: 40 weeks spread over 9 months; weeks 41–42 stay in month 9. */
export function maandVanZwangerschapsweek(week: number): number {
  return Math.min(9, Math.floor(((week - 1) * 9) / 40) + 1);
}

function maandKolom(maand: number): number {
  if (maand >= 15) return kolomIndex('maand-15-24');
  return kolomIndex(`maand-${maand}`);
}

/** A tijdpunt of one column that starts where its column starts. */
function single(tekst: string, index: number, leeftijd = KOLOMMEN[index]!.vanaf): TijdpuntResult {
  return { ok: true, tijdpunt: { tekst, eerste: index, laatste: index, leeftijd } };
}

function outOfRange(tekst: string, min: number, max: number): TijdpuntResult {
  return { ok: false, fout: `valt buiten de tijdlijn (kreeg "${tekst}"; het getal moet van ${min} tot en met ${max} zijn)` };
}

export function parseTijdpunt(input: string): TijdpuntResult {
  const tekst = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (tekst === 'preconceptie') return single(tekst, kolomIndex('preconceptie'));
  if (tekst === 'bevalling') return single(tekst, kolomIndex('bevalling'));
  if (tekst === 'jaar 3') return single(tekst, kolomIndex('jaar-3'));
  if (tekst === 'jaar 4' || tekst === 'schoolleeftijd') return single(tekst, kolomIndex('jaar-4'));

  const match = /^(zwangerschap maand|zwangerschap week|week|maand) (\d+)$/.exec(tekst);
  if (!match) return unknown(input, tekst);
  const n = Number(match[2]);
  switch (match[1]) {
    case 'zwangerschap maand':
      if (n < 1 || n > 9) return outOfRange(tekst, 1, 9);
      return single(tekst, kolomIndex(`zwangerschap-maand-${n}`));
    case 'zwangerschap week':
      if (n < 1 || n > 42) return outOfRange(tekst, 1, 42);
      // Week 40 is the due date: the birth.
      return single(tekst, kolomIndex(`zwangerschap-maand-${maandVanZwangerschapsweek(n)}`), ((n - 40) * 7) / DAGEN_PER_MAAND);
    case 'week':
      if (n < 1 || n > 104) return outOfRange(tekst, 1, 104);
      return single(tekst, n <= 4 ? kolomIndex(`week-${n}`) : maandKolom(maandVanLevensweek(n)), ((n - 1) * 7) / DAGEN_PER_MAAND);
    default: {
      if (n < 1 || n > 24) return outOfRange(tekst, 1, 24);
      if (n === 1) return { ok: true, tijdpunt: { tekst, eerste: kolomIndex('week-1'), laatste: kolomIndex('week-4'), leeftijd: 0 } };
      // Months 15 to 24 share a column, but each starts at its own age.
      return single(tekst, maandKolom(n), n - 1);
    }
  }
}

/**
 * Age of the child in months at the start of a tijdpunt (negative before birth), to one decimal. Pregnancy month N
 * starts N − 10 months before birth; preconceptie is taken as just before it.
 */
export function leeftijdInMaanden(tijdpunt: string): number {
  const parsed = parseTijdpunt(tijdpunt);
  if (!parsed.ok) throw new Error(`geen tijdpunt: ${tijdpunt}`);
  return Math.round(parsed.tijdpunt.leeftijd * 10) / 10;
}

/** "maand 3 van de zwangerschap", "week 2 na de geboorte": a tijdpunt in plain words. */
export function tijdpuntInWoorden(tekst: string): string {
  const match = /^(zwangerschap maand|zwangerschap week|week|maand|jaar) (\d+)$/.exec(tekst);
  if (!match) {
    if (tekst === 'schoolleeftijd') return 'de schoolleeftijd';
    return tekst === 'bevalling' ? 'de bevalling' : tekst;
  }
  const n = match[2];
  switch (match[1]) {
    case 'zwangerschap maand':
      return `maand ${n} van de zwangerschap`;
    case 'zwangerschap week':
      return `week ${n} van de zwangerschap`;
    case 'week':
      return `week ${n} na de geboorte`;
    case 'maand':
      return `maand ${n} na de geboorte`;
    default:
      return n === '3' ? 'het 3e levensjaar' : 'het 4e levensjaar en later';
  }
}

/** "van maand 3 van de zwangerschap tot week 2 na de geboorte", or one moment in words. */
export function periodeInWoorden(periode: { van: string; tot?: string }): string {
  if (!periode.tot || periode.tot === periode.van) return tijdpuntInWoorden(periode.van);
  return `van ${tijdpuntInWoorden(periode.van)} tot en met ${tijdpuntInWoorden(periode.tot)}`;
}
