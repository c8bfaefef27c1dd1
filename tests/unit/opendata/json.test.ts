/** The region JSON download is data contract v1 again: written back as a folder, it loads to the same model. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { regioNaarExport, regioNaarJson, STANDAARD_LICENTIE } from '../../../src/domain/export/json.ts';
import { laadRegio } from '../../../src/io/data.ts';
import { proefregio, VANDAAG } from './fixture.ts';

const regio = proefregio();
mkdirSync('tests/.tmp', { recursive: true });
const map = mkdtempSync('tests/.tmp/json-export-');
afterAll(() => rmSync(map, { recursive: true, force: true }));

test('de export bevat de gegevens zonder wat de build afleidt, en laadt terug tot hetzelfde model', () => {
  const json = JSON.parse(regioNaarJson(regio));
  expect(json).toMatchObject({ formaat: 'routekaart-kansrijke-start', versie: 1, id: 'proefregio', licentie: STANDAARD_LICENTIE });
  expect(JSON.stringify(json)).not.toMatch(/kolommen|momentKolommen|"kolom"/);
  mkdirSync(join(map, 'proefregio'));
  writeFileSync(join(map, 'proefregio', 'regio.json'), JSON.stringify(json.regio));
  writeFileSync(join(map, 'proefregio', 'doelgroepen.json'), JSON.stringify(json.doelgroepen));
  writeFileSync(join(map, 'proefregio', 'voorzieningen.json'), JSON.stringify({ voorzieningen: json.voorzieningen }));
  writeFileSync(join(map, 'proefregio', 'routes.json'), JSON.stringify({ routes: json.routes }));
  const terug = laadRegio(map, 'proefregio', VANDAAG);
  expect(terug.fouten.filter((f) => f.ernst === 'fout')).toEqual([]);
  expect(terug.regio).toEqual(regio);
});

test('een regio kan een eigen licentie opgeven', () => {
  const eigen = { naam: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl' };
  expect(regioNaarExport({ ...regio, regio: { ...regio.regio, licentie: eigen } }).licentie).toEqual(eigen);
});
