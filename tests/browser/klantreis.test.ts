/**
 * Issue "Klantreis" as a coalition meets it: fill a case by keyboard, reload, export and import, refuse a broken
 * or foreign file without touching the open case, the CSV a spreadsheet opens, the printed record, and proof that
 * nothing leaves the page. Each state ends with axe-core.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { ACTIES_KOLOMMEN, KLANTREIS_KOLOMMEN } from '../../src/domain/klantreis/csv.ts';
import { klantreisNaarJson, leesKlantreis } from '../../src/domain/klantreis/importeren.ts';
import { STANDAARD_BANDEN } from '../../src/domain/klantreis/nieuw.ts';
import type { Klantreis } from '../../src/domain/klantreis/schema.ts';
import { laadRegios } from '../../src/io/data.ts';
import { OPSLAG_SLEUTEL } from '../../src/view/klantreis/opslag.ts';
import { baseUrl, describeViolations, externalRequests, launch, open } from './browser.ts';
import { schoon } from './schoon.ts';
import { axeZonderJs } from './zonder-js.ts';

const PAD = '/voorbeeldregio/klantreis/';
const VOORBEELD = JSON.parse(readFileSync('public/klantreis/voorbeeld.json', 'utf8')) as Klantreis;
const regio = laadRegios(process.env.ROUTEKAART_DATA ?? 'data').regios.find((r) => r.id === 'voorbeeldregio')!;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function opgeslagen(page: Page): Promise<Klantreis[]> {
  return page.evaluate((sleutel) => JSON.parse(localStorage.getItem(sleutel) ?? '[]'), OPSLAG_SLEUTEL);
}

async function openVoorbeeld(page: Page) {
  await page.getByRole('button', { name: 'Voorbeeldcasus openen' }).click();
  await page.getByRole('heading', { name: `Casus: ${VOORBEELD.titel}` }).waitFor();
}

async function download(page: Page, knop: string): Promise<{ naam: string; tekst: string }> {
  const [bestand] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: knop }).click()]);
  return { naam: bestand.suggestedFilename(), tekst: readFileSync((await (bestand as Download).path())!, 'utf8') };
}

/** The label of the focused field, once focus has moved to a field with this label. */
async function focusOp(page: Page, label: string) {
  await page.waitForFunction((label) => {
    const el = document.activeElement;
    return !!el?.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent === label;
  }, label);
}

/** Presses Tab until the focused element has this accessible name (or label); fails after 80 presses. */
async function tabNaar(page: Page, naam: string | RegExp) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const gevonden = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : '';
      return (label || el.getAttribute('aria-label') || el.textContent || '').trim();
    });
    if (typeof naam === 'string' ? gevonden === naam : naam.test(gevonden)) return;
  }
  throw new Error(`geen focus op "${naam}" na 80 keer Tab`);
}

