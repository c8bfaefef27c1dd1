/**
 * JavaScript per page type, as the bench's budget table reports it: measured on a small built site written here
 * (HTML, an island with its component and renderer, and the modules they import), so every byte is known.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { bytesPerType, gzip, jsPerSoort, scriptsVan, type PaginaBytes } from '../../../bench/bytes.ts';
import { BUDGET, jsBudgetten } from '../../../bench/rapport.ts';
import type { GevalResultaat } from '../../../bench/run.ts';

const SITE = mkdtempSync(join(tmpdir(), 'routekaart-bytes-'));
afterAll(() => rmSync(SITE, { recursive: true, force: true }));

function schrijf(pad: string, inhoud: string) {
  mkdirSync(dirname(join(SITE, pad)), { recursive: true });
  writeFileSync(join(SITE, pad), inhoud);
}

/** Code of a given size that gzip cannot shrink much: counted bytes stay close to what was written. */
const code = (naam: string, imports: string[] = []) => `${imports.map((i) => `import "${i}";`).join('')}export const ${naam} = ${JSON.stringify(naam.repeat(40))};`;
const pagina = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;
const island = (component: string) => `<astro-island component-url="${component}" renderer-url="/assets/client.js" ssr></astro-island>`;

const BESTANDEN: Record<string, string> = {
  'assets/client.js': code('client', ['./runtime.js']),
  'assets/runtime.js': code('runtime'),
  'assets/Verkenner.js': code('verkenner', ['./gedeeld.js', '/assets/runtime.js']),
  'assets/Editor.js': code('editor', ['./gedeeld.js']),
  'assets/gedeeld.js': code('gedeeld'),
};
for (const [pad, inhoud] of Object.entries(BESTANDEN)) schrijf(pad, inhoud);
const INLINE = 'document.documentElement.dataset.js = "1"';
schrijf('index.html', pagina(`<script>${INLINE}</script><script type="application/json">{"niet":"js"}</script>`));
schrijf('klantreis/index.html', pagina(island('/assets/Editor.js')));
for (const regio of ['noord', 'zuid']) {
  schrijf(`${regio}/index.html`, pagina(island('/assets/Verkenner.js')));
  schrijf(`${regio}/overzicht/index.html`, pagina('<table></table>'));
  schrijf(`${regio}/voorziening/kraamzorg/index.html`, pagina('<h1>Kraamzorg</h1>'));
  schrijf(`${regio}/klantreis/index.html`, pagina(island('/assets/Editor.js')));
}
const REGIOS = new Set(['noord', 'zuid']);
const gz = (...paden: string[]) => paden.reduce((som, pad) => som + gzip(BESTANDEN[pad]!), 0);

describe('scriptsVan', () => {
  test('telt elk script één keer: inline, island-component en -renderer, en wat ze statisch importeren', () => {
    const kaart = scriptsVan(SITE, 'noord/index.html');
    expect(kaart.map((s) => s.naam).sort()).toEqual(['/assets/Verkenner.js', '/assets/client.js', '/assets/gedeeld.js', '/assets/runtime.js']);
    expect(kaart.reduce((som, s) => som + s.gzip, 0)).toBe(gz('assets/Verkenner.js', 'assets/client.js', 'assets/gedeeld.js', 'assets/runtime.js'));
  });

  test('een inline script telt mee, JSON niet; een pagina zonder scripts laadt niets', () => {
    expect(scriptsVan(SITE, 'index.html')).toEqual([{ naam: 'inline #1', bytes: INLINE.length, gzip: gzip(INLINE) }]);
    expect(scriptsVan(SITE, 'noord/voorziening/kraamzorg/index.html')).toEqual([]);
  });
});

describe('jsPerSoort', () => {
  const paginas = bytesPerType(SITE, REGIOS);

  test('noemt elke soort die de site heeft, in de vaste volgorde, met de JavaScript die de pagina laadt', () => {
    expect(jsPerSoort(paginas)).toEqual([
      { soort: 'kaart', type: '[regio]', jsGzip: gz('assets/Verkenner.js', 'assets/client.js', 'assets/gedeeld.js', 'assets/runtime.js'), bestanden: 4 },
      { soort: 'voorziening', type: '[regio]/voorziening/[id]', jsGzip: 0, bestanden: 0 },
      { soort: 'klantreis', type: 'klantreis', jsGzip: gz('assets/Editor.js', 'assets/client.js', 'assets/gedeeld.js', 'assets/runtime.js'), bestanden: 4 },
      { soort: 'startpagina', type: 'home', jsGzip: gzip(INLINE), bestanden: 1 },
    ]);
  });

  test('een nieuw paginatype (beheer) verschijnt zodra de site het heeft', () => {
    const metBeheer: Record<string, PaginaBytes> = { ...paginas, beheer: { ...paginas['klantreis']!, jsGzip: 123_456 } };
    expect(jsPerSoort(metBeheer).map((s) => s.soort)).toEqual(['kaart', 'voorziening', 'klantreis', 'beheer', 'startpagina']);
    expect(jsPerSoort(metBeheer).find((s) => s.soort === 'beheer')!.jsGzip).toBe(123_456);
  });

  test('van de typen die een soort dekt telt het zwaarste', () => {
    const zwaar: Record<string, PaginaBytes> = { ...paginas, '[regio]/klantreis': { ...paginas['[regio]/klantreis']!, jsGzip: 999_999 } };
    expect(jsPerSoort(zwaar).find((s) => s.soort === 'klantreis')).toMatchObject({ type: '[regio]/klantreis', jsGzip: 999_999 });
  });
});

describe('jsBudgetten', () => {
  const geval = (naam: string, kaartJs: number) => {
    const paginas = bytesPerType(SITE, REGIOS);
    paginas['[regio]'] = { ...paginas['[regio]']!, jsGzip: kaartJs };
    return { naam, paginas } as unknown as GevalResultaat;
  };

  test(`de kaartpagina haalt het budget van ${BUDGET.jsGzipBytes / 1000} kB, of niet; de andere soorten staan er gemeten bij`, () => {
    expect(BUDGET.jsGzipBytes).toBe(30_000);
    const binnen = jsBudgetten([geval('100', 21_400), geval('1000', 21_400)]);
    expect(binnen.map((b) => [b.naam, b.status])).toEqual([
      ['JavaScript kaartpagina ≤ 30 kB gzip', 'gehaald'],
      ['JavaScript voorziening (gzip)', 'gemeten'],
      ['JavaScript klantreis (gzip)', 'gemeten'],
      ['JavaScript startpagina (gzip)', 'gemeten'],
    ]);
    expect(binnen[0]!.meting).toBe('21,4 kB (alle gevallen)');
    const erboven = jsBudgetten([geval('100', 21_400), geval('1000', 82_400)]);
    expect(erboven[0]).toMatchObject({ status: 'niet gehaald', meting: '100: 21,4 kB; 1000: 82,4 kB' });
    expect(erboven[0]!.toelichting).toMatch(/^52,4 kB te veel/);
  });
});
