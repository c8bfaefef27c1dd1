/**
 * Search and filter over a region's voorzieningen. Pure and free of zod, so the build writes the index with it
 * and the browser island filters with the very same code.
 *
 * The index travels inside the map page as one string prop (one line per voorziening, tab-separated fields):
 * Astro serialises a string far more compactly than an array of objects, and 10,000 lines still parse in a few ms.
 */
import { raaktFase, type FaseId } from './tijdlijn.ts';

/**
 * Folds text for searching: case, accents and punctuation do not matter, so "creche" finds "Crèche",
 * "dietist" finds "Diëtist" and "jgz app" finds "JGZ-app". NFKD also splits the Dutch ĳ ligature into "ij".
 */
export function vouw(tekst: string): string {
  return tekst
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface IndexItem {
  id: string;
  niveau: string;
  /** First and last timeline column (inclusive). */
  eerste: number;
  laatste: number;
  /** Legend marks, including "meer-informatie". */
  kenmerken: string[];
  /** Toegang in fixed words: zelf, verwijzing, uitnodiging. */
  aanmelding: string[];
  /** Folded search text: naam, aanbieders and omschrijving, each word once. */
  tekst: string;
}

export interface ZoekBron {
  id: string;
  niveau: string;
  eerste: number;
  laatste: number;
  kenmerken: readonly string[];
  aanmelding: readonly string[];
  /** The texts a user may search in. */
  teksten: readonly string[];
}

/**
 * Each query word must occur somewhere in the text, in any order, also inside a word. So each word is kept once,
 * and a word inside a longer one ("zorg" in "kraamzorg") not at all: the index stays small, the matches the same.
 */
export function zoekTekst(teksten: readonly string[]): string {
  const woorden = [...new Set(vouw(teksten.join(' ')).split(' ').filter(Boolean))];
  return woorden.filter((w) => !woorden.some((ander) => ander !== w && ander.includes(w))).join(' ');
}

export function schrijfIndex(bronnen: readonly ZoekBron[]): string {
  return bronnen
    .map((b) => [b.id, b.niveau, b.eerste, b.laatste, b.kenmerken.join(','), b.aanmelding.join(','), zoekTekst(b.teksten)].join('\t'))
    .join('\n');
}

export function leesIndex(index: string): IndexItem[] {
  if (!index) return [];
  return index.split('\n').map((regel) => {
    const [id = '', niveau = '', eerste = '0', laatste = '0', kenmerken = '', aanmelding = '', tekst = ''] = regel.split('\t');
    return {
      id,
      niveau,
      eerste: Number(eerste),
      laatste: Number(laatste),
      kenmerken: kenmerken ? kenmerken.split(',') : [],
      aanmelding: aanmelding ? aanmelding.split(',') : [],
      tekst,
    };
  });
}

/** What the user filters on. Within one field the choices add up (or); the fields narrow each other (and). */
export interface Filter {
  niveau: string[];
  fase: string;
  kenmerk: string[];
  toegang: string;
  q: string;
}

export const GEEN_FILTER: Filter = { niveau: [], fase: '', kenmerk: [], toegang: '', q: '' };

export function filterActief(filter: Filter): boolean {
  return filter.niveau.length > 0 || filter.fase !== '' || filter.kenmerk.length > 0 || filter.toegang !== '' || vouw(filter.q) !== '';
}

/** Builds the test once per filter, so a keystroke over 1,000 voorzieningen folds the query only once. */
export function maakToets(filter: Filter): (item: IndexItem) => boolean {
  const woorden = vouw(filter.q).split(' ').filter(Boolean);
  const fase = filter.fase ? (filter.fase as FaseId) : undefined;
  const niveaus = new Set(filter.niveau);
  return (item) =>
    (niveaus.size === 0 || niveaus.has(item.niveau)) &&
    (!fase || raaktFase(item, fase)) &&
    (filter.kenmerk.length === 0 || filter.kenmerk.some((k) => item.kenmerken.includes(k))) &&
    (!filter.toegang || item.aanmelding.includes(filter.toegang)) &&
    // Words match anywhere in the text, also inside a word: "kraam" finds "Kraamzorg".
    woorden.every((woord) => item.tekst.includes(woord));
}

/** One pass: which items match (aligned with the index) and how many. */
export function pasToe(items: readonly IndexItem[], filter: Filter): { zichtbaar: boolean[]; aantal: number } {
  const toets = maakToets(filter);
  let aantal = 0;
  const zichtbaar = items.map((item) => {
    const ja = toets(item);
    if (ja) aantal++;
    return ja;
  });
  return { zichtbaar, aantal };
}
