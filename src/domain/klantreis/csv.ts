/**
 * A klantreis as spreadsheets for the coalition meeting: one row per age band, and the list of actions.
 * Written like the voorzieningen export (BOM, `;`, CRLF, Dutch dates), with its quoting and formula guard.
 */
import { BOM, SCHEIDINGSTEKEN, csvVeld, datumNaarNl, lijstNaarCel } from '../export/csv.ts';
import { alleActies } from './acties.ts';
import type { Actie, Betrokkene, Klantreis } from './schema.ts';

export const KLANTREIS_KOLOMMEN = [
  'Leeftijdsband',
  'Van (maanden)',
  'Tot (maanden)',
  'Betrokkenen',
  'Feiten',
  'Perspectief ouders',
  'Perspectief professionals',
  'Succesfactoren',
  'Verbeterfactoren',
  'Acties',
] as const;

export const ACTIES_KOLOMMEN = ['Wat', 'Eigenaar', 'Datum', 'Leeftijdsband'] as const;

/**
 * Ages such as -10 must stay numbers in the spreadsheet, so a whole integer is written as is. Every other
 * cell gets csvVeld's guard, which puts an apostrophe before a leading = + - or @: exempting "-" followed by
 * a digit would let through payloads such as -2+3+cmd|' /C calc'!A0. The default band name is written with a
 * typographic minus ("−10 maanden tot 0 jaar"), which needs no guard; a name typed with "-" gets the apostrophe.
 */
function cel(waarde: string): string {
  return /^-?\d+$/.test(waarde) ? waarde : csvVeld(waarde);
}

function bestand(kop: readonly string[], rijen: readonly string[][]): string {
  const regels = [kop, ...rijen].map((velden) => velden.map(cel).join(SCHEIDINGSTEKEN));
  return `${BOM}${regels.join('\r\n')}\r\n`;
}

/** "naam (rol, organisatie)"; a missing organisation is left out rather than shown as an empty ", ". */
function betrokkeneTekst(b: Betrokkene): string {
  const details = [b.rol, b.organisatie.trim()].filter((deel) => deel !== '').join(', ');
  return `${b.naam.trim() || '(geen naam)'} (${details})`;
}

/** A missing owner or date is spelled out: in a meeting, that is exactly what needs deciding. */
function actieTekst(a: Actie): string {
  return [a.wat.trim() || '(geen omschrijving)', a.eigenaar.trim() || '(geen eigenaar)', a.datum ? datumNaarNl(a.datum) : '(geen datum)'].join(' — ');
}

export function klantreisCsv(k: Klantreis): string {
  const rijen = k.banden.map((band) => [
    band.naam,
    String(band.van),
    String(band.tot),
    lijstNaarCel(band.betrokkenen.map(betrokkeneTekst)),
    band.feiten,
    band.perspectieven.ouders,
    band.perspectieven.professionals,
    band.succesfactoren,
    band.verbeterfactoren,
    lijstNaarCel(band.acties.map(actieTekst)),
  ]);
  return bestand(KLANTREIS_KOLOMMEN, rijen);
}

/** In the order of alleActies: by date, undated last. */
export function actiesCsv(k: Klantreis): string {
  const rijen = alleActies(k).map(({ actie, bandNaam }) => [actie.wat, actie.eigenaar, actie.datum ? datumNaarNl(actie.datum) : '', bandNaam]);
  return bestand(ACTIES_KOLOMMEN, rijen);
}
