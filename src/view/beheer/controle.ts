/**
 * The live check: the work's files through the same domain code as `npm run check-data` (bouwRegios), so the page
 * shows the same Dutch messages. And the link between a message and its field: both name a file and a JSON path.
 */
import { bouwRegios } from '../../domain/bouwen.ts';
import type { DataFout } from '../../domain/fouten.ts';
import { bestandenVan, type Werk } from './werk.ts';

export function controleer(werk: Werk, vandaag: Date): DataFout[] {
  const bestanden = new Map(Object.entries(bestandenVan(werk)));
  return bouwRegios({ naam: 'data', regios: new Map([[werk.regioId, bestanden]]) }, { vandaag }).fouten;
}

/** The file a message is about, without the region folder: "voorbeeldregio/regio.json" → "regio.json". */
export function bestandVan(fout: Pick<DataFout, 'bestand'>): string {
  return fout.bestand.replace(/^[^/]*\//, '');
}

/** The id of the form field for a file and JSON path: the form and the list of messages both derive it. */
export function veldId(bestand: string, pad: string): string {
  return `veld-${`${bestand} ${pad}`.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

/** The messages about exactly this field. */
export function meldingenBij(fouten: readonly DataFout[], bestand: string, pad: string): DataFout[] {
  return fouten.filter((f) => bestandVan(f) === bestand && f.pad === pad);
}

/** The JSON paths from a field up to the file: "a[1].b" → ["a[1].b", "a[1]", "a", ""], to find the nearest field that is shown. */
export function padOmhoog(pad: string): string[] {
  const uit = [pad];
  let huidig = pad;
  while (huidig) {
    huidig = huidig.replace(/(\[\d+\]|\.?[^.[\]]+)$/, '');
    uit.push(huidig);
  }
  return uit;
}

/** Which item of a list file a path is in: "voorzieningen[3].naam" → 3. */
export function itemIndex(pad: string, lijst: 'voorzieningen' | 'routes'): number | undefined {
  const m = new RegExp(`^${lijst}\\[(\\d+)\\]`).exec(pad);
  return m ? Number(m[1]) : undefined;
}

/** The indexes of the voorzieningen (or routes) with at least one error. */
export function itemsMetFouten(fouten: readonly DataFout[], lijst: 'voorzieningen' | 'routes'): Set<number> {
  const uit = new Set<number>();
  for (const f of fouten) {
    if (f.ernst !== 'fout' || bestandVan(f) !== `${lijst}.json`) continue;
    const i = itemIndex(f.pad, lijst);
    if (i !== undefined) uit.add(i);
  }
  return uit;
}
