/**
 * npm run bench [-- --gevallen=100,1000,10000,300x100] [-- --snel] [-- --bewaar]
 *
 * Generates synthetic regions, builds each into bench/out/site/<geval>, measures build time, bytes per page type and,
 * in Chromium, the map page with and without JavaScript; renders the same 1,000 voorzieningen in vis-timeline and
 * measures it the same way. Writes bench/results.json (cases not run this time are kept) and docs/performance.md.
 * The built sites are removed afterwards unless --bewaar is given.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { startServer } from '../src/cli/static-server.ts';
import { laadRegios } from '../src/io/data.ts';
import { bouwSnelste, type BouwResultaat } from './bouw.ts';
import { bytesPerType, gzip, type PaginaBytes } from './bytes.ts';
import { filterLatentie, laad, laadHerhaald, launch, openInteractief, routeLatentie, zoekLatentie, type Latentie, type Laadmeting } from './meten.ts';
import { schrijfRapport, type Resultaten } from './rapport.ts';
import { genereerRegio, schrijfRegio } from './synthetisch.ts';
import { schrijfVisPagina } from './vis.ts';

interface Geval {
  naam: string;
  regios: number;
  perRegio: number;
  /** Builds; the fastest counts (noise on a shared machine only adds time). */
  bouwRuns: number;
  /** Cold loads per measurement (medians are reported). */
  laadRuns: number;
  /** Keystrokes per latency measurement. */
  toetsRuns: number;
  maxBouwMs: number;
  maxLaadMs: number;
}

const GEVALLEN: Geval[] = [
  { naam: '100', regios: 1, perRegio: 100, bouwRuns: 3, laadRuns: 5, toetsRuns: 20, maxBouwMs: 5 * 60_000, maxLaadMs: 30_000 },
  { naam: '1000', regios: 1, perRegio: 1000, bouwRuns: 3, laadRuns: 5, toetsRuns: 20, maxBouwMs: 10 * 60_000, maxLaadMs: 60_000 },
  { naam: '10000', regios: 1, perRegio: 10_000, bouwRuns: 2, laadRuns: 5, toetsRuns: 10, maxBouwMs: 30 * 60_000, maxLaadMs: 180_000 },
  { naam: '300x100', regios: 300, perRegio: 100, bouwRuns: 1, laadRuns: 3, toetsRuns: 10, maxBouwMs: 45 * 60_000, maxLaadMs: 60_000 },
];

const OUT = 'bench/out';
const RESULTS = 'bench/results.json';
const KAART = { zichtbaar: 'svg.kaart', interactief: 'island' } as const;
const VIS = { zichtbaar: '.vis-timeline .vis-item', interactief: 'data-klaar' } as const;

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}`))?.split('=')[1];
const gekozen = arg('gevallen')?.split(',') ?? (process.argv.includes('--snel') ? ['100', '1000'] : GEVALLEN.map((g) => g.naam));
const log = (...parts: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

/** A letter that about half of the names contain, so one keystroke visibly changes the count. */
function zoekteken(namen: readonly string[]): string {
  let best = 'a';
  let bestScore = Infinity;
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    const share = namen.filter((n) => n.toLowerCase().includes(letter)).length / namen.length;
    if (share > 0.1 && share < 0.9 && Math.abs(share - 0.5) < bestScore) {
      best = letter;
      bestScore = Math.abs(share - 0.5);
    }
  }
  return best;
}

function serve(dir: string): Promise<{ server: Server; url: string }> {
  return startServer(dir, 0).then((server) => {
    const address = server.address();
    return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
  });
}
const close = (server: Server) => new Promise<void>((done) => server.close(() => done()));

export interface GevalResultaat {
  naam: string;
  datum: string;
  regios: number;
  voorzieningen: number;
  bouw: BouwResultaat & { alleTotalenMs?: number[] };
  paginas: Record<string, PaginaBytes>;
  kaart: { url: string; zonderJs: Laadmeting; metJs: Laadmeting; zoeken: Latentie; filter: Latentie; route: Latentie; zoekteken: string };
  home?: { zonderJs: Laadmeting; metJs: Laadmeting };
  fout?: string;
}

async function meetGeval(geval: Geval, browser: Awaited<ReturnType<typeof launch>>): Promise<GevalResultaat> {
  const dataDir = join(OUT, 'data', geval.naam);
  const siteDir = join(OUT, 'site', geval.naam);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const ids: string[] = [];
  for (let r = 0; r < geval.regios; r++) {
    const id = geval.regios === 1 ? `bench-${geval.perRegio}` : `regio-${String(r + 1).padStart(3, '0')}`;
    schrijfRegio(dataDir, genereerRegio(id, geval.perRegio, geval.regios * 100_000 + geval.perRegio + r));
    ids.push(id);
  }
  const regioIds = new Set(ids);
  log(`${geval.naam}: gegevens geschreven (${geval.regios} × ${geval.perRegio}); bouwen…`);
  const bouwResultaat = await bouwSnelste(dataDir, siteDir, geval.regios * geval.perRegio, regioIds, geval.maxBouwMs, geval.bouwRuns);
  log(`${geval.naam}: gebouwd in ${bouwResultaat.alleTotalenMs.map((t) => (t / 1000).toFixed(1)).join(' / ')} s (${bouwResultaat.paginas} pagina's)${bouwResultaat.afgebroken ? ' — AFGEBROKEN' : ''}`);
  const paginas = bytesPerType(siteDir, regioIds);

  const { regios } = laadRegios(dataDir);
  const eerste = regios[0]!;
  const teken = zoekteken(eerste.voorzieningen.map((v) => v.naam));
  const { server, url } = await serve(siteDir);
  try {
    const kaartUrl = `${url}/${eerste.id}/`;
    log(`${geval.naam}: kaart laden zonder en met JavaScript (${geval.laadRuns}×)…`);
    const zonderJs = await laadHerhaald(browser, kaartUrl, KAART, false, geval.laadRuns, geval.maxLaadMs);
    const metJs = await laadHerhaald(browser, kaartUrl, KAART, true, geval.laadRuns, geval.maxLaadMs);
    log(`${geval.naam}: zoeken, filteren, route (${geval.toetsRuns}×)…`);
    const { page, close: sluit } = await openInteractief(browser, kaartUrl, KAART, geval.maxLaadMs);
    const zoeken = await zoekLatentie(page, teken, geval.toetsRuns);
    const filter = await filterLatentie(page, geval.toetsRuns);
    const route = await routeLatentie(page, geval.toetsRuns);
    await sluit();
    const result: GevalResultaat = {
      naam: geval.naam,
      datum: new Date().toISOString(),
      regios: geval.regios,
      voorzieningen: geval.regios * geval.perRegio,
      bouw: bouwResultaat,
      paginas,
      kaart: { url: `/${eerste.id}/`, zonderJs, metJs, zoeken, filter, route, zoekteken: teken },
    };
    if (geval.regios > 1) {
      result.home = {
        zonderJs: await laadHerhaald(browser, `${url}/`, { zichtbaar: 'main', interactief: 'island' }, false, geval.laadRuns, geval.maxLaadMs),
        metJs: await laadHerhaald(browser, `${url}/`, { zichtbaar: 'main', interactief: 'island' }, true, geval.laadRuns, geval.maxLaadMs),
      };
    }
    return result;
  } finally {
    await close(server);
    // 300 × 100 is over a gigabyte of HTML; keep the sites only when asked to look at them.
    if (!process.argv.includes('--bewaar')) rmSync(siteDir, { recursive: true, force: true });
  }
}

