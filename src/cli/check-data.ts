/**
 * npm run check-data [-- <datamap>] (or ROUTEKAART_DATA=<datamap>): validate every region and print every problem, one per line.
 * Exits 1 when there is any error (warnings alone pass), so the build stops before writing anything.
 */
import { join, relative, resolve } from 'node:path';
import { formatFouten } from '../domain/fouten.ts';
import { laadRegios, standaardDataMap } from '../io/data.ts';

const dataDir = process.argv[2] ? resolve(process.argv[2]) : standaardDataMap();
// Paths as the user would type them from here, so an editor or terminal can open them.
const shownDir = relative(process.cwd(), dataDir) || '.';
const { regios, fouten } = laadRegios(dataDir);
const errors = fouten.filter((f) => f.ernst === 'fout');
const warnings = fouten.filter((f) => f.ernst === 'waarschuwing');

for (const line of formatFouten(fouten.map((f) => ({ ...f, bestand: join(shownDir, f.bestand) })))) console.error(line);
if (errors.length > 0) {
  console.error(`\n${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'} gevonden in ${shownDir}. Er is niets gepubliceerd; herstel de fouten en probeer het opnieuw.`);
  process.exit(1);
}
const count = regios.reduce((sum, r) => sum + r.voorzieningen.length, 0);
console.log(`Gegevens in orde: ${regios.length} ${regios.length === 1 ? 'regio' : "regio's"}, ${count} voorzieningen${warnings.length ? `, ${warnings.length} waarschuwing(en)` : ''}.`);
