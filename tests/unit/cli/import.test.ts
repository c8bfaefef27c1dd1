/** `npm run import` as a user runs it: exit codes, messages by row and column, and nothing written on an error. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { voorzieningenNaarCsv, locatiesNaarCsv } from '../../../src/domain/export/csv.ts';
import { laadRegio } from '../../../src/io/data.ts';
import { FIXTURE_DIR, proefregio } from '../maak.ts';
import { voorzieningZonderAfgeleiden } from '../../../src/domain/export/json.ts';
import { voorzieningenNaarBladen, type Blad } from '../../../src/domain/export/excel.ts';
import { bladenNaarXlsx } from '../../../src/io/excel.ts';

const regio = proefregio();
mkdirSync('tests/.tmp', { recursive: true });
const werk = mkdtempSync('tests/.tmp/import-cli-');
const dataDir = join(werk, 'data');
const doel = join(dataDir, 'proefregio', 'voorzieningen.json');
afterAll(() => rmSync(werk, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
  cpSync(FIXTURE_DIR, dataDir, { recursive: true });
});

function importeer(...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['src/cli/import.ts', ...args], { encoding: 'utf8', env: { ...process.env, ROUTEKAART_DATA: dataDir } });
  return { code: result.status, uit: result.stdout, fout: result.stderr };
}
function csvBestand(naam: string, inhoud: string): string {
  const pad = join(werk, naam);
  writeFileSync(pad, inhoud);
  return pad;
}
const geldig = () => voorzieningenNaarCsv(regio.voorzieningen.map((v) => (v.id === 'kraamzorg' ? { ...v, naam: 'Kraamzorg thuis' } : v)));

describe('npm run import', { timeout: 30_000 }, () => {
  test('een geldige CSV: exit 0, voorzieningen.json vervangen, de regio laadt, geen tijdelijk bestand achtergebleven', () => {
    const { code, uit } = importeer(csvBestand('goed.csv', geldig()), '--regio', 'proefregio');
    expect(code).toBe(0);
    expect(uit).toContain('6 voorzieningen geschreven naar');
    const geschreven = JSON.parse(readFileSync(doel, 'utf8'));
    expect(geschreven.$schema).toBe('../../public/schema/voorzieningen.json');
    const { regio: geladen, fouten } = laadRegio(dataDir, 'proefregio', new Date('2026-11-01T00:00:00Z'));
    expect(fouten.filter((f) => f.ernst === 'fout')).toEqual([]);
    expect(geladen!.voorzieningen.find((v) => v.id === 'kraamzorg')!.naam).toBe('Kraamzorg thuis');
    expect(readdirSync(join(dataDir, 'proefregio')).sort()).toEqual(['doelgroepen.json', 'regio.json', 'routes.json', 'voorzieningen.json']);
  });

  test('een kapotte CSV: exit 1, rij en kolom in de melding, voorzieningen.json onveranderd', () => {
    const voor = readFileSync(doel);
    const kapot = geldig().replace(';extra-steun;', ';extra-stuen;');
    const { code, fout } = importeer(csvBestand('kapot.csv', kapot), '--regio', 'proefregio');
    expect(code).toBe(1);
    expect(fout).toContain(`rij 6, kolom 'niveau': onbekende waarde (kreeg "extra-stuen"`);
    expect(fout).toContain('1 fout; ');
    expect(readFileSync(doel)).toEqual(voor);
  });

  test('een moment buiten de periode wordt na het lezen gevonden en toch bij rij en kolom gemeld', () => {
    const voor = readFileSync(doel);
    const kapot = geldig().replace('week 2 | maand 2 | maand 4', 'zwangerschap maand 2 | maand 2 | maand 4');
    const { code, fout } = importeer(csvBestand('moment.csv', kapot), '--regio', 'proefregio');
    expect(code).toBe(1);
    expect(fout).toContain(`rij 7, kolom 'momenten': moment "zwangerschap maand 2" ligt buiten de periode (week 2 tot jaar 4)`);
    expect(readFileSync(doel)).toEqual(voor);
  });

  test('een CSV zonder een voorziening waar een route naar wijst: exit 1, routes.json genoemd', () => {
    const zonderSchuldhulp = voorzieningenNaarCsv(regio.voorzieningen.filter((v) => v.id !== 'schuldhulp'));
    const { code, fout } = importeer(csvBestand('zonder.csv', zonderSchuldhulp), '--regio', 'proefregio');
    expect(code).toBe(1);
    expect(fout).toMatch(/routes\.json › routes\[0\]\.stappen\[1\]\.voorziening: voorziening "schuldhulp" bestaat niet/);
  });

  test('--controleer schrijft niets', () => {
    const voor = readFileSync(doel);
    const { code, uit } = importeer(csvBestand('goed.csv', geldig()), '--regio', 'proefregio', '--controleer');
    expect(code).toBe(0);
    expect(uit).toContain('In orde: 6 voorzieningen');
    expect(readFileSync(doel)).toEqual(voor);
  });

  test('verkeerd gebruik: exit 2 met uitleg; een onbekende regio: exit 1', () => {
    expect(importeer()).toMatchObject({ code: 2, fout: expect.stringContaining('Noem het CSV-bestand of het Excel-bestand (.xlsx).') });
    expect(importeer(csvBestand('goed.csv', geldig()))).toMatchObject({ code: 2, fout: expect.stringContaining('--regio') });
    expect(importeer(join(werk, 'bestaat-niet.csv'), '--regio', 'proefregio')).toMatchObject({ code: 2, fout: expect.stringContaining('bestaat niet') });
    expect(importeer(csvBestand('goed.csv', geldig()), '--regio', 'nergens')).toMatchObject({ code: 1, fout: expect.stringContaining('de regio "nergens" bestaat niet') });
  });

  // A region folder outside the data folder, as "--regio ../buiten" would name it: nothing may be written there.
  test.each(['../buiten', 'proefregio/../../buiten', '../data/proefregio', 'Proefregio', '_basis', '.', '..'])(
    '--regio %j is geen regio-id: exit 2 met uitleg, voordat er iets gelezen of geschreven wordt',
    (id) => {
      const buiten = join(werk, 'buiten');
      rmSync(buiten, { recursive: true, force: true });
      cpSync(join(dataDir, 'proefregio'), buiten, { recursive: true });
      const voor = { buiten: readFileSync(join(buiten, 'voorzieningen.json')), doel: readFileSync(doel) };
      const { code, fout } = importeer(csvBestand('goed.csv', geldig()), '--regio', id);
      expect(code).toBe(2);
      expect(fout).toContain(`"${id}" is geen regio-id`);
      expect(readFileSync(join(buiten, 'voorzieningen.json'))).toEqual(voor.buiten);
      expect(readFileSync(doel)).toEqual(voor.doel);
      expect(readdirSync(buiten).sort()).toEqual(['doelgroepen.json', 'regio.json', 'routes.json', 'voorzieningen.json']);
    },
  );
});

// `npm run import` with the addresses of issue 15: --locaties, and keeping the locaties without it.
describe('gemeenten en beschikbaarheid (issue 15)', () => {
  const geschreven = () => JSON.parse(readFileSync(doel, 'utf8')).voorzieningen;
  const cb = (voorzieningen: { id: string; locaties?: unknown[] }[]) => voorzieningen.find((v) => v.id === 'consultatiebureau')!.locaties;

  describe('npm run import met locaties', { timeout: 60_000 }, () => {
    test('export → import van beide bestanden geeft precies hetzelfde voorzieningen.json; zonder --locaties blijven de adressen staan', () => {
      const csv = csvBestand('v.csv', voorzieningenNaarCsv(regio.voorzieningen));
      const met = importeer(csv, '--locaties', csvBestand('l.csv', locatiesNaarCsv(regio.voorzieningen)), '--regio', 'proefregio');
      expect(met.code, met.fout).toBe(0);
      expect(met.uit).not.toContain('behouden');
      expect(geschreven()).toEqual(regio.voorzieningen.map(voorzieningZonderAfgeleiden));

      const zonder = importeer(csv, '--regio', 'proefregio');
      expect(zonder.code, zonder.fout).toBe(0);
      expect(zonder.uit).toContain('De locaties van 1 voorziening zijn behouden uit het oude bestand (geef --locaties om ze te vervangen).');
      expect(cb(geschreven())).toHaveLength(2);
    });

    test('een fout in locaties.csv: exit 1, het bestand met rij en kolom, ook als de fout pas bij de controle van de regio blijkt', () => {
      const voor = readFileSync(doel);
      const locaties = locatiesNaarCsv(regio.voorzieningen).replace('9876 ZX', '9876zx').replace(';Proefdorp;', ';Proefdrop;');
      const l = csvBestand('kapot.csv', locaties);
      const { code, fout } = importeer(csvBestand('v.csv', voorzieningenNaarCsv(regio.voorzieningen)), '--locaties', l, '--regio', 'proefregio');
      expect(code).toBe(1);
      expect(fout).toContain(`${l}: rij 3, kolom 'postcode': schrijf de postcode als "9876 ZX"`);
      expect(readFileSync(doel)).toEqual(voor);

      const alleenGemeente = csvBestand('gemeente.csv', locatiesNaarCsv(regio.voorzieningen).replace(';Proefdorp;', ';Proefdrop;'));
      const tweede = importeer(csvBestand('v.csv', voorzieningenNaarCsv(regio.voorzieningen)), '--locaties', alleenGemeente, '--regio', 'proefregio');
      expect(tweede.code).toBe(1);
      expect(tweede.fout).toContain(`${alleenGemeente}: rij 2, kolom 'gemeente': gemeente "Proefdrop" staat niet in regio.json › gemeenten; bedoel je "Proefdorp"?`);
      expect(tweede.fout).toContain('1 fout; ');
    });
  });
});

// `npm run import` of an Excel workbook (issue 16): the same checks, messages by sheet, row and column.
// The file's own fixture folder, fresh copy per test and importeer() serve these tests too.
describe('npm run import van een .xlsx', { timeout: 60_000 }, () => {
  async function xlsx(naam: string, bewerk: (bladen: Blad[]) => void = () => {}): Promise<string> {
    const bladen = voorzieningenNaarBladen(regio.voorzieningen.map(voorzieningZonderAfgeleiden));
    bewerk(bladen);
    const pad = join(werk, naam);
    writeFileSync(pad, await bladenNaarXlsx(bladen));
    return pad;
  }
  const cel = (bladen: Blad[], blad: number, rij: number, kop: string, waarde: string) => {
    bladen[blad]!.rijen[rij - 1]![bladen[blad]!.rijen[0]!.indexOf(kop)] = waarde;
  };

  test('een geldig werkboek met één veranderde cel: exit 0, precies dat veld veranderd, de adressen uit het blad Locaties', async () => {
    const pad = await xlsx('goed.xlsx', (b) => cel(b, 0, 2, 'naam', 'Kraamzorg thuis'));
    const { code, uit, fout } = importeer(pad, '--regio', 'proefregio');
    expect(code, fout).toBe(0);
    expect(uit).toContain('6 voorzieningen geschreven naar');
    expect(uit).not.toContain('behouden');
    const verwacht = regio.voorzieningen.map(voorzieningZonderAfgeleiden).map((v, i) => (i === 0 ? { ...v, naam: 'Kraamzorg thuis' } : v));
    expect(JSON.parse(readFileSync(doel, 'utf8')).voorzieningen).toEqual(verwacht);
    expect(readdirSync(join(dataDir, 'proefregio')).sort()).toEqual(['doelgroepen.json', 'regio.json', 'routes.json', 'voorzieningen.json']);
  });

  test('een kapot werkboek: exit 1, blad, rij en kolom in elke melding, voorzieningen.json onveranderd', async () => {
    const voor = readFileSync(doel);
    const pad = await xlsx('kapot.xlsx', (b) => {
      cel(b, 0, 6, 'niveau', 'extra-stuen');
      cel(b, 1, 3, 'postcode', '9876zx');
    });
    const { code, fout } = importeer(pad, '--regio', 'proefregio');
    expect(code).toBe(1);
    expect(fout).toContain(`${pad}: Blad "Voorzieningen", rij 6, kolom "niveau" (D): onbekende waarde (kreeg "extra-stuen"`);
    expect(fout).toContain(`${pad}: Blad "Locaties", rij 3, kolom "postcode" (D): schrijf de postcode als "9876 ZX"`);
    expect(fout).toContain('2 fouten; ');
    expect(readFileSync(doel)).toEqual(voor);
  });

  test('een fout die pas de controle van de regio vindt, ook bij blad, rij en kolom; --controleer schrijft niets', async () => {
    const voor = readFileSync(doel);
    const pad = await xlsx('moment.xlsx', (b) => {
      const rij = b[0]!.rijen.findIndex((r) => String(r[b[0]!.rijen[0]!.indexOf('momenten')] ?? '').startsWith('week 2; maand 2')) + 1;
      cel(b, 0, rij, 'momenten', 'zwangerschap maand 2; maand 2; maand 4');
    });
    const { code, fout } = importeer(pad, '--regio', 'proefregio');
    expect(code).toBe(1);
    expect(fout).toMatch(/Blad "Voorzieningen", rij 7, kolom "momenten" \(G\): moment "zwangerschap maand 2" ligt buiten de periode/);
    const goed = importeer(await xlsx('goed.xlsx'), '--regio', 'proefregio', '--controleer');
    expect(goed.code, goed.fout).toBe(0);
    expect(goed.uit).toContain('In orde: 6 voorzieningen');
    expect(readFileSync(doel)).toEqual(voor);
  });

  test('geen werkboek met de naam .xlsx, of --locaties erbij: een uitleg, niets geschreven', async () => {
    const voor = readFileSync(doel);
    const nep = join(werk, 'nep.xlsx');
    writeFileSync(nep, 'id;naam\r\n');
    expect(importeer(nep, '--regio', 'proefregio')).toMatchObject({ code: 1, fout: expect.stringContaining(`${nep}: dit is geen Excel-werkboek (.xlsx) dat te lezen is`) });
    const pad = await xlsx('goed.xlsx');
    expect(importeer(pad, '--regio', 'proefregio', '--locaties', pad)).toMatchObject({ code: 2, fout: expect.stringContaining('eigen blad "Locaties"') });
    expect(readFileSync(doel)).toEqual(voor);
  });
});
