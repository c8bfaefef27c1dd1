import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { formatFouten } from '../../../src/domain/fouten.ts';
import { laadRegios, laadRegio, regioIds } from '../../../src/io/data.ts';

const GELDIG = fileURLToPath(new URL('../../fixtures/geldig/', import.meta.url));
const BASE = join(GELDIG, 'kleine-regio');
const TODAY = new Date('2026-11-22T12:00:00Z');

const root = mkdtempSync(join(tmpdir(), 'routekaart-laden-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
/** A fresh data folder; `regions` maps folder names to true (a copy of kleine-regio) or to files. */
function dataDir(regions: Record<string, true | Record<string, string>>): string {
  const dir = join(root, `data-${++counter}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(regions)) {
    if (content === true) cpSync(BASE, join(dir, name), { recursive: true });
    else {
      mkdirSync(join(dir, name), { recursive: true });
      for (const [file, text] of Object.entries(content)) writeFileSync(join(dir, name, file), text);
    }
  }
  return dir;
}

const lines = (dir: string) => formatFouten(laadRegios(dir, TODAY).fouten).map((line) => line.replaceAll(root, '<tmp>'));
const base = (file: string) => readFileSync(join(BASE, file), 'utf8');

describe('laadRegios on the valid fixtures', () => {
  const { regios, fouten } = laadRegios(GELDIG, TODAY);

  test('loads both regions, sorted by folder name, without problems', () => {
    expect(fouten).toEqual([]);
    expect(regios.map((r) => r.id)).toEqual(['kleine-regio', 'met-bom']);
  });

  test('a region whose files start with a byte order mark loads like any other', () => {
    const [plain, bom] = regios;
    expect(readFileSync(join(GELDIG, 'met-bom', 'regio.json'))[0]).toBe(0xef);
    expect(bom!.regio.naam).toBe('Regio met BOM');
    expect(bom!.voorzieningen).toEqual(plain!.voorzieningen);
    expect(bom!.routes).toEqual(plain!.routes);
  });

  test('the model carries column ranges for periods, moments and steps', () => {
    const kleine = regios[0]!;
    const kraamzorg = kleine.voorzieningen.find((v) => v.id === 'kraamzorg')!;
    expect(kraamzorg.kolommen).toEqual({ eerste: 10, laatste: 12 });
    const verlos = kleine.voorzieningen.find((v) => v.id === 'verloskundige-zorg')!;
    // zwangerschap week 12 and 20, bevalling, week 6 (in maand 2)
    expect(verlos.momentKolommen).toEqual([3, 5, 10, 15]);
    // "maand 1 … week 6": a period's last column is the last column of its tot.
    const nnz = kleine.voorzieningen.find((v) => v.id === 'nu-niet-zwanger')!;
    expect(nnz.kolommen).toEqual({ eerste: 0, laatste: 0 });
    expect(kleine.routes.map((r) => r.stappen.map((s) => s.kolom))).toEqual([
      [2, 3, 10],
      [12, 16],
    ]);
  });

  test('$schema is not part of the model', () => {
    const kleine = regios[0]!;
    expect(kleine.regio).not.toHaveProperty('$schema');
    expect(kleine.doelgroepen).not.toHaveProperty('$schema');
    expect(Object.keys(kleine.doelgroepen)).toEqual(['basiszorg', 'steuntje-in-de-rug', 'extra-steun', 'digitale-zorg']);
  });
});

describe('region folders', () => {
  test('folders starting with "_" or "." are not regions, even when broken', () => {
    const dir = dataDir({ 'regio-a': true, _sjabloon: { 'regio.json': '{' }, '.git': { 'x.json': '' } });
    expect(regioIds(dir)).toEqual(['regio-a']);
    expect(lines(dir)).toEqual([]);
  });

  test('files next to the region folders are ignored', () => {
    const dir = dataDir({ 'regio-a': true });
    writeFileSync(join(dir, 'README.md'), '# data');
    writeFileSync(join(dir, 'notities.txt'), 'x');
    expect(regioIds(dir)).toEqual(['regio-a']);
    expect(lines(dir)).toEqual([]);
  });

  test('a broken symlink next to the regions or inside one does not crash the check', () => {
    const dir = dataDir({ 'regio-a': true });
    symlinkSync(join(root, 'nergens'), join(dir, 'weg'));
    expect(lines(dir)).toEqual([]);
    symlinkSync(join(root, 'nergens'), join(dir, 'regio-a', 'oud.json'));
    expect(lines(dir)).toEqual([
      'regio-a/oud.json › (hele bestand): onbekend bestand in de regiomap; verwacht: regio.json, doelgroepen.json, voorzieningen.json, routes.json, huisstijl.json. Verplaats of verwijder het',
    ]);
  });

  test('a data folder given with a trailing slash is named once', () => {
    expect(lines(`${join(root, 'ook-niet')}/`)).toEqual(['<tmp>/ook-niet/ › (hele map): de datamap bestaat niet']);
  });

  test('regions are loaded in alphabetical order', () => {
    const dir = dataDir({ zuid: true, noord: true, 'midden-2': true });
    expect(laadRegios(dir, TODAY).regios.map((r) => r.id)).toEqual(['midden-2', 'noord', 'zuid']);
  });

  test.each(['Regio', 'regio_a', 'regio a', 'regio--a', '-regio', 'regio-', 'régio'])('"%s" is not a valid folder name', (name) => {
    const dir = dataDir({ [name]: true });
    const result = laadRegios(dir, TODAY);
    expect(result.regios).toEqual([]);
    expect(formatFouten(result.fouten)).toHaveLength(1);
    expect(formatFouten(result.fouten)[0]).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/ › \\(hele map\\): de mapnaam`));
  });

  test('a bad folder name does not stop the other regions', () => {
    const dir = dataDir({ Regio_B: true, 'regio-a': true });
    const result = laadRegios(dir, TODAY);
    expect(result.regios.map((r) => r.id)).toEqual(['regio-a']);
    expect(formatFouten(result.fouten)).toMatchInlineSnapshot(`
      [
        "Regio_B/ › (hele map): de mapnaam "Regio_B" wordt het webadres van de regio en moet kebab-case zijn (kleine letters, cijfers, streepjes); hernoem de map, bijvoorbeeld naar "regio-b"",
      ]
    `);
  });

  test('a data folder without regions', () => {
    const dir = dataDir({ _sjabloon: true });
    expect(lines(dir).map((line) => line.replace(/data-\d+/, 'data-N'))).toMatchInlineSnapshot(`
      [
        "<tmp>/data-N/ › (hele map): geen regio gevonden; maak een map data/<regio-id>/ met regio.json, doelgroepen.json en voorzieningen.json",
      ]
    `);
  });

  test('a data folder that does not exist', () => {
    expect(lines(join(root, 'bestaat-niet'))).toMatchInlineSnapshot(`
      [
        "<tmp>/bestaat-niet/ › (hele map): de datamap bestaat niet",
      ]
    `);
  });
});