async function meetVis(geval: Geval, browser: Awaited<ReturnType<typeof launch>>): Promise<Resultaten['vis']> {
  const { regios } = laadRegios(join(OUT, 'data', geval.naam));
  const regio = regios[0]!;
  const dir = join(OUT, 'vis');
  const files = schrijfVisPagina(dir, regio);
  const size = (name: string) => gzip(readFileSync(join(dir, name)));
  const { server, url } = await serve(dir);
  try {
    log('vis-timeline: laden zonder en met JavaScript, zoeken…');
    const zonderJs = await laad(browser, `${url}/`, VIS, false, geval.maxLaadMs);
    const metJs = await laadHerhaald(browser, `${url}/`, VIS, true, geval.laadRuns, geval.maxLaadMs);
    const { page, close: sluit } = await openInteractief(browser, `${url}/`, VIS, geval.maxLaadMs);
    const zoeken = await zoekLatentie(page, zoekteken(regio.voorzieningen.map((v) => v.naam)), geval.toetsRuns);
    await sluit();
    return {
      voorzieningen: regio.voorzieningen.length,
      versie: JSON.parse(readFileSync('node_modules/vis-timeline/package.json', 'utf8')).version,
      jsGzip: size(files.bibliotheek) + size(files.lijm),
      dataGzip: size(files.data),
      htmlGzip: size('index.html'),
      zonderJs: { ...zonderJs, zichtbaarZonderJs: zonderJs.elementen > 0 },
      metJs,
      zoeken,
    };
  } finally {
    await close(server);
  }
}

async function main() {
  const vorige: Resultaten | undefined = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : undefined;
  const browser = await launch();
  const started = performance.now();
  const resultaten: Resultaten = {
    datum: new Date().toISOString(),
    machine: {
      os: `${type()} ${release()}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '?',
      geheugenGB: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      chromium: browser.version(),
      belastingBijStart: loadavg().map((l) => Math.round(l * 10) / 10),
    },
    gevallen: vorige?.gevallen ?? {},
    vis: vorige?.vis,
    duurS: 0,
  };
  try {
    for (const geval of GEVALLEN.filter((g) => gekozen.includes(g.naam))) {
      try {
        resultaten.gevallen[geval.naam] = await meetGeval(geval, browser);
      } catch (error) {
        log(`${geval.naam}: MISLUKT`, error);
        resultaten.gevallen[geval.naam] = { ...(resultaten.gevallen[geval.naam] ?? {}), naam: geval.naam, datum: new Date().toISOString(), fout: String(error).slice(0, 2000) } as GevalResultaat;
      }
      if (geval.naam === '1000') {
        try {
          resultaten.vis = await meetVis(geval, browser);
        } catch (error) {
          log('vis-timeline: MISLUKT', error);
          resultaten.vis = undefined;
        }
      }
      writeFileSync(RESULTS, JSON.stringify(resultaten, null, 2) + '\n');
    }
  } finally {
    await browser.close();
  }
  resultaten.machine.belastingBijEinde = loadavg().map((l) => Math.round(l * 10) / 10);
  resultaten.duurS = Math.round((performance.now() - started) / 1000);
  writeFileSync(RESULTS, JSON.stringify(resultaten, null, 2) + '\n');
  const tabel = schrijfRapport(resultaten, 'docs/performance.md');
  console.log(`\n${tabel}\n\nResultaten: ${RESULTS} en docs/performance.md (${resultaten.duurS} s).`);
}

await main();
