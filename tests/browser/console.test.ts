/**
 * Every page type of both bundled regions (and the pages outside a region), with JavaScript on: the islands
 * hydrate without a word in the console. Any console error, any console warning about hydration and any
 * uncaught error fails the page; so does an axe violation in the hydrated page. The first test proves the
 * listener hears React's hydration error, by serving a page whose server HTML no longer matches its island.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, baseUrl, describeViolations, launch } from './browser.ts';
import { eenPerTypeEnRegio, regioIds } from './site.ts';

const DIST = 'dist';
const PAGINAS = eenPerTypeEnRegio(DIST);
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What the page said: console errors, console warnings about hydration, uncaught errors. */
function luister(page: Page): string[] {
  const gehoord: string[] = [];
  page.on('console', (message) => {
    const tekst = message.text();
    if (message.type() === 'error') gehoord.push(`console.error: ${tekst}`);
    else if (message.type() === 'warning' && /hydrat/i.test(tekst)) gehoord.push(`console.warn: ${tekst}`);
  });
  page.on('pageerror', (error) => gehoord.push(`uncaught: ${error.message}`));
  return gehoord;
}

/**
 * Until every island has hydrated (Astro removes its ssr attribute), the network is quiet and the main thread has
 * been idle once: React finishes hydrating, and reports a mismatch, in tasks after Astro's hydrate call returns.
 */
async function gehydrateerd(page: Page) {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise<void>((klaar) => requestIdleCallback(() => klaar(), { timeout: 2_000 })));
}

async function bezoek(pad: string, html?: (body: string) => string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const gehoord = luister(page);
  if (html) {
    await page.route(`${baseUrl()}${pad}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: html(await response.text()) });
    });
  }
  const response = await page.goto(`${baseUrl()}${pad}`);
  return { page, context, gehoord, status: response?.status() };
}

test('de pagina\'s komen uit beide regio\'s en bevatten islands', () => {
  const regios = new Set(PAGINAS.map((p) => p.regio).filter(Boolean));
  expect(regios).toEqual(regioIds(DIST));
  expect(regios.size).toBeGreaterThanOrEqual(2);
  const types = new Set(PAGINAS.map((p) => p.type));
  for (const type of ['home', '404', 'klantreis', 'beheer', '[regio]', '[regio]/klantreis', '[regio]/verwijswijzer', '[regio]/voorziening/[id]', '[regio]/route/[id]']) {
    expect(types).toContain(type);
  }
});

test('de luisteraar hoort het als de HTML van de server niet past bij het island', async () => {
  const pad = PAGINAS.find((p) => p.type === '[regio]/verwijswijzer')!.pad;
  const { page, context, gehoord } = await bezoek(pad, (body) => {
    const veranderd = body.replace('>Toon passende hulp</button>', '>Iets anders</button>');
    if (veranderd === body) throw new Error('de knoptekst staat niet in de HTML: pas deze test aan');
    return veranderd;
  });
  await gehydrateerd(page);
  expect(gehoord.join('\n')).toMatch(/hydrat|#418|#423|#425/i);
  await context.close();
});

describe.each(PAGINAS)('$type ($pad)', ({ pad, type }) => {
  test('hydrateert zonder fouten of waarschuwingen in de console, en axe vindt niets', async () => {
    const { page, context, gehoord, status } = await bezoek(pad);
    expect(status).toBe(type === '404' ? 404 : 200);
    await gehydrateerd(page);
    // The 404 page's own status is reported as a failed resource; that is the point of the page, not an error.
    expect(gehoord.filter((g) => !(type === '404' && /status of 404/.test(g)))).toEqual([]);
    expect(describeViolations(await axe(page))).toBe('');
    await context.close();
  });
});
