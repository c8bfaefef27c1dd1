/**
 * The work in progress of the beheer page: one region's four data files as editable objects. Each part (regio,
 * doelgroepen, every voorziening and route) is an Item with its own stable key and the time it was last edited, so
 * two tabs that each changed a different voorziening can be merged (opslag.ts) and a renamed id stays the same item.
 * The data is kept as the author typed it, valid or not: the domain's own check (controle.ts) says what is wrong.
 */
import { isRegioId } from '../../domain/bouwen.ts';

export type Obj = Record<string, unknown>;

export interface Item {
  /** Stable within this work, never written to a file: the data's own id may be edited. */
  sleutel: string;
  /** When this tab last changed it (ms since 1970); of two versions the later wins. */
  tijd: number;
  /** null: removed (kept so that a merge with another tab does not bring it back). */
  data: Obj | null;
}

export interface Werk {
  versie: 1;
  regioId: string;
  /** When this work was opened (ISO); two tabs only merge work of the same opening. */
  geopend: string;
  /** The files as they were when opened, for the list of changes (wijzigingen.ts). */
  origineel: Record<string, string>;
  regio: Item;
  doelgroepen: Item;
  voorzieningen: Item[];
  routes: Item[];
  /** Other text files of the folder (huisstijl.json, an SVG logo), written back as they came. */
  overig: Record<string, string>;
}

export const SCHEMA_LINKS: Record<string, string> = {
  'regio.json': '../../public/schema/regio.json',
  'doelgroepen.json': '../../public/schema/doelgroepen.json',
  'voorzieningen.json': '../../public/schema/voorzieningen.json',
  'routes.json': '../../public/schema/routes.json',
};

export type Geopend = { ok: true; werk: Werk } | { ok: false; fout: string };

const isObj = (waarde: unknown): waarde is Obj => typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde);

function zonderSchema(data: Obj): Obj {
  const { $schema: _s, ...rest } = data;
  return rest;
}

export const levend = (items: readonly Item[]): (Item & { data: Obj })[] => items.filter((i): i is Item & { data: Obj } => i.data !== null);

function lijstUit(bestand: string, sleutel: string, data: unknown): unknown[] | string {
  if (data === undefined) return [];
  if (Array.isArray(data)) return data;
  if (isObj(data) && Array.isArray(data[sleutel])) return data[sleutel] as unknown[];
  return `${bestand} heeft geen lijst "${sleutel}"`;
}

/** A region's folder files (name → text) as work; what cannot be read as JSON is refused with the file's name. */
export function werkUitBestanden(regioId: string, bestanden: Readonly<Record<string, string>>, nu: Date): Geopend {
  if (!isRegioId(regioId)) return { ok: false, fout: `"${regioId}" is geen geldige regio-id: gebruik kleine letters, cijfers en streepjes` };
  const json: Record<string, unknown> = {};
  for (const naam of ['regio.json', 'doelgroepen.json', 'voorzieningen.json', 'routes.json']) {
    const tekst = bestanden[naam];
    if (tekst === undefined) {
      if (naam !== 'routes.json') return { ok: false, fout: `${naam} ontbreekt; kies de bestanden van een regiomap (regio.json, doelgroepen.json, voorzieningen.json, routes.json)` };
      continue;
    }
    try {
      json[naam] = JSON.parse(tekst.replace(/^\uFEFF/, ''));
    } catch (e) {
      return { ok: false, fout: `${naam} is geen geldige JSON: ${(e as Error).message}` };
    }
  }
  const voorzieningen = lijstUit('voorzieningen.json', 'voorzieningen', json['voorzieningen.json']);
  const routes = lijstUit('routes.json', 'routes', json['routes.json']);
  if (typeof voorzieningen === 'string') return { ok: false, fout: voorzieningen };
  if (typeof routes === 'string') return { ok: false, fout: routes };
  const regio = json['regio.json'];
  const doelgroepen = json['doelgroepen.json'];
  if (!isObj(regio)) return { ok: false, fout: 'regio.json is geen object { … }' };
  if (!isObj(doelgroepen)) return { ok: false, fout: 'doelgroepen.json is geen object { … }' };
  const tijd = nu.getTime();
  const item = (sleutel: string, data: unknown): Item => ({ sleutel, tijd, data: isObj(data) ? data : { waarde: data } });
  const overig = Object.fromEntries(Object.entries(bestanden).filter(([naam]) => !(naam in SCHEMA_LINKS)));
  const werk: Werk = {
    versie: 1,
    regioId,
    geopend: nu.toISOString(),
    origineel: {},
    regio: item('regio', zonderSchema(regio)),
    doelgroepen: item('doelgroepen', zonderSchema(doelgroepen)),
    voorzieningen: voorzieningen.map((v, i) => item(`v${i}`, v)),
    routes: routes.map((r, i) => item(`r${i}`, r)),
    overig,
  };
  werk.origineel = bestandenVan(werk);
  return { ok: true, werk };
}

