/**
 * Issue "Explore the map", the views: zoom and pan along the time axis, the vertical timeline on a phone,
 * A3 print, SVG/PNG export of the filtered map, and the page without JavaScript. Each state ends with axe.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { laadRegios } from '../../src/io/data.ts';
import { layoutKaart } from '../../src/layout/kaart.ts';
import { axe, describeViolations, externalRequests, launch, open, type Visit } from './browser.ts';
import { axeZonderJs } from './zonder-js.ts';

const { regios } = laadRegios('data');
const regio = regios.find((r) => r.id === 'voorbeeldregio')!;
const BREEDTE = layoutKaart(regio.voorzieningen).width;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function kaart(path = '', options: { width?: number; height?: number } = {}): Promise<Visit> {
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

/** Which columns of the timeline are (partly) visible in the map's box, by their header label id. */
function zichtbareKolommen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scroll = document.querySelector('.kaart-scroll')!;
    const box = scroll.getBoundingClientRect();
    const links = box.left + 150;
    const rechts = box.left + scroll.clientWidth;
    return [...document.querySelectorAll('svg.kaart .kolom')]
      .filter((kolom) => {
        const lijn = kolom.querySelector('line')!.getBoundingClientRect();
        return lijn.left >= links - 1 && lijn.left < rechts - 1;
      })
      .map((k) => k.id);
  });
}

describe('zoomen en schuiven langs de tijdlijn', () => {
  test('inzoomen toont minder kolommen, breder; tekst blijft even groot; "Hele tijdlijn" zet terug', async () => {
    const visit = await kaart();
    const { page } = visit;
    const voor = await zichtbareKolommen(page);
    const labelBreedte = () => page.locator('svg.kaart a.span[data-id="kraamzorg"] .label').evaluate((el) => el.getBoundingClientRect().width);
    const breedteVoor = await labelBreedte();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    const na = await zichtbareKolommen(page);
    expect(na.length).toBeLessThan(voor.length / 1.8);
    await expect.poll(() => new URL(page.url()).searchParams.get('zoom')).toBe('2.25');
    expect(Math.abs((await labelBreedte()) - breedteVoor)).toBeLessThan(1);
    // The header and the lane names stay in view while the map scrolls.
    await page.locator('.kaart-scroll').evaluate((el) => el.scrollBy(600, 400));
    const box = (await page.locator('.kaart-scroll').boundingBox())!;
    const kop = (await page.locator('.kaart-kop-svg').boundingBox())!;
    const laan = (await page.locator('.laan-namen-svg').boundingBox())!;
    expect(Math.abs(kop.y - box.y)).toBeLessThan(2);
    expect(Math.abs(laan.x - box.x)).toBeLessThan(2);
    // A bar whose start is out of view keeps its name in view: the label slides along.
    await expect
      .poll(() => page.locator('svg.kaart a.span[data-id="huisarts"] .label').boundingBox().then((b) => b!.x - (box.x + 150)))
      .toBeGreaterThanOrEqual(0);
    await schoon(visit);

    await page.getByRole('button', { name: 'Hele tijdlijn' }).click();
    await expect.poll(() => zichtbareKolommen(page)).toEqual(voor);
    await expect.poll(() => new URL(page.url()).searchParams.get('zoom')).toBeNull();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('zoom')).toBe('2.25');
    await visit.context.close();
  });

  test('"spring naar fase" zet die fase over de hele breedte; de link deelt dat', async () => {
    // With reduced motion, jumps are instant (and the test need not wait for smooth scrolling).
    const visit = await open(browser, '/voorbeeldregio/?zoom=zwangerschap');
    const { page } = visit;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await page.waitForSelector('svg.kaart a.span[tabindex]', { state: 'attached' });
    const zwanger = Array.from({ length: 9 }, (_, i) => `kolom-zwangerschap-maand-${i + 1}`);
    await expect.poll(() => zichtbareKolommen(page)).toEqual(zwanger);
    await page.getByLabel('Spring naar fase').selectOption('babyfase');
    const baby = [1, 2, 3, 4].map((w) => `kolom-week-${w}`).concat(Array.from({ length: 11 }, (_, i) => `kolom-maand-${i + 2}`));
    await expect.poll(() => zichtbareKolommen(page)).toEqual(baby);
    await expect.poll(() => new URL(page.url()).searchParams.get('zoom')).toBe('babyfase');
    // A short fase would need more than the maximum zoom: it then starts at the left edge.
    await page.getByLabel('Spring naar fase').selectOption('peuterfase');
    await expect.poll(async () => (await zichtbareKolommen(page))[0]).toBe('kolom-maand-13');
    await schoon(visit);
    await visit.context.close();
  });

  test('Ctrl+scrollwiel zoomt, slepen met de muis schuift, een klik na slepen opent niets', async () => {
    const visit = await kaart();
    const { page } = visit;
    await page.locator('.kaart-scroll').evaluate((el) => el.scrollIntoView());
    const box = (await page.locator('.kaart-scroll').boundingBox())!;
    await page.mouse.move(box.x + 600, box.y + 300);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => new URL(page.url()).searchParams.get('zoom')).not.toBeNull();
    const links = await page.locator('.kaart-scroll').evaluate((el) => el.scrollLeft);
    await page.mouse.move(box.x + 700, box.y + 400);
    await page.mouse.down();
    await page.mouse.move(box.x + 500, box.y + 400, { steps: 5 });
    await page.mouse.up();
    expect(await page.locator('.kaart-scroll').evaluate((el) => el.scrollLeft)).toBeCloseTo(links + 200, -1);
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBeNull();
    await visit.context.close();
  });
});

