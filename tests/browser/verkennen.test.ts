/**
 * Issue "Explore the map" as a user meets it: filters and search dim the map, the legend filters, the URL holds
 * the state (Back undoes), the detail panel opens by click and by Enter, and the keyboard walks the map.
 * Every state ends with axe, no console errors (CSP violations land there) and no request off this machine.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { laadRegios } from '../../src/io/data.ts';
import { isoDatum, regioOpDeKaart } from '../../src/domain/beschikbaar.ts';
import { layoutKaart } from '../../src/layout/kaart.ts';
import { launch } from './browser.ts';
import { schoon } from './schoon.ts';
import { focusId, link, openFilters, openKaart, query, telling, zichtbaar } from './kaart-hulp.ts';

const { regios } = laadRegios('data');
// The map shows what is available on the day of the build (an ended pilot is not drawn).
const regio = regioOpDeKaart(regios.find((r) => r.id === 'voorbeeldregio')!, isoDatum(new Date()));
const TOTAAL = regio.voorzieningen.length;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const kaart = (path = '', options: { width?: number } = {}) => openKaart(browser, `/voorbeeldregio/${path}`, options);

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
    const gedimd = page.locator('.kaart .vz a.gedimd').first();
    expect(await gedimd.getAttribute('aria-hidden')).toBe('true');
    expect(await gedimd.getAttribute('tabindex')).toBe('-1');
    await expect.poll(() => page.locator('[data-melding]').textContent()).toBe(`${extra.length} van ${TOTAAL} voorzieningen`);
    await schoon(browser, visit);
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
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('fase, kenmerk en toegang versmallen elkaar; "Wis" zet alles terug', async () => {
    const visit = await kaart();
    const { page } = visit;
    await openFilters(page);
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
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('op gemeente: wat daar niet wordt aangeboden dimt; aanbod voor een deel van de regio draagt een teken en zegt waar', async () => {
    const visit = await kaart('?gemeente=hazelmonde');
    const { page } = visit;
    const elders = regio.voorzieningen.filter((v) => v.gemeenten && !v.gemeenten.includes('Hazelmonde')).map((v) => v.id);
    expect(elders.length).toBeGreaterThan(0);
    const getoond = await zichtbaar(page);
    for (const id of elders) expect(getoond).not.toContain(id);
    expect(getoond).toContain('buurtgezinnen');
    expect(await telling(page)).toBe(`${TOTAAL - elders.length} van ${TOTAAL} voorzieningen`);
    await openFilters(page);
    expect(await page.getByLabel('Waar woont het gezin?').inputValue()).toBe('hazelmonde');
    // The mark is a pin before the name (not colour alone), and the name says where.
    expect(await link(page, 'buurtgezinnen').locator('use').getAttribute('href')).toMatch(/-ai$/);
    expect(await link(page, 'buurtgezinnen').getAttribute('aria-label')).toMatch(/alleen in Lindewaard en Hazelmonde$/);
    expect(await link(page, 'kraamzorg').getAttribute('aria-label')).not.toContain('alleen in');
    await page.getByLabel('Waar woont het gezin?').selectOption('');
    await expect.poll(() => query(page)).toBe('');
    expect(await telling(page)).toBe(`Alle ${TOTAAL} voorzieningen`);
    // An unknown gemeente in a link is dropped, not guessed.
    await page.goto(page.url().replace(/\?.*$/, '') + '?gemeente=atlantis');
    await page.waitForSelector('[data-kaart][data-klaar]', { state: 'attached' });
    expect(await telling(page)).toBe(`Alle ${TOTAAL} voorzieningen`);
    await schoon(browser, visit);
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
    // The toolbar says a filter is set behind "Filters", and shows it there.
    expect(await page.locator('[data-filter-aantal]').textContent()).toBe(' (1)');
    await openFilters(page);
    expect(await page.getByRole('checkbox', { name: 'sociaal netwerk' }).isChecked()).toBe(true);
    await schoon(browser, visit);
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
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('het zoekformulier werkt ook voordat het eiland geladen is: het is een gewoon GET-formulier', async () => {
    const visit = await kaart();
    const { page } = visit;
    const form = page.locator('form[role="search"]');
    expect(await form.getAttribute('method')).toBe('get');
    expect(await form.locator('input[name="q"]').count()).toBe(1);
    expect(await form.locator('input[name="niveau"]').count()).toBe(4);
    expect(await form.locator('select[name="fase"], select[name="toegang"], input[name="kenmerk"]').count()).toBe(9);
    await visit.context.close();
  });
});

describe('het detailpaneel', () => {
  test('een klik opent het paneel met de inhoud van de pagina; Escape sluit het en de focus gaat terug', async () => {
    const visit = await kaart();
    const { page } = visit;
    await link(page, 'kraamzorg').click();
    const paneel = page.getByRole('region', { name: 'Kraamzorg' });
    await paneel.getByText('Aanbieders en contact').waitFor();
    expect(new URL(page.url()).pathname).toBe('/voorbeeldregio/');
    await expect.poll(() => query(page)).toBe('?v=kraamzorg');
    expect(await focusId(page)).toBe('paneel-kop');
    const tekst = await paneel.innerText();
    for (const kop of ['Wanneer', 'Toegang', 'Kosten voor het gezin', 'Bijgewerkt op']) expect(tekst).toContain(kop);
    expect(await paneel.locator('h1').count()).toBe(0);
    await schoon(browser, visit);

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
    await link(page, 'home-start').focus();
    await page.keyboard.press('Enter');
    const paneel = page.getByRole('region', { name: 'Home-Start' });
    await paneel.getByText('Aanbieders en contact').waitFor();
    expect(await focusId(page)).toBe('paneel-kop');
    await paneel.getByRole('button', { name: /Sluiten/ }).click();
    expect(await focusId(page)).toBe('home-start');
    expect(await link(page, 'home-start').first().getAttribute('tabindex')).toBe('0');
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('een deep link ?v= opent het paneel meteen', async () => {
    const visit = await kaart('?v=vroeghulp');
    const paneel = visit.page.getByRole('region', { name: 'Vroeghulp' });
    await paneel.getByText('Aanbieders en contact').waitFor();
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('Ctrl-klik opent nog steeds de echte pagina in een nieuw tabblad', async () => {
    const visit = await kaart();
    const { page, context } = visit;
    const [tab] = await Promise.all([context.waitForEvent('page'), link(page, 'kraamzorg').click({ modifiers: ['Control'] })]);
    await tab!.waitForLoadState();
    expect(new URL(tab!.url()).pathname).toBe('/voorbeeldregio/voorziening/kraamzorg/');
    expect(await page.locator('[data-paneel]').isVisible()).toBe(false);
    await visit.context.close();
  });
});

describe('met het toetsenbord door de kaart', () => {
  const layout = layoutKaart(regio.voorzieningen);
  // As the keyboard walks a lane: its doorlopend chips first, row by row, then its bars in time.
  const volgorde = layout.spans.map((s) => s.id);
  const plek = (s: { soort: string; x: number }) => (s.soort === 'chip' ? 0 : s.x);
  const laan = (niveau: string) =>
    layout.spans.filter((s) => s.niveau === niveau).sort((a, b) => plek(a) - plek(b) || a.y - b.y || volgorde.indexOf(a.id) - volgorde.indexOf(b.id));
  const basis = laan('basiszorg');
  const steun = laan('steuntje-in-de-rug');
  const digitaal = laan('digitale-zorg');

  test('één Tab-stop de kaart in, pijltjes door de tijd en tussen lanen, Home en End', async () => {
    const visit = await kaart();
    const { page } = visit;
    // Before the map has had focus every voorziening is a plain link; start-up touches none of them.
    expect(await page.locator('.kaart .vz a[tabindex]').count()).toBe(0);
    await page.getByRole('button', { name: 'Hele tijdlijn' }).focus();
    let stappen = 0;
    while ((await page.evaluate(() => document.activeElement?.closest('.kaart') === null)) && stappen++ < 15) await page.keyboard.press('Tab');
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
    const nabij = [...steun].sort((a, b) => Math.abs(plek(a) - plek(basis[0]!)) - Math.abs(plek(b) - plek(basis[0]!)) || a.y - b.y)[0]!;
    expect(await focusId(page)).toBe(nabij.id);
    await page.keyboard.press('Control+End');
    expect(await focusId(page)).toBe(digitaal.at(-1)!.id);
    await page.keyboard.press('Control+Home');
    expect(await focusId(page)).toBe(basis[0]!.id);
    // Still one Tab stop: the one last visited.
    expect(await page.locator('.kaart .vz a[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.kaart'))).toBeNull();
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('gedimde voorzieningen worden overgeslagen, en de focusrand is zichtbaar', async () => {
    const visit = await kaart('?niveau=basiszorg&kenmerk=standaard');
    const { page } = visit;
    const zicht = basis.filter((s) => regio.voorzieningen.find((v) => v.id === s.id)!.kenmerken.includes('standaard'));
    const eerste = link(page, zicht[0]!.id);
    expect(await eerste.getAttribute('tabindex')).toBe('0');
    await eerste.focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusId(page)).toBe(zicht[1]!.id);
    await page.keyboard.press('ArrowDown');
    expect(await focusId(page)).toBe(zicht[1]!.id);
    const rand = await link(page, zicht[1]!.id).locator('rect').evaluate((el) => getComputedStyle(el).strokeWidth);
    expect(rand).toBe('3px');
    await schoon(browser, visit);
    await visit.context.close();
  });
});
