/** Issue "Publish" item 8: the analyse page shows the numbers of the data, prints on A4, and is accessible. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { analyseer } from '../../src/domain/analyse.ts';
import { laadRegios } from '../../src/io/data.ts';
import { FASE_NAMEN } from '../../src/domain/tijdlijn.ts';
import { axe, describeViolations, externalRequests, launch, open } from './browser.ts';

const { regios } = laadRegios(process.env.ROUTEKAART_DATA ?? 'data');
const regio = regios[0]!;
const verwacht = analyseer(regio, new Date());
const PAGINA = `/${regio.id}/analyse/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('de cijfers kloppen met de gegevens', () => {
  test('dekking: elk getal in de matrix, en elke lege cel zegt "geen aanbod"', async () => {
    const { page, context } = await open(browser, PAGINA, { javaScript: false });
    for (const rij of verwacht.dekking) {
      for (const cel of rij) {
        const td = page.locator(`table.dekking tr[data-fase="${cel.fase}"] td[data-niveau="${cel.niveau}"]`);
        expect(await td.getAttribute('data-aantal'), `${cel.fase} × ${cel.niveau}`).toBe(String(cel.voorzieningen.length));
        if (cel.voorzieningen.length === 0) expect(await td.innerText()).toBe('geen aanbod');
        else expect(await td.locator('.aantal').innerText()).toBe(String(cel.voorzieningen.length));
      }
    }
    expect(await page.locator('td.geen-aanbod').count()).toBe(verwacht.legeCellen);
    expect(await page.locator('[data-lege-cellen]').getAttribute('data-lege-cellen')).toBe(String(verwacht.legeCellen));
    await context.close();
  });

  test('kosten per fase, met de evaluatieve vragen ernaast', async () => {
    const { page, context } = await open(browser, PAGINA, { javaScript: false });
    for (const kosten of verwacht.kosten) {
      const rij = page.locator(`.fase-rij[data-fase="${kosten.fase}"]`);
      expect(await rij.locator('h3').innerText()).toBe(FASE_NAMEN[kosten.fase]);
      const cijfer = await rij.locator('[data-kosten]').getAttribute('data-kosten');
      expect(cijfer).toBe(kosten.totaal === 0 ? 'geen' : `${kosten.metKosten}/${kosten.totaal}`);
      if (kosten.totaal > 0) expect(await rij.innerText()).toContain(`${kosten.procent}%`);
      for (const vraag of regio.regio.evaluatievragen[kosten.fase] ?? []) expect(await rij.locator('.fase-vragen').innerText()).toContain(vraag);
    }
    await context.close();
  });

  test('zonder contact, verouderd en lange pauzes: dezelfde voorzieningen en routes als de analyse', async () => {
    const { page, context } = await open(browser, PAGINA, { javaScript: false });
    const ids = (signaal: string, attribuut: string) =>
      page.locator(`[data-signaal="${signaal}"] [${attribuut}]`).evaluateAll((els, a) => els.map((el) => el.getAttribute(a)), attribuut);
    expect(await ids('zonder-contact', 'data-id')).toEqual(verwacht.zonderContact.map((v) => v.id));
    expect(await ids('verouderd', 'data-id')).toEqual(verwacht.verouderd.map((v) => v.id));
    expect(await ids('lange-pauzes', 'data-route')).toEqual(verwacht.langePauzes.map((p) => p.route.id));
    expect(await ids('lange-pauzes', 'data-maanden')).toEqual(verwacht.langePauzes.map((p) => String(p.maanden)));
    expect(await page.locator('#contact-titel').innerText()).toContain(`(${verwacht.zonderContact.length})`);
    await context.close();
  });
});

describe('gebruik', () => {
  test('bereikbaar via de regionavigatie met het toetsenbord', async () => {
    const { page, context } = await open(browser, `/${regio.id}/`);
    await page.getByRole('navigation', { name: 'Regio' }).getByRole('link', { name: 'Analyse' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${PAGINA}`);
    expect(await page.locator('h1').innerText()).toContain('Analyse');
    await context.close();
  });

  test('op 320 px breed scrolt alleen de tabel zijwaarts, niet de pagina', async () => {
    const { page, context } = await open(browser, PAGINA, { width: 320 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const tabel = page.locator('.tabel-scroll').first();
    await tabel.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tabel.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(describeViolations(await axe(page))).toBe('');
    await context.close();
  });

  test('afdrukken: A4 zonder navigatie en downloads, lege cellen blijven leesbaar', async () => {
    const { page, context } = await open(browser, PAGINA);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.kop nav').isVisible()).toBe(false);
    expect(await page.locator('[data-downloads]').isVisible()).toBe(false);
    expect(await page.locator('table.dekking').isVisible()).toBe(true);
    // On paper the matrix keeps its counts and drops the names, so it fits on a page.
    expect(await page.locator('table.dekking .cel-lijst').evaluateAll((els) => els.every((el) => getComputedStyle(el).display === 'none'))).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // A4 is 595 × 842 points; every page.
    const paginas = pdf.toString('latin1').match(/\/MediaBox \[[^\]]*\]/g)!;
    expect(paginas.length).toBeGreaterThan(0);
    for (const maat of paginas) expect(maat).toMatch(/^\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]$/);
    await context.close();
  });

  test('axe-core vindt niets, er gaat geen verzoek buiten localhost, geen fouten in de console', async () => {
    const visit = await open(browser, PAGINA);
    expect(describeViolations(await axe(visit.page))).toBe('');
    expect(externalRequests(visit.requests)).toEqual([]);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });
});