/** The published /<id>/data/routekaart.json (src/domain/export/json.ts) as work. */
export function werkUitExport(data: unknown, nu: Date): Geopend {
  if (!isObj(data) || data.formaat !== 'routekaart-kansrijke-start') return { ok: false, fout: 'dit is geen routekaart.json van een routekaart (het veld "formaat" ontbreekt of klopt niet)' };
  if (typeof data.id !== 'string') return { ok: false, fout: 'routekaart.json noemt geen regio-id' };
  const tekst = (waarde: unknown) => JSON.stringify(waarde ?? null);
  return werkUitBestanden(
    data.id,
    {
      'regio.json': tekst(data.regio),
      'doelgroepen.json': tekst(data.doelgroepen),
      'voorzieningen.json': tekst({ voorzieningen: data.voorzieningen ?? [] }),
      'routes.json': tekst({ routes: data.routes ?? [] }),
    },
    nu,
  );
}

/** A new, empty region to fill in: it does not pass the checks until the required fields are filled. */
export function nieuweRegio(regioId: string, nu: Date): Geopend {
  const vandaag = nu.toISOString().slice(0, 10);
  const doelgroep = { naam: '', omschrijving: '', doelen: [''] };
  return werkUitBestanden(
    regioId,
    {
      'regio.json': JSON.stringify({ naam: '', gemeenten: [''], coalitie: '', contact: { naam: '' }, bijgewerkt: vandaag, intro: '', evaluatievragen: {} }),
      'doelgroepen.json': JSON.stringify({ basiszorg: doelgroep, 'steuntje-in-de-rug': doelgroep, 'extra-steun': doelgroep }),
      'voorzieningen.json': JSON.stringify({ voorzieningen: [] }),
      'routes.json': JSON.stringify({ routes: [] }),
    },
    nu,
  );
}

/** The region's data files exactly as data/<regio>/ wants them: the four JSON files with their schema links, and the rest as it came. */
export function bestandenVan(werk: Werk): Record<string, string> {
  const schrijf = (naam: string, inhoud: Obj) => `${JSON.stringify({ $schema: SCHEMA_LINKS[naam], ...inhoud }, null, 2)}\n`;
  return {
    'regio.json': schrijf('regio.json', werk.regio.data ?? {}),
    'doelgroepen.json': schrijf('doelgroepen.json', werk.doelgroepen.data ?? {}),
    'voorzieningen.json': schrijf('voorzieningen.json', { voorzieningen: levend(werk.voorzieningen).map((i) => i.data) }),
    'routes.json': schrijf('routes.json', { routes: levend(werk.routes).map((i) => i.data) }),
    ...werk.overig,
  };
}

/** A new, unique key for an item added in this tab. */
export function nieuweSleutel(soort: 'v' | 'r', nu: number, willekeurig = Math.random()): string {
  return `${soort}${nu.toString(36)}${Math.floor(willekeurig * 1e9).toString(36)}`;
}

/** The work with one item's data replaced (or removed, with null), stamped with the time of the change. */
export function wijzigItem(werk: Werk, soort: 'voorzieningen' | 'routes', sleutel: string, data: Obj | null, nu: number): Werk {
  const items = werk[soort];
  const bestaat = items.some((i) => i.sleutel === sleutel);
  const nieuw = bestaat ? items.map((i) => (i.sleutel === sleutel ? { sleutel, tijd: nu, data } : i)) : [...items, { sleutel, tijd: nu, data }];
  return { ...werk, [soort]: nieuw };
}

export function wijzigDeel(werk: Werk, deel: 'regio' | 'doelgroepen', data: Obj, nu: number): Werk {
  return { ...werk, [deel]: { ...werk[deel], tijd: nu, data } };
}

/** A new voorziening to fill in, with today's date as bijgewerkt. */
export function nieuweVoorziening(vandaag: string): Obj {
  return { id: '', naam: '', omschrijving: '', niveau: 'basiszorg', periode: { van: 'bevalling' }, kenmerken: [], aanbieders: [{ naam: '' }], toegang: '', bijgewerkt: vandaag };
}

export function nieuweRoute(): Obj {
  return { id: '', naam: '', omschrijving: '', stappen: [] };
}

/**
 * The work with its voorzieningen replaced by a list read elsewhere (the Excel import): an item with the same id
 * keeps its key (and counts as changed only when its data differs), the others are added, and those not in the list are removed.
 */
export function vervangVoorzieningen(werk: Werk, lijst: readonly unknown[], nu: number): Werk {
  const perId = new Map(levend(werk.voorzieningen).map((i) => [String(i.data.id), i]));
  const gebruikt = new Set<string>();
  const nieuw: Item[] = lijst.map((data, n) => {
    const obj = isObj(data) ? data : { waarde: data };
    const oud = perId.get(String(obj.id));
    if (oud && !gebruikt.has(oud.sleutel)) {
      gebruikt.add(oud.sleutel);
      return JSON.stringify(oud.data) === JSON.stringify(obj) ? oud : { sleutel: oud.sleutel, tijd: nu, data: obj };
    }
    return { sleutel: nieuweSleutel('v', nu, n / (lijst.length + 1)), tijd: nu, data: obj };
  });
  const weg = werk.voorzieningen.filter((i) => !gebruikt.has(i.sleutel) && i.data !== null).map((i) => ({ ...i, tijd: nu, data: null }));
  return { ...werk, voorzieningen: [...nieuw, ...weg] };
}
