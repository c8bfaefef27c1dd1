/**
 * The map's state in the URL, so a link can be shared and the back button undoes:
 * ?niveau=…&niveau=…&fase=…&kenmerk=…&toegang=…&gemeente=<kebab>&q=…&v=<id>&zoom=<factor or fase>.
 * Repeated keys are what a GET form writes for checkboxes, so the server-rendered form and the island agree;
 * a comma list ("niveau=a,b") is read too, for links typed by hand. Unknown values are dropped, not guessed.
 */
import { AANMELDING_IDS, KENMERK_IDS, NIVEAU_IDS } from './ids.ts';
import type { Filter } from './filter.ts';
import { FASE_IDS } from './tijdlijn.ts';

export interface KaartStaat extends Filter {
  /** The voorziening open in the detail panel. */
  v: string;
  /** A zoom factor ("2") or a fase id to fit ("zwangerschap"); empty is the whole timeline. */
  zoom: string;
}

export const LEGE_STAAT: KaartStaat = { niveau: [], fase: '', kenmerk: [], toegang: '', gemeente: '', q: '', v: '', zoom: '' };

export const KENMERK_FILTERS: readonly string[] = [...KENMERK_IDS, 'meer-informatie'];
export const ZOOM_MIN = 1;
export const ZOOM_MAX = 6;
const MAX_Q = 200;
const MAX_GEMEENTE = 100;

/** Values from the known list, in the list's order, each once. */
function kies(waarden: readonly string[], bekend: readonly string[]): string[] {
  const gekozen = new Set(waarden.flatMap((w) => w.split(',')));
  return bekend.filter((b) => gekozen.has(b));
}

function een(waarde: string | null, bekend: readonly string[]): string {
  return waarde !== null && bekend.includes(waarde) ? waarde : '';
}

export function leesZoom(waarde: string | null): string {
  if (!waarde) return '';
  if ((FASE_IDS as readonly string[]).includes(waarde)) return waarde;
  const factor = Number(waarde);
  if (!Number.isFinite(factor) || factor <= ZOOM_MIN) return '';
  return String(Math.round(Math.min(factor, ZOOM_MAX) * 100) / 100);
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * `gemeenten`: the region's gemeenten as URL keys (gemeenteSleutel). Given, a gemeente the region does not have is
 * dropped; left out, any kebab-case key is kept.
 */
export function leesUrl(search: string, gemeenten?: readonly string[]): KaartStaat {
  const p = new URLSearchParams(search);
  const v = p.get('v') ?? '';
  const gemeente = p.get('gemeente') ?? '';
  return {
    niveau: kies(p.getAll('niveau'), NIVEAU_IDS),
    fase: een(p.get('fase'), FASE_IDS),
    kenmerk: kies(p.getAll('kenmerk'), KENMERK_FILTERS),
    toegang: een(p.get('toegang'), AANMELDING_IDS),
    gemeente: gemeente.length <= MAX_GEMEENTE && KEBAB.test(gemeente) && (!gemeenten || gemeenten.includes(gemeente)) ? gemeente : '',
    q: (p.get('q') ?? '').slice(0, MAX_Q),
    v: KEBAB.test(v) ? v : '',
    zoom: leesZoom(p.get('zoom')),
  };
}

/** Canonical query string ("" for the plain map), in a fixed key order so equal states give equal URLs. */
export function schrijfUrl(staat: KaartStaat): string {
  const p = new URLSearchParams();
  for (const n of kies(staat.niveau, NIVEAU_IDS)) p.append('niveau', n);
  if (staat.fase) p.set('fase', staat.fase);
  for (const k of kies(staat.kenmerk, KENMERK_FILTERS)) p.append('kenmerk', k);
  if (staat.toegang) p.set('toegang', staat.toegang);
  if (staat.gemeente && KEBAB.test(staat.gemeente)) p.set('gemeente', staat.gemeente);
  if (staat.q) p.set('q', staat.q.slice(0, MAX_Q));
  if (staat.v) p.set('v', staat.v);
  if (staat.zoom) p.set('zoom', staat.zoom);
  const query = p.toString();
  return query ? `?${query}` : '';
}

export function zelfdeStaat(a: KaartStaat, b: KaartStaat): boolean {
  return schrijfUrl(a) === schrijfUrl(b);
}
