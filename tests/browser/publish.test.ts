/**
 * Issue "Publish" as users meet it: several regions on one site, searching by gemeente (with and without
 * JavaScript), a site under a base path, a region's house style, the stale flag and feedback link on a
 * voorziening page, the landelijke basis, the statements, and the sitemap. axe-core on every new page and state.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../src/cli/static-server.ts';
import { laadRegios } from '../../src/io/data.ts';
import { isoDatum, opDeKaart } from '../../src/domain/beschikbaar.ts';
import { feedbackLink, isVerouderd } from '../../src/domain/versheid.ts';
import { axe, describeViolations, externalRequests, launch, open } from './browser.ts';

const DATA = process.env.ROUTEKAART_DATA ?? 'data';
const { regios } = laadRegios(DATA);
const kleinstad = regios.find((r) => r.id === 'kleinstad')!;
const ander = regios.find((r) => r.id !== 'kleinstad')!;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(page: Page, errors: string[], requests: string[]) {
  expect(describeViolations(await axe(page))).toBe('');
  expect(errors).toEqual([]);
  expect(externalRequests(requests)).toEqual([]);
}

/** Every HTML file under dir, as site paths ("/kleinstad/" for kleinstad/index.html). */
function htmlPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub))) {
      const path = join(sub, name);
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(`/${path.replace(/index\.html$/, '').replace(/\\/g, '/')}`);
    }
  };
  walk('');
  return out.sort();
}

describe('elke map in data/ wordt een eigen kaart', () => {
  test('er zijn minstens twee regio\'s, elk met een eigen kaart met al haar voorzieningen', async () => {
    expect(regios.length).toBeGreaterThanOrEqual(2);
    for (const regio of regios) {
      const { page, context } = await open(browser, `/${regio.id}/`, { javaScript: false });
      await expect(page.locator('h1').textContent()).resolves.toContain(regio.regio.naam);
      const ids = await page.locator('.kaart .vz > a').evaluateAll((links) => links.map((a) => /\/voorziening\/([^/]+)\/$/.exec(a.getAttribute('href')!)![1]));
      // Every voorziening available on the day of the build (an ended pilot is not drawn).
      expect(ids.sort()).toEqual(opDeKaart(regio.voorzieningen, isoDatum(new Date())).map((v) => v.id).sort());
      await context.close();
    }
  });
});

describe('de startpagina zoekt op gemeente', () => {
  test('zonder JavaScript: een gewone lijst met elke regio en haar gemeenten, zonder zoekveld', async () => {
    const { page, context, errors, requests } = await open(browser, '/', { javaScript: false });
    await expect(page.locator('#zoek-gemeente').isVisible()).resolves.toBe(false);
    const items = page.locator('#regio-lijst li');
    expect(await items.count()).toBe(regios.length);
    for (const regio of regios) {
      const item = page.locator(`#regio-lijst li[data-regio="${regio.id}"]`);
      await expect(item.isVisible()).resolves.toBe(true);
      expect(await item.locator('a').getAttribute('href')).toBe(`/${regio.id}/`);
      const tekst = await item.innerText();
      for (const gemeente of regio.regio.gemeenten) expect(tekst).toContain(gemeente);
    }
    // axe-core runs as a script, so it checks this page in the test below, with JavaScript on.
    expect(errors).toEqual([]);
    expect(externalRequests(requests)).toEqual([]);
    await context.close();
  });

  test('met JavaScript: typen filtert zonder op accenten te letten, en de zoekterm staat in de URL', async () => {
    const { page, context, errors, requests } = await open(browser, '/');
    const zoek = page.getByLabel('Zoek op gemeente');
    await expect(zoek.isVisible()).resolves.toBe(true);
    // Keyboard only: tab from the skip link and header to the search field.
    await zoek.focus();
    await page.keyboard.type('dongewald');
    const zichtbaar = () => page.locator('#regio-lijst li:visible').evaluateAll((items) => items.map((li) => li.getAttribute('data-regio')));
    await expect.poll(zichtbaar).toEqual(['kleinstad']);
    await expect(page.locator('#zoek-status').textContent()).resolves.toBe(`1 van de ${regios.length} regio's gevonden voor "dongewald".`);
    expect(new URL(page.url()).searchParams.get('gemeente')).toBe('dongewald');
    await expectAccessible(page, errors, requests);

    await page.keyboard.press('Enter'); // submitting does not reload or lose the filter
    await expect.poll(zichtbaar).toEqual(['kleinstad']);

    await zoek.fill('');
    await expect.poll(async () => (await zichtbaar()).length).toBe(regios.length);
    expect(new URL(page.url()).searchParams.has('gemeente')).toBe(false);

    await zoek.fill('Atlantis');
    await expect.poll(zichtbaar).toEqual([]);
    await expect(page.locator('#zoek-status').textContent()).resolves.toMatch(/^Geen regio gevonden met een gemeente "Atlantis"/);
    await expectAccessible(page, errors, requests);
    await context.close();
  });

  test('een gedeelde link met ?gemeente= opent gefilterd', async () => {
    const { page, context } = await open(browser, '/?gemeente=sint-ewoud');
    await expect(page.getByLabel('Zoek op gemeente').inputValue()).resolves.toBe('sint-ewoud');
    await expect.poll(() => page.locator('#regio-lijst li:visible').count()).toBe(1);
    await page.locator('#regio-lijst li:visible a').click();
    await page.waitForURL('**/kleinstad/');
    await context.close();
  });
});

