/**
 * Issue "Verwijswijzer" as a professional meets it: fill the triage by keyboard, open a shared address, safety first,
 * no match, print for the family, and without JavaScript the answers per thema. The expected answers come from
 * verwijs() on the same data, so the page is checked against the one place the matching lives.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { laadRegios } from '../../src/io/data.ts';
import { datumVan } from '../../src/domain/fase-van-datum.ts';
import { THEMA_IDS } from '../../src/domain/ids.ts';
import { FASE_IDS } from '../../src/domain/tijdlijn.ts';
import { verwijs, zoekparametersVan, type Vraag } from '../../src/domain/verwijswijzer.ts';
import { baseUrl, launch, open } from './browser.ts';
import { schoon } from './schoon.ts';

const { regios } = laadRegios(process.env.ROUTEKAART_DATA ?? 'data');
const regio = regios.find((r) => r.id === 'voorbeeldregio')!;
const aanbod = { voorzieningen: regio.voorzieningen, routes: regio.routes, gemeenten: regio.regio.gemeenten };
const VANDAAG = datumVan(new Date());
const PAD = '/voorbeeldregio/verwijswijzer/';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The thema with the most voorzieningen in pregnancy: the richest answer the data gives. */
const THEMA = [...THEMA_IDS].sort(
  (a, b) => verwijs(aanbod, { themas: [b], fase: 'zwangerschap' }, VANDAAG).voorzieningen.length - verwijs(aanbod, { themas: [a], fase: 'zwangerschap' }, VANDAAG).voorzieningen.length,
)[0]!;

/** What the page shows, in order: first steps, then voorzieningen, tips and routes. */
async function shown(page: Page) {
  const antwoord = page.locator('.antwoord');
  await antwoord.waitFor();
  return {
    eerst: await antwoord.locator('[data-advies]').evaluateAll((els) => els.map((el) => el.getAttribute('data-advies'))),
    voorzieningen: await antwoord.locator('.niveau-groep .treffer').evaluateAll((els) => els.map((el) => el.getAttribute('data-voorziening'))),
    routes: await antwoord.locator('.routes-treffers li').evaluateAll((els) => els.map((el) => el.getAttribute('data-route'))),
  };
}

function expected(vraag: Vraag) {
  const antwoord = verwijs(aanbod, vraag, VANDAAG);
  return {
    eerst: antwoord.eerst.map((a) => a.id),
    voorzieningen: antwoord.voorzieningen.map((t) => t.voorziening.id),
    routes: antwoord.routes.map((r) => r.route.id),
  };
}

