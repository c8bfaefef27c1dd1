/**
 * WIJZIGINGEN.txt in the download: what changed since the region was opened — added, changed, removed — in
 * words a coordinator can forward, naming each voorziening and route by its naam and id, and the fields that changed.
 */
import type { Obj } from './werk.ts';

type Bestanden = Readonly<Record<string, string>>;

function lees(bestanden: Bestanden, naam: string): Obj {
  try {
    const data: unknown = JSON.parse(bestanden[naam] ?? '{}');
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Obj) : {};
  } catch {
    return {};
  }
}

const gelijk = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function velden(oud: Obj, nieuw: Obj): string[] {
  return [...new Set([...Object.keys(oud), ...Object.keys(nieuw)])].filter((k) => k !== '$schema' && !gelijk(oud[k], nieuw[k]));
}

export interface Wijzigingen {
  toegevoegd: string[];
  gewijzigd: string[];
  verwijderd: string[];
}

function lijst(oud: Obj, nieuw: Obj, sleutel: 'voorzieningen' | 'routes', soort: string, w: Wijzigingen) {
  const items = (data: Obj) => (Array.isArray(data[sleutel]) ? (data[sleutel] as Obj[]) : []);
  const naam = (item: Obj) => `${soort} "${String(item.naam ?? '')}" (${String(item.id ?? 'zonder id')})`;
  const oudPerId = new Map(items(oud).map((i) => [String(i.id), i]));
  const nieuwPerId = new Map(items(nieuw).map((i) => [String(i.id), i]));
  for (const [id, item] of nieuwPerId) {
    const was = oudPerId.get(id);
    if (!was) w.toegevoegd.push(naam(item));
    else if (!gelijk(was, item)) w.gewijzigd.push(`${naam(item)}: ${velden(was, item).join(', ')}`);
  }
  for (const [id, item] of oudPerId) if (!nieuwPerId.has(id)) w.verwijderd.push(naam(item));
}

export function wijzigingen(oud: Bestanden, nieuw: Bestanden): Wijzigingen {
  const w: Wijzigingen = { toegevoegd: [], gewijzigd: [], verwijderd: [] };
  for (const [bestand, wat] of [['regio.json', 'regio'], ['doelgroepen.json', 'doelgroepen']] as const) {
    const v = velden(lees(oud, bestand), lees(nieuw, bestand));
    if (v.length) w.gewijzigd.push(`${wat}: ${v.join(', ')}`);
  }
  lijst(lees(oud, 'voorzieningen.json'), lees(nieuw, 'voorzieningen.json'), 'voorzieningen', 'voorziening', w);
  lijst(lees(oud, 'routes.json'), lees(nieuw, 'routes.json'), 'routes', 'klantroute', w);
  return w;
}

/** The text of WIJZIGINGEN.txt. */
export function wijzigingenTekst(regioId: string, geopend: string, oud: Bestanden, nieuw: Bestanden, nu: Date): string {
  const w = wijzigingen(oud, nieuw);
  const kop = [
    `Wijzigingen in de gegevens van regio ${regioId}`,
    `Geopend op ${geopend.slice(0, 10)}, gedownload op ${nu.toISOString().slice(0, 10)}.`,
    'Zet de .json-bestanden uit deze zip in data/' + regioId + '/ en controleer ze met: npm run check-data',
    '',
  ];
  const deel = (titel: string, regels: string[]) => (regels.length ? [`${titel} (${regels.length}):`, ...regels.map((r) => `- ${r}`), ''] : []);
  const delen = [...deel('Toegevoegd', w.toegevoegd), ...deel('Gewijzigd', w.gewijzigd), ...deel('Verwijderd', w.verwijderd)];
  return [...kop, ...(delen.length ? delen : ['Geen wijzigingen sinds het openen.', ''])].join('\n');
}
