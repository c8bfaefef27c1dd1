/** Issue "Publish" item 5: the open data downloads exist, parse, match the data, and say their size and licence. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { voorzieningZonderAfgeleiden } from '../../src/domain/export/json.ts';
import { voorzieningenUitCsv } from '../../src/domain/import/csv.ts';
import { laadRegios } from '../../src/io/data.ts';
import { grootteInWoorden } from '../../src/view/opendata/downloads.ts';
import { axe, baseUrl, describeViolations, externalRequests, launch, open } from './browser.ts';

const { regios } = laadRegios(process.env.ROUTEKAART_DATA ?? 'data');
const regio = regios[0]!;
const PAGINA = `/${regio.id}/insluiten/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('downloads', () => {
  test('drie bestanden, elk met formaat en de echte grootte; ze bestaan en kloppen met de gegevens', async () => {
    const { page, context } = await open(browser, PAGINA, { javaScript: false });
    const links = page.locator('[data-downloads] a[download]');
    expect(await links.count()).toBe(3);
    const gelezen: Record<string, string> = {};
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href'))!;
      const response = await page.request.get(baseUrl() + href);
      expect(response.status(), href).toBe(200);
      const body = await response.body();
      expect(await link.textContent()).toContain(grootteInWoorden(body.length));
      gelezen[href.split('/').pop()!] = body.toString('utf8');
    }
    expect(Object.keys(gelezen).sort()).toEqual(['hsds.json', 'routekaart.json', 'voorzieningen.csv']);

    const json = JSON.parse(gelezen['routekaart.json']!);
    expect(json.voorzieningen).toEqual(regio.voorzieningen.map(voorzieningZonderAfgeleiden));
    expect(json.routes.map((r: { id: string }) => r.id)).toEqual(regio.routes.map((r) => r.id));

    expect(gelezen['voorzieningen.csv']!.startsWith('\uFEFFid;naam;')).toBe(true);
    const csv = voorzieningenUitCsv(gelezen['voorzieningen.csv']!);
    expect(csv.fouten).toEqual([]);
    expect(csv.voorzieningen).toEqual(regio.voorzieningen.map(voorzieningZonderAfgeleiden));

    const hsds = JSON.parse(gelezen['hsds.json']!);
    expect(hsds.version).toBe('3.0');
    expect(hsds.services).toHaveLength(regio.voorzieningen.reduce((n, v) => n + v.aanbieders.length, 0));
    await context.close();
  });

  test('een klik downloadt het bestand met een herkenbare naam; de licentie staat erbij', async () => {
    const { page, context } = await open(browser, PAGINA);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Voorzieningen als spreadsheet/ }).click()]);
    expect(download.suggestedFilename()).toBe(`${regio.id}-voorzieningen.csv`);
    const licentie = page.locator('[data-licentie]');
    expect(await licentie.textContent()).toMatch(/Licentie: CC BY 4\.0|Licentie: /);
    expect(await licentie.locator('a').getAttribute('rel')).toContain('noopener');
    await context.close();
  });

  test('de analysepagina heeft dezelfde downloads', async () => {
    const { page, context } = await open(browser, `/${regio.id}/analyse/`, { javaScript: false });
    expect(await page.locator('[data-downloads] a[download]').count()).toBe(3);
    await context.close();
  });
});

describe('de pagina insluiten en open data', () => {
  test('bereikbaar via de regionavigatie met het toetsenbord', async () => {
    const { page, context } = await open(browser, `/${regio.id}/`);
    const link = page.getByRole('navigation', { name: 'Regio' }).getByRole('link', { name: 'Insluiten en open data' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${PAGINA}`);
    expect(await page.locator('h1').textContent()).toContain('Insluiten en open data');
    await context.close();
  });

  test('de knop kopieert de code om in te sluiten; zonder JavaScript staat de code er om te selecteren', async () => {
    const { page, context } = await open(browser, PAGINA);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const code = (await page.locator('[data-snippet]').textContent())!;
    expect(code).toMatch(new RegExp(`^<iframe src="[^"]+/${regio.id}/embed/" title="Routekaart Kansrijke Start [^"]+" width="100%" height="720" loading="lazy" data-routekaart></iframe>\n<script src="[^"]+/embed.js" defer></script>$`));
    await page.getByRole('button', { name: 'Kopieer de code' }).click();
    await expect.poll(() => page.locator('[data-kopieer-status]').textContent()).toContain('gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(describeViolations(await axe(page))).toBe('');
    await context.close();

    const zonderJs = await open(browser, PAGINA, { javaScript: false });
    expect(await zonderJs.page.getByRole('button', { name: 'Kopieer de code' }).isVisible()).toBe(false);
    expect(await zonderJs.page.locator('[data-snippet]').textContent()).toBe(code);
    await zonderJs.context.close();
  });

  test('axe-core vindt niets, er gaat geen verzoek buiten localhost, geen fouten in de console', async () => {
    const visit = await open(browser, PAGINA);
    expect(describeViolations(await axe(visit.page))).toBe('');
    expect(externalRequests(visit.requests)).toEqual([]);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });
});
