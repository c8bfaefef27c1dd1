/**
 * The map's views: zoom and pan along the time axis (labels coming back whole, sliding along), a phone, A3 print,
 * SVG/PNG export of the filtered map, and the page without JavaScript. Each state ends with axe.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { laadRegios } from '../../src/io/data.ts';
import { isoDatum, regioOpDeKaart } from '../../src/domain/beschikbaar.ts';
import { KOLOMMEN } from '../../src/domain/tijdlijn.ts';
import { MAAT, layoutKaart } from '../../src/layout/kaart.ts';
import { describeViolations, externalRequests, launch, open } from './browser.ts';
import { schoon } from './schoon.ts';
import { link, openKaart, query, zichtbaar } from './kaart-hulp.ts';
import { axeZonderJs } from './zonder-js.ts';

const { regios } = laadRegios('data');
// The map shows what is available on the day of the build (an ended pilot is not drawn).
const regio = regioOpDeKaart(regios.find((r) => r.id === 'voorbeeldregio')!, isoDatum(new Date()));
const layout = layoutKaart(regio.voorzieningen);
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const kaart = (path = '', options: { width?: number; height?: number } = {}) => openKaart(browser, `/voorbeeldregio/${path}`, options);

/** The columns whose left edge is in view in the map's box (right of the lane names), by id. */
function zichtbareKolommen(page: Page): Promise<string[]> {
  return page.evaluate((ids) => {
    const box = document.querySelector('[data-kaart]')!;
    const rand = box.getBoundingClientRect();
    const links = rand.left + 112;
    const rechts = rand.left + box.clientWidth;
    return [...document.querySelectorAll('svg.kaart-kop .kolom-grenzen line')]
      .map((lijn, i) => [lijn.getBoundingClientRect().left, ids[i]] as const)
      .filter(([x]) => x >= links - 1 && x < rechts - 1)
      .map(([, id]) => id!);
  }, KOLOMMEN.map((k) => k.id));
}

const zoomUrl = (page: Page) => new URL(page.url()).searchParams.get('zoom');

