/** check-data as an author meets it: the refused theme and the stale entry, in the terminal. */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { formatFout } from '../../../src/domain/fouten.ts';
import { laadRegios } from '../../../src/io/data.ts';
import { maakDatamap, regioMap, voorziening } from './maak-regio.ts';

function checkData(dir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts', dir], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

test('a theme whose link colour fails WCAG AA is refused, naming the file, the pair and the ratio', () => {
  const { status, stderr } = checkData('tests/fixtures/publiceren/kapotte-huisstijl');
  expect(status).toBe(1);
  expect(stderr.split('\n').filter(Boolean)).toEqual([
    'tests/fixtures/publiceren/kapotte-huisstijl/grijsstad/huisstijl.json › kleuren.link: te weinig contrast tussen link (#7aa7d6) en achtergrond (#ffffff, standaard): 2,52:1; nodig is minstens 4,5:1 voor tekst (links) (WCAG AA). Maak één van de twee kleuren donkerder of lichter',
    'tests/fixtures/publiceren/kapotte-huisstijl/grijsstad/huisstijl.json › kleuren.link: te weinig contrast tussen link (#7aa7d6) en vlak (#f3f4f6, standaard): 2,29:1; nodig is minstens 4,5:1 voor tekst (links in vakken) (WCAG AA). Maak één van de twee kleuren donkerder of lichter',
    '2 fouten gevonden in tests/fixtures/publiceren/kapotte-huisstijl. Er is niets gepubliceerd; herstel de fouten en probeer het opnieuw.',
  ]);
});

test('a stale entry is a warning: check-data passes and names it', () => {
  const dir = maakDatamap(regioMap('proef', [voorziening('oud', { bijgewerkt: '2020-01-31' }), voorziening('vers', { bijgewerkt: new Date().toISOString().slice(0, 10) })]));
  const { status, stderr, stdout } = checkData(dir);
  expect(status).toBe(0);
  expect(stderr.trim()).toBe(
    `${dir}/proef/voorzieningen.json › voorzieningen[0].bijgewerkt: waarschuwing: "Voorziening oud" is langer dan 12 maanden niet nagekeken (2020-01-31); kijk de gegevens na en zet de datum van vandaag`,
  );
  expect(stdout).toContain('1 waarschuwing(en)');
});

test('a themed region with its logo loads; any other extra file is still an error', () => {
  const huisstijl = { kleuren: { primair: '#0b5d3b' }, logo: { bestand: 'logo.svg', alt: 'Proef' } };
  const ok = maakDatamap(regioMap('proef', [voorziening('a')], { 'huisstijl.json': huisstijl, 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' }));
  const { regios, fouten } = laadRegios(ok, new Date('2026-11-22'));
  expect(fouten).toEqual([]);
  expect(regios[0]!.huisstijl).toMatchObject({ kleuren: { primair: '#0b5d3b' }, logo: { bestand: 'logo.svg', alt: 'Proef' } });

  const extra = maakDatamap(regioMap('proef', [voorziening('a')], { 'huisstijl.json': huisstijl, 'logo.svg': '<svg/>', 'wapen.png': 'x' }));
  expect(laadRegios(extra, new Date('2026-11-22')).fouten.map(formatFout)).toEqual([
    'proef/wapen.png › (hele bestand): onbekend bestand in de regiomap; verwacht: regio.json, doelgroepen.json, voorzieningen.json, routes.json, huisstijl.json. Verplaats of verwijder het',
  ]);
});

test('a failing theme stops the region from loading, so the build publishes nothing', () => {
  const dir = maakDatamap(regioMap('proef', [voorziening('a')], { 'huisstijl.json': { kleuren: { tekst: '#bbbbbb' } } }));
  const { regios, fouten } = laadRegios(dir, new Date('2026-11-22'));
  expect(regios).toEqual([]);
  expect(fouten.map((f) => f.pad)).toEqual(['kleuren.tekst', 'kleuren.tekst', 'kleuren.tekst']);
});
