/**
 * The local server (`npm start`, and the browser tests): a request it cannot read is answered, never a crash; a path
 * that names another host is not a page of this site; no page of the site may be framed by another, except the
 * embed pages, which exist to be.
 */
import { request, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { beveiligingsKoppen, startServer } from '../../../src/cli/static-server.ts';

const dist = mkdtempSync(join(tmpdir(), 'routekaart-server-'));
let server: Server;
let port = 0;

const BESTANDEN: Record<string, string> = {
  'index.html': '<!doctype html><title>Start</title>',
  '404.html': '<!doctype html><title>Niet gevonden</title>',
  'proef/index.html': '<!doctype html><title>Kaart</title>',
  'proef/embed/index.html': '<!doctype html><title>Ingesloten</title>',
  'proef/verwijswijzer/index.html': '<!doctype html><title>Verwijswijzer</title>',
  'proef/huisstijl/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

beforeAll(async () => {
  for (const [pad, inhoud] of Object.entries(BESTANDEN)) {
    mkdirSync(dirname(join(dist, pad)), { recursive: true });
    writeFileSync(join(dist, pad), inhoud);
  }
  server = await startServer(dist, 0, '127.0.0.1', { insluitenDoor: 'https://www.gemeente.example' });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(dist, { recursive: true, force: true });
});

/** A raw request: the path goes out exactly as written, as a hand-made request would send it. */
function haal(pad: string, method = 'GET'): Promise<{ status: number; koppen: Record<string, string | string[] | undefined>; tekst: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path: pad, method, timeout: 3000 }, (res) => {
      let tekst = '';
      res.setEncoding('utf8');
      res.on('data', (deel) => (tekst += deel));
      res.on('end', () => done({ status: res.statusCode ?? 0, koppen: res.headers, tekst }));
    });
    req.on('timeout', () => req.destroy(new Error(`geen antwoord op ${method} ${pad}`)));
    req.on('error', fail);
    req.end();
  });
}

describe('the local server', () => {
  test('serves a page, a folder as its index.html, and the 404 page for what is not there', async () => {
    await expect(haal('/proef/')).resolves.toMatchObject({ status: 200, tekst: BESTANDEN['proef/index.html'] });
    await expect(haal('/proef/embed/?a=1')).resolves.toMatchObject({ status: 200, tekst: BESTANDEN['proef/embed/index.html'] });
    await expect(haal('/bestaat-niet/')).resolves.toMatchObject({ status: 404, tekst: BESTANDEN['404.html'] });
  });

  test.each(['/%', '/%E0%A4%A', '/proef/%zz/', '/%00'])('GET %s is a bad request (400), and the server keeps serving', async (pad) => {
    const antwoord = await haal(pad);
    expect(antwoord.status).toBe(400);
    expect(antwoord.koppen['content-type']).toBe('text/plain; charset=utf-8');
    await expect(haal('/proef/')).resolves.toMatchObject({ status: 200 });
  });

  test.each(['//evil.example/proef/verwijswijzer/', '//evil.example/', '/proef//verwijswijzer/', '/%2F%2Fevil.example/proef/verwijswijzer/', '/\\evil.example/proef/verwijswijzer/'])(
    'GET %s names no page of this site (404)',
    async (pad) => {
      await expect(haal(pad)).resolves.toMatchObject({ status: 404, tekst: BESTANDEN['404.html'] });
    },
  );

  test('nothing outside the folder is served', async () => {
    await expect(haal('/../../../../etc/passwd')).resolves.toMatchObject({ status: 404 });
    await expect(haal('/%2e%2e/%2e%2e/etc/passwd')).resolves.toMatchObject({ status: 404 });
  });

  test('only GET and HEAD', async () => {
    await expect(haal('/proef/', 'HEAD')).resolves.toMatchObject({ status: 200, tekst: '' });
    const post = await haal('/proef/', 'POST');
    expect(post.status).toBe(405);
    expect(post.koppen.allow).toBe('GET, HEAD');
  });
});

describe('security headers', () => {
  const policy = async (pad: string) => (await haal(pad)).koppen['content-security-policy'];

  test("every page, the 404 page and the start page refuse to be framed: frame-ancestors 'none'", async () => {
    for (const pad of ['/', '/proef/', '/proef/verwijswijzer/', '/bestaat-niet/', '/proef/huisstijl/logo.svg']) {
      expect(await policy(pad), pad).toContain("frame-ancestors 'none'");
      expect((await haal(pad)).koppen['x-frame-options'], pad).toBe('DENY');
    }
  });

  test('the embed pages may be framed by the configured sites (by default by any)', async () => {
    expect(await policy('/proef/embed/')).toContain('frame-ancestors https://www.gemeente.example');
    expect(await policy('/proef/embed/index.html')).toContain('frame-ancestors https://www.gemeente.example');
    expect((await haal('/proef/embed/')).koppen['x-frame-options']).toBeUndefined();
    expect(beveiligingsKoppen('/proef/embed/')['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(beveiligingsKoppen('/proef/embedx/')['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  test('an SVG on its own may run and load nothing (sandbox, default-src none)', async () => {
    expect(await policy('/proef/huisstijl/logo.svg')).toBe("object-src 'none'; base-uri 'self'; frame-ancestors 'none'; default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
    expect(await policy('/proef/')).not.toContain('sandbox');
  });

  test('the rest of the policy is on every answer', async () => {
    for (const pad of ['/', '/proef/embed/', '/bestaat-niet/']) {
      const { koppen } = await haal(pad);
      expect(koppen['content-security-policy']).toMatch(/^object-src 'none'; base-uri 'self'; frame-ancestors /);
      expect(koppen['x-content-type-options']).toBe('nosniff');
      expect(koppen['referrer-policy']).toBe('no-referrer');
    }
  });
});