describe('zoomen en schuiven langs de tijdlijn', () => {
  test('inzoomen toont minder kolommen, breder; tekst blijft even groot; ingekorte namen komen heel terug; "Hele tijdlijn" zet terug', async () => {
    const visit = await kaart();
    const { page } = visit;
    const voor = await zichtbareKolommen(page);
    expect(voor).toHaveLength(KOLOMMEN.length);
    const kort = layout.spans.find((s) => s.label.ingekort && s.label.ruimte > 0 && s.soort === 'balk')!;
    const naam = regio.voorzieningen.find((v) => v.id === kort.id)!.naam;
    const label = link(page, kort.id).locator('text').first();
    expect(await label.textContent()).not.toBe(naam);
    const hoogte = () => link(page, 'kraamzorg').locator('text').first().evaluate((el) => el.getBoundingClientRect().height);
    const hoogteVoor = await hoogte();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await expect.poll(() => zoomUrl(page)).toBe('3.38');
    const na = await zichtbareKolommen(page);
    expect(na.length).toBeLessThan(voor.length / 2.5);
    expect(Math.abs((await hoogte()) - hoogteVoor)).toBeLessThan(1);
    await expect.poll(() => label.textContent()).toBe(naam);
    // The header and the lane names stay in view while the map scrolls; a long bar's name slides along.
    await page.locator('[data-kaart]').evaluate((el) => el.scrollBy(900, 300));
    const box = (await page.locator('[data-kaart]').boundingBox())!;
    const kop = (await page.locator('svg.kaart-kop').boundingBox())!;
    const laan = (await page.locator('.laan-namen').boundingBox())!;
    expect(Math.abs(kop.y - box.y)).toBeLessThan(2);
    expect(Math.abs(laan.x - box.x)).toBeLessThan(2);
    await expect
      .poll(() => link(page, 'kinderbijslag').locator('text').first().boundingBox().then((b) => b!.x - (box.x + MAAT.laanNaam)))
      .toBeGreaterThanOrEqual(0);
    await schoon(browser, visit);

    await page.getByRole('button', { name: 'Hele tijdlijn' }).click();
    await expect.poll(() => zichtbareKolommen(page)).toEqual(voor);
    await expect.poll(() => zoomUrl(page)).toBeNull();
    expect(await page.locator('[data-kaart]').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await page.goBack();
    await expect.poll(() => zoomUrl(page)).toBe('3.38');
    await visit.context.close();
  });

  test('"spring naar fase" zet die fase over de hele breedte; de link deelt dat', async () => {
    const visit = await open(browser, '/voorbeeldregio/?zoom=zwangerschap');
    const { page } = visit;
    // With reduced motion, jumps are instant (and the test need not wait for smooth scrolling).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await page.waitForSelector('[data-kaart][data-klaar]', { state: 'attached' });
    const zwanger = Array.from({ length: 9 }, (_, i) => `zwangerschap-maand-${i + 1}`);
    await expect.poll(() => zichtbareKolommen(page)).toEqual(zwanger);
    await page.getByLabel('Spring naar fase').selectOption('babyfase');
    const baby = [1, 2, 3, 4].map((w) => `week-${w}`).concat(Array.from({ length: 11 }, (_, i) => `maand-${i + 2}`));
    await expect.poll(() => zichtbareKolommen(page)).toEqual(baby);
    await expect.poll(() => zoomUrl(page)).toBe('babyfase');
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('Ctrl+scrollwiel en de toetsen + en − zoomen; slepen met de muis schuift, een klik na slepen opent niets', async () => {
    const visit = await kaart();
    const { page } = visit;
    await page.locator('[data-kaart]').evaluate((el) => el.scrollIntoView());
    const box = (await page.locator('[data-kaart]').boundingBox())!;
    await page.mouse.move(box.x + 600, box.y + 300);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => zoomUrl(page)).not.toBeNull();
    const links = await page.locator('[data-kaart]').evaluate((el) => el.scrollLeft);
    await page.mouse.move(box.x + 700, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + 500, box.y + 200, { steps: 5 });
    await page.mouse.up();
    expect(await page.locator('[data-kaart]').evaluate((el) => el.scrollLeft)).toBeCloseTo(links + 200, -1);
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBeNull();

    await page.getByRole('button', { name: 'Hele tijdlijn' }).click();
    await link(page, 'kraamzorg').focus();
    await page.keyboard.press('+');
    await expect.poll(() => zoomUrl(page)).toBe('1.5');
    await page.keyboard.press('-');
    await expect.poll(() => zoomUrl(page)).toBeNull();
    await visit.context.close();
  });
});

describe('op een telefoon (390 × 844)', () => {
  test('de tijdlijn begint in het eerste scherm; de kaart schuift zijwaarts met de laannamen in beeld; filters werken', async () => {
    const visit = await kaart('', { width: 390, height: 844 });
    const { page } = visit;
    const eerste = (await link(page, layout.spans[0]!.id).locator('rect').boundingBox())!;
    expect(eerste.y).toBeLessThan(844 * 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('[data-kaart]').evaluate((el) => el.scrollBy(500, 0));
    const box = (await page.locator('[data-kaart]').boundingBox())!;
    expect(Math.abs((await page.locator('.laan-namen').boundingBox())!.x - box.x)).toBeLessThan(2);
    await page.getByRole('checkbox', { name: 'Digitale zorg' }).check();
    expect(await zichtbaar(page)).toEqual(regio.voorzieningen.filter((v) => v.niveau === 'digitale-zorg').map((v) => v.id).sort());
    await schoon(browser, visit);
    await visit.context.close();
  });
});

describe('hoog contrast (forced colours)', () => {
  test('balken hebben een rand in de systeemkleur, namen de tekstkleur, en de focus valt op', async () => {
    const visit = await kaart();
    const { page } = visit;
    await page.emulateMedia({ forcedColors: 'active' });
    const stijl = (id: string) =>
      link(page, id).evaluate((a) => {
        const rect = getComputedStyle(a.querySelector('rect')!);
        return { rand: rect.stroke, dikte: rect.strokeWidth, tekst: getComputedStyle(a.querySelector('text')!).fill };
      });
    const gewoon = await stijl('kraamzorg');
    expect(gewoon.rand).not.toBe('none');
    expect(parseFloat(gewoon.dikte)).toBeGreaterThan(0);
    expect(gewoon.tekst).not.toBe(gewoon.rand === 'none' ? '' : 'none');
    await link(page, 'kraamzorg').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    const gefocust = await stijl('kraamzorg');
    expect(gefocust.rand).not.toBe(gewoon.rand);
    expect(parseFloat(gefocust.dikte)).toBeGreaterThan(parseFloat(gewoon.dikte));
    await visit.context.close();
  });
});

describe('afdrukken', () => {
  test('de hele tijdlijn past op één A3 liggend, met naam, legenda en datum; het overzicht blijft A4', async () => {
    const visit = await kaart('?niveau=basiszorg&zoom=3');
    const { page } = visit;
    await page.emulateMedia({ media: 'print' });
    for (const [selector, zichtbaar] of [
      ['h1', true],
      ['.kaart', true],
      ['.laan-namen', true],
      ['.legenda', true],
      ['.bijgewerkt', true],
      ['.werkbalk', false],
      ['.kop', false],
      ['.evaluatievragen', false],
    ] as const) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(zichtbaar);
    }
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const tekst = pdf.toString('latin1');
    expect(tekst.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    const [, breed, hoog] = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(tekst)!;
    // A3 landscape is 420 × 297 mm = 1190.6 × 841.9 pt.
    expect(Number(breed)).toBeCloseTo(1190.6, -1);
    expect(Number(hoog)).toBeCloseTo(841.9, -1);
    await visit.context.close();

    const overzicht = await open(browser, '/voorbeeldregio/overzicht/');
    await overzicht.page.emulateMedia({ media: 'print' });
    const a4 = (await overzicht.page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const [, b4, h4] = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(a4)!;
    expect([Math.round(Number(b4)), Math.round(Number(h4))]).toEqual([595, 842]);
    await overzicht.context.close();
  });
});

describe('downloaden', () => {
  async function download(page: Page, knop: string) {
    await page.locator('details.export summary').click();
    const [bestand] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: knop }).click()]);
    return bestand;
  }

  test('SVG van de gefilterde kaart: op zichzelf staand, alleen wat past, niets gedimd, namen waar de bouw ze zette', async () => {
    const visit = await kaart('?niveau=extra-steun&zoom=2');
    const { page } = visit;
    await page.locator('[data-kaart]').evaluate((el) => el.scrollBy(700, 0));
    const bestand = await download(page, 'Download SVG');
    expect(bestand.suggestedFilename()).toBe('routekaart-voorbeeldregio.svg');
    const svg = readFileSync((await bestand.path())!, 'utf8');
    // Parsed in a blank page: the map page's CSP would (rightly) refuse the file's inline <style>.
    const leeg = await visit.context.newPage();
    const ontleed = await leeg.evaluate((tekst) => {
      const doc = new DOMParser().parseFromString(tekst, 'image/svg+xml');
      const links = [...doc.querySelectorAll('.kaart a')];
      return {
        fout: doc.querySelector('parsererror')?.textContent ?? null,
        ids: links.map((a) => /\/voorziening\/([^/]+)\/$/.exec(a.getAttribute('href')!)![1]).sort(),
        gedimd: doc.querySelectorAll('.gedimd').length,
        breedte: Number(doc.documentElement.getAttribute('width')),
        stijl: doc.querySelector('style')?.textContent ?? '',
        href: links[0]?.getAttribute('href'),
        laannamen: [...doc.documentElement.children].filter((el) => el.tagName === 'text').map((t) => t.textContent),
        verschoven: links.filter((a) => Number(a.querySelector('text')!.getAttribute('dx')) > 200).length,
      };
    }, svg);
    expect(ontleed.fout).toBeNull();
    expect(ontleed.ids).toEqual(regio.voorzieningen.filter((v) => v.niveau === 'extra-steun').map((v) => v.id).sort());
    expect(ontleed.gedimd).toBe(0);
    expect(ontleed.verschoven).toBe(0);
    // The whole timeline at the width it is drawn (zoomed in: twice the box), with the lane names.
    expect(ontleed.breedte).toBeGreaterThan(2 * MAAT.tijdlijn);
    expect(ontleed.laannamen).toEqual(expect.arrayContaining(['Basiszorg', 'Extra steun', 'Digitale zorg']));
    expect(ontleed.stijl).toContain('.kaart .niveau-extra-steun rect');
    expect(ontleed.stijl).not.toContain('var(--');
    expect(ontleed.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/voorbeeldregio\/voorziening\//);
    expect(svg).not.toMatch(/(href|src)="(?!http:\/\/127\.0\.0\.1|#)/);
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('PNG van de gefilterde kaart', async () => {
    const visit = await kaart('?q=kraam');
    const { page } = visit;
    const bestand = await download(page, 'Download PNG');
    expect(bestand.suggestedFilename()).toBe('routekaart-voorbeeldregio.png');
    const png = readFileSync((await bestand.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Width and height from the IHDR chunk: twice the map's drawn size.
    expect(png.readUInt32BE(16)).toBeGreaterThan(2 * (MAAT.laanNaam + MAAT.tijdlijn) - 1);
    expect(png.readUInt32BE(20)).toBeGreaterThan(1000);
    expect(png.length).toBeGreaterThan(20_000);
    await schoon(browser, visit);
    await visit.context.close();
  });
});

describe('zonder JavaScript', () => {
  test('geen bediening die niets doet; de kaart is compleet; de legenda is gewone tekst', async () => {
    const visit = await open(browser, '/voorbeeldregio/?niveau=basiszorg', { javaScript: false });
    const { page } = visit;
    expect(await page.locator('.werkbalk').isVisible()).toBe(false);
    expect(await page.locator('.kaart .vz > a').count()).toBe(regio.voorzieningen.length);
    expect(await page.locator('.kaart .vz a.gedimd').count()).toBe(0);
    expect(await page.locator('.legenda button').count()).toBe(0);
    expect(await page.locator('svg.kaart-kop').isVisible()).toBe(true);
    expect(await query(page)).toBe('?niveau=basiszorg');
    expect(visit.errors).toEqual([]);
    expect(externalRequests(visit.requests)).toEqual([]);
    // axe itself needs JavaScript: the page with its scripts blocked instead (the controls then still show).
    expect(describeViolations(await axeZonderJs(browser, '/voorbeeldregio/'))).toBe('');
    expect(describeViolations(await axeZonderJs(browser, '/voorbeeldregio/', { width: 390 }))).toBe('');
    await visit.context.close();
  });
});
