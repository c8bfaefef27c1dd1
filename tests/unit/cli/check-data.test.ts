/** check-data as the build runs it: a real process, its exit code and what it prints. */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { maakDatamap, regioMap, voorzieningJson as voorziening } from '../maak.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests', 'fixtures');

function checkData(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { ROUTEKAART_DATA: _, ...inherited } = process.env;
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/check-data.ts', ...args],
      { cwd: ROOT, env: { ...inherited, ...env }, encoding: 'utf8', timeout: 30_000 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

// check-data prints paths relative to the working directory (ROOT), so an editor can open them from there.
const shownDir = (name: string) => `tests/fixtures/kapot/${name}`;
const verwacht = (name: string) =>
  readFileSync(join(FIXTURES, 'kapot', name, 'verwacht.txt'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => `${shownDir(name)}/${line}`);

describe.concurrent('check-data', { timeout: 30_000 }, () => {
  test('a broken region: exit code 1, the message, and that nothing was published', async () => {
    const dir = join(FIXTURES, 'kapot', 'route-onbekende-voorziening');
    const { code, stdout, stderr } = await checkData([dir]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.split('\n');
    for (const line of verwacht('route-onbekende-voorziening')) expect(lines).toContain(line);
    expect(stderr).toContain(
      `1 fout gevonden in ${shownDir('route-onbekende-voorziening')}. Er is niets gepubliceerd; herstel de fouten en probeer het opnieuw.`,
    );
  });

  test('counts several errors in the closing line', async () => {
    const dir = join(FIXTURES, 'kapot', 'onbekend-veld-regio');
    const { code, stderr } = await checkData([dir]);
    expect(code).toBe(1);
    for (const line of verwacht('onbekend-veld-regio')) expect(stderr).toContain(line);
    expect(stderr).toContain(`2 fouten gevonden in ${shownDir('onbekend-veld-regio')}.`);
  });

  test('reads the data folder from ROUTEKAART_DATA, like the site build', async () => {
    const { code, stderr } = await checkData([], { ROUTEKAART_DATA: join(FIXTURES, 'kapot', 'json-komma-te-veel-in-lijst') });
    expect(code).toBe(1);
    expect(stderr).toContain(verwacht('json-komma-te-veel-in-lijst')[0]);
  });

  test('a folder given as argument wins over ROUTEKAART_DATA', async () => {
    const { code } = await checkData([join(FIXTURES, 'geldig')], { ROUTEKAART_DATA: join(FIXTURES, 'kapot', 'naam-leeg') });
    expect(code).toBe(0);
  });

  test('the valid fixtures: exit code 0 and a summary', async () => {
    const { code, stdout, stderr } = await checkData([join(FIXTURES, 'geldig')]);
    expect(code).toBe(0);
    // Dated warnings may appear once the fixture is a year old; they never fail the check.
    expect(stderr.split('\n').filter((line) => line && !line.includes(': waarschuwing: '))).toEqual([]);
    expect(stdout).toMatch(/^Gegevens in orde: 2 regio's, 14 voorzieningen(, \d+ waarschuwing\(en\))?\.\n$/);
  });

  test('a data folder that does not exist fails', async () => {
    const { code, stderr } = await checkData([join(FIXTURES, 'bestaat-niet')]);
    expect(code).toBe(1);
    expect(stderr).toContain('de datamap bestaat niet');
  });

  describe('a logo that could run or publish something else', () => {
    const temp = mkdtempSync(join(tmpdir(), 'routekaart-logo-'));
    afterAll(() => rmSync(temp, { recursive: true, force: true }));
    /** data/kleinstad (which has an SVG logo) and the landelijke basis in a data folder of their own, the logo changed. */
    function metLogo(naam: string, zet?: (logo: string) => void): string {
      const dir = join(temp, naam);
      for (const map of ['kleinstad', '_basis']) cpSync(join(ROOT, 'data', map), join(dir, map), { recursive: true });
      const logo = join(dir, 'kleinstad', 'logo.svg');
      if (zet) {
        rmSync(logo);
        zet(logo);
      }
      return dir;
    }

    test('the copy with its own logo passes, so the failures below are the logo\'s', async () => {
      const { code, stderr } = await checkData([metLogo('zelf')]);
      expect(stderr.split('\n').filter((line) => line && !line.includes(': waarschuwing: '))).toEqual([]);
      expect(code).toBe(0);
    });

    test('an SVG logo with a script or an event attribute: exit code 1, naming what is in it', async () => {
      const dir = metLogo('script', (logo) =>
        writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>localStorage.clear()</script><rect width="1" height="1"/></svg>'),
      );
      const { code, stderr } = await checkData([dir]);
      expect(code).toBe(1);
      expect(stderr).toContain(
        `kleinstad/huisstijl.json › logo.bestand: het logo "logo.svg" kan op deze site iets uitvoeren of laden: een event-attribuut (onload); een <script>-element. Sla het logo opnieuw op zonder scripts, event-attributen en verwijzingen naar andere bestanden, of gebruik een PNG`,
      );
    });

    test('a logo that is a symbolic link: exit code 1, whatever it points at', async () => {
      const geheim = join(temp, 'geheim.svg');
      writeFileSync(geheim, readFileSync(join(ROOT, 'data', 'kleinstad', 'logo.svg')));
      const dir = metLogo('koppeling', (logo) => symlinkSync(geheim, logo));
      const { code, stderr } = await checkData([dir]);
      expect(code).toBe(1);
      expect(stderr).toContain(
        'kleinstad/huisstijl.json › logo.bestand: het logo "logo.svg" is een symbolische koppeling; de site zou publiceren waar die naar wijst. Zet het bestand zelf in de map kleinstad/',
      );
    });
  });
});

describe('check-data as an author meets it: the refused theme and the stale entry, in the terminal', { timeout: 30_000 }, () => {
  function checkDataSync(dir: string) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts', dir], { encoding: 'utf8' });
    return { status: result.status, stderr: result.stderr, stdout: result.stdout };
  }

  test('a theme whose link colour fails WCAG AA is refused, naming the file, the pair and the ratio', () => {
    const { status, stderr } = checkDataSync('tests/fixtures/publiceren/kapotte-huisstijl');
    expect(status).toBe(1);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'tests/fixtures/publiceren/kapotte-huisstijl/grijsstad/huisstijl.json › kleuren.link: te weinig contrast tussen link (#7aa7d6) en achtergrond (#ffffff, standaard): 2,52:1; nodig is minstens 4,5:1 voor tekst (links) (WCAG AA). Maak één van de twee kleuren donkerder of lichter',
      'tests/fixtures/publiceren/kapotte-huisstijl/grijsstad/huisstijl.json › kleuren.link: te weinig contrast tussen link (#7aa7d6) en vlak (#f3f4f6, standaard): 2,29:1; nodig is minstens 4,5:1 voor tekst (links in vakken) (WCAG AA). Maak één van de twee kleuren donkerder of lichter',
      '2 fouten gevonden in tests/fixtures/publiceren/kapotte-huisstijl. Er is niets gepubliceerd; herstel de fouten en probeer het opnieuw.',
    ]);
  });

  test('a stale entry is a warning: check-data passes and names it', () => {
    const dir = maakDatamap(regioMap('proef', [voorziening('oud', { bijgewerkt: '2020-01-31' }), voorziening('vers', { bijgewerkt: new Date().toISOString().slice(0, 10) })]));
    const { status, stderr, stdout } = checkDataSync(dir);
    expect(status).toBe(0);
    expect(stderr.trim()).toBe(
      `${dir}/proef/voorzieningen.json › voorzieningen[0].bijgewerkt: waarschuwing: "Voorziening oud" is langer dan 12 maanden niet nagekeken (2020-01-31); kijk de gegevens na en zet de datum van vandaag`,
    );
    expect(stdout).toContain('1 waarschuwing(en)');
  });
});