describe('op een telefoon (375 px)', () => {
  test('kaartjes per fase en niveau; de brede kaart alleen op verzoek; filters werken ook hier', async () => {
    const visit = await kaart('', { width: 375, height: 800 });
    const { page } = visit;
    expect(await page.locator('.kaart-scroll').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'De tijdlijn' }).isVisible()).toBe(true);
    expect(await page.locator('.tijdlijn-mobiel').getByRole('heading', { level: 3, name: 'Zwangerschap' }).isVisible()).toBe(true);
    const kaartjes = page.locator('.tijdlijn-mobiel li.kaartje');
    expect(await kaartjes.count()).toBe(regio.voorzieningen.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await schoon(visit);

    await page.getByRole('checkbox', { name: 'Digitale zorg' }).check();
    const digitaal = regio.voorzieningen.filter((v) => v.niveau === 'digitale-zorg').length;
    expect(await page.locator('.tijdlijn-mobiel li.kaartje:visible').count()).toBe(digitaal);
    expect(await page.locator('.tijdlijn-mobiel').getByRole('heading', { level: 4, name: 'Basiszorg' }).isVisible()).toBe(false);
    await page.locator('.tijdlijn-mobiel a[data-id="groeigids-app"]').click();
    const paneel = page.getByRole('region', { name: 'GroeiGids-app' });
    await paneel.getByText('Aanbieders en contact').waitFor();
    await schoon(visit);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('groeigids-app');

    await page.getByRole('link', { name: 'Toon de brede kaart' }).click();
    expect(await page.locator('.kaart-scroll').isVisible()).toBe(true);
    await visit.context.close();
  });
});