describe('de huisstijl van kleinstad', () => {
  test('kleuren, logo en lettertype op de eigen pagina\'s, allemaal van de eigen site', async () => {
    const { page, context, errors, requests } = await open(browser, '/kleinstad/');
    const kop = page.locator('header.kop');
    await expect(kop.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(11, 93, 59)');
    await expect(kop.evaluate((el) => getComputedStyle(el).borderBottomColor)).resolves.toBe('rgb(184, 86, 15)');
    const logo = page.getByRole('img', { name: 'Gemeente Kleinstad' });
    await expect(logo.isVisible()).resolves.toBe(true);
    await expect(logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);
    await page.evaluate(() => document.fonts.ready);
    await expect(page.evaluate(() => document.fonts.check("16px 'Atkinson Hyperlegible'"))).resolves.toBe(true);
    await expect(page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily)).resolves.toMatch(/^"?Atkinson Hyperlegible"?,/);
    expect(requests.some((url) => url.endsWith('/kleinstad/huisstijl/atkinson-hyperlegible-latin-400-normal.woff2'))).toBe(true);
    await expectAccessible(page, errors, requests);
    await context.close();
  });

  test('een andere regio en de startpagina houden de standaardstijl', async () => {
    for (const path of [`/${ander.id}/`, '/']) {
      const { page, context, requests } = await open(browser, path);
      await expect(page.locator('header.kop').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(29, 79, 124)');
      expect(requests.filter((url) => url.includes('/huisstijl/'))).toEqual([]);
      await context.close();
    }
  });

  test('de focusrand is zichtbaar in de kopbalk (tekstkleur op de kopkleur)', async () => {
    const { page, context } = await open(browser, '/kleinstad/');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // brand link in the header
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return `${style.outlineStyle} ${style.outlineColor}`;
    });
    expect(outline).toBe('solid rgb(255, 255, 255)');
    await context.close();
  });
});

