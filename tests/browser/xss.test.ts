/**
 * A region whose every text field is an attack (tests/fixtures/xss/aanval: script tags, attribute break-outs,
 * </title>, SVG onload, CDATA, template syntax, U+2028, RTL overrides, resources on other hosts, 10,000-character
 * strings) is built like any region and visited page by page: no payload runs (window.__xss stays undefined, no
 * dialog opens), nothing is blocked by the CSP because nothing was injected, no request leaves localhost — and the
 * text is shown literally, so it was escaped rather than dropped.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer } from '../../src/cli/static-server.ts';
import { externalRequests, launch } from './browser.ts';
import { bezoek } from './bezoek.ts';
import { eenPerType, htmlBestanden, scanSite, tags, type Tag } from './site.ts';

const DATA = 'tests/fixtures/xss';
const OUT = 'tests/.tmp/xss-dist';
const voorzieningen = JSON.parse(readFileSync(join(DATA, 'aanval/voorzieningen.json'), 'utf8')).voorzieningen as { id: string; naam: string; omschrijving: string }[];
const regio = JSON.parse(readFileSync(join(DATA, 'aanval/regio.json'), 'utf8')) as { naam: string };
const huisstijl = JSON.parse(readFileSync(join(DATA, 'aanval/huisstijl.json'), 'utf8')) as { logo: { bestand: string; alt: string } };
const LOGO_SRC = `/aanval/huisstijl/${huisstijl.logo.bestand}`;

/** A script the browser never runs: JSON for a module to read (the route picker's routes). */
const isDataBlok = (tag: Tag) => tag.naam === 'script' && new Map(tag.attributen).get('type') === 'application/json';

let browser: Browser;
let server: Server;
let base = '';

function build(): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', 'build', '--', '--outDir', OUT], {
      env: { ...process.env, ROUTEKAART_DATA: DATA, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? done(output) : fail(new Error(`bouw van de XSS-regio faalde:\n${output.slice(-3000)}`))));
  });
}

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  await build();
  server = await startServer(OUT, 0);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

describe('de gebouwde HTML van de XSS-regio', () => {
  test('bevat geen enkele aanval als echte markup', () => {
    const scan = scanSite(OUT);
    expect(scan.problemen).toEqual([]);
    expect(scan.externeLinks).toBeGreaterThan(0);
    // Read the way a browser tokenizes: a "<script>" inside a quoted attribute is text, a real tag is not.
    for (const file of htmlBestanden(OUT)) {
      const injected = tags(readFileSync(join(OUT, file), 'utf8')).filter(
        (tag) =>
          // The one image of the site is the region's logo in the page shell (huisstijl.json).
          (tag.naam === 'img' && new Map(tag.attributen).get('src') !== LOGO_SRC) ||
          ['iframe', 'object', 'embed'].includes(tag.naam) ||
          (tag.naam === 'svg' && tag.attributen.some(([name]) => name === 'onload')) ||
          tag.attributen.some(([name]) => name === 'autofocus' || name === 'xss-rest') ||
          (/__xss|evil\.example/.test(tag.inhoud ?? '') && !isDataBlok(tag)) ||
          (tag.naam === 'link' && /evil\.example/.test(new Map(tag.attributen).get('href') ?? '')),
      );
      expect(injected, file).toEqual([]);
    }
  });

  test("the route picker's data block holds the attacks as JSON text only: no \"<\" that could end it, and it parses", () => {
    const blokken = htmlBestanden(OUT).flatMap((file) => tags(readFileSync(join(OUT, file), 'utf8')).filter(isDataBlok));
    expect(blokken.length).toBeGreaterThan(0);
    for (const blok of blokken) {
      expect(blok.inhoud).not.toContain('<');
      expect(JSON.stringify(JSON.parse(blok.inhoud!))).toMatch(/__xss/);
    }
  });
});

describe('elke pagina van de XSS-regio', () => {
  test('er zijn pagina\'s van elk type', () => {
    const types = eenPerType(OUT).map((p) => p.type);
    expect(types).toEqual(expect.arrayContaining(['home', '404', '[regio]', '[regio]/overzicht', '[regio]/doelgroepen', '[regio]/route/[id]', '[regio]/voorziening/[id]']));
  });

  // One page of every type (pages added later are included by themselves), and every voorziening page.
  const pages = () => [...new Set([...eenPerType(OUT).map((p) => p.pad), ...voorzieningen.map((v) => `/aanval/voorziening/${v.id}/`)])];

  test('voert op geen enkele pagina een aanval uit, opent geen dialoog, schendt de CSP niet en vraagt niets buiten localhost', { timeout: 180_000 }, async () => {
    for (const path of pages()) {
      const visit = await bezoek(browser, `${base}${path}`);
      await visit.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 10_000 }).catch(() => {});
      await visit.page.waitForLoadState('networkidle');
      // Attribute break-outs need a focus or a hover to fire: give them one.
      await visit.page.keyboard.press('Tab');
      await visit.page.mouse.move(300, 300);
      await visit.page.mouse.move(600, 500);
      const flags = await visit.page.evaluate(() => [
        (window as unknown as { __xss?: unknown }).__xss,
        ...Array.from(window.frames, (frame) => {
          try {
            return (frame as unknown as { __xss?: unknown }).__xss;
          } catch {
            return undefined;
          }
        }),
      ]);
      expect(flags.filter((f) => f !== undefined), path).toEqual([]);
      expect(visit.dialogs, path).toEqual([]);
      expect(await visit.violations(), path).toEqual([]);
      expect(externalRequests(visit.requests), path).toEqual([]);
      expect(visit.errors.filter((e) => !/status of 404/.test(e)), path).toEqual([]);
      await visit.context.close();
    }
  });

  test('toont de aanvallen letterlijk als tekst', async () => {
    const v = voorzieningen[0]!;
    const visit = await bezoek(browser, `${base}/aanval/voorziening/${v.id}/`);
    await expect(visit.page.locator('h1').textContent()).resolves.toBe(v.naam);
    await expect(visit.page.locator('.omschrijving').first().textContent()).resolves.toBe(v.omschrijving);
    expect(await visit.page.title()).toContain(v.naam);
    await visit.context.close();

    const kaart = await bezoek(browser, `${base}/aanval/`);
    await expect(kaart.page.locator(`.kaart .vz a[href$="/voorziening/${v.id}/"]`).getAttribute('aria-label')).resolves.toContain(v.naam);
    await expect(kaart.page.locator('h1').textContent()).resolves.toContain(regio.naam);
    await expect(kaart.page.locator('img.huisstijl-logo').getAttribute('alt')).resolves.toBe(huisstijl.logo.alt);
    await kaart.context.close();
  });

  test('het logo, los geopend op de eigen origin, voert niets uit', async () => {
    const visit = await bezoek(browser, `${base}${LOGO_SRC}`);
    await visit.page.mouse.move(50, 20);
    expect(await visit.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(visit.dialogs).toEqual([]);
    await visit.context.close();
  });
});
