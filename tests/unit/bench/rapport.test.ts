/**
 * The bench's verdicts and report: each budget of issue 12 (points 6 and 7) is judged from the numbers in
 * results.json, "gehaald" exactly at the limit, "niet gehaald" just past it, "n.v.t." when the case was not measured;
 * the report shows our map beside vis-timeline per case and the machine load.
 */
import { describe, expect, test } from 'vitest';
import { BUDGET, budgetten, factor, naastRij, oordeel, rapport, type Resultaten } from '../../../bench/rapport.ts';
import type { GevalResultaat, Kant } from '../../../bench/run.ts';
import type { Herhaald, Laadmeting, Latentie } from '../../../bench/meten.ts';

const latentie = (mediaanMs: number): Latentie => ({ mediaanMs, p95Ms: mediaanMs * 1.5, minMs: mediaanMs / 2, maxMs: mediaanMs * 2, n: 20, timeouts: 0, toelichting: 'test' });
const laadmeting = (bruikbaarMs: number, elementen: number, balken: number): Herhaald => ({
  fcpMs: 100,
  lcpMs: 120,
  dclMs: 90,
  zichtbaarMs: bruikbaarMs,
  klaarStempelMs: bruikbaarMs,
  bruikbaarMs,
  heapMB: 3,
  elementen,
  balken,
  balkenMetNaam: balken,
  runs: 5,
  alleBruikbaarMs: [bruikbaarMs],
});

interface Maat {
  html?: number;
  elementen?: number;
  bruikbaar?: number;
  visBruikbaar?: number;
  filter?: number;
  visFilter?: number;
  zoom?: number;
  zoeken?: number;
}

function kant(n: number, m: Maat, vis = false): Kant {
  const zonderJs: Laadmeting = { ...laadmeting(0, vis ? 0 : (m.elementen ?? 5 * n), vis ? 0 : n), bruikbaarMs: null, zichtbaarZonderJs: !vis };
  return {
    url: '/',
    htmlBytes: vis ? 400 * n : (m.html ?? 400 * n),
    htmlGzip: 40 * n,
    jsGzip: vis ? 200_000 : 24_000,
    zonderJs,
    metJs: laadmeting((vis ? m.visBruikbaar : m.bruikbaar) ?? (vis ? 2000 : 150), m.elementen ?? 5 * n, n),
    zoeken: { ...latentie(m.zoeken ?? 10), wissenMediaanMs: 9 },
    filter: latentie((vis ? m.visFilter : m.filter) ?? (vis ? 80 : 12)),
    zoom: latentie(m.zoom ?? 20),
    heel: latentie(20),
  };
}

function geval(naam: string, n: number, m: Maat = {}): GevalResultaat {
  return {
    naam,
    datum: '2026-12-02T12:00:00Z',
    regios: 1,
    voorzieningen: n,
    belasting: { start: [1.5, 1.2, 1], einde: [2.5, 1.8, 1.2] },
    bouw: { checkDataMs: 1000, astroMs: 10_000 + n * 4, totaalMs: 11_000 + n * 4, paginas: n + 80, msPerPagina: 10, msPerVoorziening: 4, perType: {}, afgebroken: false },
    paginas: {},
    kaart: { ...kant(n, m), route: latentie(20), zoekteken: 'e' },
    vis: { ...kant(n, m, true), versie: '8.5.4' },
  };
}

function resultaten(...gevallen: GevalResultaat[]): Resultaten {
  return {
    versie: 2,
    datum: '2026-12-02T12:00:00Z',
    machine: { os: 'Linux', cpus: 2, cpuModel: 'AMD EPYC', geheugenGB: 24, node: 'v20', chromium: '150', belastingBijStart: [1.9, 1.5, 1.2], belastingBijEinde: [2.4, 2, 1.6] },
    gevallen: Object.fromEntries(gevallen.map((g) => [g.naam, g])),
    duurS: 600,
  };
}

const uitslag = (r: Resultaten, begin: string) => budgetten(r).find((b) => b.naam.startsWith(begin));

