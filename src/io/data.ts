/**
 * The one door to the data folder on disk: read data/<regio>/ folders as the domain wants them (src/domain/bouwen.ts)
 * and build the model from them. Used by the site build (src/view/gegevens.ts) and the cli.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BASIS_MAP } from '../domain/basis.ts';
import { bouwBasis, bouwRegio, bouwRegios, isRegioId, isRegioMap, leestInhoud, type Bestanden, type BouwResultaat, type DataMap } from '../domain/bouwen.ts';
import { fout, type DataFout } from '../domain/fouten.ts';
import { importeerCsv, importeerExcel, type ImportResultaat } from '../domain/import/importeren.ts';
import type { RegioModel } from '../domain/model.ts';
import { GeenXlsxFout, xlsxNaarBladen } from './excel.ts';
import { leesLettertypePakket } from './lettertype.ts';
import { leesThemaPakket } from './thema.ts';

/** ROUTEKAART_DATA, else data/: the folder both check-data and the site build read, so the build never publishes a folder it did not check. */
export function standaardDataMap(): string {
  return resolve(process.env.ROUTEKAART_DATA ?? 'data');
}

const isKoppeling = (pad: string) => lstatSync(pad, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;

/**
 * A file in a region folder of the data folder the site is built from (a logo), as bytes. Never through a symbolic
 * link: the build would publish whatever it points at (check-data refuses such a logo first, see metLogoCheck).
 */
export function leesRegioBestand(regioId: string, naam: string, dataDir = standaardDataMap()): Uint8Array {
  const pad = join(dataDir, regioId, naam);
  if (isKoppeling(pad)) throw new Error(`${regioId}/${naam} is een symbolische koppeling en wordt niet gepubliceerd`);
  return readFileSync(pad);
}

/**
 * A region whose logo is a symbolic link is refused: its bytes go out as they are, so a link to another region's
 * file, a key or a system file would be published. Only the logo: the JSON files are read and validated, not
 * published as they are.
 */
function metLogoCheck(dataDir: string, resultaat: { regios: RegioModel[]; fouten: DataFout[] }) {
  const fouten = [...resultaat.fouten];
  const regios = resultaat.regios.filter((regio) => {
    const logo = regio.huisstijl?.logo?.bestand;
    if (!logo || !isKoppeling(join(dataDir, regio.id, logo))) return true;
    fouten.push(
      fout(`${regio.id}/huisstijl.json`, 'logo.bestand', `het logo "${logo}" is een symbolische koppeling; de site zou publiceren waar die naar wijst. Zet het bestand zelf in de map ${regio.id}/`),
    );
    return false;
  });
  return { regios, fouten };
}

/** throwIfNoEntry: a broken symlink is a name in the folder, not a folder, and must not crash the check. */
const isMap = (pad: string) => statSync(pad, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** A folder's entries: the contents of the files the domain reads, null for the rest, "/" after a sub folder. */
export function leesMap(dir: string): Bestanden {
  return new Map(
    readdirSync(dir).map((name): [string, Uint8Array | null] => {
      const pad = join(dir, name);
      if (isMap(pad)) return [`${name}/`, null];
      return [name, leestInhoud(name) ? readFileSync(pad) : null];
    }),
  );
}

/** Every region folder in dataDir, sorted; folders starting with "_" or "." are not regions. */
export function regioIds(dataDir: string): string[] {
  return readdirSync(dataDir)
    .filter((name) => isRegioMap(name) && isMap(join(dataDir, name)))
    .sort();
}

function leesBasis(dataDir: string): Bestanden | undefined {
  const dir = join(dataDir, BASIS_MAP);
  return isMap(dir) ? leesMap(dir) : undefined;
}

export function leesDataMap(dataDir: string): DataMap {
  if (!existsSync(dataDir)) return { naam: dataDir, regios: undefined };
  const regios = new Map(regioIds(dataDir).map((id) => [id, leesMap(join(dataDir, id))]));
  const basis = leesBasis(dataDir);
  return { naam: dataDir, regios, ...(basis ? { basis } : {}) };
}

const opties = (vandaag: Date) => ({
  vandaag,
  zoekLettertype: (pakket: string) => leesLettertypePakket(pakket),
  zoekThema: (pakket: string) => leesThemaPakket(pakket),
});

/** Every region in dataDir, validated and cross-checked, with every problem found. */
export function laadRegios(dataDir: string, vandaag = new Date()): BouwResultaat {
  return metLogoCheck(dataDir, bouwRegios(leesDataMap(dataDir), opties(vandaag)));
}

/** One region of dataDir, with the landelijke basis of dataDir. */
export function laadRegio(dataDir: string, regioId: string, vandaag = new Date()): { regio?: RegioModel; fouten: DataFout[] } {
  const { basis } = bouwBasis(leesBasis(dataDir), vandaag);
  const { regio, fouten } = bouwRegio(regioId, leesMap(join(dataDir, regioId)), basis, opties(vandaag));
  const gecontroleerd = metLogoCheck(dataDir, { regios: regio ? [regio] : [], fouten });
  return { ...(gecontroleerd.regios[0] ? { regio: gecontroleerd.regios[0] } : {}), fouten: gecontroleerd.fouten };
}

/**
 * `npm run import`: the CSV checked as data/<regioId>/voorzieningen.json against the region as it is on disk.
 * Writes nothing: `doel` is where the cli writes `inhoud` (schrijfAtomair) when there is no error.
 */
export function importeerCsvInRegio(opdracht: {
  dataDir: string;
  regioId: string;
  bytes: Uint8Array;
  /** The second file, locaties.csv (--locaties). */
  locaties?: Uint8Array;
  vandaag?: Date;
}): ImportResultaat & { doel: string } {
  const { bytes, locaties, ...rest } = opdracht;
  return inRegioMap(rest, (regio) => importeerCsv({ ...regio, bytes, ...(locaties && { locaties }) }));
}

/** The same for an .xlsx workbook (its Locaties sheet holds the addresses). */
export async function importeerExcelInRegio(opdracht: { dataDir: string; regioId: string; bytes: Uint8Array; vandaag?: Date }): Promise<ImportResultaat & { doel: string }> {
  const { bytes, ...rest } = opdracht;
  let bladen;
  try {
    bladen = await xlsxNaarBladen(bytes);
  } catch (error) {
    if (!(error instanceof GeenXlsxFout)) throw error;
    return inRegioMap(rest, () => ({ ...leegResultaat(), fouten: [error.message] }));
  }
  return inRegioMap(rest, (regio) => importeerExcel({ ...regio, bladen }));
}

const leegResultaat = (): ImportResultaat => ({ fouten: [], locatieFouten: [], waarschuwingen: [], behoudenLocaties: 0, voorzieningen: [] });

/** The region folder on disk that an import checks against, and where it would write. */
function inRegioMap(
  opdracht: { dataDir: string; regioId: string; vandaag?: Date },
  importeer: (regio: { regioId: string; regio: Bestanden; basis: ReturnType<typeof bouwBasis>['basis'] } & ReturnType<typeof opties>) => ImportResultaat,
): ImportResultaat & { doel: string } {
  const { dataDir, regioId, vandaag = new Date() } = opdracht;
  // Never a path: "../x" would find, and then have the cli write, a folder outside the data folder.
  if (!isRegioId(regioId)) throw new Error(`geen regio-id: ${JSON.stringify(regioId)}`);
  const map = join(dataDir, regioId);
  const doel = join(map, 'voorzieningen.json');
  if (!isMap(map)) {
    return { ...leegResultaat(), fouten: [`de regio "${regioId}" bestaat niet: maak eerst de map ${map} met regio.json en doelgroepen.json`], doel };
  }
  const { basis } = bouwBasis(leesBasis(dataDir), vandaag);
  return { ...importeer({ regioId, regio: leesMap(map), basis, ...opties(vandaag) }), doel };
}
