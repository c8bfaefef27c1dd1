/** The searchable, filterable list of voorzieningen: by words in naam, aanbieder or omschrijving; per niveau; with errors; not checked for 12 months. */
import { isVerouderd } from '../../domain/versheid.ts';
import type { Obj } from './werk.ts';

export interface Filter {
  zoek: string;
  niveau: string;
  metFouten: boolean;
  verouderd: boolean;
}

export const GEEN_FILTER: Filter = { zoek: '', niveau: '', metFouten: false, verouderd: false };

const tekst = (waarde: unknown) => (typeof waarde === 'string' ? waarde : '');

function doorzoekbaar(v: Obj): string {
  const aanbieders = Array.isArray(v.aanbieders) ? (v.aanbieders as Obj[]).map((a) => tekst(a.naam)) : [];
  return [tekst(v.naam), tekst(v.id), tekst(v.omschrijving), ...aanbieders].join(' ').toLowerCase();
}

/** The indexes (in the file) of the voorzieningen that pass the filter. */
export function filterVoorzieningen(voorzieningen: readonly Obj[], filter: Filter, metFouten: ReadonlySet<number>, vandaag: Date): number[] {
  const woorden = filter.zoek.toLowerCase().split(/\s+/).filter(Boolean);
  return voorzieningen.flatMap((v, i) => {
    if (filter.niveau && v.niveau !== filter.niveau) return [];
    if (filter.metFouten && !metFouten.has(i)) return [];
    if (filter.verouderd) {
      const datum = tekst(v.bijgewerkt);
      if (/^\d{4}-\d{2}-\d{2}$/.test(datum) && !isVerouderd(datum, vandaag)) return [];
    }
    const inhoud = doorzoekbaar(v);
    return woorden.every((w) => inhoud.includes(w)) ? [i] : [];
  });
}
