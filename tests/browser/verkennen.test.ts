/**
 * Issue "Explore the map" as a user meets it: filters and search dim the map, the legend filters, the URL holds
 * the state (Back undoes), the detail panel opens by click and by Enter, and the keyboard walks the map.
 * Every state ends with axe, no console errors (CSP violations land there) and no request off this machine.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { laadRegios } from '../../src/io/data.ts';
import { layoutKaart } from '../../src/layout/kaart.ts';
import { axe, describeViolations, externalRequests, launch, open, type Visit } from './browser.ts';

const { regios } = laadRegios('data');
const regio = regios.find((r) => r.id === 'voorbeeldregio')!;
const TOTAAL = regio.voorzieningen.length;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the map and waits until the island has hydrated. */
async function kaart(path = '', options: { width?: number } = {}): Promise<Visit> {
  const visit = await open(browser, `/voorbeeldregio/${path}`, options);
  // Hydrated is not yet set up: the island's effect gives the spans their tabindex in one go, so wait for that.
  await visit.page.waitForSelector('svg.kaart a.span[tabindex]', { state: 'attached' });
  return visit;
}

async function schoon(visit: Visit): Promise<void> {
  expect(describeViolations(await axe(visit.page))).toBe('');
  expect(visit.errors).toEqual([]);
  expect(externalRequests(visit.requests)).toEqual([]);
}

const telling = (page: Page) => page.locator('[data-telling]').textContent();
const zichtbaar = (page: Page) => page.locator('svg.kaart a.span:not(.gedimd)').evaluateAll((as) => as.map((a) => a.getAttribute('data-id')).sort());
const query = (page: Page) => new URL(page.url()).search;
const focusId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? document.activeElement?.id ?? null);

describe('filteren en zoeken', () => {
  test('op niveau: de rest dimt, de telling klopt en staat in de URL', async () => {
    const visit = await kaart();
    const { page } = visit;
    expect(await telling(page)).toBe(`Alle ${TOTAAL} voorzieningen`);
    await page.getByRole('checkbox', { name: 'Extra steun' }).check();
    const extra = regio.voorzieningen.filter((v) => v.niveau === 'extra-steun').map((v) => v.id).sort();
    expect(await zichtbaar(page)).toEqual(extra);
    expect(await telling(page)).toBe(`${extra.length} van ${TOTAAL} voorzieningen`);
    await expect.poll(() => query(page)).toBe('?niveau=extra-steun');
    // Dimmed spans are out of the tab order and hidden from screen readers.
    const gedimd = page.locator('svg.kaart a.span.gedimd').first();
    expect(await gedimd.getAttribute('aria-hidden')).toBe('true');
    expect(await gedimd.getAttribute('tabindex')).toBe('-1');
    await expect.poll(() => page.locator('.verkenner').getByRole('status').textContent()).toBe(`${extra.length} van ${TOTAAL} voorzieningen`);
    await schoon(visit);
    await visit.context.close();
  });

  test('zoeken zonder accenten vindt woorden met accenten, ook in de omschrijving en bij de aanbieder', async () => {
    const visit = await kaart();
    const { page } = visit;
    await page.getByLabel('Zoek op naam, aanbieder of omschrijving').fill('dietist');
    expect(await zichtbaar(page)).toEqual(['dietist']);
    await page.getByLabel('Zoek op naam, aanbieder of omschrijving').fill('MAMACAFE');
    expect(await zichtbaar(page)).toEqual(['mamacafe']);
    // An aanbieder: the verloskundigenpraktijk "De Wieg" offers several voorzieningen.
    await page.getByLabel('Zoek op naam, aanbieder of omschrijving').fill('wieg');
    const wieg = regio.voorzieningen.filter((v) => v.aanbieders.some((a) => /wieg/i.test(a.naam)) || /wieg/i.test(v.naam + v.omschrijving));
    expect(await zichtbaar(page)).toEqual(wieg.map((v) => v.id).sort());
    expect(wieg.length).toBeGreaterThan(1);
    await expect.poll(() => query(page)).toBe('?q=wieg');
    await page.getByLabel('Zoek op naam, aanbieder of omschrijving').fill('bestaat nergens');
    expect(await telling(page)).toBe(`0 van ${TOTAAL} voorzieningen`);
    await schoon(visit);
    await visit.context.close();
  });

  test('fase, kenmerk en toegang versmallen elkaar; "Wis" zet alles terug', async () => {
    const visit = await kaart();
    const { page } = visit;
    await page.getByLabel('Fase', { exact: true }).selectOption('bevalling');
    await page.getByLabel('Toegang').selectOption('zelf');
    await page.getByRole('checkbox', { name: 'vrij verzekerd (geen eigen risico)' }).check();
    const verwacht = regio.voorzieningen
      .filter((v) => v.kolommen.eerste <= 10 && v.kolommen.laatste >= 10 && v.aanmelding?.includes('zelf') && v.kenmerken.includes('vrij-verzekerd'))
      .map((v) => v.id)
      .sort();
    expect(verwacht.length).toBeGreaterThan(0);
    expect(await zichtbaar(page)).toEqual(verwacht);
    await expect.poll(() => query(page)).toBe('?fase=bevalling&kenmerk=vrij-verzekerd&toegang=zelf');
    await page.getByRole('button', { name: 'Wis zoeken en filters' }).click();
    expect(await telling(page)).toBe(`Alle ${TOTAAL} voorzieningen`);
    await expect.poll(() => query(page)).toBe('');
    await schoon(visit);
    await visit.context.close();
  });

  test('een klik op een teken in de legenda filtert daarop, nog een klik zet het uit', async () => {
    const visit = await kaart();
    const { page } = visit;
    const knop = page.getByRole('button', { name: 'Filter op sociaal netwerk' });
    await knop.click();
    expect(await knop.getAttribute('aria-pressed')).toBe('true');
    const sociaal = regio.voorzieningen.filter((v) => v.kenmerken.includes('sociaal-netwerk')).map((v) => v.id).sort();
    expect(await zichtbaar(page)).toEqual(sociaal);
    expect(await page.getByRole('checkbox', { name: 'sociaal netwerk' }).isChecked()).toBe(true);
    await schoon(visit);
    await knop.click();
    expect(await knop.getAttribute('aria-pressed')).toBe('false');
    expect(await telling(page)).toBe(`Alle ${TOTAAL} voorzieningen`);
    await visit.context.close();
  });
});

