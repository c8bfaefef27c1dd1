/** Issue "Klantroutes": route pages without JavaScript, the routes index, links both ways, the small route map. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { laadRegios } from '../../src/io/data.ts';
import { stappenOpVolgorde } from '../../src/layout/route.ts';
import { launch, open } from './browser.ts';
import { schoon } from './schoon.ts';

const { regios } = laadRegios(process.env.ROUTEKAART_DATA ?? 'data');
const regio = regios.find((r) => r.id === 'voorbeeldregio')!;
const byId = new Map(regio.voorzieningen.map((v) => [v.id, v]));
// The route with the most steps shows the most (revisits, shared moments).
const route = [...regio.routes].sort((a, b) => b.stappen.length - a.stappen.length)[0]!;
const stappen = stappenOpVolgorde(route.stappen).map(({ stap }) => stap);
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('een routepagina zonder JavaScript', () => {
  test('vertelt het verhaal en toont de stappen op volgorde, elk met toegang, kosten en contact', async () => {
    const visit = await open(browser, `/voorbeeldregio/route/${route.id}/`, { javaScript: false });
    const { page } = visit;
    expect(await page.locator('h1').textContent()).toBe(`Klantroute: ${route.naam}`);
    expect(await page.locator('main').innerText()).toContain(route.omschrijving);
    const items = page.locator('ol.route-stappen > li');
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-voorziening')))).toEqual(stappen.map((s) => s.voorziening));
    for (const [i, stap] of stappen.entries()) {
      const text = await items.nth(i).innerText();
      expect(text).toContain(byId.get(stap.voorziening)!.naam);
      expect(text).toContain(stap.toelichting);
      for (const kop of ['Wie signaleert, wie verwijst', 'Toegang', 'Kosten voor het gezin', 'Contact']) expect(text).toContain(kop);
    }
    // Screen readers hear "Stap 2: …" before each name; the visible number matches the map.
    expect(await items.nth(1).locator('h3').textContent()).toContain('Stap 2:');
    await schoon(browser, visit, true);
    await visit.context.close();
  });

  test('het kaartje toont elke stap genummerd, met een pijl naar de volgende', async () => {
    const visit = await open(browser, `/voorbeeldregio/route/${route.id}/`, { javaScript: false });
    const svg = visit.page.locator('svg.route-kaartje');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.locator('.route-nummer text').allTextContents()).toEqual(stappen.map((_, i) => String(i + 1)));
    expect(await svg.locator('path.route-pad').count()).toBe(stappen.length - 1);
    expect(await svg.locator('path.route-pad').first().getAttribute('marker-end')).toBe('url(#route-pijl)');
    const rows = await svg.locator('.rij-naam').allTextContents();
    expect(rows.sort()).toEqual([...new Set(stappen.map((s) => byId.get(s.voorziening)!.naam))].sort());
    await visit.context.close();
  });

  test('de link bij een stap opent de pagina van die voorziening, en die noemt de route weer', async () => {
    const visit = await open(browser, `/voorbeeldregio/route/${route.id}/`, { javaScript: false });
    const { page } = visit;
    const eerste = byId.get(stappen[0]!.voorziening)!;
    await page.locator('ol.route-stappen > li').first().locator('h3 a').click();
    await page.waitForURL(`**/voorbeeldregio/voorziening/${eerste.id}/`);
    expect(await page.locator('h1').textContent()).toBe(eerste.naam);
    await page.getByRole('link', { name: route.naam, exact: true }).click();
    await page.waitForURL(`**/voorbeeldregio/route/${route.id}/`);
    await schoon(browser, visit, true);
    await visit.context.close();
  });

  test('op 320 px scrolt het kaartje binnen zijn eigen vak, niet de hele pagina', async () => {
    const visit = await open(browser, `/voorbeeldregio/route/${route.id}/`, { width: 320, javaScript: false });
    const { page } = visit;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const scroller = page.locator('.route-kaartje-scroll');
    const [scrollWidth, clientWidth] = await scroller.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    if (scrollWidth > clientWidth) {
      // Focusable, so a keyboard user can scroll it with the arrow keys.
      await scroller.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    }
    await schoon(browser, visit, true);
    await visit.context.close();
  });
});

describe('het overzicht van klantroutes', () => {
  test('staat in het menu en bij de kaart, en linkt naar elke route', async () => {
    const visit = await open(browser, '/voorbeeldregio/', { javaScript: false });
    const { page } = visit;
    expect(await page.locator('main').getByRole('link', { name: 'verwijswijzer' }).getAttribute('href')).toBe('/voorbeeldregio/verwijswijzer/');
    await page.getByRole('navigation', { name: 'Regio' }).getByRole('link', { name: 'Klantroutes' }).click();
    await page.waitForURL('**/voorbeeldregio/routes/');
    const links = await page.locator('.routes-lijst h2 a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual(regio.routes.map((r) => [r.naam, `/voorbeeldregio/route/${r.id}/`]));
    await schoon(browser, visit, true);
    await visit.context.close();
  });
});

