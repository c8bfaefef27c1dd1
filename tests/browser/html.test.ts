/**
 * Valid HTML on every page type: the W3C Nu HTML Checker (npm package vnu-jar, pinned; it runs on Java, which
 * .ci/run installs where it is missing) over one page of every page type for each bundled region, and over the
 * pages outside the regions. One JVM for all pages: it takes seconds to start. Pages are fetched from the test
 * server, as a browser gets them (read as files, the CSP's 'self' would not cover the stylesheets); the 404 page as
 * /404.html, since at a missing address its status is 404 and the checker would not read it.
 *
 * Errors fail, one test per page type. Warnings and infos are printed, not failed (see docs/beveiliging.md).
 *
 * The map pages carry their CSS in a <style> (src/cli/html-nabewerking.ts), so the checker reads it too — a linked
 * stylesheet it never read. Its CSS profile predates two properties of SVG 2 that the map uses and every current
 * browser supports: `rx` (a geometry property: the bars' rounded corners) and `paint-order` (CSS Fill and Stroke:
 * the halo that keeps a label legible over the grid). "Property doesn't exist" for exactly those two is not counted;
 * any other CSS error is.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl } from './browser.ts';
import { eenPerTypeEnRegio } from './site.ts';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));
const JAVA = process.env.JAVA ?? 'java';
// vnu refuses loopback and private addresses (it is also a web service); the test server is on 127.0.0.1.
const DIST = 'dist';

interface Melding {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const SVG2_EIGENSCHAPPEN = ['rx', 'paint-order'];
const onbekendBijVnu = (m: Melding) => SVG2_EIGENSCHAPPEN.some((naam) => m.message === `CSS: “${naam}”: Property “${naam}” doesn't exist.`);

const paginas = eenPerTypeEnRegio(DIST);
const types = [...new Set(paginas.map((p) => p.type))];
let meldingen: Melding[] = [];
const adres = (pad: string, type: string) => `${baseUrl()}${type === '404' ? '/404.html' : pad}`;
const leesbaar = (m: Melding) => `${m.url.replace(baseUrl(), '')}:${m.lastLine ?? '?'}.${m.firstColumn ?? '?'}: ${m.message}${m.extract ? ` «${m.extract.replace(/\s+/g, " ").trim().slice(0, 80)}»` : ''}`;

function vnu(adressen: string[]): Promise<Melding[]> {
  return new Promise((done, fail) => {
    execFile(JAVA, ['-Dnu.validator.servlet.allow-forbidden-hosts=true', '-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...adressen], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && !stdout) {
        const ontbreekt = (error as NodeJS.ErrnoException).code === 'ENOENT';
        return fail(new Error(ontbreekt ? `Java ontbreekt (${JAVA}): apt-get install default-jre-headless, of zet JAVA=/pad/naar/java` : `vnu faalde: ${stderr || error.message}`));
      }
      try {
        done((JSON.parse(stdout) as { messages: Melding[] }).messages);
      } catch {
        fail(new Error(`vnu gaf geen JSON: ${stdout.slice(0, 500)} ${stderr.slice(0, 500)}`));
      }
    });
  });
}

beforeAll(async () => {
  meldingen = await vnu(paginas.map((p) => adres(p.pad, p.type)));
}, 300_000);

afterAll(() => {
  const rest = meldingen.filter((m) => m.type !== 'error' && m.type !== 'non-document-error');
  if (rest.length) console.info(`Nu HTML Checker, waarschuwingen en info (niet fout):\n${[...new Set(rest.map(leesbaar))].join('\n')}`);
});

describe('de Nu HTML Checker', () => {
  test('controleerde elke pagina, van beide meegeleverde regio\'s', () => {
    expect(new Set(paginas.filter((p) => p.regio).map((p) => p.regio))).toEqual(new Set(['kleinstad', 'voorbeeldregio']));
    expect(types).toEqual(expect.arrayContaining(['home', '404', '[regio]', '[regio]/voorziening/[id]', '[regio]/klantreis', 'klantreis', 'beheer']));
    // A page the checker could not read at all would otherwise pass without a single error.
    expect(meldingen.filter((m) => m.type === 'non-document-error').map(leesbaar)).toEqual([]);
  });

  test('leest de CSS in de kaartpagina mee, en laat alleen de twee SVG 2-eigenschappen door die hij niet kent', () => {
    const kaart = meldingen.filter((m) => m.type === 'error' && /\/(kleinstad|voorbeeldregio)\/$/.test(m.url));
    expect(kaart.filter(onbekendBijVnu).length).toBeGreaterThan(0);
    const melding = (message: string): Melding => ({ type: 'error', url: '', message });
    expect(onbekendBijVnu(melding('CSS: “rx”: Property “rx” doesn\'t exist.'))).toBe(true);
    for (const anders of ['CSS: “colr”: Property “colr” doesn\'t exist.', 'CSS: “rx”: Too many values or values are not recognized: “4pp”.', 'Bad value “x” for attribute “rx” on element “rect”.']) {
      expect(onbekendBijVnu(melding(anders)), anders).toBe(false);
    }
  });

  test.each(types)('vindt geen fouten op paginatype %s', (type) => {
    const adressen = new Set(paginas.filter((p) => p.type === type).map((p) => adres(p.pad, p.type)));
    const fouten = meldingen.filter((m) => m.type === 'error' && adressen.has(m.url) && !onbekendBijVnu(m));
    expect(fouten.map(leesbaar)).toEqual([]);
  });
});
