/**
 * The build's single door to the data: load every region once, and stop the build with every problem
 * listed when anything is wrong — nothing half-published.
 */
import { formatFout } from '../domain/fouten.ts';
import type { RegioModel } from '../domain/model.ts';
import { laadRegios, standaardDataMap } from '../io/data.ts';

let cache: RegioModel[] | undefined;

export function regios(): RegioModel[] {
  if (cache) return cache;
  const { regios: loaded, fouten } = laadRegios(standaardDataMap());
  const errors = fouten.filter((f) => f.ernst === 'fout');
  if (errors.length) throw new Error(`De gegevens bevatten fouten:\n${errors.map(formatFout).join('\n')}`);
  cache = loaded;
  return loaded;
}

export function regio(id: string): RegioModel {
  const found = regios().find((r) => r.id === id);
  if (!found) throw new Error(`onbekende regio ${id}`);
  return found;
}

/** A link inside the site, respecting the configured base path. */
export function pad(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}