describe('oordeel', () => {
  test('hoogstens: op de grens gehaald, erboven niet; minstens: omgekeerd; zonder waarde n.v.t.', () => {
    expect(oordeel(16, 16)).toBe('gehaald');
    expect(oordeel(16.1, 16)).toBe('niet gehaald');
    expect(oordeel(10, 10, 'minstens')).toBe('gehaald');
    expect(oordeel(9.9, 10, 'minstens')).toBe('niet gehaald');
    expect(oordeel(null, 16)).toBe('n.v.t.');
    expect(oordeel(undefined, 16)).toBe('n.v.t.');
    expect(oordeel(Number.NaN, 1.5)).toBe('n.v.t.');
  });

  test('factor is hun tijd gedeeld door de onze; zonder een van beide geen factor', () => {
    expect(factor(100, 1500)).toBe(15);
    expect(factor(null, 1500)).toBeNull();
    expect(factor(0, 1500)).toBeNull();
    expect(factor(100, undefined)).toBeNull();
  });
});

describe('budgetten van issue 12', () => {
  test('de grenzen staan zoals het issue ze noemt', () => {
    expect(BUDGET).toMatchObject({ htmlBytes1000: 540_000, elementen1000: 6_000, bruikbaarFactor1000: 10, filterMs1000: 16, filterMs10000: 50, zoomMs1000: 50 });
  });

  test('alles binnen de grenzen: elk budget gehaald', () => {
    const r = resultaten(geval('100', 100), geval('1000', 1000), geval('10000', 10_000, { filter: 40 }));
    for (const begin of ['Kaart compleet', 'HTML kaartpagina', 'Elementen', 'Bruikbaar', 'Filterklik ≤ 16', 'Filterklik ≤ 50', 'Zoomstap', 'Zoek-toetsaanslag', 'Bouwtijd']) {
      expect(uitslag(r, begin), begin).toMatchObject({ status: 'gehaald' });
    }
  });

  test('precies op de grens gehaald, net erover niet; de meting noemt het getal en vis-timeline', () => {
    const op = resultaten(geval('1000', 1000, { html: 540_000, elementen: 6000, bruikbaar: 150, visBruikbaar: 1500, filter: 16, zoom: 50 }), geval('10000', 10_000, { filter: 50 }));
    for (const begin of ['HTML kaartpagina', 'Elementen', 'Bruikbaar', 'Filterklik ≤ 16', 'Filterklik ≤ 50', 'Zoomstap']) expect(uitslag(op, begin)?.status, begin).toBe('gehaald');
    const over = resultaten(geval('1000', 1000, { html: 540_001, elementen: 6001, bruikbaar: 151, visBruikbaar: 1500, filter: 16.1, zoom: 50.1 }), geval('10000', 10_000, { filter: 146 }));
    for (const begin of ['HTML kaartpagina', 'Elementen', 'Bruikbaar', 'Filterklik ≤ 16', 'Filterklik ≤ 50', 'Zoomstap']) expect(uitslag(over, begin)?.status, begin).toBe('niet gehaald');
    expect(uitslag(over, 'Filterklik ≤ 50')).toMatchObject({ meting: 'mediaan 146 ms, p95 219 ms (n=20); vis-timeline 80 ms' });
    expect(uitslag(over, 'Filterklik ≤ 50')!.toelichting).toMatch(/^96 ms te traag/);
    expect(uitslag(over, 'Bruikbaar')!.meting).toBe('151 ms tegen 1.500 ms: 9,9×');
    expect(uitslag(over, 'HTML kaartpagina')!.meting).toBe('540,0 kB (gzip 40,0 kB)');
  });

  test('de vloer (een lege pagina met één module) staat bij het bruikbaar-budget en als eigen rij bij het laden', () => {
    const zonder = resultaten(geval('1000', 1000, { bruikbaar: 176, visBruikbaar: 1100 }));
    expect(uitslag(zonder, 'Bruikbaar')!.meting).toBe('176 ms tegen 1.100 ms: 6,3×');
    const met = resultaten({ ...geval('1000', 1000, { bruikbaar: 176, visBruikbaar: 1100 }), vloer: laadmeting(48, 9, 1) });
    expect(uitslag(met, 'Bruikbaar')!.meting).toBe('176 ms tegen 1.100 ms: 6,3×; een lege pagina met één module: 48 ms');
    expect(uitslag(met, 'Bruikbaar')!.status).toBe('niet gehaald');
    expect(rapport(met)).toMatch(/\| 1000, vloer \(lege pagina, één module\) \| 100 ms \| 120 ms \| 48 ms \| 48 ms \| 48 ms \|/);
    expect(rapport(zonder)).not.toMatch(/vloer \(/);
  });

  test('een geval dat niet gemeten is of mislukte: n.v.t., nooit gehaald', () => {
    const mislukt = { naam: '10000', datum: '2026-12-02', fout: 'bench: de niveauknop Basiszorg niet gevonden' } as GevalResultaat;
    const r = resultaten(geval('1000', 1000), mislukt);
    expect(uitslag(r, 'Filterklik ≤ 50')).toMatchObject({ status: 'n.v.t.', meting: 'niet gemeten' });
    const zonderVis = geval('1000', 1000);
    delete zonderVis.vis;
    expect(uitslag(resultaten(zonderVis), 'Bruikbaar')).toMatchObject({ status: 'n.v.t.' });
    expect(rapport(r)).toContain('- 10000: bench: de niveauknop Basiszorg niet gevonden');
  });

  test('een kaart zonder JavaScript met een balk zonder naam, of te weinig balken, is niet compleet', () => {
    const g = geval('1000', 1000);
    g.kaart.zonderJs = { ...g.kaart.zonderJs, balkenMetNaam: 999 };
    expect(uitslag(resultaten(g), 'Kaart compleet')).toMatchObject({ status: 'niet gehaald', meting: '1000: 999 van 1.000 voorzieningen als link met naam' });
    const h = geval('1000', 1000);
    h.kaart.zonderJs = { ...h.kaart.zonderJs, balken: 10, balkenMetNaam: 10 };
    expect(uitslag(resultaten(h), 'Kaart compleet')?.status).toBe('niet gehaald');
  });
});

describe('rapport', () => {
  test('één rij per geval naast vis-timeline: HTML, elementen, bruikbaar, filter, zoom, JavaScript', () => {
    const rij = naastRij(geval('1000', 1000, { html: 500_000, elementen: 5500, bruikbaar: 150, visBruikbaar: 1800, filter: 12, visFilter: 90, zoom: 20 }));
    expect(rij).toBe('| 1.000 | 500,0 kB | 400,0 kB | 0,8× | 5.500 | 5.500 | 1× | 150 ms | 1.800 ms | 12× | 12 ms | 90 ms | 7,5× | 20 ms | 20 ms | 1× | 24,0 kB | 200,0 kB |');
  });

  test('de belasting van de machine staat erin, bij de start, aan het eind en per geval', () => {
    const tekst = rapport(resultaten(geval('100', 100), geval('1000', 1000)));
    expect(tekst).toContain('bij de start 1.9 / 1.5 / 1.2, aan het eind 2.4 / 2 / 1.6');
    expect(tekst).toContain('| 1000 | 1.5 / 1.2 / 1 | 2.5 / 1.8 / 1.2 |');
    expect(tekst).toMatch(/\| Filterklik ≤ 16 ms bij 1\.000 voorzieningen \| \*\*gehaald\*\* \|/);
    expect(tekst).toContain('| 1000, vis-timeline met JS |');
  });
});

describe('waarom niet gehaald', () => {
  test('de analyse staat er alleen bij een budget dat niet gehaald is', () => {
    const goed = rapport(resultaten(geval('1000', 1000), geval('10000', 10_000, { filter: 40 })));
    expect(goed).not.toContain('### Waarom niet gehaald');
    const traag = rapport(resultaten(geval('1000', 1000, { zoom: 120 }), geval('10000', 10_000, { filter: 40 })));
    expect(traag).toContain('### Waarom niet gehaald');
    expect(traag).toContain('- **Zoomstap.**');
    expect(traag).not.toContain('- **Filterklik.**');
  });
});

describe('vis-timeline die niet laadt', () => {
  test('staat als "> grens" in de vergelijking en onder een eigen kopje, zonder factor', () => {
    const g = geval('10000', 10_000, { filter: 40 });
    delete g.vis;
    g.visFout = 'niet geladen binnen 60 s (TimeoutError)';
    expect(naastRij(g)).toContain('| 150 ms | > 60 s | – |');
    expect(rapport(resultaten(geval('1000', 1000), g))).toContain('- 10000: vis-timeline niet geladen binnen 60 s (TimeoutError); daarom geen vis-cijfers in dit geval.');
  });
});