describe('klantreis', () => {
  test('zonder JavaScript: uitleg, een leeg sjabloon om af te drukken en het voorbeeld', async () => {
    const visit = await open(browser, PAD, { javaScript: false });
    const { page } = visit;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Klantreis — Voorbeeldregio');
    await expect(page.locator('.kr-privacy').first().textContent()).resolves.toContain('Deze pagina verstuurt niets');
    const rijen = await page.locator('.kr-sjabloon tbody th').allTextContents();
    expect(rijen).toEqual(STANDAARD_BANDEN.map((b) => b.naam));
    await page.getByText(`Voorbeeld: ${VOORBEELD.titel}`).click();
    await expect(page.locator('.kr-voorbeeld-blok .kr-banden-tabel tbody tr').count()).resolves.toBe(VOORBEELD.banden.length);
    expect(describeViolations(await axeZonderJs(browser, PAD))).toBe('');
    expect(externalRequests(visit.requests)).toEqual([]);
    await visit.context.close();
  });

  test('een casus invullen met alleen het toetsenbord, en na herladen staat alles er nog', async () => {
    const visit = await open(browser, PAD);
    const { page } = visit;
    await page.getByRole('heading', { name: 'Casussen in deze browser' }).waitFor();
    await tabNaar(page, '+ Nieuwe casus');
    await page.keyboard.press('Enter');
    // The new case's title field has the focus.
    await focusOp(page, 'Titel van de casus (zonder namen of herleidbare gegevens)');
    await page.keyboard.type('Casus toetsenbord');
    await tabNaar(page, /^\+ Betrokkene/);
    await page.keyboard.press('Enter');
    // The new betrokkene's name has the focus; a name from the region's list fills in its provider.
    const voorziening = regio.voorzieningen.find((v) => v.aanbieders.length === 1)!;
    await focusOp(page, 'Naam of functie');
    await page.keyboard.type(voorziening.naam);
    await tabNaar(page, 'Feiten');
    await page.keyboard.type('Eerste echo op 12 weken.\nMoeder vertelt over zorgen.');
    await tabNaar(page, /^\+ Actie/);
    await page.keyboard.press('Enter');
    await focusOp(page, 'Wat');
    await page.keyboard.type('Ouders uitnodigen voor het overleg');
    await page.keyboard.press('Tab');
    await page.keyboard.type('intern begeleider');

    const [casus] = await opgeslagen(page);
    expect(casus!.titel).toBe('Casus toetsenbord');
    const eerste = casus!.banden[0]!;
    expect(eerste.betrokkenen).toEqual([
      expect.objectContaining({ naam: voorziening.naam, rol: 'professional', voorziening: voorziening.id, organisatie: voorziening.aanbieders[0]!.naam }),
    ]);
    expect(eerste.feiten).toBe('Eerste echo op 12 weken.\nMoeder vertelt over zorgen.');
    expect(eerste.acties).toEqual([expect.objectContaining({ wat: 'Ouders uitnodigen voor het overleg', eigenaar: 'intern begeleider', datum: '' })]);
    // The timeline and the actions list follow the form.
    await expect(page.locator('.kr-tijdlijn title').allTextContents()).resolves.toContainEqual(expect.stringContaining(voorziening.naam));
    await expect(page.locator('.kr-acties-tabel tbody tr').allTextContents()).resolves.toEqual([expect.stringContaining('Ouders uitnodigen voor het overleg')]);
    await schoon(browser, visit);

    await page.reload();
    await page.getByRole('heading', { name: 'Casus: Casus toetsenbord' }).waitFor();
    await expect(page.getByLabel('Feiten').first().inputValue()).resolves.toBe('Eerste echo op 12 weken.\nMoeder vertelt over zorgen.');
    expect(await opgeslagen(page)).toEqual([casus]);
    await visit.context.close();
  });

  test('exporteren en weer importeren geeft dezelfde casus; verwijderen vraagt eerst om bevestiging', async () => {
    const visit = await open(browser, PAD);
    const { page } = visit;
    await openVoorbeeld(page);
    const [casus] = await opgeslagen(page);
    const json = await download(page, 'Download als bestand (JSON)');
    expect(json.naam).toBe('klantreis-casus-noor-fictief.json');
    expect(json.tekst).toBe(klantreisNaarJson(casus!));
    expect({ ...casus, id: VOORBEELD.id }).toEqual(VOORBEELD);

    // Annuleren and Escape leave the case; only the explicit yes removes it.
    await page.getByRole('button', { name: 'Casus verwijderen' }).click();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Annuleren');
    await schoon(browser, visit);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Casus verwijderen');
    expect(await opgeslagen(page)).toEqual([casus]);
    await page.getByRole('button', { name: 'Casus verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, verwijder de casus' }).click();
    expect(await opgeslagen(page)).toEqual([]);
    await expect(page.getByRole('status').textContent()).resolves.toContain('is uit deze browser verwijderd');

    await page.getByLabel('Klantreis-bestand importeren (JSON)').setInputFiles({ name: json.naam, mimeType: 'application/json', buffer: Buffer.from(json.tekst) });
    await page.getByRole('heading', { name: `Casus: ${VOORBEELD.titel}` }).waitFor();
    expect(await opgeslagen(page)).toEqual([casus]);
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('leeftijdsbanden toevoegen, hernoemen en (na bevestiging) verwijderen; de casus blijft een geldig bestand', async () => {
    const visit = await open(browser, PAD);
    const { page } = visit;
    await openVoorbeeld(page);
    await page.getByRole('button', { name: '+ Leeftijdsband' }).click();
    const nieuw = page.locator('.kr-band-velden').last();
    await nieuw.getByLabel('Naam van de leeftijdsband').fill('Groep 3');
    await nieuw.getByLabel('Van (maanden)').first().fill('80');
    await expect(nieuw.locator('.kr-veldfout').textContent()).resolves.toBe('Kies een leeftijd van -10 tot en met 72 maanden.');
    await nieuw.getByLabel('Van (maanden)').first().fill('66');
    let banden = (await opgeslagen(page))[0]!.banden;
    expect(banden.at(-1)).toMatchObject({ naam: 'Groep 3', van: 66, tot: 72 });

    // The last standard band holds the missed handover's school side: removing it asks first.
    const zesJaar = VOORBEELD.banden.at(-1)!;
    await page.getByRole('button', { name: `Leeftijdsband verwijderen (${zesJaar.naam})` }).click();
    await page.getByRole('alertdialog').waitFor();
    await schoon(browser, visit);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Annuleren' }).click();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(`Leeftijdsband verwijderen (${zesJaar.naam})`);
    await page.getByRole('button', { name: `Leeftijdsband verwijderen (${zesJaar.naam})` }).click();
    await page.getByRole('button', { name: 'Ja, verwijder deze band' }).click();
    const [casus] = await opgeslagen(page);
    banden = casus!.banden;
    expect(banden.map((b) => b.naam)).toEqual([...VOORBEELD.banden.slice(0, -1).map((b) => b.naam), 'Groep 3']);
    const over = new Set(banden.flatMap((b) => b.betrokkenen.map((p) => p.id)));
    expect(casus!.overdrachten.every((o) => over.has(o.van) && over.has(o.naar))).toBe(true);
    const json = await download(page, 'Download als bestand (JSON)');
    expect(leesKlantreis(json.naam, new TextEncoder().encode(json.tekst))).toEqual({ ok: true, klantreis: casus });
    await visit.context.close();
  });

  test('een kapot of vreemd bestand wordt geweigerd met een melding, en de open casus blijft zoals hij was', async () => {
    const visit = await open(browser, PAD);
    const { page } = visit;
    await openVoorbeeld(page);
    const voor = await opgeslagen(page);
    const gevallen: [string, string, RegExp][] = [
      ['afgebroken.json', klantreisNaarJson(VOORBEELD).slice(0, 500), /afgebroken\.json › .*houdt midden in de gegevens op/],
      ['voorzieningen.json', JSON.stringify(regio.voorzieningen.slice(0, 2)), /voorzieningen\.json › \(hele bestand\): dit is geen klantreis-bestand/],
      ['nieuwer.json', JSON.stringify({ ...VOORBEELD, versie: 2 }), /nieuwer\.json › versie: dit bestand is versie 2/],
      ['rol.json', JSON.stringify({ ...VOORBEELD, banden: [{ ...VOORBEELD.banden[0], betrokkenen: [{ ...VOORBEELD.banden[0]!.betrokkenen[0], rol: 'oma' }] }] }), /rol\.json › banden\[0\]\.betrokkenen\[0\]\.rol: onbekende waarde/],
    ];
    for (const [naam, inhoud, melding] of gevallen) {
      await page.getByLabel('Klantreis-bestand importeren (JSON)').setInputFiles({ name: naam, mimeType: 'application/json', buffer: Buffer.from(inhoud) });
      const alert = page.locator('.kr-fout[role=alert]');
      await alert.getByText(naam, { exact: false }).first().waitFor();
      await expect(alert.textContent()).resolves.toMatch(/Dit bestand is niet geïmporteerd\. De open casus is niet veranderd\./);
      await expect(alert.textContent()).resolves.toMatch(melding);
      expect(await opgeslagen(page)).toEqual(voor);
      await expect(page.getByRole('heading', { name: `Casus: ${VOORBEELD.titel}` }).count()).resolves.toBe(1);
    }
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('een bestand vol aanvallen wordt tekst: er voert geen script uit', async () => {
    const visit = await open(browser, PAD);
    const { page } = visit;
    const dialogen: string[] = [];
    page.on('dialog', (d) => (dialogen.push(d.message()), void d.dismiss()));
    const aanval = '<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2</script>';
    const eerste = VOORBEELD.banden[0]!;
    const vergiftigd: Klantreis = {
      ...VOORBEELD,
      titel: aanval,
      banden: [{ ...eerste, naam: aanval, feiten: aanval, betrokkenen: eerste.betrokkenen.map((p) => ({ ...p, naam: aanval, organisatie: aanval })) }, ...VOORBEELD.banden.slice(1)],
    };
    await page.getByLabel('Klantreis-bestand importeren (JSON)').setInputFiles({ name: 'aanval.json', mimeType: 'application/json', buffer: Buffer.from(klantreisNaarJson(vergiftigd)) });
    await page.getByRole('heading', { name: `Casus: ${aanval}` }).waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.kr-banden-tabel').first().textContent()).resolves.toContain(aanval);
    await expect(page.locator('.kr-tijdlijn title').allTextContents()).resolves.toContainEqual(expect.stringContaining(aanval));
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogen).toEqual([]);
    await expect(page.locator('.kr-casus img, .kr-casus script').count()).resolves.toBe(0);
    await visit.context.close();
  });

  test('de CSV opent in een spreadsheet met de juiste kolommen, de acties apart', async () => {
    const visit = await open(browser, PAD);
    const { page } = visit;
    await openVoorbeeld(page);
    const csv = await download(page, 'Download voor spreadsheet (CSV)');
    expect(csv.naam).toBe('klantreis-casus-noor-fictief.csv');
    expect(csv.tekst.startsWith('\uFEFF')).toBe(true);
    const regels = csv.tekst.slice(1).split('\r\n');
    expect(regels[0]).toBe(KLANTREIS_KOLOMMEN.join(';'));
    expect(regels[1]!.startsWith(`${VOORBEELD.banden[0]!.naam};-10;0;`)).toBe(true);
    const acties = await download(page, 'Download acties (CSV)');
    const actieRegels = acties.tekst.slice(1).trimEnd().split('\r\n');
    expect(actieRegels[0]).toBe(ACTIES_KOLOMMEN.join(';'));
    expect(actieRegels).toHaveLength(1 + VOORBEELD.banden.flatMap((b) => b.acties).length);
    await visit.context.close();
  });

  test('de voorbeeldcasus op de tijdlijn: gemiste overdracht, keukentafel met waarschuwing, tabel als alternatief', async () => {
    const visit = await open(browser, PAD);
    const { page } = visit;
    await openVoorbeeld(page);
    const gemist = VOORBEELD.overdrachten.filter((o) => o.verloop === 'gemist').length;
    await expect(page.locator('.kr-tijdlijn .kr-verloop-gemist').count()).resolves.toBe(gemist);
    await expect(page.locator('.kr-tijdlijn text', { hasText: 'gemist' }).count()).resolves.toBe(gemist);
    await expect(page.locator('.kr-keukentafel li').count()).resolves.toBe(VOORBEELD.banden.length);
    await expect(page.locator('.kr-let-op').first().textContent()).resolves.toMatch(/^Let op: /);
    await page.getByText('Tijdlijn als tabel').click();
    await expect(page.locator('.kr-als-tabel table').count()).resolves.toBe(2);
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('afdrukken: A4 liggend, de casus als tabel met tijdlijn en acties, zonder knoppen en invulvelden', async () => {
    const visit = await open(browser, PAD);
    const { page } = visit;
    await openVoorbeeld(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.kr-alleen-print .kr-banden-tabel').isVisible()).resolves.toBe(true);
    await expect(page.locator('.kr-invullen').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button').filter({ visible: true }).count()).resolves.toBe(0);
    await expect(page.locator('.kr-tijdlijn').isVisible()).resolves.toBe(true);
    await expect(page.locator('.kr-acties-tabel').isVisible()).resolves.toBe(true);
    await expect(page.locator('.kr-sjabloon').isVisible()).resolves.toBe(false);
    await schoon(browser, visit);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const [, breedte, hoogte] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
    // A4 landscape is 297 × 210 mm: 842 × 595 points.
    expect([Math.round(Number(breedte)), Math.round(Number(hoogte))]).toEqual([842, 595]);
    await visit.context.close();
  });

  test('er verlaat geen verzoek de pagina: na het laden volgt geen enkel verzoek meer, wat je ook doet', async () => {
    const visit = await open(browser, PAD);
    const { page } = visit;
    await page.getByRole('heading', { name: 'Casussen in deze browser' }).waitFor();
    await page.waitForLoadState('networkidle');
    const naLaden = visit.requests.length;
    const methoden: string[] = [];
    page.on('request', (request) => methoden.push(request.method()));
    expect(visit.requests.every((url) => url.startsWith(baseUrl()))).toBe(true);
    await openVoorbeeld(page);
    await page.getByLabel('Feiten').first().fill('Gevoelige tekst die hier moet blijven');
    const json = await download(page, 'Download als bestand (JSON)');
    await download(page, 'Download voor spreadsheet (CSV)');
    await page.getByLabel('Klantreis-bestand importeren (JSON)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(json.tekst) });
    await page.getByRole('status').getByText('is geïmporteerd').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: /^Casus: / }).waitFor();
    await page.waitForLoadState('networkidle');
    const erna = visit.requests.slice(naLaden).filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'));
    // The reload fetches the page and (what is not cached of) its assets again; nothing else, nothing but GET.
    const eerder = new Set(visit.requests.slice(0, naLaden));
    expect(erna.length).toBeGreaterThan(0);
    expect(erna.filter((url) => !eerder.has(url))).toEqual([]);
    expect(new Set(methoden)).toEqual(new Set(['GET']));
    await visit.context.close();
  });
});
