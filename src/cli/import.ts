/**
 * npm run import -- <bestand.csv|bestand.xlsx> --regio <id> [--locaties <locaties.csv>] [--data <datamap>] [--controleer]
 * Reads a spreadsheet (CSV, or an Excel workbook .xlsx) into data/<id>/voorzieningen.json, with the addresses from a
 * second CSV (--locaties) or the workbook's Locaties sheet; without either, each voorziening keeps the locaties it
 * has. Writes nothing when there is any error.
 * Exit codes: 0 written (or, with --controleer, valid), 1 errors in the CSV or the region, 2 wrong use of the command.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isRegioId, regioIdVoorstel } from '../domain/bouwen.ts';
import { leesBestand, schrijfAtomair } from '../io/bestanden.ts';
import { importeerCsvInRegio, importeerExcelInRegio, standaardDataMap } from '../io/data.ts';

const GEBRUIK = 'Gebruik: npm run import -- <bestand.csv of bestand.xlsx> --regio <regio-id> [--locaties <locaties.csv>] [--data <datamap>] [--controleer]';

function stop(melding: string): never {
  console.error(`${melding}\n${GEBRUIK}`);
  process.exit(2);
}

function leesArgumenten() {
  try {
    return parseArgs({
      options: { regio: { type: 'string' }, locaties: { type: 'string' }, data: { type: 'string' }, controleer: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    return stop((error as Error).message);
  }
}
const args = leesArgumenten();
const [bestand, ...teveel] = args.positionals;
if (!bestand) stop('Noem het CSV-bestand of het Excel-bestand (.xlsx).');
if (teveel.length) stop(`Eén bestand tegelijk (kreeg ook: ${teveel.join(', ')}).`);
const regioId = args.values.regio;
if (!regioId) stop('Noem de regio met --regio, bijvoorbeeld --regio voorbeeldregio.');
// First of all: the id becomes a folder name, and "../x" would be a folder outside the data folder.
if (!isRegioId(regioId)) {
  const voorstel = regioIdVoorstel(regioId.split(/[\\/]/).filter((deel) => deel && deel !== '.' && deel !== '..').at(-1) ?? '');
  stop(`"${regioId}" is geen regio-id: dat is de naam van een map in de datamap, in kebab-case (kleine letters, cijfers, streepjes)${voorstel ? `, zoals "${voorstel}"` : ''}; geen pad.`);
}

let bytes: Uint8Array;
try {
  bytes = leesBestand(bestand);
} catch {
  stop(`Het bestand ${bestand} bestaat niet of is niet te lezen.`);
}

// By its contents, not only its name: an .xlsx is a zip archive (PK\x03\x04); a CSV never starts like that.
const isXlsx = bestand.toLowerCase().endsWith('.xlsx') || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
const locatiesBestand = args.values.locaties;
if (isXlsx && locatiesBestand) stop(`Een Excel-bestand heeft de adressen in zijn eigen blad "Locaties"; --locaties is er niet voor nodig (alleen voor een CSV).`);
let locaties: Uint8Array | undefined;
if (locatiesBestand) {
  try {
    locaties = leesBestand(locatiesBestand);
  } catch {
    stop(`Het bestand ${locatiesBestand} (--locaties) bestaat niet of is niet te lezen.`);
  }
}

const dataDir = args.values.data ? resolve(args.values.data) : standaardDataMap();
const resultaat = isXlsx
  ? await importeerExcelInRegio({ dataDir, regioId, bytes })
  : importeerCsvInRegio({ dataDir, regioId, bytes, ...(locaties && { locaties }) });
const doel = relative(process.cwd(), resultaat.doel);
for (const w of resultaat.waarschuwingen) console.error(`${bestand}: waarschuwing: ${w}`);
const aantalFouten = resultaat.fouten.length + resultaat.locatieFouten.length;
if (aantalFouten || !resultaat.inhoud) {
  for (const f of resultaat.fouten) console.error(`${bestand}: ${f}`);
  for (const f of resultaat.locatieFouten) console.error(`${locatiesBestand ?? bestand}: ${f}`);
  console.error(`\n${aantalFouten} ${aantalFouten === 1 ? 'fout' : 'fouten'}; ${doel} is niet veranderd. Herstel de fouten in het spreadsheet en probeer het opnieuw.`);
  process.exit(1);
}
const behouden = resultaat.behoudenLocaties
  ? ` De locaties van ${resultaat.behoudenLocaties} ${resultaat.behoudenLocaties === 1 ? 'voorziening' : 'voorzieningen'} zijn behouden uit het oude bestand (${isXlsx ? 'zet een blad "Locaties" in het werkboek' : 'geef --locaties'} om ze te vervangen).`
  : '';
if (args.values.controleer) {
  console.log(`In orde: ${resultaat.voorzieningen.length} voorzieningen (niets geschreven, want --controleer).${behouden}`);
} else {
  schrijfAtomair(resultaat.doel, resultaat.inhoud);
  console.log(`${resultaat.voorzieningen.length} voorzieningen geschreven naar ${doel}.${behouden} Draai npm run build om de kaart bij te werken.`);
}