describe('de URL', () => {
  test('een gedeelde link herstelt filters en zoekvraag; Terug maakt elke stap ongedaan', async () => {
    const visit = await kaart('?niveau=basiszorg&niveau=digitale-zorg&q=app');
    const { page } = visit;
    const verwacht = regio.voorzieningen
      .filter((v) => ['basiszorg', 'digitale-zorg'].includes(v.niveau) && /app/i.test([v.naam, v.omschrijving, ...v.aanbieders.map((a) => a.naam)].join(' ')))
      .map((v) => v.id)
      .sort();
    expect(await zichtbaar(page)).toEqual(verwacht);
    expect(await page.getByLabel('Zoek op naam, aanbieder of omschrijving').inputValue()).toBe('app');
    expect(await page.getByRole('checkbox', { name: 'Digitale zorg' }).isChecked()).toBe(true);

    // Typing (clearing the box included) is one history entry, however many keys.
    const zoek = page.getByLabel('Zoek op naam, aanbieder of omschrijving');
    await zoek.fill('');
    await zoek.pressSequentially('gids');
    await zoek.blur();
    await expect.poll(() => query(page)).toBe('?niveau=basiszorg&niveau=digitale-zorg&q=gids');
    await page.getByRole('checkbox', { name: 'Basiszorg' }).uncheck();
    await expect.poll(() => query(page)).toBe('?niveau=digitale-zorg&q=gids');

    await page.goBack();
    await expect.poll(() => query(page)).toBe('?niveau=basiszorg&niveau=digitale-zorg&q=gids');
    expect(await page.getByRole('checkbox', { name: 'Basiszorg' }).isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => query(page)).toBe('?niveau=basiszorg&niveau=digitale-zorg&q=app');
    expect(await zichtbaar(page)).toEqual(verwacht);
    expect(await zoek.inputValue()).toBe('app');
    await schoon(visit);
    await visit.context.close();
  });

  test('het zoekformulier werkt ook voordat het eiland geladen is: het is een gewoon GET-formulier', async () => {
    const visit = await kaart();
    const { page } = visit;
    const form = page.locator('form[role="search"]');
    expect(await form.getAttribute('method')).toBe('get');
    expect(await form.locator('input[name="q"]').count()).toBe(1);
    expect(await form.locator('input[name="niveau"]').count()).toBe(4);
    await visit.context.close();
  });
});

