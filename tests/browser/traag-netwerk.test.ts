/**
 * A big map on a slow line: the map's HTML can still be arriving when the toolbar is there (the bench saw an
 * explorer start on half a map at 10,000 voorzieningen). Here the page comes in two parts, the map 1.5 s after the
 * toolbar, through a small proxy in front of the test server; the explorer must wait for the map and then work.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, baseUrl, describeViolations, launch } from './browser.ts';

const PAD = '/voorbeeldregio/';
let browser: Browser;
let proxy: Server;
let proxyUrl: string;

beforeAll(async () => {
  browser = await launch();
  proxy = createServer(async (req, res) => {
    const upstream = await fetch(baseUrl() + req.url);
    const body = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
    if (req.url !== PAD) return res.end(body);
    const html = body.toString('utf8');
    const knip = html.indexOf('<div class="kaart-box"');
    res.write(html.slice(0, knip));
    setTimeout(() => res.end(html.slice(knip)), 1500);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const address = proxy.address();
  proxyUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => proxy?.close(done));
});

test('de verkenner start pas als de kaart er helemaal is, en zoeken werkt daarna', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(proxyUrl + PAD, { waitUntil: 'commit' });
  // The explorer starts (data-klaar: its clock) only once the map has come, 1.5 s after the toolbar.
  await page.waitForSelector('[data-kaart][data-klaar]', { state: 'attached' });
  expect(Number(await page.getAttribute('[data-kaart]', 'data-klaar'))).toBeGreaterThan(1400);
  const voor = await page.locator('[data-telling]').textContent();
  await page.locator('input[name=q]').fill('kraam');
  await expect.poll(() => page.locator('[data-telling]').textContent()).not.toBe(voor);
  await expect(page.locator('.kaart .vz a.gedimd').count()).resolves.toBeGreaterThan(0);
  expect(errors).toEqual([]);
  expect(describeViolations(await axe(page))).toBe('');
  await page.close();
});
