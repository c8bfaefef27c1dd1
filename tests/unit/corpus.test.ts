/**
 * The broken-data corpus: every case in tests/fixtures/kapot/<case>/ is a full data folder with one problem, and
 * verwacht.txt holds the exact lines check-data prints for it.
 *
 *   npx tsx tests/fixtures/maak-fixtures.ts                                    # (re)write the cases
 *   UPDATE_CORPUS=1 npx vitest run --project unit tests/unit/corpus.test.ts    # (re)write verwacht.txt
 *
 * After regenerating, read every changed verwacht.txt: it is what a policy officer will see.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { formatFouten } from '../../src/domain/fouten.ts';
import { laadRegios } from '../../src/io/data.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const KAPOT = join(FIXTURES, 'kapot');
const BASE = join(FIXTURES, 'geldig', 'kleine-regio');
/** The corpus is judged on a fixed day, so that "bijgewerkt" dates neither age nor lie in the future. */
const TODAY = new Date('2026-11-22T12:00:00Z');
const UPDATE = process.env.UPDATE_CORPUS === '1';

const cases = readdirSync(KAPOT)
  .filter((name) => statSync(join(KAPOT, name)).isDirectory())
  .sort();

/** One check-data line: "<bestand> › <JSON path or (hele bestand)/(hele map)>: <melding>". */
const LINE = /^(?<bestand>[^ ]+) › (?<pad>\(hele bestand\)|\(hele map\)|[$a-zA-Z][\w$-]*(?:\[\d+\]|\.[\w$-]+)*|\[\d+\](?:\[\d+\]|\.[\w$-]+)*): (?<melding>.+)$/;

function regionFolders(caseDir: string): string[] {
  return readdirSync(caseDir).filter((name) => statSync(join(caseDir, name)).isDirectory());
}

/** Files that differ from the base region, ignoring the $schema links (one folder deeper in the corpus). */
function changedFiles(regionDir: string): string[] {
  const names = new Set([...readdirSync(BASE), ...readdirSync(regionDir)]);
  return [...names].filter((name) => {
    const inCase = join(regionDir, name);
    const inBase = join(BASE, name);
    if (!existsSync(inCase) || !existsSync(inBase)) return true;
    const normalise = (path: string) => readFileSync(path, 'latin1').replaceAll('"../../../../../public/', '"../../../../public/');
    return normalise(inCase) !== normalise(inBase);
  });
}

test('the corpus has at least 55 cases', () => {
  expect(cases.length).toBeGreaterThanOrEqual(55);
});

test('the base region of the corpus loads without errors or warnings', () => {
  const { regios, fouten } = laadRegios(join(FIXTURES, 'geldig'), TODAY);
  expect(formatFouten(fouten)).toEqual([]);
  expect(regios.map((r) => r.id)).toContain('kleine-regio');
});

describe.each(cases)('%s', (name) => {
  const caseDir = join(KAPOT, name);
  const verwacht = join(caseDir, 'verwacht.txt');

  test('check-data reports exactly the lines in verwacht.txt', () => {
    const { regios, fouten } = laadRegios(caseDir, TODAY);
    const lines = formatFouten(fouten);
    if (UPDATE) writeFileSync(verwacht, `${lines.join('\n')}\n`);
    expect(fouten.filter((f) => f.ernst === 'fout').length).toBeGreaterThan(0);
    // A region with an error is not published.
    expect(regios).toEqual([]);
    expect(lines).toEqual(readFileSync(verwacht, 'utf8').trimEnd().split('\n'));
  });

  test('every message is one line that names the file and a JSON path', () => {
    const [region] = regionFolders(caseDir);
    for (const line of readFileSync(verwacht, 'utf8').trimEnd().split('\n')) {
      const match = LINE.exec(line);
      expect(match, line).not.toBeNull();
      expect(match!.groups!.bestand.startsWith(`${region}/`), line).toBe(true);
      expect(match!.groups!.melding.length, line).toBeGreaterThan(15);
    }
  });

  test('the case is the base region with one change', () => {
    const regions = regionFolders(caseDir);
    expect(regions).toHaveLength(1);
    const changed = changedFiles(join(caseDir, regions[0]!));
    // The folder-name case changes no file: the folder name is its one change.
    expect(changed).toHaveLength(regions[0] === 'kleine-regio' ? 1 : 0);
  });
});

describe('generated at runtime (too big to commit)', () => {
  const root = mkdtempSync(join(tmpdir(), 'routekaart-corpus-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function regionWith(caseName: string, file: string, content: string | Buffer): string {
    const dataDir = join(root, caseName);
    cpSync(BASE, join(dataDir, 'kleine-regio'), { recursive: true });
    writeFileSync(join(dataDir, 'kleine-regio', file), content);
    return dataDir;
  }

  test('a 10 MB voorzieningen.json is refused before it is parsed', () => {
    const base = JSON.parse(readFileSync(join(BASE, 'voorzieningen.json'), 'utf8'));
    base.voorzieningen[0].omschrijving = 'x'.repeat(10 * 1024 * 1024);
    const dataDir = regionWith('te-groot', 'voorzieningen.json', JSON.stringify(base));
    expect(formatFouten(laadRegios(dataDir, TODAY).fouten)).toMatchInlineSnapshot(`
      [
        "kleine-regio/voorzieningen.json › (hele bestand): het bestand is te groot (10,0 MB; hoogstens 8 MB). Splits de regio of verwijder wat er niet in hoort",
      ]
    `);
  });

  test('a value nested 100 000 levels deep is reported, not a stack overflow', () => {
    const regio = readFileSync(join(BASE, 'regio.json'), 'utf8');
    const deep = regio.replace(/"intro": "[^"]*"/, `"intro": ${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const dataDir = regionWith('diep', 'regio.json', deep);
    expect(formatFouten(laadRegios(dataDir, TODAY).fouten)).toMatchInlineSnapshot(`
      [
        "kleine-regio/regio.json › intro: verkeerd type: verwacht tekst, kreeg een lijst […]",
      ]
    `);
  });

  test('a whole file nested 100 000 levels deep is reported, not a stack overflow', () => {
    const dataDir = regionWith('diep-bestand', 'doelgroepen.json', `${'[{"a":'.repeat(50_000)}1${'}]'.repeat(50_000)}`);
    expect(formatFouten(laadRegios(dataDir, TODAY).fouten)).toMatchInlineSnapshot(`
      [
        "kleine-regio/doelgroepen.json › (hele bestand): verkeerd type: verwacht een object { … }, kreeg een lijst […]",
      ]
    `);
  });

  test('an unclosed file nested 100 000 levels deep gets a line and column', () => {
    const dataDir = regionWith('diep-open', 'doelgroepen.json', '['.repeat(100_000));
    expect(formatFouten(laadRegios(dataDir, TODAY).fouten)).toMatchInlineSnapshot(`
      [
        "kleine-regio/doelgroepen.json › (hele bestand): geen geldige JSON op regel 1, kolom 100001: het bestand houdt midden in de gegevens op; ontbreekt er een } of ] aan het eind?",
      ]
    `);
  });
});
