/**
 * Loading data/<regio>/ folders: read, validate, cross-check. Problems are collected, never thrown one at
 * a time, so an author sees everything that needs fixing in one run.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { checkRoutes, checkVoorzieningen } from './controles.ts';
import { dutchErrorMap, fout, fromZod, jsonPath, type DataFout } from './fouten.ts';
import { parseJsonBytes } from './json-bestand.ts';
import type { KlantrouteModel, RegioModel, VoorzieningModel } from './model.ts';
import { doelgroepenSchema } from './schema/doelgroepen.ts';
import { klantrouteSchema } from './schema/klantroute.ts';
import { regioSchema } from './schema/regio.ts';
import { voorzieningSchema } from './schema/voorziening.ts';
import { parseTijdpunt } from './tijdpunt.ts';

export const REGIO_BESTANDEN = ['regio.json', 'doelgroepen.json', 'voorzieningen.json', 'routes.json'] as const;
const VERPLICHT = ['regio.json', 'doelgroepen.json', 'voorzieningen.json'];

export interface LaadResultaat {
  regios: RegioModel[];
  fouten: DataFout[];
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
): { items: T[]; pathOf: (index: number) => string; invalidIds: Set<string> } | undefined {
  const wrapper = z.strictObject({ $schema: z.string().optional(), [key]: z.array(z.unknown()) });
  const list = Array.isArray(data) ? data : (validate(bestand, wrapper, data, fouten)?.[key] as unknown[] | undefined);
  if (!list) return undefined;
  const prefix = (i: number): PropertyKey[] => (Array.isArray(data) ? [i] : [key, i]);
  // Ids of items that failed validation: references to them are not reported a second time.
  const invalidIds = new Set<string>();
  const entries = list.flatMap((item, i) => {
    const valid = validate(bestand, itemSchema, item, fouten, prefix(i));
    const rawId = (item as { id?: unknown } | null)?.id;
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

function readJson(dir: string, regioId: string, name: string, fouten: DataFout[]): unknown {
  const result = parseJsonBytes(`${regioId}/${name}`, readFileSync(join(dir, name)));
  if (result.ok) return result.data;
  fouten.push(result.fout);
  return undefined;
}

export function loadRegio(dataDir: string, regioId: string, vandaag = new Date()): { regio?: RegioModel; fouten: DataFout[] } {
  const dir = join(dataDir, regioId);
  const fouten: DataFout[] = [];
  const names = readdirSync(dir);
  for (const name of names) {
    if ((REGIO_BESTANDEN as readonly string[]).includes(name) || name.endsWith('.md') || name.startsWith('.')) continue;
    const folder = statSync(join(dir, name), { throwIfNoEntry: false })?.isDirectory() ?? false;
    fouten.push(
      fout(
        `${regioId}/${name}${folder ? '/' : ''}`,
        '',
        `${folder ? 'onbekende map' : 'onbekend bestand'} in de regiomap; verwacht: ${REGIO_BESTANDEN.join(', ')}. Verplaats of verwijder het`,
      ),
    );
  }
  for (const name of VERPLICHT) {
    if (!names.includes(name)) fouten.push(fout(`${regioId}/${name}`, '', `bestand ontbreekt; elke regiomap heeft ${VERPLICHT.join(', ')} (routes.json mag ontbreken)`));
  }
  const read = (name: string) => (names.includes(name) ? readJson(dir, regioId, name, fouten) : undefined);
  const [regioData, doelgroepenData, voorzieningenData, routesData] = REGIO_BESTANDEN.map(read);

  const regio = regioData === undefined ? undefined : validate(`${regioId}/regio.json`, regioSchema, regioData, fouten);
  const doelgroepen =
    doelgroepenData === undefined ? undefined : validate(`${regioId}/doelgroepen.json`, doelgroepenSchema, doelgroepenData, fouten);
  const voorzieningenBestand = `${regioId}/voorzieningen.json`;
  const voorzieningenList =
    voorzieningenData === undefined
      ? undefined
      : validateList(voorzieningenBestand, 'voorzieningen', voorzieningSchema, voorzieningenData, fouten);
  const routesBestand = `${regioId}/routes.json`;
  const routesList =
    routesData === undefined ? { items: [], pathOf: (i: number) => `routes[${i}]`, invalidIds: new Set<string>() } : validateList(routesBestand, 'routes', klantrouteSchema, routesData, fouten);

  const voorzieningen: VoorzieningModel[] = (voorzieningenList?.items ?? []).map((v) => ({
    ...v,
    kolommen: kolommen(v.periode),
    momentKolommen: (v.momenten ?? []).map(kolom),
  }));
  if (voorzieningenList) fouten.push(...checkVoorzieningen(voorzieningenBestand, voorzieningen, voorzieningenList.pathOf, vandaag));

  const routes: KlantrouteModel[] = (routesList?.items ?? []).map((route) => ({
    ...route,
    stappen: route.stappen.map((stap) => ({ ...stap, kolom: kolom(stap.moment) })),
  }));
  if (voorzieningenList && routesList) {
    const byId = new Map(voorzieningen.map((v) => [v.id, v]));
    fouten.push(
      ...checkRoutes({ voorzieningen: voorzieningenBestand, routes: routesBestand }, routes, byId, routesList.pathOf, voorzieningenList.invalidIds),
    );
  }

  if (!regio || !doelgroepen || !voorzieningenList || !routesList || fouten.some((f) => f.ernst === 'fout')) return { fouten };
  const { $schema: _r, ...regioFields } = regio;
  const { $schema: _d, ...doelgroepFields } = doelgroepen;
  return { regio: { id: regioId, regio: regioFields, doelgroepen: doelgroepFields, voorzieningen, routes }, fouten };
}

/** Every region folder in dataDir; folders starting with "_" or "." are not regions. */
export function regioIds(dataDir: string): string[] {
  return readdirSync(dataDir)
    // throwIfNoEntry: a broken symlink is not a region, and must not crash the check.
    .filter((name) => !name.startsWith('_') && !name.startsWith('.') && (statSync(join(dataDir, name), { throwIfNoEntry: false })?.isDirectory() ?? false))
    .sort();
}

export function loadAll(dataDir: string, vandaag = new Date()): LaadResultaat {
  const map = dataDir.endsWith('/') ? dataDir : `${dataDir}/`;
  if (!existsSync(dataDir)) return { regios: [], fouten: [fout(map, '', 'de datamap bestaat niet')] };
  const ids = regioIds(dataDir);
  const fouten: DataFout[] = [];
  const regios: RegioModel[] = [];
  for (const id of ids) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      const suggestion = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
      const hint = suggestion ? `; hernoem de map, bijvoorbeeld naar "${suggestion}"` : '';
      fouten.push(fout(`${id}/`, '', `de mapnaam "${id}" wordt het webadres van de regio en moet kebab-case zijn (kleine letters, cijfers, streepjes)${hint}`));
      continue;
    }
    const result = loadRegio(dataDir, id, vandaag);
    fouten.push(...result.fouten);
    if (result.regio) regios.push(result.regio);
  }
  if (ids.length === 0) fouten.push(fout(map, '', 'geen regio gevonden; maak een map data/<regio-id>/ met regio.json, doelgroepen.json en voorzieningen.json'));
  return { regios, fouten };
}