describe('het detailpaneel', () => {
  test('een klik opent het paneel met de inhoud van de pagina; Escape sluit het en de focus gaat terug', async () => {
    const visit = await kaart();
    const { page } = visit;
    await page.locator('svg.kaart a.span[data-id="kraamzorg"]').click();
    const paneel = page.getByRole('region', { name: 'Kraamzorg' });
    await paneel.getByText('Aanbieders en contact').waitFor();
    expect(new URL(page.url()).pathname).toBe('/voorbeeldregio/');
    await expect.poll(() => query(page)).toBe('?v=kraamzorg');
    expect(await focusId(page)).toBe('paneel-kop');
    const tekst = await paneel.innerText();
    for (const kop of ['Wanneer', 'Toegang', 'Kosten voor het gezin', 'Bijgewerkt op']) expect(tekst).toContain(kop);
    expect(await paneel.locator('h1').count()).toBe(0);
    await schoon(visit);

    await page.keyboard.press('Escape');
    expect(await paneel.isVisible()).toBe(false);
    await expect.poll(() => query(page)).toBe('');
    expect(await focusId(page)).toBe('kraamzorg');
    await page.goBack();
    await expect.poll(() => query(page)).toBe('?v=kraamzorg');
    await paneel.waitFor();
    await visit.context.close();
  });

  test('Enter op een voorziening opent het paneel; de knop Sluiten brengt de focus terug', async () => {
    const visit = await kaart();
    const { page } = visit;
    await page.locator('svg.kaart a.span[data-id="home-start"]').focus();
    await page.keyboard.press('Enter');
    const paneel = page.getByRole('region', { name: 'Home-Start' });
    await paneel.getByText('Aanbieders en contact').waitFor();
    expect(await focusId(page)).toBe('paneel-kop');
    await paneel.getByRole('button', { name: /Sluiten/ }).click();
    expect(await focusId(page)).toBe('home-start');
    expect(await page.locator('svg.kaart a.span[data-id="home-start"]').getAttribute('tabindex')).toBe('0');
    await schoon(visit);
    await visit.context.close();
  });

  test('een deep link ?v= opent het paneel meteen', async () => {
    const visit = await kaart('?v=vroeghulp');
    const paneel = visit.page.getByRole('region', { name: 'Vroeghulp' });
    await paneel.getByText('Aanbieders en contact').waitFor();
    await schoon(visit);
    await visit.context.close();
  });

  test('Ctrl-klik opent nog steeds de echte pagina in een nieuw tabblad', async () => {
    const visit = await kaart();
    const { page, context } = visit;
    const [tab] = await Promise.all([context.waitForEvent('page'), page.locator('svg.kaart a.span[data-id="kraamzorg"]').click({ modifiers: ['Control'] })]);
    await tab!.waitForLoadState();
    expect(new URL(tab!.url()).pathname).toBe('/voorbeeldregio/voorziening/kraamzorg/');
    expect(await page.locator('.paneel').isVisible()).toBe(false);
    await visit.context.close();
  });
});

describe('met het toetsenbord door de kaart', () => {
  const layout = layoutKaart(regio.voorzieningen);
  const laan = (niveau: string) => layout.spans.filter((s) => s.niveau === niveau).sort((a, b) => a.x - b.x || a.y - b.y);
  const basis = laan('basiszorg');
  const steun = laan('steuntje-in-de-rug');
  const digitaal = laan('digitale-zorg');

  test('één Tab-stop de kaart in, pijltjes door de tijd en tussen lanen, Home en End', async () => {
    const visit = await kaart();
    const { page } = visit;
    expect(await page.locator('svg.kaart a.span[tabindex="0"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Afdrukken (A3)' }).focus();
    let stappen = 0;
    while ((await page.evaluate(() => document.activeElement?.closest('svg.kaart') === null)) && stappen++ < 10) await page.keyboard.press('Tab');
    expect(await focusId(page)).toBe(basis[0]!.id);

    await page.keyboard.press('ArrowRight');
    expect(await focusId(page)).toBe(basis[1]!.id);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focusId(page)).toBe(basis[0]!.id);
    await page.keyboard.press('End');
    expect(await focusId(page)).toBe(basis.at(-1)!.id);
    await page.keyboard.press('Home');
    expect(await focusId(page)).toBe(basis[0]!.id);

    await page.keyboard.press('ArrowDown');
    const nabij = [...steun].sort((a, b) => Math.abs(a.x - basis[0]!.x) - Math.abs(b.x - basis[0]!.x) || a.y - b.y)[0]!;
    expect(await focusId(page)).toBe(nabij.id);
    await page.keyboard.press('Control+End');
    expect(await focusId(page)).toBe(digitaal.at(-1)!.id);
    await page.keyboard.press('Control+Home');
    expect(await focusId(page)).toBe(basis[0]!.id);
    // Still one Tab stop: the one last visited.
    expect(await page.locator('svg.kaart a.span[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('svg.kaart'))).toBeNull();
    await schoon(visit);
    await visit.context.close();
  });

  test('gedimde voorzieningen worden overgeslagen, en de focusrand is zichtbaar', async () => {
    const visit = await kaart('?niveau=basiszorg&kenmerk=standaard');
    const { page } = visit;
    const zicht = basis.filter((s) => regio.voorzieningen.find((v) => v.id === s.id)!.kenmerken.includes('standaard'));
    const eerste = page.locator(`svg.kaart a.span[data-id="${zicht[0]!.id}"]`);
    expect(await eerste.getAttribute('tabindex')).toBe('0');
    await eerste.focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusId(page)).toBe(zicht[1]!.id);
    await page.keyboard.press('ArrowDown');
    expect(await focusId(page)).toBe(zicht[1]!.id);
    const rand = await page.locator(`svg.kaart a.span[data-id="${zicht[1]!.id}"] .balk`).evaluate((el) => getComputedStyle(el).strokeWidth);
    expect(rand).toBe('3px');
    await schoon(visit);
    await visit.context.close();
  });
});
