/**
 * Building the model of data/<regio>/ folders from their contents: parse, validate, cross-check. Problems are
 * collected, never thrown one at a time, so an author sees everything that needs fixing in one run. Pure: the
 * contents come from src/io/data.ts in the build and the cli, and from the editor in the browser.
 */
import { z } from 'zod';
import { BASIS_BESTAND, BASIS_MAP, GEEN_BASIS, isBasisVerwijzing, resolveBasis, type Basis, type BasisHerkomst } from './basis.ts';
import { checkProvincie, checkRegioGemeenten, checkRoutes, checkVoorzieningen } from './controles.ts';
import { dutchErrorMap, fout, fromZod, jsonPath, type DataFout } from './fouten.ts';
import { bouwHuisstijl, type HuisstijlModel } from './huisstijl.ts';
import type { ThemaZoeker } from './thema.ts';
import { parseJsonBytes } from './json-bestand.ts';
import type { LettertypeZoeker } from './lettertype.ts';
import type { KlantrouteModel, RegioModel, VoorzieningModel } from './model.ts';
import { doelgroepenSchema } from './schema/doelgroepen.ts';
import { klantrouteSchema } from './schema/klantroute.ts';
import { regioSchema } from './schema/regio.ts';
import { basisVerwijzingSchema, voorzieningSchema, type Voorziening } from './schema/voorziening.ts';
import { parseTijdpunt } from './tijdpunt.ts';

export const REGIO_BESTANDEN = ['regio.json', 'doelgroepen.json', 'voorzieningen.json', 'routes.json'] as const;
const VERPLICHT = ['regio.json', 'doelgroepen.json', 'voorzieningen.json'];
/** Optional files beside REGIO_BESTANDEN (issue "Publish"). */
export const HUISSTIJL_BESTAND = 'huisstijl.json';
/**
 * The list of changes the beheer page puts in its .zip beside the data files: unpacked into data/<regio>/ it may
 * stay there (like a README.md), so a folder from the download passes check-data as it is.
 */
export const WIJZIGINGEN_BESTAND = 'WIJZIGINGEN.txt';
/** The files whose contents the domain reads; of every other entry in a folder only the name counts. */
export const GELEZEN_BESTANDEN: readonly string[] = [...REGIO_BESTANDEN, HUISSTIJL_BESTAND];

/** Whether the domain needs this file's contents: the JSON files, and an SVG (a logo is checked for active content). */
export function leestInhoud(naam: string): boolean {
  return GELEZEN_BESTANDEN.includes(naam) || naam.toLowerCase().endsWith('.svg');
}

/**
 * One folder as the domain sees it: every entry by name, with the contents (bytes, or text) of the files it reads
 * (leestInhoud: GELEZEN_BESTANDEN and SVG files) and null for the rest (a PNG logo, a README). The name of a sub folder ends in "/".
 */
export type Bestanden = ReadonlyMap<string, Uint8Array | string | null>;

/** A data folder as the domain sees it. */
export interface DataMap {
  /** The folder as the user named it, for the messages ("data"). */
  naam: string;
  /** Region folder name → its entries, in the order to build them; undefined when the data folder does not exist. */
  regios: ReadonlyMap<string, Bestanden> | undefined;
  /** data/_basis, when that folder exists. */
  basis?: Bestanden;
}

export interface BouwOpties {
  /** The day "bijgewerkt" dates are judged on. */
  vandaag?: Date;
  /** Finds the font package huisstijl.json names; without it, every named font is "niet geïnstalleerd". */
  zoekLettertype?: LettertypeZoeker;
  /** Finds the NL Design System token package huisstijl.json names (`thema.pakket`); without it: "niet geïnstalleerd". */
  zoekThema?: ThemaZoeker;
}

export interface BouwResultaat {
  regios: RegioModel[];
  fouten: DataFout[];
}

/**
 * A region id: the name of its folder and of its web address, in kebab-case. So never a path: no "/", no "..", no
 * "_basis" — the cli checks this before it uses an id to find or write a folder.
 */
export function isRegioId(id: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);
}

