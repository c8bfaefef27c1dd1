/** Issue "Routekaart v1" as a user meets it: the map, a voorziening page, the overzicht, every page type. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { laadRegios } from '../../src/io/data.ts';
import { isoDatum, regioOpDeKaart } from '../../src/domain/beschikbaar.ts';
import { axe, describeViolations, externalRequests, launch, open } from './browser.ts';
import { link } from './kaart-hulp.ts';

const { regios } = laadRegios('data');
// The map shows what is available on the day of the build (an ended pilot is not drawn).
const regio = regioOpDeKaart(regios.find((r) => r.id === 'voorbeeldregio')!, isoDatum(new Date()));
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('de kaart van de voorbeeldregio', () => {
  test('toont elke voorziening uit de gegevens als link naar haar eigen pagina, ook zonder JavaScript', async () => {
    const { page, context } = await open(browser, '/voorbeeldregio/', { javaScript: false });
    const ids = await page.locator('.kaart .vz > a').evaluateAll((links) => links.map((a) => /\/voorziening\/([^/]+)\/$/.exec(a.getAttribute('href')!)![1]));
    expect(ids.sort()).toEqual(regio.voorzieningen.map((v) => v.id).sort());
    const kraamzorg = link(page, 'kraamzorg');
    expect(await kraamzorg.getAttribute('href')).toBe('/voorbeeldregio/voorziening/kraamzorg/');
    expect(await kraamzorg.getAttribute('aria-label')).toMatch(/^Kraamzorg — basiszorg — van de bevalling .* — eigen bijdrage/);
    await context.close();
  });

  test('de blokken buiten beeld slaat de browser over tot ze in beeld komen; afgedrukt staat alles er', async () => {
    // content-visibility: auto on every block of rows (Kaart.astro): the reason a big map loads, filters and zooms fast.
    // A low window: Chromium draws the blocks within about 1.5 screens of the view, and the example map is short.
    const { page, context } = await open(browser, '/voorbeeldregio/', { width: 1366, height: 300 });
    const blokken = page.locator('svg.kaart-blok');
    expect(await blokken.count()).toBeGreaterThanOrEqual(4);
    const getekend = (blok: number) => blokken.nth(blok).locator('a').first().evaluate((a) => a.checkVisibility({ contentVisibilityAuto: true }));
    expect(await getekend(0)).toBe(true);
    const laatste = (await blokken.count()) - 1;
    expect(await getekend(laatste)).toBe(false);
    // Still there for find-in-page and screen readers: the link and its name are in the DOM.
    expect(await blokken.nth(laatste).locator('a').first().getAttribute('aria-label')).toBeTruthy();
    await blokken.nth(laatste).scrollIntoViewIfNeeded();
    await expect.poll(() => getekend(laatste)).toBe(true);
    expect(describeViolations(await axe(page))).toBe('');
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => getekend(laatste)).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => getekend(laatste)).toBe(true);
    await context.close();
  });

  test('zonder JavaScript opent een klik op een voorziening de pagina met alles erover', async () => {
    // With JavaScript a click opens the detail panel instead: see verkennen.test.ts.
    const { page, context } = await open(browser, '/voorbeeldregio/', { javaScript: false });
    await link(page, 'kraamzorg').click();
    await page.waitForURL('**/voorbeeldregio/voorziening/kraamzorg/');
    await expect(page.locator('h1').textContent()).resolves.toBe(regio.voorzieningen.find((v) => v.id === 'kraamzorg')!.naam);
    const text = await page.locator('main').innerText();
    for (const kop of ['Wanneer', 'Toegang', 'Kosten voor het gezin', 'Aanbieders en contact', 'Bijgewerkt op']) expect(text).toContain(kop);
    await context.close();
  });

  test('een klik op de kostentekens naast een balk opent die voorziening', async () => {
    // The marks are a <use> of a rect filled with a pattern (KenmerkCombinaties): unlike SVG markers, which were
    // measured as an alternative, it is hit like any shape. A bar whose marks stand beside it, not on it.
    const { page, context } = await open(browser, '/voorbeeldregio/', { javaScript: false });
    const doel = await page.locator('.kaart .vz > a').evaluateAll((links) => {
      for (const a of links) {
        const tekens = a.querySelector('use')?.getBoundingClientRect();
        const balk = a.querySelector('rect')!.getBoundingClientRect();
        if (!tekens || tekens.top > innerHeight || (tekens.left < balk.right && tekens.right > balk.left)) continue;
        return { href: a.getAttribute('href')!, x: tekens.left + 7, y: tekens.top + 7, breedte: tekens.width };
      }
      return null;
    });
    expect(doel).not.toBeNull();
    expect(doel!.breedte).toBeGreaterThanOrEqual(14);
    await page.mouse.click(doel!.x, doel!.y);
    await page.waitForURL(`**${doel!.href}`);
    await context.close();
  });

  test('op 320 px breed scrolt de kaart zijwaarts en blijven de laannamen in beeld', async () => {
    const { page, context } = await open(browser, '/voorbeeldregio/', { width: 320 });
    const scroller = page.locator('[data-kaart]');
    await scroller.evaluate((el) => el.scrollBy(800, 0));
    expect(await scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const laan = await page.locator('.laan-naam').first().boundingBox();
    const box = await scroller.boundingBox();
    expect(laan!.x).toBeGreaterThanOrEqual(box!.x - 1);
    expect(laan!.x).toBeLessThan(box!.x + 10);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe('het overzicht als tabel', () => {
  test('heeft een rij per fase en noemt elke voorziening', async () => {
    const { page, context } = await open(browser, '/voorbeeldregio/overzicht/', { javaScript: false });
    expect(await page.locator('table.overzicht tbody tr').count()).toBe(7);
    const ids = new Set(await page.locator('table.overzicht li[data-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-id'))));
    expect([...ids].sort()).toEqual(regio.voorzieningen.map((v) => v.id).sort());
    await context.close();
  });
});

const firstRoute = regio.routes[0]!;
const PAGES = [
  '/',
  '/voorbeeldregio/',
  '/voorbeeldregio/overzicht/',
  '/voorbeeldregio/doelgroepen/',
  '/voorbeeldregio/voorziening/kraamzorg/',
  `/voorbeeldregio/route/${firstRoute.id}/`,
  '/bestaat-niet/',
];

describe.each(PAGES)('pagina %s', (path) => {
  test('axe-core vindt niets, er gaat geen verzoek buiten localhost en er zijn geen fouten in de console', async () => {
    const visit = await open(browser, path);
    const violations = await axe(visit.page);
    expect(describeViolations(violations)).toBe('');
    expect(externalRequests(visit.requests)).toEqual([]);
    expect(visit.errors.filter((e) => !/404/.test(e))).toEqual([]);
    await visit.context.close();
  });
});
