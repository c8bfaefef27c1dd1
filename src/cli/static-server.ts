/** A small static file server for dist/, used by `npm start` and by the browser tests. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * The page's own <meta> policy (astro.config.mjs: script-src 'self' + hashes) does the real work; the header adds
 * what a <meta> cannot carry. Both apply, so neither may loosen the other.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "object-src 'none'; base-uri 'self'; frame-ancestors *",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) {
      const index = join(candidate, 'index.html');
      await stat(index);
      return index;
    }
    return candidate;
  } catch {
    return undefined;
  }
}

export function startServer(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = await resolveFile(root, url.pathname);
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    try {
      const body = await readFile(path);
      response.writeHead(status, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...SECURITY_HEADERS });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Niet gevonden');
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}