/** The kebab-case form of a name that is not a region id ("Regio_A" → "regio-a"); empty when nothing is left. */
export function regioIdVoorstel(naam: string): string {
  return naam.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Folders starting with "_" (the landelijke basis, templates) or "." are not regions. */
export function isRegioMap(naam: string): boolean {
  return !naam.startsWith('_') && !naam.startsWith('.');
}

function validate<T>(bestand: string, schema: z.ZodType<T>, data: unknown, fouten: DataFout[], prefix: PropertyKey[] = []): T | undefined {
  const result = schema.safeParse(data, { error: dutchErrorMap, reportInput: true });
  if (result.success) return result.data;
  fouten.push(...fromZod(bestand, result.error.issues, prefix));
  return undefined;
}

/**
 * A list file is `{ "$schema": …, "voorzieningen": [...] }` or a bare array. Items are validated one by one,
 * so one broken item does not hide the cross-checks of all the others.
 */
function validateList<T>(
  bestand: string,
  key: string,
  itemSchema: z.ZodType<T>,
  data: unknown,
  fouten: DataFout[],
  /** Turns a raw item into what itemSchema validates; undefined when it already reported why it cannot. */
  prepare: (item: unknown, prefix: PropertyKey[]) => unknown = (item) => item,
): { items: T[]; pathOf: (index: number) => string; invalidIds: Set<string> } | undefined {
  const wrapper = z.strictObject({ $schema: z.string().optional(), [key]: z.array(z.unknown()) });
  const list = Array.isArray(data) ? data : (validate(bestand, wrapper, data, fouten)?.[key] as unknown[] | undefined);
  if (!list) return undefined;
  const prefix = (i: number): PropertyKey[] => (Array.isArray(data) ? [i] : [key, i]);
  // Ids of items that failed validation: references to them are not reported a second time.
  const invalidIds = new Set<string>();
  const entries = list.flatMap((raw, i) => {
    const item = prepare(raw, prefix(i));
    const valid = item === undefined ? undefined : validate(bestand, itemSchema, item, fouten, prefix(i));
    const rawId = (raw as { id?: unknown; basis?: unknown } | null)?.id ?? (raw as { basis?: unknown } | null)?.basis;
    if (valid === undefined && typeof rawId === 'string') invalidIds.add(rawId);
    return valid === undefined ? [] : [{ item: valid, path: jsonPath(prefix(i)) }];
  });
  return { items: entries.map((entry) => entry.item), pathOf: (i) => entries[i]!.path, invalidIds };
}

function kolommen(periode: { van: string; tot?: string }) {
  const van = parseTijdpunt(periode.van);
  const tot = parseTijdpunt(periode.tot ?? periode.van);
  if (!van.ok || !tot.ok) throw new Error('periode is al gevalideerd');
  return { eerste: van.tijdpunt.eerste, laatste: tot.tijdpunt.laatste };
}

function kolom(tijdpunt: string): number {
  const result = parseTijdpunt(tijdpunt);
  if (!result.ok) throw new Error('tijdpunt is al gevalideerd');
  return result.tijdpunt.eerste;
}

function readJson(bestanden: Bestanden, mapNaam: string, name: string, fouten: DataFout[]): unknown {
  const inhoud = bestanden.get(name);
  if (inhoud === undefined || inhoud === null) throw new Error(`${mapNaam}/${name} is niet gelezen`);
  const bytes = typeof inhoud === 'string' ? new TextEncoder().encode(inhoud) : inhoud;
  const result = parseJsonBytes(`${mapNaam}/${name}`, bytes);
  if (result.ok) return result.data;
  fouten.push(result.fout);
  return undefined;
}

/** Names in a folder without the "/" that marks a sub folder, and whether each one is a folder. */
function entries(bestanden: Bestanden): { name: string; folder: boolean }[] {
  return [...bestanden.keys()].map((key) => (key.endsWith('/') ? { name: key.slice(0, -1), folder: true } : { name: key, folder: false }));
}

/**
 * data/_basis/voorzieningen.json, once for all regions. Its errors belong to bouwRegios; a region that refers to a
 * broken basis item is not told again.
 */
export function bouwBasis(bestanden: Bestanden | undefined, vandaag = new Date()): { basis: Basis; fouten: DataFout[] } {
  if (!bestanden?.has('voorzieningen.json')) return { basis: GEEN_BASIS, fouten: [] };
  const fouten: DataFout[] = [];
  for (const { name } of entries(bestanden)) {
    if (name === 'voorzieningen.json' || name.endsWith('.md') || name.startsWith('.')) continue;
    fouten.push(fout(`${BASIS_MAP}/${name}`, '', 'onbekend bestand in de landelijke basis; daar hoort alleen voorzieningen.json. Verplaats of verwijder het'));
  }
  const data = readJson(bestanden, BASIS_MAP, 'voorzieningen.json', fouten);
  const list = data === undefined ? undefined : validateList(BASIS_BESTAND, 'voorzieningen', voorzieningSchema, data, fouten);
  const items = list?.items ?? [];
  const models = items.map((v) => ({ ...v, kolommen: kolommen(v.periode), momentKolommen: (v.momenten ?? []).map(kolom) }));
  if (list) fouten.push(...checkVoorzieningen(BASIS_BESTAND, models, list.pathOf, vandaag, 'landelijke-basis'));
  const voorzieningen = new Map<string, Voorziening>();
  for (const item of items) if (!voorzieningen.has(item.id)) voorzieningen.set(item.id, item);
  return { basis: { bestaat: true, voorzieningen, ongeldig: list?.invalidIds ?? new Set() }, fouten };
}

/** One region from the entries of its folder, with the landelijke basis already built (bouwBasis). */
export function bouwRegio(
  regioId: string,
  bestanden: Bestanden,
  basis: Basis,
  opties: BouwOpties = {},
): { regio?: RegioModel; fouten: DataFout[] } {
  const { vandaag = new Date(), zoekLettertype = () => undefined, zoekThema = () => undefined } = opties;
  const fouten: DataFout[] = [];
  const list = entries(bestanden);
  const names = list.map((entry) => entry.name);
  let huisstijl: HuisstijlModel | undefined;
  const toegestaan: string[] = [...REGIO_BESTANDEN, HUISSTIJL_BESTAND];
  if (names.includes(HUISSTIJL_BESTAND)) {
    const data = readJson(bestanden, regioId, HUISSTIJL_BESTAND, fouten);
    if (data !== undefined) {
      const result = bouwHuisstijl(regioId, data, (name) => names.includes(name), zoekLettertype, zoekThema, (name) => bestanden.get(name));
      fouten.push(...result.fouten);
      huisstijl = result.huisstijl;
      toegestaan.push(...result.extraBestanden);
    }
  }
  for (const { name, folder } of list) {
    if (toegestaan.includes(name) || name === WIJZIGINGEN_BESTAND || name.endsWith('.md') || name.startsWith('.')) continue;
    const verwacht = [...REGIO_BESTANDEN, HUISSTIJL_BESTAND];
    fouten.push(
      fout(
        `${regioId}/${name}${folder ? '/' : ''}`,
        '',
        `${folder ? 'onbekende map' : 'onbekend bestand'} in de regiomap; verwacht: ${verwacht.join(', ')}. Verplaats of verwijder het`,
      ),
    );
  }
  for (const name of VERPLICHT) {
    if (!names.includes(name)) fouten.push(fout(`${regioId}/${name}`, '', `bestand ontbreekt; elke regiomap heeft ${VERPLICHT.join(', ')} (routes.json mag ontbreken)`));
  }
  const read = (name: string) => (names.includes(name) ? readJson(bestanden, regioId, name, fouten) : undefined);
  const [regioData, doelgroepenData, voorzieningenData, routesData] = REGIO_BESTANDEN.map(read);

  const regio = regioData === undefined ? undefined : validate(`${regioId}/regio.json`, regioSchema, regioData, fouten);
  if (regio) fouten.push(...checkRegioGemeenten(`${regioId}/regio.json`, regio.gemeenten));
  const doelgroepen =
    doelgroepenData === undefined ? undefined : validate(`${regioId}/doelgroepen.json`, doelgroepenSchema, doelgroepenData, fouten);
  const voorzieningenBestand = `${regioId}/voorzieningen.json`;
  const herkomst = new Map<string, BasisHerkomst>();
  const fromBasis = (item: unknown, prefix: PropertyKey[]): unknown => {
    if (!isBasisVerwijzing(item)) return item;
    const verwijzing = validate(voorzieningenBestand, basisVerwijzingSchema, item, fouten, prefix);
    if (!verwijzing) return undefined;
    const merged = resolveBasis(voorzieningenBestand, jsonPath(prefix), verwijzing, basis, fouten);
    if (!merged) return undefined;
    herkomst.set(merged.voorziening.id, merged.herkomst);
    return merged.voorziening;
  };
  const voorzieningenList =
    voorzieningenData === undefined
      ? undefined
      : validateList(voorzieningenBestand, 'voorzieningen', voorzieningSchema, voorzieningenData, fouten, fromBasis);
  const routesBestand = `${regioId}/routes.json`;
  const routesList =
    routesData === undefined ? { items: [], pathOf: (i: number) => `routes[${i}]`, invalidIds: new Set<string>() } : validateList(routesBestand, 'routes', klantrouteSchema, routesData, fouten);

  const voorzieningen: VoorzieningModel[] = (voorzieningenList?.items ?? []).map((v) => ({
    ...v,
    kolommen: kolommen(v.periode),
    momentKolommen: (v.momenten ?? []).map(kolom),
    ...(herkomst.has(v.id) ? { basis: herkomst.get(v.id)! } : {}),
  }));
  // Without a valid regio.json the gemeenten cannot be checked; its own error says why.
  const gebied = regio ? { gemeenten: regio.gemeenten } : undefined;
  if (voorzieningenList) fouten.push(...checkVoorzieningen(voorzieningenBestand, voorzieningen, voorzieningenList.pathOf, vandaag, gebied));
  if (regio) fouten.push(...checkProvincie(`${regioId}/regio.json`, regio, voorzieningen));

  const routes: KlantrouteModel[] = (routesList?.items ?? []).map((route) => ({
    ...route,
    stappen: route.stappen.map((stap) => ({ ...stap, kolom: kolom(stap.moment) })),
  }));
  if (voorzieningenList && routesList) {
    const byId = new Map(voorzieningen.map((v) => [v.id, v]));
    fouten.push(
      ...checkRoutes({ voorzieningen: voorzieningenBestand, routes: routesBestand }, routes, byId, routesList.pathOf, voorzieningenList.invalidIds, gebied && { vandaag, ...gebied }),
    );
  }

  if (!regio || !doelgroepen || !voorzieningenList || !routesList || fouten.some((f) => f.ernst === 'fout')) return { fouten };
  const { $schema: _r, ...regioFields } = regio;
  const { $schema: _d, ...doelgroepFields } = doelgroepen;
  return {
    regio: { id: regioId, regio: regioFields, doelgroepen: doelgroepFields, voorzieningen, routes, ...(huisstijl ? { huisstijl } : {}) },
    fouten,
  };
}

/** Every region of a data folder, with the landelijke basis, in the order of DataMap.regios. */
export function bouwRegios(data: DataMap, opties: BouwOpties = {}): BouwResultaat {
  const { vandaag = new Date() } = opties;
  const map = data.naam.endsWith('/') ? data.naam : `${data.naam}/`;
  if (!data.regios) return { regios: [], fouten: [fout(map, '', 'de datamap bestaat niet')] };
  const { basis, fouten } = bouwBasis(data.basis, vandaag);
  const regios: RegioModel[] = [];
  for (const [id, bestanden] of data.regios) {
    if (!isRegioId(id)) {
      const hint = regioIdVoorstel(id) ? `; hernoem de map, bijvoorbeeld naar "${regioIdVoorstel(id)}"` : '';
      fouten.push(fout(`${id}/`, '', `de mapnaam "${id}" wordt het webadres van de regio en moet kebab-case zijn (kleine letters, cijfers, streepjes)${hint}`));
      continue;
    }
    const result = bouwRegio(id, bestanden, basis, { ...opties, vandaag });
    fouten.push(...result.fouten);
    if (result.regio) regios.push(result.regio);
  }
  if (data.regios.size === 0) fouten.push(fout(map, '', 'geen regio gevonden; maak een map data/<regio-id>/ met regio.json, doelgroepen.json en voorzieningen.json'));
  return { regios, fouten };
}