describe('een voorzieningpagina', () => {
  const vandaag = new Date();
  const verouderd = kleinstad.voorzieningen.find((v) => isVerouderd(v.bijgewerkt, vandaag))!;
  const vers = kleinstad.voorzieningen.find((v) => !isVerouderd(v.bijgewerkt, vandaag))!;

  test('meldt verouderde informatie, en vraagt om feedback met een ingevuld onderwerp', async () => {
    expect(verouderd).toBeDefined();
    const { page, context, errors, requests } = await open(browser, `/kleinstad/voorziening/${verouderd.id}/`);
    const melding = page.locator('[data-verouderd]');
    await expect(melding.innerText()).resolves.toMatch(/^Let op: deze informatie is ouder dan een jaar: controleer bij de aanbieder\.\s+Laatst nagekeken op \d+ \w+ \d{4}\.$/);
    const link = page.getByRole('link', { name: `Mail je feedback over ${verouderd.naam}` });
    const href = await link.getAttribute('href');
    expect(href).toBe(feedbackLink(kleinstad.regio.contact.email!, verouderd.naam));
    const mailto = new URL(href!);
    expect(mailto.pathname).toBe('kansrijkestart@kleinstad.example');
    expect(mailto.searchParams.get('subject')).toBe(`Routekaart: ${verouderd.naam}`);
    expect(mailto.searchParams.get('body')).toContain('Wat gaat goed, wat kan beter?');
    await expect(page.getByRole('heading', { name: 'Wat gaat goed, wat kan beter?' }).count()).resolves.toBe(1);
    await expectAccessible(page, errors, requests);
    await context.close();
  });

  test('een verse voorziening heeft geen melding, wel de feedbacklink', async () => {
    const { page, context } = await open(browser, `/kleinstad/voorziening/${vers.id}/`, { javaScript: false });
    await expect(page.locator('[data-verouderd]').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: `Mail je feedback over ${vers.naam}` }).count()).resolves.toBe(1);
    await context.close();
  });

  test('toont wat uit de landelijke basis komt en wat de regio aanpaste', async () => {
    const { page, context, errors, requests } = await open(browser, '/kleinstad/voorziening/veilig-thuis/');
    await expect(page.locator('[data-basis="veilig-thuis"]').innerText()).resolves.toBe('Landelijke basis, lokaal aangepast: periode en aanbieders.');
    await expect(page.locator('main').innerText()).resolves.toContain('Veilig Thuis Fryslân-Zuid');
    await expectAccessible(page, errors, requests);
    await context.close();
    const nipt = await open(browser, '/kleinstad/voorziening/nipt/', { javaScript: false });
    await expect(nipt.page.locator('[data-basis="nipt"]').innerText()).resolves.toBe('Landelijke basis: overal in Nederland hetzelfde, hier niet aangepast.');
    await nipt.context.close();
    const eigen = await open(browser, '/kleinstad/voorziening/kraamzorg/', { javaScript: false });
    await expect(eigen.page.locator('[data-basis]').count()).resolves.toBe(0);
    await eigen.context.close();
  });
});

