/**
 * Issue 16, the beheer page, as a coordinator meets it on /beheer/?regio=voorbeeldregio: a voorziening renamed in
 * its form appears in the map preview; an emptied naam shows "mag niet leeg zijn" beside the field and the download
 * is refused; after the fix the downloaded .zip, unpacked into a fresh data/<id>/, passes npm run check-data and
 * carries the change, and opens again as the same state; a reload keeps unsaved work. The check and the preview
 * follow an edit a moment later (deferred), so what they show is polled, not read once. Every request is routed: any
 * that would leave this machine is aborted and fails the test. axe checks each state.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { bladenNaarXlsx, xlsxNaarBladen } from '../../src/io/excel.ts';
import { axe, baseUrl, describeViolations, launch } from './browser.ts';
import { axeZonderJs } from './zonder-js.ts';

const PAD = '/beheer/?regio=voorbeeldregio';
const EERSTE = (JSON.parse(readFileSync('data/voorbeeldregio/voorzieningen.json', 'utf8')) as { voorzieningen: { naam: string }[] }).voorzieningen[0]!.naam;
const NIEUW = `${EERSTE} (hernoemd)`;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const buiten: string[] = [];
const fouten: string[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'beheer-'));

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  await context.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (['127.0.0.1', 'localhost'].includes(hostname) || protocol === 'blob:' || protocol === 'data:') return route.continue();
    buiten.push(route.request().url());
    return route.abort();
  });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
  page.on('pageerror', (e) => fouten.push(e.message));
  await page.goto(baseUrl() + PAD);
  await page.getByRole('heading', { name: 'Controle' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function schoon() {
  expect(describeViolations(await axe(page))).toBe('');
  expect(buiten).toEqual([]);
  expect(fouten).toEqual([]);
}

const kaartLink = (naam: string) => page.locator(`.bh-voorbeeld .kaart a[aria-label^="${naam} — "]`);
const naamVeld = () => page.getByLabel('Naam', { exact: true });

describe('beheer', () => {
  test('opens the published region, with no errors', async () => {
    // The check and the preview follow the opened work a moment later (deferred), so wait for them.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Geen fouten' }).count()).toBe(1);
    await expect.poll(() => kaartLink(EERSTE).count()).toBe(1);
    // The preview's blocks of voorzieningen stack on the lanes of its grid, each lane's first block at the lane's
    // top, nothing left over from the render before the data came (a block of an empty lane once stayed behind).
    const stapel = await page.locator('.bh-voorbeeld .kaart').evaluate((kaart) => {
      const top = kaart.getBoundingClientRect().top;
      const y = (el: Element) => Math.round(el.getBoundingClientRect().top - top);
      const blokken = [...kaart.querySelectorAll('svg.kaart-blok')];
      return {
        hoogte: Math.round(kaart.querySelector('svg.kaart-raster')!.getBoundingClientRect().height),
        som: Math.round(blokken.reduce((som, b) => som + b.getBoundingClientRect().height, 0)),
        lanen: [...kaart.querySelectorAll('svg.kaart-raster rect.laan')].map((laan) => {
          const niveau = [...laan.classList].find((c) => c.startsWith('niveau-'))!;
          return { niveau, laan: Math.round(Number(laan.getAttribute('y'))), blok: y(blokken.find((b) => b.querySelector(`g.${niveau}`))!) };
        }),
      };
    });
    expect(stapel.som).toBe(stapel.hoogte);
    for (const { niveau, laan, blok } of stapel.lanen) expect(blok, niveau).toBe(laan);
    await schoon();
  });

  test('a voorziening renamed in its form appears in the preview map', async () => {
    await page.getByRole('navigation', { name: 'Gegevens van de regio' }).getByRole('button', { name: EERSTE, exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: `Voorziening: ${EERSTE}` }).count()).toBe(1);
    await naamVeld().fill(NIEUW);
    await kaartLink(NIEUW).waitFor();
    await expect.poll(() => kaartLink(EERSTE).count()).toBe(0);
    await schoon();
  });

  test('an emptied naam: "mag niet leeg zijn" beside the field, the download refused, the summary link focuses the field', async () => {
    await naamVeld().fill('');
    const veld = naamVeld();
    await expect.poll(() => veld.getAttribute('aria-invalid')).toBe('true');
    const beschreven = (await veld.getAttribute('aria-describedby'))!;
    await expect(page.locator(`[id="${beschreven}"]`).textContent()).resolves.toBe('mag niet leeg zijn');
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Download gegevens (.zip)' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('Niet gedownload');
    await expect(alert.textContent()).resolves.toContain('voorbeeldregio/voorzieningen.json › voorzieningen[0].naam: mag niet leeg zijn');
    expect(downloads).toBe(0);
    await page.getByRole('link', { name: 'voorbeeldregio/voorzieningen.json › voorzieningen[0].naam: mag niet leeg zijn' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(await veld.getAttribute('id'));
    await schoon();
  });

  test('a reload keeps unsaved work', async () => {
    await naamVeld().fill(NIEUW);
    await kaartLink(NIEUW).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Controle' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: NIEUW, exact: true }).count()).toBe(1);
    await expect.poll(() => kaartLink(NIEUW).count()).toBe(1);
    await schoon();
  });

  test('after the fix, the .zip unpacked into a fresh data/<id>/ passes npm run check-data and carries the change', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download gegevens (.zip)' }).click()]);
    const zipPad = join(tmp, 'download.zip');
    await download.saveAs(zipPad);
    const map = join(tmp, 'data', 'voorbeeldregio');
    mkdirSync(map, { recursive: true });
    const inhoud = unzipSync(new Uint8Array(readFileSync(zipPad)));
    expect(Object.keys(inhoud).sort()).toEqual(['WIJZIGINGEN.txt', 'doelgroepen.json', 'regio.json', 'routes.json', 'voorzieningen.json']);
    for (const [naam, bytes] of Object.entries(inhoud)) writeFileSync(join(map, naam), bytes);
    const uit = execFileSync('npx', ['tsx', 'src/cli/check-data.ts', join(tmp, 'data')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(uit).toContain('Gegevens in orde: 1 regio');
    const voorzieningen = JSON.parse(strFromU8(inhoud['voorzieningen.json']!)) as { voorzieningen: { naam: string }[] };
    expect(voorzieningen.voorzieningen[0]!.naam).toBe(NIEUW);
    expect(strFromU8(inhoud['WIJZIGINGEN.txt']!)).toContain(`voorziening "${NIEUW}"`);
    await schoon();
  });

  test('opening the downloaded .zip gives the same state again', async () => {
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Gooi mijn wijzigingen weg en open opnieuw' }).click()]);
    await kaartLink(EERSTE).waitFor();
    await expect.poll(() => kaartLink(NIEUW).count()).toBe(0);
    await page.getByLabel('Een .zip, de .json-bestanden van een regiomap, of een routekaart.json').setInputFiles(join(tmp, 'download.zip'));
    await page.getByLabel(/^Regio-id \(de mapnaam/).fill('voorbeeldregio');
    await page.getByRole('button', { name: 'Open de bestanden' }).click();
    await kaartLink(NIEUW).waitFor();
    await expect.poll(() => page.getByRole('button', { name: NIEUW, exact: true }).count()).toBe(1);
    await schoon();
  });

  test('the .xlsx round trip: download, change one cell, read back — exactly that field changes', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als Excel (.xlsx)' }).click()]);
    const pad = join(tmp, 'voorzieningen.xlsx');
    await download.saveAs(pad);
    const bladen = await xlsxNaarBladen(new Uint8Array(readFileSync(pad)));
    const blad = bladen.find((b) => b.naam === 'Voorzieningen')!;
    const kolom = blad.rijen[0]!.indexOf('voorWie');
    expect(kolom).toBeGreaterThan(-1);
    const rij = blad.rijen.findIndex((r) => r[blad.rijen[0]!.indexOf('naam')] === NIEUW);
    expect(rij).toBeGreaterThan(0);
    blad.rijen[rij]![kolom] = 'Iedereen die zwanger wil worden (uit Excel)';
    const bewerkt = join(tmp, 'bewerkt.xlsx');
    writeFileSync(bewerkt, await bladenNaarXlsx(bladen));

    const [zipVoor] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download gegevens (.zip)' }).click()]);
    const oud = JSON.parse(strFromU8(unzipSync(new Uint8Array(readFileSync(await zipVoor.path())))['voorzieningen.json']!)) as { voorzieningen: Record<string, unknown>[] };

    await page.getByLabel('Excel-bestand inlezen').setInputFiles(bewerkt);
    await expect.poll(() => page.locator('.beheer-excel-status').textContent()).toMatch(/ingelezen/i);
    const [zipNa] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download gegevens (.zip)' }).click()]);
    const nieuw = JSON.parse(strFromU8(unzipSync(new Uint8Array(readFileSync(await zipNa.path())))['voorzieningen.json']!)) as { voorzieningen: Record<string, unknown>[] };
    const i = oud.voorzieningen.findIndex((v) => v.naam === NIEUW);
    expect(nieuw.voorzieningen[i]!.voorWie).toBe('Iedereen die zwanger wil worden (uit Excel)');
    // Everything else is as it was: the same voorzieningen, and in this one only voorWie differs.
    expect(nieuw.voorzieningen.length).toBe(oud.voorzieningen.length);
    expect({ ...nieuw.voorzieningen[i], voorWie: oud.voorzieningen[i]!.voorWie }).toEqual(oud.voorzieningen[i]);
    nieuw.voorzieningen.forEach((v, j) => j !== i && expect(v).toEqual(oud.voorzieningen[j]));
    await schoon();
  });

  test('an .xlsx with an error changes nothing and names sheet, row and column', async () => {
    const bladen = await xlsxNaarBladen(new Uint8Array(readFileSync(join(tmp, 'bewerkt.xlsx'))));
    const blad = bladen.find((b) => b.naam === 'Voorzieningen')!;
    blad.rijen[2]![blad.rijen[0]!.indexOf('niveau')] = 'extra-stuen';
    const kapot = join(tmp, 'kapot.xlsx');
    writeFileSync(kapot, await bladenNaarXlsx(bladen));
    await page.getByLabel('Excel-bestand inlezen').setInputFiles(kapot);
    const alert = page.locator('.beheer-excel-fouten');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/Blad "Voorzieningen", rij 3, kolom "niveau" \([A-Z]+\)/);
    await expect(alert.textContent()).resolves.toContain('extra-steun');
    await expect.poll(() => page.getByRole('button', { name: NIEUW, exact: true }).count()).toBe(1);
    await schoon();
  });

  test('without JavaScript the page says it needs it', async () => {
    const zonder = await browser.newContext({ javaScriptEnabled: false });
    const p = await zonder.newPage();
    await p.goto(baseUrl() + PAD);
    expect(await p.content()).toContain('Deze pagina heeft JavaScript nodig');
    await zonder.close();
    expect(describeViolations(await axeZonderJs(browser, PAD))).toBe('');
  });
});