/** Press Tab until the focused element matches; a keyboard user's way to a control. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`met Tab niet bij ${selector} gekomen`);
}

describe('met het toetsenbord', () => {
  test('vul de triage in met Tab, spatie, pijltjes en Enter en krijg het antwoord, met de focus erop', async () => {
    const visit = await open(browser, PAD);
    const { page } = visit;
    await tabTo(page, 'input[name="spoed"]');
    await page.keyboard.press('ArrowRight'); // spoed: nee
    await tabTo(page, 'input[name="veilig"]');
    await page.keyboard.press('ArrowRight'); // veilig: nee
    await tabTo(page, `input[name="thema"][value="${THEMA}"]`);
    await page.keyboard.press('Space');
    await tabTo(page, 'select[name="fase"]');
    await page.keyboard.type('Zwangerschap');
    await tabTo(page, 'input[name="aanvullend"]');
    await page.keyboard.press('ArrowLeft'); // from "Weet ik niet" to "Nee"
    expect(await page.locator('input[name="aanvullend"]:checked').getAttribute('value')).toBe('nee');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');

    const vraag: Vraag = { spoed: false, veiligheid: false, themas: [THEMA], fase: 'zwangerschap', aanvullend: false };
    await page.waitForURL(`**${PAD}?${zoekparametersVan(vraag)}#antwoord`);
    expect(await shown(page)).toEqual(expected(vraag));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('antwoord-titel');
    // The form shows the question it answers, ready to be adjusted.
    expect(await page.locator(`input[name="thema"][value="${THEMA}"]`).isChecked()).toBe(true);
    expect(await page.locator('select[name="fase"]').inputValue()).toBe('zwangerschap');
    await schoon(browser, visit);
    await visit.context.close();
  });
});

describe('via een gedeeld webadres', () => {
  test('hetzelfde adres geeft hetzelfde antwoord en hetzelfde ingevulde formulier', async () => {
    const vraag: Vraag = { veiligheid: false, themas: [THEMA, 'opvoeding'], bekend: true, fase: 'babyfase', aanvullend: true };
    const visit = await open(browser, `${PAD}?${zoekparametersVan(vraag)}`);
    const { page } = visit;
    expect(await shown(page)).toEqual(expected(vraag));
    expect(await page.locator('[data-advies="al-bekend"]').count()).toBe(1);
    expect(await page.locator('input[name="thema"]:checked').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value).sort())).toEqual(
      [...new Set([THEMA, 'opvoeding'])].sort(),
    );
    expect(await page.locator('input[name="bekend"]:checked').getAttribute('value')).toBe('ja');
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('op 320 px breed past het antwoord op het scherm, zonder zijwaarts scrollen', async () => {
    const visit = await open(browser, `${PAD}?veilig=ja&thema=${THEMA}&aanvullend=nee`, { width: 320 });
    await visit.page.locator('.antwoord').waitFor();
    expect(await visit.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('een geboortedatum wordt een fase, gerekend vanaf vandaag', async () => {
    const geboren = new Date();
    geboren.setMonth(geboren.getMonth() - 18);
    const vraag: Vraag = { themas: ['opvoeding'], geboren: datumVan(geboren) };
    const visit = await open(browser, `${PAD}?${zoekparametersVan(vraag)}`);
    expect(await visit.page.locator('.samenvatting').innerText()).toContain('Peuterfase (Het kind is 18 maanden oud)');
    expect(await shown(visit.page)).toEqual(expected({ ...vraag, fase: 'peuterfase' }));
    await schoon(browser, visit);
    await visit.context.close();
  });
});

describe('veiligheid', () => {
  test('is de veiligheid in gevaar, dan staat Veilig Thuis (0800-2000) bovenaan, vóór alle voorzieningen', async () => {
    const visit = await open(browser, `${PAD}?veilig=ja&thema=${THEMA}`);
    const { page } = visit;
    const first = page.locator('#antwoord .antwoord').locator('[data-advies], .treffer').first();
    expect(await first.getAttribute('data-advies')).toBe('veilig-thuis');
    expect(await first.innerText()).toContain('0800-2000');
    expect(await first.getByRole('link', { name: 'Bel 0800-2000' }).getAttribute('href')).toBe('tel:08002000');
    // The family sheet leads with it too.
    expect(await page.locator('.voor-het-gezin .gezin-veilig').innerText()).toContain('0800-2000');
    await schoon(browser, visit);
    await visit.context.close();
  });
});

describe('geen passende voorziening', () => {
  // A thema and fase the region has nothing for; the example region must keep at least one such gap.
  const gat = FASE_IDS.flatMap((fase) => THEMA_IDS.map((thema) => ({ fase, thema }))).find(
    ({ fase, thema }) => thema !== 'veiligheid-en-huiselijk-geweld' && verwijs(aanbod, { themas: [thema], fase }, VANDAAG).geenTreffers,
  );

  test('zegt dat er niets is gevonden en wijst naar het wijkteam of de huisarts', async () => {
    expect(gat, 'de voorbeeldregio heeft voor elk thema in elke fase een voorziening; er is geen geval zonder treffer').toBeDefined();
    const visit = await open(browser, `${PAD}?thema=${gat!.thema}&fase=${gat!.fase}`);
    const { page } = visit;
    const melding = page.locator('.geen-treffers');
    await melding.waitFor();
    expect(await melding.locator('h3').textContent()).toBe('Geen passende voorziening gevonden');
    expect(await melding.innerText()).toMatch(/wijkteam of met de huisarts/);
    expect(await page.locator('.voor-het-gezin').innerText()).toContain('Bel het wijkteam of uw huisarts');
    await schoon(browser, visit);
    await visit.context.close();
  });
});

describe('afdrukken voor het gezin', () => {
  test('op papier alleen de tekst voor het gezin in gewone taal: geen menu, formulier of vakjargon', async () => {
    const vraag: Vraag = { themas: [THEMA], fase: 'zwangerschap', aanvullend: false };
    const visit = await open(browser, `${PAD}?${zoekparametersVan(vraag)}`);
    const { page } = visit;
    await page.locator('#antwoord .antwoord').waitFor();
    // The button prints (window.print is replaced so the test does not open a dialog).
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByRole('button', { name: 'Afdrukken voor het gezin' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.voor-het-gezin').isVisible()).toBe(true);
    expect(await page.locator('.voor-het-gezin h2').textContent()).toBe('Hulp voor u en uw kind');
    for (const hidden of ['nav[aria-label="Regio"]', 'form#formulier', '#antwoord .antwoord', 'h1', '.gezin-scherm-uitleg']) {
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    }
    const text = await page.locator('.voor-het-gezin').innerText();
    const antwoord = verwijs(aanbod, vraag, VANDAAG);
    for (const t of [...antwoord.voorzieningen, ...antwoord.tips]) {
      expect(text).toContain(t.voorziening.naam);
      expect(text).toContain(t.kostenVoorGezin[0]!);
    }
    expect(text).toContain('Wat kost het?');
    expect(text).not.toMatch(/vrij verzekerd|eigen risico:|steuntje in de rug/i);
    await page.emulateMedia({ media: 'screen' });
    await schoon(browser, visit);
    await visit.context.close();
  });
});

describe('zonder JavaScript', () => {
  test('zegt eerlijk dat het formulier niet kan antwoorden en leidt naar de antwoorden per thema en fase', async () => {
    const visit = await open(browser, `${PAD}?thema=${THEMA}&fase=zwangerschap`, { javaScript: false });
    const { page } = visit;
    expect(await page.locator('main').innerText()).toContain('Je browser voert geen JavaScript uit');
    // The form is still a real GET form (its address is what the script answers once JavaScript is on).
    expect(await page.locator('form#formulier').getAttribute('method')).toBe('get');
    expect(await page.locator('#antwoord').isVisible()).toBe(false);
    await schoon(browser, visit, true);
    await page.locator(`.thema-links a[href$="/${THEMA}/"]`).click();
    await page.waitForURL(`**${PAD}${THEMA}/`);
    expect(await shown(page)).toEqual(expected({ themas: [THEMA] }));
    await page.getByRole('navigation', { name: 'Fase' }).getByRole('link', { name: 'Zwangerschap' }).click();
    await page.waitForURL(`**${PAD}${THEMA}/zwangerschap/`);
    expect(await shown(page)).toEqual(expected({ themas: [THEMA], fase: 'zwangerschap' }));
    expect(await page.locator('.voor-het-gezin').isVisible()).toBe(true);
    await schoon(browser, visit, true);
    await visit.context.close();
  });

  test('de pagina over veiligheid zet Veilig Thuis bovenaan', async () => {
    const visit = await open(browser, `${PAD}veiligheid-en-huiselijk-geweld/`, { javaScript: false });
    const first = visit.page.locator('.antwoord').locator('[data-advies], .treffer').first();
    expect(await first.getAttribute('data-advies')).toBe('veilig-thuis');
    await schoon(browser, visit, true);
    await visit.context.close();
  });
});

describe('een adres dat een andere host noemt', () => {
  test('de server kent //andere-host/… niet, en het formulier stuurt het antwoord altijd naar de eigen verwijswijzer', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const vreemd = `${baseUrl()}//evil.example${PAD}`;
    expect((await page.goto(vreemd))?.status()).toBe(404);

    // A server without that check would serve the page there: location.pathname is then "//evil.example/…".
    const naarBuiten: string[] = [];
    await context.route((url) => url.hostname === 'evil.example', (route) => (naarBuiten.push(route.request().url()), route.abort()));
    await context.route(
      (url) => url.pathname.startsWith('//evil.example/'),
      (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(`dist${PAD}index.html`) }),
    );
    await page.goto(vreemd);
    // The island must be running: before it is, the plain form submits to its action (right too, but not this test's case).
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 15_000 });
    await page.locator('input[name="spoed"][value="nee"]').check();
    await page.locator(`input[name="thema"][value="${THEMA}"]`).check();
    await page.getByRole('button', { name: 'Toon passende hulp' }).click();
    await page.waitForURL((url) => url.searchParams.has('thema'));
    expect(naarBuiten).toEqual([]);
    const antwoord = new URL(page.url());
    expect([antwoord.origin, antwoord.pathname, antwoord.hash]).toEqual([baseUrl(), PAD, '#antwoord']);
    await context.close();
  });
});
