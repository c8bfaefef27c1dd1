/**
 * npm run bench [-- --gevallen=100,1000,10000,300x100] [-- --snel] [-- --bewaar]
 *
 * Generates synthetic regions, builds each into bench/out/site/<geval>, measures build time, bytes per page type and,
 * in Chromium, the map page with and without JavaScript; renders the same 1,000 voorzieningen in vis-timeline and
 * measures it the same way. Writes bench/results.json (cases not run this time are kept) and docs/performance.md.
 * The built sites are removed afterwards unless --bewaar is given.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { startServer } from '../src/cli/static-server.ts';
import { laadRegios } from '../src/io/data.ts';
import { bouwSnelste, type BouwResultaat } from './bouw.ts';
import { bytesPerType, gzip, type PaginaBytes } from './bytes.ts';
import type { Browser } from 'playwright-core';
import {
  filterLatentie, laad, laadAfwisselend, launch, NVT, ONZE_KAART, ONZE_ZOOM, openInteractief, routeLatentie, VIS, VIS_ZOOM, zoekLatentie, zoomLatentie,
  type Doel, type Herhaald, type Latentie, type Laadmeting, type ZoomDoel,
} from './meten.ts';
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
  /** How long vis-timeline may take to load before it counts as not usable (it stacks every item on start). */
  maxVisMs: number;
}

const GEVALLEN: Geval[] = [
  { naam: '100', regios: 1, perRegio: 100, bouwRuns: 3, laadRuns: 11, toetsRuns: 20, maxBouwMs: 5 * 60_000, maxLaadMs: 30_000, maxVisMs: 30_000 },
  { naam: '1000', regios: 1, perRegio: 1000, bouwRuns: 3, laadRuns: 11, toetsRuns: 20, maxBouwMs: 10 * 60_000, maxLaadMs: 60_000, maxVisMs: 60_000 },
  { naam: '10000', regios: 1, perRegio: 10_000, bouwRuns: 2, laadRuns: 5, toetsRuns: 10, maxBouwMs: 30 * 60_000, maxLaadMs: 180_000, maxVisMs: 60_000 },
  { naam: '300x100', regios: 300, perRegio: 100, bouwRuns: 1, laadRuns: 3, toetsRuns: 10, maxBouwMs: 45 * 60_000, maxLaadMs: 60_000, maxVisMs: 60_000 },
];