describe('de verklaringen', () => {
  test('de voettekst linkt naar toegankelijkheid en privacy; ze noemen het contact van elke regio', async () => {
    const { page, context, errors, requests } = await open(browser, '/kleinstad/');
    await page.locator('footer').getByRole('link', { name: 'Toegankelijkheid' }).click();
    await page.waitForURL('**/toegankelijkheid/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Toegankelijkheidsverklaring');
    const tekst = await page.locator('main').innerText();
    expect(tekst).toContain('WCAG) 2.1, niveau AA');
    for (const regio of regios) {
      expect(tekst).toContain(regio.regio.contact.naam);
      if (regio.regio.contact.email) await expect(page.locator(`main a[href="mailto:${regio.regio.contact.email}"]`).count()).resolves.toBeGreaterThan(0);
    }
    await expectAccessible(page, errors, requests);

    await page.locator('footer').getByRole('link', { name: 'Privacy' }).click();
    await page.waitForURL('**/privacy/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Privacy');
    for (const kop of ['Geen cookies', 'Geen tracking', 'Geen verzoeken naar andere partijen']) {
      await expect(page.getByRole('heading', { name: kop }).count()).resolves.toBe(1);
    }
    await expectAccessible(page, errors, requests);
    // The promise the page makes, checked after a visit to several pages with scripts on.
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe('sitemap.xml', () => {
  test('noemt elke pagina van de site (behalve 404 en embed) en niets anders', async () => {
    const xml = readFileSync('dist/sitemap.xml', 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    const site = new URL(process.env.ROUTEKAART_SITE ?? 'http://localhost:4321');
    expect(urls.every((u) => u.origin === site.origin)).toBe(true);
    const expected = htmlPages('dist').filter((p) => p !== '/404.html' && !/\/embed\//.test(p));
    expect(urls.map((u) => u.pathname).sort()).toEqual(expected);
  });
});

/**
 * The environment for a nested `astro build`: vitest exports Vite's own variables (BASE_URL=/, MODE=test, …) into
 * process.env, and a build that inherits BASE_URL ignores the configured base path.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const vite = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vite.has(key) && !key.startsWith('VITEST')));
}

describe('een site onder een eigen pad (ROUTEKAART_BASE=/kansrijke-start)', () => {
  const BASE = '/kansrijke-start';
  const outDir = resolve('tests/.tmp/dist-base');
  const root = resolve('tests/.tmp/base-root');
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    execFileSync(process.execPath, [resolve('node_modules/astro/astro.js'), 'build', '--outDir', outDir], {
      env: { ...buildEnv(), ROUTEKAART_BASE: BASE, ROUTEKAART_SITE: 'https://www.kleinstad.example', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    });
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    symlinkSync(outDir, join(root, BASE.slice(1)));
    server = await startServer(root, 0);
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }, 300_000);
  afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  test('elke link en elke bron in elke pagina begint met het pad en bestaat', () => {
    const pages = htmlPages(outDir);
    expect(pages.length).toBeGreaterThan(10);
    const broken: string[] = [];
    const exists = (sitePath: string) => {
      const file = join(outDir, decodeURIComponent(sitePath.slice(BASE.length)));
      return existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html')));
    };
    const check = (from: string, url: string) => {
      if (/^(https?:|mailto:|tel:|data:|#)/.test(url)) return;
      const path = url.split('#')[0]!.split('?')[0]!;
      if (!path.startsWith(`${BASE}/`)) broken.push(`${from}: ${url} (zonder ${BASE})`);
      else if (!exists(path)) broken.push(`${from}: ${url} (bestaat niet)`);
    };
    for (const page of pages) {
      const html = readFileSync(join(outDir, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
      for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) check(page, m[1]!);
    }
    const cssFiles = [...readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.css')).map((f) => join(outDir, 'assets', f)), join(outDir, 'kleinstad/huisstijl/huisstijl.css')];
    for (const css of cssFiles) for (const m of readFileSync(css, 'utf8').matchAll(/url\(['"]?([^'")]+)['"]?\)/g)) check(relative(outDir, css), m[1]!);
    expect(broken).toEqual([]);
  });

  test('de sitemap geeft volledige adressen met domein en pad', () => {
    const xml = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(urls.length).toBe(htmlPages(outDir).filter((p) => p !== '/404.html' && !/\/embed\//.test(p)).length);
    expect(urls.every((u) => u.startsWith('https://www.kleinstad.example/kansrijke-start/'))).toBe(true);
    expect(urls).toContain('https://www.kleinstad.example/kansrijke-start/kleinstad/voorziening/veilig-thuis/');
  });

  test('in de browser laden de kaart, de huisstijl en het zoeken zonder één mislukt verzoek', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${origin}${BASE}/`);
    await page.getByLabel('Zoek op gemeente').fill('Kleinstad');
    await page.locator('#regio-lijst li:visible a').first().click();
    await page.waitForURL(`**${BASE}/kleinstad/`);
    await expect(page.locator('header.kop').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(11, 93, 59)');
    await page.evaluate(() => document.fonts.ready);
    // With JavaScript a click opens the detail panel; its link leads to the voorziening's own page.
    await page.locator('.kaart .vz a[href$="/voorziening/veilig-thuis/"]').click();
    await page.getByRole('link', { name: 'Open als losse pagina' }).click();
    await page.waitForURL(`**${BASE}/kleinstad/voorziening/veilig-thuis/`);
    expect(failed).toEqual([]);
    expect(requests.every((url) => url.startsWith(`${origin}${BASE}/`))).toBe(true);
    await context.close();
  });
});
