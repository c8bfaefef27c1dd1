/** check-data as the build runs it: a real process, its exit code and what it prints. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

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
});
