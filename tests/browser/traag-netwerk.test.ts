/**
 * A big map on a slow line: the explorer island can hydrate while the map's HTML is still arriving (the bench saw
 * it at 10,000 voorzieningen). Here the page comes in two parts through a small proxy in front of the test server:
 * the map only once the test has seen the island hydrated without it (not after a fixed delay: on a busy machine
 * the island may take longer than any delay to hydrate). The explorer must wait for the map and then work.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, baseUrl, describeViolations, launch } from './browser.ts';

const PAD = '/voorbeeldregio/';
let browser: Browser;
let proxy: Server;
let proxyUrl: string;
/** Sends the rest of the held pages (the map); a held page goes anyway after 30 s, so nothing hangs. */
const vastgehouden: (() => void)[] = [];
const laatLos = () => vastgehouden.splice(0).forEach((verder) => verder());

beforeAll(async () => {
  browser = await launch();
  proxy = createServer(async (req, res) => {
    const upstream = await fetch(baseUrl() + req.url);
    const body = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
    if (req.url !== PAD) return res.end(body);
    const html = body.toString('utf8');
    const knip = html.indexOf('</astro-island>') + '</astro-island>'.length;
    res.write(html.slice(0, knip));
    let klaar = false;
    const verder = () => {
      if (!klaar) res.end(html.slice(knip));
      klaar = true;
    };
    vastgehouden.push(verder);
    setTimeout(verder, 30_000);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const address = proxy.address();
  proxyUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  laatLos();
  await browser?.close();
  await new Promise((done) => proxy?.close(done));
});

test('het island wacht op de kaart die later binnenkomt, en zoeken werkt daarna', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(proxyUrl + PAD, { waitUntil: 'commit' });
  // The island is hydrated before the map exists: the situation under test.
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]') && !document.querySelector('svg.kaart'));
  laatLos();
  await page.waitForSelector('svg.kaart a.span[tabindex]', { state: 'attached' });
  const voor = await page.locator('[data-telling]').textContent();
  await page.locator('input[name=q]').fill('kraam');
  await expect.poll(() => page.locator('[data-telling]').textContent()).not.toBe(voor);
  await expect(page.locator('svg.kaart a.span.gedimd').count()).resolves.toBeGreaterThan(0);
  expect(errors).toEqual([]);
  expect(describeViolations(await axe(page))).toBe('');
  await page.close();
});
