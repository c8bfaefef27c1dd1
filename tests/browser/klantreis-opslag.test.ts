/**
 * Issue "Hardening II" for the klantreis editor, as a browser meets it: two tabs of one browser work on the same
 * storage without erasing each other's cases and follow each other's changes; a browser whose storage is switched
 * off or full still gets a working editor that says so; a file far too big is refused before it is read, and a
 * crafted file within the limit is refused without freezing the tab.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { klantreisNaarJson } from '../../src/domain/klantreis/importeren.ts';
import type { Klantreis } from '../../src/domain/klantreis/schema.ts';
import { APART_SLEUTEL, OPSLAG_SLEUTEL } from '../../src/view/klantreis/opslag.ts';
import { baseUrl, launch, open, openIn } from './browser.ts';
import { schoon } from './schoon.ts';

const PAD = '/voorbeeldregio/klantreis/';
const VOORBEELD = JSON.parse(readFileSync('public/klantreis/voorbeeld.json', 'utf8')) as Klantreis;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const opgeslagen = (page: Page): Promise<Klantreis[]> => page.evaluate((sleutel) => JSON.parse(localStorage.getItem(sleutel) ?? '[]'), OPSLAG_SLEUTEL);
const titels = async (page: Page) => (await opgeslagen(page)).map((k) => k.titel).sort();
const lijst = (page: Page) => page.locator('.kr-casussen button').allTextContents();
const TITEL = 'Titel van de casus (zonder namen of herleidbare gegevens)';

async function nieuweCasus(page: Page, titel: string) {
  await page.getByRole('button', { name: '+ Nieuwe casus' }).click();
  await page.getByLabel(TITEL).fill(titel);
  await page.getByRole('heading', { name: `Casus: ${titel}` }).waitFor();
}

/** Waits until the page's list of cases is exactly these titles (in any order). */
async function lijstIs(page: Page, verwacht: string[]) {
  await page.waitForFunction(
    (verwacht) => JSON.stringify([...document.querySelectorAll('.kr-casussen button')].map((b) => b.textContent).sort()) === JSON.stringify([...verwacht].sort()),
    verwacht,
    { timeout: 5000 },
  );
}

describe('klantreis: twee tabbladen in één browser', () => {
  test('een casus uit het ene tabblad blijft bestaan als je in het andere typt, en elk tabblad volgt het andere', async () => {
    const visit = await open(browser, PAD);
    const a = visit.page;
    const b = await visit.context.newPage();
    b.on('pageerror', (error) => visit.errors.push(error.message));
    await b.goto(baseUrl() + PAD);
    for (const page of [a, b]) await page.getByRole('heading', { name: 'Casussen in deze browser' }).waitFor();

    // Both tabs were opened on an empty browser; each starts a case of its own.
    await nieuweCasus(a, 'Casus uit tab A');
    await nieuweCasus(b, 'Casus uit tab B');
    await b.getByLabel('Feiten').first().fill('Getypt in tab B');
    expect(await titels(a)).toEqual(['Casus uit tab A', 'Casus uit tab B']);

    // Each tab lists the other's case without a reload, and typing in A keeps B's case.
    await lijstIs(a, ['Casus uit tab A', 'Casus uit tab B']);
    await lijstIs(b, ['Casus uit tab A', 'Casus uit tab B']);
    await a.getByLabel('Feiten').first().fill('Getypt in tab A');
    const beide = await opgeslagen(a);
    expect(beide.map((k) => [k.titel, k.banden[0]!.feiten]).sort()).toEqual([
      ['Casus uit tab A', 'Getypt in tab A'],
      ['Casus uit tab B', 'Getypt in tab B'],
    ]);

    // The same case open in both tabs: what A types appears in B.
    await b.getByRole('button', { name: 'Casus uit tab A', exact: true }).click();
    await a.getByLabel('Feiten').first().fill('Getypt in tab A, gezien in B');
    await b.waitForFunction(() => (document.querySelector('.kr-invullen textarea') as HTMLTextAreaElement | null)?.value === 'Getypt in tab A, gezien in B');

    // A case removed in one tab is gone from the other too, and typing there does not bring it back.
    await b.getByRole('button', { name: 'Casus uit tab B', exact: true }).click();
    await a.getByRole('button', { name: 'Casus uit tab B', exact: true }).click();
    await a.getByRole('button', { name: 'Casus verwijderen' }).click();
    await a.getByRole('button', { name: 'Ja, verwijder de casus' }).click();
    await lijstIs(b, ['Casus uit tab A']);
    await expect(b.getByRole('status').textContent()).resolves.toContain('in een ander tabblad verwijderd');
    await b.getByRole('heading', { name: 'Casus: Casus uit tab A' }).waitFor();
    await b.getByLabel('Feiten').first().fill('Verder in tab B');
    expect((await opgeslagen(a)).map((k) => [k.titel, k.banden[0]!.feiten])).toEqual([['Casus uit tab A', 'Verder in tab B']]);
    await lijstIs(a, ['Casus uit tab A']);

    // axe once, on the tab that shows the message (axe on this page takes seconds).
    await schoon(browser, { ...visit, page: b });
    await visit.context.close();
  });
});