describe('files in a region folder', () => {
  test('routes.json may be left out', () => {
    const dir = dataDir({ r: { 'regio.json': base('regio.json'), 'doelgroepen.json': base('doelgroepen.json'), 'voorzieningen.json': base('voorzieningen.json') } });
    const result = laadRegios(dir, TODAY);
    expect(result.fouten).toEqual([]);
    expect(result.regios[0]!.routes).toEqual([]);
  });

  test('every missing required file is reported, in one run', () => {
    const dir = dataDir({ r: { 'routes.json': base('routes.json') } });
    expect(lines(dir)).toMatchInlineSnapshot(`
      [
        "r/regio.json › (hele bestand): bestand ontbreekt; elke regiomap heeft regio.json, doelgroepen.json, voorzieningen.json (routes.json mag ontbreken)",
        "r/doelgroepen.json › (hele bestand): bestand ontbreekt; elke regiomap heeft regio.json, doelgroepen.json, voorzieningen.json (routes.json mag ontbreken)",
        "r/voorzieningen.json › (hele bestand): bestand ontbreekt; elke regiomap heeft regio.json, doelgroepen.json, voorzieningen.json (routes.json mag ontbreken)",
      ]
    `);
  });

  test('a stray file or folder is an error; README.md and hidden files are fine', () => {
    const dir = dataDir({ r: true });
    writeFileSync(join(dir, 'r', 'LEESMIJ.md'), 'uitleg');
    writeFileSync(join(dir, 'r', '.DS_Store'), '');
    expect(lines(dir)).toEqual([]);
    writeFileSync(join(dir, 'r', 'routes.json.bak'), '{}');
    mkdirSync(join(dir, 'r', 'afbeeldingen'));
    expect(lines(dir)).toMatchInlineSnapshot(`
      [
        "r/afbeeldingen/ › (hele map): onbekende map in de regiomap; verwacht: regio.json, doelgroepen.json, voorzieningen.json, routes.json, huisstijl.json. Verplaats of verwijder het",
        "r/routes.json.bak › (hele bestand): onbekend bestand in de regiomap; verwacht: regio.json, doelgroepen.json, voorzieningen.json, routes.json, huisstijl.json. Verplaats of verwijder het",
      ]
    `);
  });

  test('voorzieningen.json and routes.json may be bare lists', () => {
    const voorzieningen = JSON.parse(base('voorzieningen.json')).voorzieningen;
    const routes = JSON.parse(base('routes.json')).routes;
    const dir = dataDir({
      r: {
        'regio.json': base('regio.json'),
        'doelgroepen.json': base('doelgroepen.json'),
        'voorzieningen.json': JSON.stringify(voorzieningen),
        'routes.json': JSON.stringify(routes),
      },
    });
    const result = laadRegios(dir, TODAY);
    expect(result.fouten).toEqual([]);
    expect(result.regios[0]!.voorzieningen).toHaveLength(voorzieningen.length);
  });

  test('in a bare list, paths start with the index', () => {
    const voorzieningen = JSON.parse(base('voorzieningen.json')).voorzieningen;
    voorzieningen[2].naam = '';
    const dir = dataDir({ r: { 'regio.json': base('regio.json'), 'doelgroepen.json': base('doelgroepen.json'), 'voorzieningen.json': JSON.stringify(voorzieningen) } });
    expect(lines(dir)).toEqual(['r/voorzieningen.json › [2].naam: mag niet leeg zijn']);
  });

  test('one broken voorziening does not hide the cross-checks of the others', () => {
    const data = JSON.parse(base('voorzieningen.json'));
    data.voorzieningen[0].niveau = 'basis';
    data.voorzieningen[6].id = 'kraamzorg';
    const dir = dataDir({ r: true });
    writeFileSync(join(dir, 'r', 'voorzieningen.json'), JSON.stringify(data, null, 2));
    expect(lines(dir)).toMatchInlineSnapshot(`
      [
        "r/voorzieningen.json › voorzieningen[0].niveau: onbekende waarde (kreeg "basis"; toegestaan: "basiszorg", "steuntje-in-de-rug", "extra-steun", "digitale-zorg"; bedoel je "basiszorg"?)",
        "r/voorzieningen.json › voorzieningen[6].id: id "kraamzorg" komt twee keer voor (ook bij voorzieningen[2]); geef elke voorziening een eigen id",
      ]
    `);
  });

  test('every broken file is reported in one run', () => {
    const dir = dataDir({ r: true });
    writeFileSync(join(dir, 'r', 'regio.json'), '{');
    writeFileSync(join(dir, 'r', 'doelgroepen.json'), '');
    writeFileSync(join(dir, 'r', 'routes.json'), '[1,]');
    expect(lines(dir).map((line) => line.split(':')[0])).toEqual(['r/regio.json › (hele bestand)', 'r/doelgroepen.json › (hele bestand)', 'r/routes.json › (hele bestand)']);
  });

  test('warnings alone do not stop a region from loading', () => {
    const result = laadRegio(GELDIG, 'kleine-regio', new Date('2028-01-01T00:00:00Z'));
    expect(result.regio?.id).toBe('kleine-regio');
    expect(result.fouten.length).toBeGreaterThan(0);
    expect(result.fouten.every((f) => f.ernst === 'waarschuwing')).toBe(true);
  });

  test('an error stops the region: no half-checked model is returned', () => {
    const dir = dataDir({ r: true });
    writeFileSync(join(dir, 'r', 'regio.json'), base('regio.json').replace('"Kleine Regio"', '""'));
    const result = laadRegio(dir, 'r', TODAY);
    expect(result.regio).toBeUndefined();
    expect(formatFouten(result.fouten)).toEqual(['r/regio.json › naam: mag niet leeg zijn']);
  });
});