const OUT = 'bench/out';
const RESULTS = 'bench/results.json';
/** Bumped when the shape of a case changes: results of an older shape are not carried over into a new run. */
export const VERSIE = 2;

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const gekozen = arg('gevallen')?.split(',') ?? (process.argv.includes('--snel') ? ['100', '1000'] : GEVALLEN.map((g) => g.naam));
const log = (...parts: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const belasting = () => loadavg().map((l) => Math.round(l * 10) / 10);

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

/** One timeline page measured: loads without and with JavaScript, then search, filter and zoom. */
export interface Kant {
  url: string;
  /** The page's HTML and, for vis, its data file: what arrives before anything is drawn. */
  htmlBytes: number;
  htmlGzip: number;
  jsGzip: number;
  zonderJs: Laadmeting;
  metJs: Herhaald;
  zoeken: Latentie & { wissenMediaanMs: number | null };
  filter: Latentie;
  zoom: Latentie;
  heel: Latentie;
}

export interface GevalResultaat {
  naam: string;
  datum: string;
  regios: number;
  voorzieningen: number;
  /** Load average (1/5/15 min) when the browser measurements of this case began and ended. */
  belasting: { start: number[]; einde: number[] };
  bouw: BouwResultaat & { alleTotalenMs?: number[] };
  paginas: Record<string, PaginaBytes>;
  kaart: Kant & { route: Latentie; zoekteken: string };
  /** The same region in vis-timeline (cases of one region only). */
  vis?: Kant & { versie: string };
  /** vis-timeline could not be measured: it did not load within maxVisMs (its own limit, not a broken bench). */
  visFout?: string;
  /** A page with one bar and one module that stamps at once, loaded in turn with the two above: the floor. */
  vloer?: Herhaald;
  /** The start page of many regions, without JavaScript (it has no explorer to wait for). */
  home?: { zonderJs: Laadmeting };
  fout?: string;
}

async function meetInteractie(browser: Browser, url: string, doel: Doel, zoomDoel: ZoomDoel, teken: string, geval: Geval) {
  const { page, close: sluit } = await openInteractief(browser, url, doel, geval.maxLaadMs);
  try {
    const zoeken = await zoekLatentie(page, teken, geval.toetsRuns);
    const filter = await filterLatentie(page, geval.toetsRuns);
    const zoom = await zoomLatentie(page, zoomDoel, geval.toetsRuns);
    const route = doel === ONZE_KAART ? await routeLatentie(page, geval.toetsRuns) : NVT('n.v.t.');
    return { zoeken, filter, zoom: zoom.in, heel: zoom.heel, route };
  } finally {
    await sluit();
  }
}

async function meetGeval(geval: Geval, browser: Browser): Promise<GevalResultaat> {
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
  if (bouwResultaat.afgebroken) throw new Error(`bench: de bouw van ${geval.naam} duurde langer dan ${geval.maxBouwMs / 1000} s`);
  const paginas = bytesPerType(siteDir, regioIds);
  const kaartBytes = paginas['[regio]'];
  if (!kaartBytes) throw new Error(`bench: geen kaartpagina ([regio]) in ${siteDir}`);

  const { regios } = laadRegios(dataDir);
  const eerste = regios[0]!;
  const teken = zoekteken(eerste.voorzieningen.map((v) => v.naam));
  const start = belasting();
  const { server, url } = await serve(siteDir);
  const visDir = join(OUT, 'vis', geval.naam);
  const vis = geval.regios === 1 ? schrijfVisPagina(visDir, eerste) : undefined;
  const visServer = vis ? await serve(visDir) : undefined;
  try {
    const kaartUrl = `${url}/${eerste.id}/`;
    const visUrl = visServer ? `${visServer.url}/` : '';
    // One probe load first: vis-timeline stacks every item before its load event, which at 10,000 can take minutes.
    let visFout: string | undefined;
    if (vis) {
      await laad(browser, visUrl, VIS, true, geval.maxVisMs).catch((error) => {
        visFout = `niet geladen binnen ${geval.maxVisMs / 1000} s (${String(error).split('\n')[0]!.slice(0, 120)})`;
        log(`${geval.naam}: vis-timeline ${visFout}`);
      });
    }
    const metVis = !!vis && !visFout;
    // The floor beside them: a page with one heading, one bar and one module that stamps at once (bench/vloer).
    if (vis) cpSync('bench/vloer', join(visDir, 'vloer'), { recursive: true });
    const vloerUrl = vis ? `${visServer!.url}/vloer/` : '';
    const paginasOmTeLaden = [{ url: kaartUrl, doel: ONZE_KAART }, ...(metVis ? [{ url: visUrl, doel: VIS }] : []), ...(vis ? [{ url: vloerUrl, doel: ONZE_KAART }] : [])];
    log(`${geval.naam}: laden zonder JavaScript, dan met (${geval.laadRuns}×, ${metVis ? 'afwisselend met vis-timeline' : 'alleen de kaart'})…`);
    const zonderJs = await laad(browser, kaartUrl, ONZE_KAART, false, geval.maxLaadMs);
    // Without JavaScript vis draws nothing: no bars is the expected answer there, not a broken bench.
    const visZonderJs = metVis ? await laad(browser, visUrl, VIS, false, geval.maxLaadMs).catch(() => null) : null;
    const geladen = await laadAfwisselend(browser, paginasOmTeLaden, true, geval.laadRuns, geval.maxLaadMs);
    const [metJs, visMetJs] = metVis ? geladen : [geladen[0], undefined];
    const vloer = vis ? geladen.at(-1) : undefined;
    log(`${geval.naam}: bruikbaar na ${metJs!.bruikbaarMs} ms${visMetJs ? ` (vis-timeline ${visMetJs.bruikbaarMs} ms)` : ''}; zoeken, filteren, zoomen (${geval.toetsRuns}×)…`);
    const ons = await meetInteractie(browser, kaartUrl, ONZE_KAART, ONZE_ZOOM, teken, geval);
    log(`${geval.naam}: filter ${ons.filter.mediaanMs} ms, zoom ${ons.zoom.mediaanMs} ms, zoeken ${ons.zoeken.mediaanMs} ms`);
    const result: GevalResultaat = {
      naam: geval.naam,
      datum: new Date().toISOString(),
      regios: geval.regios,
      voorzieningen: geval.regios * geval.perRegio,
      belasting: { start, einde: start },
      bouw: bouwResultaat,
      paginas,
      kaart: {
        url: `/${eerste.id}/`,
        htmlBytes: kaartBytes.htmlBytesMediaan,
        htmlGzip: kaartBytes.htmlGzipMediaan,
        jsGzip: kaartBytes.jsGzip,
        zonderJs,
        metJs: metJs!,
        ...ons,
        zoekteken: teken,
      },
    };
    if (visFout) result.visFout = visFout;
    if (vloer) result.vloer = vloer;
    if (vis && visServer && metVis) {
      const { route: _, ...theirs } = await meetInteractie(browser, visUrl, VIS, VIS_ZOOM, teken, geval);
      log(`${geval.naam}: vis-timeline filter ${theirs.filter.mediaanMs} ms, zoom ${theirs.zoom.mediaanMs} ms`);
      const bestand = (name: string) => readFileSync(join(visDir, name));
      const html = Buffer.concat([bestand('index.html'), bestand(vis.data)]);
      result.vis = {
        url: '/',
        versie: JSON.parse(readFileSync('node_modules/vis-timeline/package.json', 'utf8')).version,
        htmlBytes: html.length,
        htmlGzip: gzip(bestand('index.html')) + gzip(bestand(vis.data)),
        jsGzip: gzip(bestand(vis.bibliotheek)) + gzip(bestand(vis.lijm)),
        zonderJs: visZonderJs ?? { ...LEEG, zichtbaarZonderJs: false },
        metJs: visMetJs!,
        ...theirs,
      };
    }
    if (geval.regios > 1) {
      result.home = { zonderJs: await laad(browser, `${url}/`, { naam: 'startpagina', balken: 'main a', klaar: 'body', klaarBron: '' }, false, geval.maxLaadMs) };
    }
    result.belasting.einde = belasting();
    return result;
  } finally {
    await close(server);
    if (visServer) await close(visServer.server);
    // 300 × 100 is over a gigabyte of HTML; keep the sites only when asked to look at them.
    if (!process.argv.includes('--bewaar')) rmSync(siteDir, { recursive: true, force: true });
  }
}

const LEEG: Laadmeting = { fcpMs: null, lcpMs: null, dclMs: null, zichtbaarMs: null, klaarStempelMs: null, bruikbaarMs: null, heapMB: null, elementen: 0, balken: 0, balkenMetNaam: 0 };

async function main() {
  const vorige: Resultaten | undefined = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : undefined;
  const browser = await launch();
  const started = performance.now();
  const resultaten: Resultaten = {
    versie: VERSIE,
    datum: new Date().toISOString(),
    machine: {
      os: `${type()} ${release()}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '?',
      geheugenGB: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      chromium: browser.version(),
      belastingBijStart: belasting(),
    },
    // Cases not run this time are kept, when they have the shape this bench writes.
    gevallen: vorige?.versie === VERSIE ? vorige.gevallen : {},
    duurS: 0,
  };
  const mislukt: string[] = [];
  try {
    for (const geval of GEVALLEN.filter((g) => gekozen.includes(g.naam))) {
      try {
        resultaten.gevallen[geval.naam] = await meetGeval(geval, browser);
      } catch (error) {
        log(`${geval.naam}: MISLUKT`, error);
        mislukt.push(geval.naam);
        resultaten.gevallen[geval.naam] = { naam: geval.naam, datum: new Date().toISOString(), fout: String(error).slice(0, 2000) } as GevalResultaat;
      }
      writeFileSync(RESULTS, JSON.stringify(resultaten, null, 2) + '\n');
    }
  } finally {
    await browser.close();
  }
  resultaten.machine.belastingBijEinde = belasting();
  resultaten.duurS = Math.round((performance.now() - started) / 1000);
  writeFileSync(RESULTS, JSON.stringify(resultaten, null, 2) + '\n');
  const tabel = schrijfRapport(resultaten, 'docs/performance.md');
  console.log(`\n${tabel}\n\nResultaten: ${RESULTS} en docs/performance.md (${resultaten.duurS} s).`);
  // A case that could not be measured is a failed bench, not a quiet gap in the table.
  if (mislukt.length) {
    console.error(`MISLUKT: ${mislukt.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
