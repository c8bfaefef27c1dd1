/**
 * Build a data root the way `npm run build` does (check-data, then astro build), into its own outDir, and time
 * both steps. Astro prints every page it writes with its render time; those lines give the time per page type.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { paginaType } from './bytes.ts';

export interface StapTijd {
  ms: number;
  code: number | null;
  uitvoer: string;
  afgebroken: boolean;
}

export function draai(command: string, args: string[], env: NodeJS.ProcessEnv, maxMs: number): Promise<StapTijd> {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let uitvoer = '';
    child.stdout.on('data', (chunk) => (uitvoer += chunk));
    child.stderr.on('data', (chunk) => (uitvoer += chunk));
    let afgebroken = false;
    const timer = setTimeout(() => {
      afgebroken = true;
      child.kill('SIGTERM');
    }, maxMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ ms: performance.now() - start, code, uitvoer, afgebroken });
    });
  });
}

export interface PaginaTijden {
  aantal: number;
  mediaanMs: number;
  maxMs: number;
  somMs: number;
}

export interface BouwResultaat {
  checkDataMs: number;
  astroMs: number;
  totaalMs: number;
  paginas: number;
  /** Wall time of the whole build divided by the number of pages. */
  msPerPagina: number;
  msPerVoorziening: number;
  /** Render time Astro reports per page, grouped by page type. */
  perType: Record<string, PaginaTijden>;
  afgebroken: boolean;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : 0;
};

/** "  ├─ /regio/voorziening/x/index.html (+4ms)" → per page type render times. */
export function paginaTijden(uitvoer: string, regioIds: ReadonlySet<string>): Record<string, PaginaTijden> {
  const clean = uitvoer.replace(/\x1b\[[0-9;]*m/g, '');
  const groups = new Map<string, number[]>();
  for (const match of clean.matchAll(/[├└]─ (\/\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const type = paginaType(match[1]!.replace(/^\//, ''), regioIds);
    groups.set(type, [...(groups.get(type) ?? []), ms]);
  }
  return Object.fromEntries(
    [...groups].map(([type, times]) => [type, { aantal: times.length, mediaanMs: median(times), maxMs: Math.max(...times), somMs: Math.round(times.reduce((a, b) => a + b, 0)) }]),
  );
}

/**
 * The fastest of `runs` builds: on a shared machine the noise only ever adds time, so the minimum is the best
 * estimate of what the build costs; every total is kept for the record.
 */
export async function bouwSnelste(dataDir: string, outDir: string, voorzieningen: number, regioIds: ReadonlySet<string>, maxMs: number, runs: number): Promise<BouwResultaat & { alleTotalenMs: number[] }> {
  const all: BouwResultaat[] = [];
  for (let i = 0; i < runs; i++) all.push(await bouw(dataDir, outDir, voorzieningen, regioIds, maxMs));
  const best = all.reduce((a, b) => (b.totaalMs < a.totaalMs ? b : a));
  return { ...best, alleTotalenMs: all.map((b) => b.totaalMs) };
}

export async function bouw(dataDir: string, outDir: string, voorzieningen: number, regioIds: ReadonlySet<string>, maxMs: number): Promise<BouwResultaat> {
  rmSync(outDir, { recursive: true, force: true });
  const env = { ROUTEKAART_DATA: resolve(dataDir), ASTRO_TELEMETRY_DISABLED: '1' };
  const check = await draai('node_modules/.bin/tsx', ['src/cli/check-data.ts'], env, maxMs);
  if (check.code !== 0) throw new Error(`check-data faalde voor ${dataDir}:\n${check.uitvoer.slice(0, 2000)}`);
  const astro = await draai('node_modules/.bin/astro', ['build', '--outDir', resolve(outDir)], env, maxMs - check.ms);
  if (astro.code !== 0 && !astro.afgebroken) throw new Error(`astro build faalde voor ${dataDir}:\n${astro.uitvoer.slice(-3000)}`);
  const paginas = Number(/(\d+) page\(s\) built/.exec(astro.uitvoer.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? 0);
  const totaalMs = check.ms + astro.ms;
  return {
    checkDataMs: Math.round(check.ms),
    astroMs: Math.round(astro.ms),
    totaalMs: Math.round(totaalMs),
    paginas,
    msPerPagina: paginas ? Math.round((totaalMs / paginas) * 100) / 100 : 0,
    msPerVoorziening: Math.round((totaalMs / voorzieningen) * 100) / 100,
    perType: paginaTijden(astro.uitvoer, regioIds),
    afgebroken: astro.afgebroken,
  };
}