describe('klantreis: een browser die niets bewaart', () => {
  test('opslag uitgezet: de editor laadt, zegt het, en werkt in het tabblad', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // What a browser with storage switched off does: the localStorage getter itself throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const visit = await openIn(context, PAD);
    const { page } = visit;
    await page.getByRole('heading', { name: 'Casussen in deze browser' }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Deze browser laat deze site niets bewaren');
    await nieuweCasus(page, 'Alleen in dit tabblad');
    await page.getByLabel('Feiten').first().fill('Blijft zolang het tabblad open is');
    await expect(lijst(page)).resolves.toEqual(['Alleen in dit tabblad']);
    await page.getByRole('button', { name: 'Voorbeeldcasus openen' }).click();
    await expect(lijst(page)).resolves.toEqual(['Alleen in dit tabblad', VOORBEELD.titel]);
    await page.getByRole('button', { name: 'Alleen in dit tabblad' }).click();
    await expect(page.getByLabel('Feiten').first().inputValue()).resolves.toBe('Blijft zolang het tabblad open is');
    await schoon(browser, visit);
    await context.close();
  });

  test('opslag vol: de editor laadt wat er is, laat een onleesbare casus staan en zegt dat niets meer bewaard wordt', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const kapot = { ...VOORBEELD, id: 'kapot', banden: 'geen lijst' };
    const vooraf = JSON.stringify([VOORBEELD, kapot]);
    // A full browser: what is stored stays readable, every write throws QuotaExceededError.
    await context.addInitScript(
      ({ sleutel, vooraf }) => {
        const schrijf = Storage.prototype.setItem;
        if (localStorage.getItem(sleutel) === null) schrijf.call(localStorage, sleutel, vooraf);
        Storage.prototype.setItem = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
      { sleutel: OPSLAG_SLEUTEL, vooraf },
    );
    const visit = await openIn(context, PAD);
    const { page } = visit;
    await page.getByRole('heading', { name: `Casus: ${VOORBEELD.titel}` }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toContain('1 opgeslagen casus kon niet worden gelezen');
    await page.getByLabel('Feiten').first().fill('Nieuwe tekst');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Deze browser kan de casus niet meer bewaren');
    // Nothing stored was changed or lost: the unreadable case is still there, and nothing was set aside.
    expect(await page.evaluate((s) => localStorage.getItem(s), OPSLAG_SLEUTEL)).toBe(vooraf);
    expect(await page.evaluate((s) => localStorage.getItem(s), APART_SLEUTEL)).toBeNull();
    await expect(page.getByLabel('Feiten').first().inputValue()).resolves.toBe('Nieuwe tekst');
    await schoon(browser, visit);
    await context.close();
  });
});

describe('klantreis: zware bestanden', () => {
  test('een bestand van 10 MB wordt op zijn grootte geweigerd, zonder het te lezen; een vals bestand van bijna 2 MB bevriest het tabblad niet', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Counts reads of a file's content, and records every task that kept the main thread busy for 50 ms or more.
    await context.addInitScript(() => {
      const w = window as unknown as { __gelezen: number; __lang: number[] };
      w.__gelezen = 0;
      w.__lang = [];
      for (const naam of ['arrayBuffer', 'text', 'stream', 'bytes'] as const) {
        const origineel = (Blob.prototype as unknown as Record<string, (...a: unknown[]) => unknown>)[naam];
        if (!origineel) continue;
        (Blob.prototype as unknown as Record<string, unknown>)[naam] = function (this: Blob, ...args: unknown[]) {
          w.__gelezen++;
          return origineel.apply(this, args);
        };
      }
      new PerformanceObserver((lijst) => lijst.getEntries().forEach((e) => w.__lang.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });
    const visit = await openIn(context, PAD);
    const { page } = visit;
    await page.getByRole('heading', { name: 'Casussen in deze browser' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => ((window as unknown as { __lang: number[] }).__lang.length = 0));

    // Files on disk: a buffer would be decoded by playwright's own script in the page, a long task of its own.
    const map = mkdtempSync(join(tmpdir(), 'klantreis-zwaar-'));
    const tienMB = Buffer.alloc(10 * 1024 * 1024, 0x20);
    tienMB.write(klantreisNaarJson(VOORBEELD).slice(0, -2));
    writeFileSync(join(map, 'groot.json'), tienMB);
    await page.getByLabel('Klantreis-bestand importeren (JSON)').setInputFiles(join(map, 'groot.json'));
    const alert = page.locator('.kr-fout[role=alert]');
    await alert.getByText('groot.json', { exact: false }).first().waitFor();
    await expect(alert.textContent()).resolves.toContain('het bestand is te groot (10,0 MB); een klantreis-bestand is hoogstens 2 MB');
    expect(await page.evaluate(() => (window as unknown as { __gelezen: number }).__gelezen)).toBe(0);

    // Within the limit, but 200,000 fields that V8 alone takes seconds to build: refused before JSON.parse.
    const velden = Array.from({ length: 180_000 }, (_, i) => `"k${i}":0`).join(',');
    const vals = `${JSON.stringify(VOORBEELD).slice(0, -1)},${velden}}`;
    expect(vals.length).toBeGreaterThan(1.9 * 1024 * 1024);
    expect(vals.length).toBeLessThan(2 * 1024 * 1024);
    writeFileSync(join(map, 'vals.json'), vals);
    await page.getByLabel('Klantreis-bestand importeren (JSON)').setInputFiles(join(map, 'vals.json'));
    await alert.getByText('vals.json', { exact: false }).first().waitFor();
    await expect(alert.textContent()).resolves.toContain('heeft meer dan 50 velden');
    const langste = Math.max(0, ...(await page.evaluate(() => (window as unknown as { __lang: number[] }).__lang)));
    // Before the limits this file kept the tab busy for seconds in one go; now nothing here takes 1 s.
    expect(langste).toBeLessThan(1000);
    rmSync(map, { recursive: true, force: true });
    await schoon(browser, visit);
    await context.close();
  });
});

