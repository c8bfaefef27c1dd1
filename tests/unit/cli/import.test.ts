/** `npm run import` with the addresses of issue 15: --locaties, and keeping the locaties without it. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { locatiesNaarCsv, voorzieningenNaarCsv } from '../../../src/domain/export/csv.ts';
import { voorzieningZonderAfgeleiden } from '../../../src/domain/export/json.ts';
import { FIXTURE_DIR, proefregio } from '../opendata/fixture.ts';

const regio = proefregio();
mkdirSync('tests/.tmp', { recursive: true });
const werk = mkdtempSync('tests/.tmp/import-locaties-');
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
function bestand(naam: string, inhoud: string): string {
  const pad = join(werk, naam);
  writeFileSync(pad, inhoud);
  return pad;
}
const geschreven = () => JSON.parse(readFileSync(doel, 'utf8')).voorzieningen;
const cb = (voorzieningen: { id: string; locaties?: unknown[] }[]) => voorzieningen.find((v) => v.id === 'consultatiebureau')!.locaties;

describe('npm run import met locaties', { timeout: 60_000 }, () => {
  test('export → import van beide bestanden geeft precies hetzelfde voorzieningen.json; zonder --locaties blijven de adressen staan', () => {
    const csv = bestand('v.csv', voorzieningenNaarCsv(regio.voorzieningen));
    const met = importeer(csv, '--locaties', bestand('l.csv', locatiesNaarCsv(regio.voorzieningen)), '--regio', 'proefregio');
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
    const l = bestand('kapot.csv', locaties);
    const { code, fout } = importeer(bestand('v.csv', voorzieningenNaarCsv(regio.voorzieningen)), '--locaties', l, '--regio', 'proefregio');
    expect(code).toBe(1);
    expect(fout).toContain(`${l}: rij 3, kolom 'postcode': schrijf de postcode als "9876 ZX"`);
    expect(readFileSync(doel)).toEqual(voor);

    const alleenGemeente = bestand('gemeente.csv', locatiesNaarCsv(regio.voorzieningen).replace(';Proefdorp;', ';Proefdrop;'));
    const tweede = importeer(bestand('v.csv', voorzieningenNaarCsv(regio.voorzieningen)), '--locaties', alleenGemeente, '--regio', 'proefregio');
    expect(tweede.code).toBe(1);
    expect(tweede.fout).toContain(`${alleenGemeente}: rij 2, kolom 'gemeente': gemeente "Proefdrop" staat niet in regio.json › gemeenten; bedoel je "Proefdorp"?`);
    expect(tweede.fout).toContain('1 fout; ');
  });
});
