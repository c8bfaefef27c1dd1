/**
 * "Nothing half-published": `npm run build` checks the data first, so with broken data Astro never starts and the
 * previous site in the output folder stays exactly as it was. Proved with a sentinel build in a temporary outDir
 * (npm passes `-- --outDir` on to `astro build`), for the XSS link case and a few cases of the broken-data corpus.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const CASES = [
  'tests/fixtures/xss-links',
  'tests/fixtures/kapot/json-geen-utf8',
  'tests/fixtures/kapot/regio-zonder-regio-json',
  'tests/fixtures/kapot/los-bestand-in-regiomap',
].filter((dir) => existsSync(dir));

const temp = mkdtempSync(join(tmpdir(), 'routekaart-bouw-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file under dir with its bytes and modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else out[relative(dir, path)] = `${info.mtimeMs} ${readFileSync(path, 'utf8')}`;
    }
  };
  walk(dir);
  return out;
}

function run(dataDir: string, outDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', 'build', '--', '--outDir', outDir], {
      env: { ...process.env, ROUTEKAART_DATA: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}

describe('npm run build met kapotte gegevens', () => {
  test('er zijn gevallen om te proberen', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(1);
  });

  test.concurrent.each(CASES)('%s: exit 1, Astro start niet en de vorige site blijft staan', { timeout: 60_000 }, async (dataDir) => {
    const outDir = join(temp, dataDir.replace(/\W+/g, '-'));
    mkdirSync(join(outDir, 'regio'), { recursive: true });
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>vorige build</title><p>De site van gisteren.</p>');
    writeFileSync(join(outDir, 'regio', 'index.html'), '<!doctype html><title>kaart</title>');
    writeFileSync(join(outDir, 'schildwacht.txt'), 'niet aankomen');
    const before = snapshot(outDir);

    const { code, output } = await run(dataDir, outDir);

    expect(code, output).toBe(1);
    expect(output).toContain('Er is niets gepubliceerd');
    expect(output).toMatch(/\.json › |› \(hele (bestand|map)\)|ontbreekt|onbekend bestand/);
    expect(output, 'astro build is gestart').not.toMatch(/\[(build|vite|content|types)\]/);
    expect(snapshot(outDir)).toEqual(before);
  });
});
