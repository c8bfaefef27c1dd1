/**
 * Issue "Klantroutes on the map": pick a route, the map shows its numbered path and steps back the rest; walk
 * the steps by keyboard; the fragment holds the state (Back undoes, a shared link restores it); filters keep it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { laadRegios } from '../../src/io/data.ts';
import { stappenOpVolgorde } from '../../src/layout/route.ts';
import { launch, type Visit } from './browser.ts';
import { schoon } from './schoon.ts';
import { link, openKaart } from './kaart-hulp.ts';

const { regios } = laadRegios('data');
const regio = regios.find((r) => r.id === 'voorbeeldregio')!;
const route = regio.routes.find((r) => r.id === 'zwangere-met-schulden')!;
const opVolgorde = stappenOpVolgorde(route.stappen).map(({ stap }) => stap);
const naam = (id: string) => regio.voorzieningen.find((v) => v.id === id)!.naam;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const kaart = (path = ''): Promise<Visit> => openKaart(browser, `/voorbeeldregio/${path}`);

const getoond = (page: Page) => page.locator('.kaart .route-laag[data-route]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-route')));
const fragment = (page: Page) => page.evaluate(() => location.hash);
const opacity = (page: Page, id: string) =>
  link(page, id).evaluate((a) => Number(getComputedStyle(a).opacity));

describe('een klantroute op de kaart', () => {
  test('zonder keuze is geen route te zien en is niets gedimd', async () => {
    const visit = await kaart();
    expect(await getoond(visit.page)).toEqual([]);
    // The route is drawn when chosen, for the width the map has then: no hidden layers in the page.
    expect(await visit.page.locator('.kaart .route-laag > *').count()).toBe(0);
    expect(await opacity(visit.page, 'huisarts')).toBe(1);
    await visit.context.close();
  });

  test('kiezen en doorlopen met het toetsenbord; het pad, de nummers en de toelichting volgen', async () => {
    const visit = await kaart();
    const { page } = visit;
    await page.locator('#route-keuze').focus();
    // A closed <select> changes with the arrow keys; walk down until our route is chosen.
    for (let i = 0; i < regio.routes.length && (await page.locator('#route-keuze').inputValue()) !== route.id; i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.locator('#route-keuze').inputValue()).toBe(route.id);
    expect(await getoond(page)).toEqual([route.id]);
    expect(await fragment(page)).toBe(`#route=${route.id}&stap=1`);
    const laag = page.locator(`.kaart .route-laag[data-route="${route.id}"]`);
    // Every number sits on its voorziening's bar or chip.
    for (const [i, stap] of opVolgorde.entries()) {
      const rect = (await link(page, stap.voorziening).locator('rect').boundingBox())!;
      const nummer = (await laag.locator(`.route-nummer[data-stap="${i + 1}"] circle`).boundingBox())!;
      expect(Math.abs(nummer.y + nummer.height / 2 - (rect.y + rect.height / 2)), stap.voorziening).toBeLessThan(1);
    }
    expect(await laag.locator('.route-nummer').count()).toBe(route.stappen.length);
    expect(await laag.locator('.route-pad').count()).toBe(route.stappen.length - 1);
    expect(await page.locator('.route-kiezer .route-stap h2').textContent()).toBe(`Stap 1 van ${route.stappen.length}: ${naam(opVolgorde[0]!.voorziening)}`);

    // On the route: full strength; off the route: stepped back.
    const uit = regio.voorzieningen.find((v) => !route.stappen.some((s) => s.voorziening === v.id))!;
    expect(await opacity(page, opVolgorde[0]!.voorziening)).toBe(1);
    expect(await opacity(page, uit.id)).toBeLessThan(0.5);
    await schoon(browser, visit);

    await page.getByRole('button', { name: 'Volgende stap' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await fragment(page)).toBe(`#route=${route.id}&stap=3`);
    expect(await page.locator('.route-kiezer .route-stap h2').textContent()).toBe(`Stap 3 van ${route.stappen.length}: ${naam(opVolgorde[2]!.voorziening)}`);
    expect(await page.locator('.route-kiezer .route-stap p').textContent()).toContain(opVolgorde[2]!.toelichting);
    // The step's name links to its voorziening's page, as its bar on the map does.
    expect(await page.locator('.route-kiezer .route-stap h2 a').getAttribute('href')).toBe(await link(page, opVolgorde[2]!.voorziening).getAttribute('href'));
    expect(await page.locator('.route-kiezer .route-stap h2 a').getAttribute('href')).toMatch(new RegExp(`/voorziening/${opVolgorde[2]!.voorziening}/$`));
    expect(await laag.locator('.route-nummer.huidig').getAttribute('data-stap')).toBe('3');
    expect(await page.locator('.route-kiezer').getByRole('status').filter({ hasText: 'stap 3 van' }).count()).toBe(1);
    await schoon(browser, visit);

    // Back undoes one step at a time, then the choice itself.
    await page.goBack();
    expect(await fragment(page)).toBe(`#route=${route.id}&stap=2`);
    expect(await laag.locator('.route-nummer.huidig').getAttribute('data-stap')).toBe('2');
    await page.goBack();
    await page.goBack();
    expect(await fragment(page)).toBe('');
    expect(await getoond(page)).toEqual([]);
    expect(await opacity(page, uit.id)).toBe(1);
    await visit.context.close();
  });

  test('een gedeelde link opent de route bij de juiste stap, en een filter laat de route staan', async () => {
    const visit = await kaart(`#route=${route.id}&stap=4`);
    const { page } = visit;
    // The picker reads the fragment in an effect, just after hydration.
    await expect.poll(() => getoond(page)).toEqual([route.id]);
    expect(await page.locator('#route-keuze').inputValue()).toBe(route.id);
    expect(await page.locator('.route-kiezer .route-stap h2').textContent()).toContain('Stap 4 van');

    await page.getByLabel('Zoek op naam, aanbieder of omschrijving').fill('kraam');
    await page.waitForFunction(() => location.search.includes('q=kraam'));
    expect(await fragment(page)).toBe(`#route=${route.id}&stap=4`);
    expect(await getoond(page)).toEqual([route.id]);
    await schoon(browser, visit);
    await visit.context.close();
  });
});