describe('afdrukken', () => {
  test('de kaart past op één A3 liggend, met naam, legenda en datum; het overzicht blijft A4', async () => {
    const visit = await kaart('?niveau=basiszorg');
    const { page } = visit;
    await page.emulateMedia({ media: 'print' });
    for (const [selector, zichtbaar] of [
      ['h1', true],
      ['svg.kaart', true],
      ['.legenda', true],
      ['.bijgewerkt', true],
      ['.verkenner', false],
      ['.kop', false],
      ['.evaluatievragen', false],
    ] as const) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(zichtbaar);
    }
    expect(await page.locator('svg.kaart .laan-namen-print').isVisible()).toBe(true);
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
  test('SVG van de gefilterde kaart: op zichzelf staand, alleen wat past, niets gedimd', async () => {
    const visit = await kaart('?niveau=extra-steun&zoom=2');
    const { page } = visit;
    // Scrolled, so labels of long bars have slid along; the file has them where the build put them.
    await page.locator('.kaart-scroll').evaluate((el) => el.scrollBy(700, 0));
    const lang = layoutKaart(regio.voorzieningen).spans.find((sp) => sp.niveau === 'extra-steun' && sp.labelX === sp.x + 6 && sp.width > 1000)!;
    await expect.poll(() => page.locator(`svg.kaart a.span[data-id="${lang.id}"] .label`).getAttribute('x')).not.toBe(String(lang.labelX));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(download.suggestedFilename()).toBe('routekaart-voorbeeldregio.svg');
    const svg = readFileSync((await download.path())!, 'utf8');
    // Parsed in a blank page: the map page's CSP would (rightly) refuse the file's inline <style>.
    const leeg = await visit.context.newPage();
    const ontleed = await leeg.evaluate((tekst) => {
      const doc = new DOMParser().parseFromString(tekst, 'image/svg+xml');
      return {
        fout: doc.querySelector('parsererror')?.textContent ?? null,
        ids: [...doc.querySelectorAll('a.span')].map((a) => a.getAttribute('data-id')).sort(),
        gedimd: doc.querySelectorAll('.gedimd').length,
        breedte: doc.documentElement.getAttribute('width'),
        stijl: doc.querySelector('style')?.textContent ?? '',
        symbolen: doc.querySelectorAll('symbol').length,
        href: doc.querySelector('a.span')?.getAttribute('href'),
        labels: Object.fromEntries([...doc.querySelectorAll('a.span')].map((a) => [a.getAttribute('data-id'), a.querySelector('.label')!.getAttribute('x')])),
      };
    }, svg);
    expect(ontleed.labels[lang.id]).toBe(String(lang.labelX));
    expect(ontleed.fout).toBeNull();
    expect(ontleed.ids).toEqual(regio.voorzieningen.filter((v) => v.niveau === 'extra-steun').map((v) => v.id).sort());
    expect(ontleed.gedimd).toBe(0);
    // The whole timeline, unzoomed, although the page is zoomed in.
    expect(Number(await page.locator('svg.kaart').getAttribute('width'))).toBeGreaterThan(BREEDTE);
    expect(ontleed.breedte).toBe(String(BREEDTE));
    expect(ontleed.stijl).toContain('.kaart .niveau-extra-steun .balk');
    expect(ontleed.stijl).not.toContain('var(--');
    expect(ontleed.symbolen).toBe(7);
    expect(ontleed.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/voorbeeldregio\/voorziening\//);
    expect(svg).not.toMatch(/(href|src)="(?!http:\/\/127\.0\.0\.1|#)/);
    await schoon(visit);
    await visit.context.close();
  });

  test('PNG van de gefilterde kaart', async () => {
    const visit = await kaart('?q=kraam');
    const { page } = visit;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(download.suggestedFilename()).toBe('routekaart-voorbeeldregio.png');
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Width and height from the IHDR chunk: twice the map's size.
    expect(png.readUInt32BE(16)).toBe(2 * BREEDTE);
    expect(png.readUInt32BE(20)).toBeGreaterThan(1000);
    expect(png.length).toBeGreaterThan(20_000);
    await schoon(visit);
    await visit.context.close();
  });
});

describe('zonder JavaScript', () => {
  test('geen bediening die niets doet; de kaart is compleet; de legenda is gewone tekst', async () => {
    const visit = await open(browser, '/voorbeeldregio/?niveau=basiszorg', { javaScript: false });
    const { page } = visit;
    expect(await page.locator('.verkenner').isVisible()).toBe(false);
    expect(await page.locator('svg.kaart a.span').count()).toBe(regio.voorzieningen.length);
    expect(await page.locator('svg.kaart a.span.gedimd').count()).toBe(0);
    expect(await page.locator('.legenda button').count()).toBe(0);
    expect(await page.locator('.kaart-kop-svg').isVisible()).toBe(true);
    expect(visit.errors).toEqual([]);
    expect(externalRequests(visit.requests)).toEqual([]);
    // axe itself needs JavaScript: the page with its scripts blocked instead (the controls then still show).
    expect(describeViolations(await axeZonderJs(browser, '/voorbeeldregio/'))).toBe('');
    expect(describeViolations(await axeZonderJs(browser, '/voorbeeldregio/', { width: 375 }))).toBe('');
    await visit.context.close();
  });
});
