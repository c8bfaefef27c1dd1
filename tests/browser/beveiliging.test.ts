/**
 * Hardening of the built site (issue "Prove it"): every page type, whatever pages exist, is checked in real Chromium
 * for Content-Security-Policy violations and for requests leaving this machine; all built HTML is scanned for inline
 * handlers, script URLs and unprotected external links; the 404 page helps and is served with status 404.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, baseUrl, describeViolations, externalRequests, launch } from './browser.ts';
import { bezoek } from './bezoek.ts';
import { eenPerType, regioIds, scanSite } from './site.ts';

const DIST = 'dist';
const PAGINAS = eenPerType(DIST);
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('alle gebouwde HTML', () => {
  const scan = scanSite(DIST);

  test('heeft geen inline event handlers, style-attributen, script-URL\'s of bronnen van andere hosts, en een CSP die elk inline script dekt', () => {
    expect(scan.paginas).toBeGreaterThan(3);
    expect(scan.problemen).toEqual([]);
  });

  test('externe links hebben rel="noopener noreferrer"', () => {
    // The data has websites and meer-informatie links; without them this check would prove nothing.
    expect(scan.externeLinks).toBeGreaterThan(0);
  });
});

describe('de CSP doet echt iets', () => {
  test('een script dat in de pagina wordt gezet, wordt geblokkeerd en gemeld', async () => {
    const { page, context, violations } = await bezoek(browser, `${baseUrl()}/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__geinjecteerd = 1';
      document.body.append(script);
    });
    await page.waitForTimeout(50);
    expect(await page.evaluate(() => (window as unknown as { __geinjecteerd?: number }).__geinjecteerd)).toBeUndefined();
    expect((await violations()).join('\n')).toMatch(/script-src/);
    await context.close();
  });
});

test('er zijn pagina\'s van elk type om te bezoeken', () => {
  const types = PAGINAS.map((p) => p.type);
  for (const type of ['home', '404', '[regio]', '[regio]/overzicht', '[regio]/doelgroepen', '[regio]/voorziening/[id]']) expect(types).toContain(type);
});

describe.each(PAGINAS)('paginatype $type ($pad)', ({ pad }) => {
  test('geen CSP-schendingen, geen verzoek buiten localhost, geen fouten — met en zonder JavaScript', async () => {
    for (const javaScript of [true, false]) {
      const visit = await bezoek(browser, `${baseUrl()}${pad}`, javaScript);
      if (javaScript) {
        // Let islands hydrate and lazy chunks load before judging.
        await visit.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 10_000 }).catch(() => {});
        await visit.page.waitForLoadState('networkidle');
        expect(await visit.violations()).toEqual([]);
      }
      expect(visit.requests.length).toBeGreaterThan(0);
      expect(externalRequests(visit.requests)).toEqual([]);
      expect(visit.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
      expect(visit.dialogs).toEqual([]);
      await visit.context.close();
    }
  });
});

describe('de 404-pagina', () => {
  test('komt met status 404 en helpt verder: naar de start, naar elke regiokaart, en een zoektip', async () => {
    const visit = await bezoek(browser, `${baseUrl()}/bestaat-niet/`);
    expect(visit.status).toBe(404);
    const { page } = visit;
    await expect(page.locator('h1').textContent()).resolves.toMatch(/niet gevonden|bestaat niet/i);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/');
    for (const id of regioIds(DIST)) expect(links).toContain(`/${id}/`);
    await expect(page.locator('main').innerText()).resolves.toMatch(/zoek/i);
    expect(describeViolations(await axe(page))).toBe('');
    await visit.context.close();
  });

  test('een verkeerd adres binnen een regio krijgt ook de 404-pagina', async () => {
    const id = [...regioIds(DIST)][0]!;
    const visit = await bezoek(browser, `${baseUrl()}/${id}/voorziening/bestaat-niet/`, false);
    expect(visit.status).toBe(404);
    await expect(visit.page.locator(`main a[href="/${id}/"]`).count()).resolves.toBeGreaterThan(0);
    await visit.context.close();
  });
});
