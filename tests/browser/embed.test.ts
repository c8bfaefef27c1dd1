/**
 * Issue "Publish" item 4: the map in an iframe on a municipality's page. The municipality's page comes from a second
 * server on another port — another origin, as in real life — and on this machine (Chromium blocks a public-looking
 * origin from framing a loopback address, so a routed fake domain would not do).
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { laadRegios } from '../../src/io/data.ts';
import { VASTE_HOOGTE } from '../../src/view/insluiten/snippet.ts';
import { axe, baseUrl, describeViolations, externalRequests, launch, open } from './browser.ts';

const { regios } = laadRegios(process.env.ROUTEKAART_DATA ?? 'data');
const regio = regios[0]!;
let browser: Browser;
let snippet: string;
let gemeente: Server;
let GEMEENTE = '';
/** What the municipality's server answers, set per test. */
let gemeenteHtml = '';

beforeAll(async () => {
  gemeente = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(gemeenteHtml);
  });
  await new Promise<void>((done) => gemeente.listen(0, '127.0.0.1', done));
  const address = gemeente.address();
  GEMEENTE = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launch();
  const { page, context } = await open(browser, `/${regio.id}/insluiten/`, { javaScript: false });
  const code = (await page.locator('[data-snippet]').textContent())!;
  // The snippet names the published site (ROUTEKAART_SITE); here that site is the test server.
  const site = new URL(/src="([^"]+)"/.exec(code)![1]!).origin;
  snippet = code.replaceAll(site, baseUrl());
  await context.close();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => gemeente?.close(done));
});

async function gemeentePagina(code: string, css = ''): Promise<{ page: Page; context: BrowserContext; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  gemeenteHtml = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Test</title><style>${css}</style></head>
    <body><main><h1>Kansrijke Start in onze gemeente</h1><p>Hieronder de routekaart.</p>${code}<p id="na">Tekst onder de kaart.</p></main></body></html>`;
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${GEMEENTE}/kansrijke-start/`);
  return { page, context, requests, errors };
}

async function kaartFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe[data-routekaart]').elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.waitForSelector('[data-embed-inhoud] .kaart');
  return frame;
}
/** The height inside the frame's border and padding: the viewport the embedded page gets. */
const iframeHoogte = (page: Page) =>
  page.locator('iframe[data-routekaart]').evaluate((el) => {
    const stijl = getComputedStyle(el);
    return el.clientHeight - parseFloat(stijl.paddingTop) - parseFloat(stijl.paddingBottom);
  });
const inhoudHoogte = (frame: Frame) => frame.locator('[data-embed-inhoud]').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));

describe('de kaart in een iframe op de site van de gemeente', () => {
  test.each([
    ['de standaardopmaak', ''],
    ['een CSS-reset met border-box en een rand om het kader', '*, *::before, *::after { box-sizing: border-box; } iframe { border: 5px solid #333; padding: 3px; }'],
  ])('de hoogte van het iframe volgt de inhoud, ook als die verandert (%s)', async (_naam, css) => {
    const { page, context, requests, errors } = await gemeentePagina(snippet, css);
    const frame = await kaartFrame(page);
    await expect.poll(async () => Math.abs((await iframeHoogte(page)) - (await inhoudHoogte(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(1);
    expect(await iframeHoogte(page)).not.toBe(VASTE_HOOGTE);
    // Nothing scrolls inside the frame any more: the page scrolls instead.
    expect(await frame.evaluate(() => document.scrollingElement!.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);

    const voor = await iframeHoogte(page);
    await frame.evaluate(() => {
      const extra = document.createElement('div');
      extra.style.height = '400px';
      document.querySelector('[data-embed-inhoud]')!.append(extra);
    });
    await expect.poll(() => iframeHoogte(page), { timeout: 10_000 }).toBeCloseTo(voor + 400, 0);

    expect(externalRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('een bericht dat niet uit het kader komt of de verkeerde vorm heeft, verandert niets', async () => {
    const { page, context } = await gemeentePagina(snippet);
    const frame = await kaartFrame(page);
    await expect.poll(async () => Math.abs((await iframeHoogte(page)) - (await inhoudHoogte(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(1);
    const voor = await iframeHoogte(page);
    // From the host page itself: right shape, wrong source.
    await page.evaluate(() => window.postMessage({ type: 'routekaart:hoogte', hoogte: 5000 }, '*'));
    // From inside the frame (right source and origin) but the wrong shape.
    await frame.evaluate(() => {
      parent.postMessage({ type: 'routekaart:hoogte', hoogte: '5000' }, '*');
      parent.postMessage({ type: 'iets-anders', hoogte: 5000 }, '*');
      parent.postMessage('routekaart:hoogte 5000', '*');
    });
    await page.waitForTimeout(300);
    expect(await iframeHoogte(page)).toBe(voor);
    await context.close();
  });

  test('zonder embed.js heeft het kader de vaste hoogte en scrolt de kaart erin', async () => {
    const { page, context } = await gemeentePagina(snippet.replace(/<script[^>]*><\/script>/, ''));
    const frame = await kaartFrame(page);
    await page.waitForTimeout(300);
    expect(await iframeHoogte(page)).toBe(VASTE_HOOGTE);
    // However small the region, make the content taller than the frame: then it must scroll inside.
    await frame.evaluate((hoogte) => {
      const extra = document.createElement('div');
      extra.style.height = `${hoogte}px`;
      document.querySelector('[data-embed-inhoud]')!.append(extra);
    }, VASTE_HOOGTE);
    await page.waitForTimeout(300);
    expect(await iframeHoogte(page)).toBe(VASTE_HOOGTE);
    expect(await frame.evaluate(() => (scrollTo(0, 200), scrollY))).toBe(200);
    await context.close();
  });

  test('een link in de kaart opent in het hele venster, niet in het kader', async () => {
    const { page, context } = await gemeentePagina(snippet);
    const frame = await kaartFrame(page);
    const eerste = regio.voorzieningen[0]!;
    await frame.locator(`.kaart .vz a[href$="/voorziening/${eerste.id}/"]`).click();
    await page.waitForURL(`${baseUrl()}/${regio.id}/voorziening/${eerste.id}/`);
    expect(await page.locator('h1').textContent()).toBe(eerste.naam);
    await context.close();
  });
});

describe('de pagina /embed/ zelf', () => {
  test('zonder kop en voet van de site, met de kaart, de legenda en een link naar de volledige kaart', async () => {
    const { page, context } = await open(browser, `/${regio.id}/embed/`, { javaScript: false });
    expect(await page.locator('header.kop, footer.voet, nav').count()).toBe(0);
    expect(await page.locator('.kaart .vz > a').count()).toBe(regio.voorzieningen.length);
    expect(await page.locator('.legenda').count()).toBe(1);
    expect(await page.locator('base').getAttribute('target')).toBe('_top');
    expect(await page.getByRole('link', { name: 'Open de volledige routekaart' }).getAttribute('href')).toBe(`/${regio.id}/`);
    await context.close();
  });

  test('axe-core vindt niets, er gaat geen verzoek buiten localhost, geen fouten in de console', async () => {
    const visit = await open(browser, `/${regio.id}/embed/`);
    expect(describeViolations(await axe(visit.page))).toBe('');
    expect(externalRequests(visit.requests)).toEqual([]);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  test('een andere pagina van de site laat zich niet in een kader zetten (frame-ancestors), de embed-pagina wel', async () => {
    const ander = `/${regio.id}/`;
    const { page, context, errors } = await gemeentePagina(`<iframe src="${baseUrl()}${ander}" title="Niet insluitbaar" data-ander></iframe>${snippet}`);
    await kaartFrame(page);
    await expect.poll(() => errors.join('\n'), { timeout: 10_000 }).toMatch(/frame-ancestors 'none'/);
    const kader = (await (await page.locator('iframe[data-ander]').elementHandle())!.contentFrame())!;
    expect(kader.url()).not.toBe(`${baseUrl()}${ander}`);
    expect(await kader.locator('.kaart').count()).toBe(0);
    await context.close();
  });
});
