/** A small static file server for dist/, used by `npm start` and by the browser tests. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

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

/** The embed pages (`/<regio>/embed/`): the one kind of page another site may put in an iframe. */
export function isInsluitPagina(pad: string): boolean {
  return /^\/[^/]+\/embed\/(index\.html)?$/.test(pad);
}

/**
 * The page's own <meta> policy (astro.config.mjs: script-src 'self' + hashes) does the real work; the header adds
 * what a <meta> cannot carry: frame-ancestors. No page may be framed by another site (clickjacking), except the
 * embed pages, which exist to be: by any site (`*`, the default) or by the sites in `insluitenDoor`. Both policies
 * apply, so neither may loosen the other. docs/beveiliging.md gives the same headers for nginx, Apache and IIS.
 */
export function beveiligingsKoppen(pad: string, insluitenDoor = '*'): Record<string, string> {
  const insluiten = isInsluitPagina(pad);
  // An SVG opened on its own is a document of this origin: check-data refuses active content in a logo, and this
  // makes sure nothing in one could run or load anything anyway (as <img> it is drawn the same).
  const svg = pad.toLowerCase().endsWith('.svg') ? "; default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox" : '';
  return {
    'Content-Security-Policy': `object-src 'none'; base-uri 'self'; frame-ancestors ${insluiten ? insluitenDoor : "'none'"}${svg}`,
    // For browsers older than frame-ancestors; it cannot name a list of sites, so the embed pages go without.
    ...(insluiten ? {} : { 'X-Frame-Options': 'DENY' }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

export interface ServerOpties {
  /** Sites that may frame the embed pages, as a frame-ancestors source list ("https://www.gemeente.nl …"); default `*`. */
  insluitenDoor?: string;
}

/**
 * The path of a request as a file path below the site, or why there is none: 400 for what cannot be decoded,
 * 404 for a path no page of the site can have — an empty segment (`//evil.example/…` would make
 * `location.pathname` a link to another host), a backslash, a NUL.
 */
function padVan(url: string): { pad: string } | { status: 400 | 404 } {
  const rauw = url.split(/[?#]/, 1)[0]!;
  if (!rauw.startsWith('/')) return { status: 400 };
  let pad: string;
  try {
    pad = decodeURIComponent(rauw);
  } catch {
    return { status: 400 };
  }
  if (pad.includes('\0')) return { status: 400 };
  if (rauw.includes('//') || pad.includes('//') || pad.includes('\\')) return { status: 404 };
  return { pad };
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const safe = normalize(urlPath).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
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

export function startServer(dir: string, port: number, host = '127.0.0.1', opties: ServerOpties = {}): Promise<Server> {
  const root = resolve(dir);
  const tekst = (status: number, body: string, extra: Record<string, string> = {}) => ({ status, body, extra });
  async function beantwoord(method: string, url: string) {
    if (method !== 'GET' && method !== 'HEAD') return { ...tekst(405, 'Alleen GET en HEAD', { Allow: 'GET, HEAD' }), pad: '/' };
    const gevraagd = padVan(url);
    if ('status' in gevraagd && gevraagd.status === 400) return { ...tekst(400, 'Onleesbaar adres'), pad: '/' };
    const pad = 'pad' in gevraagd ? gevraagd.pad : '/';
    const file = 'pad' in gevraagd ? await resolveFile(root, gevraagd.pad) : undefined;
    const path = file ?? join(root, '404.html');
    try {
      return { status: file ? 200 : 404, body: await readFile(path), type: TYPES[extname(path)] ?? 'application/octet-stream', pad: file ? pad : '/404.html', extra: {} };
    } catch {
      return { ...tekst(404, 'Niet gevonden'), pad: '/404.html' };
    }
  }
  const server = createServer(async (request, response) => {
    try {
      const antwoord = await beantwoord(request.method ?? 'GET', request.url ?? '/');
      response.writeHead(antwoord.status, {
        'Content-Type': 'type' in antwoord ? antwoord.type : 'text/plain; charset=utf-8',
        ...beveiligingsKoppen(antwoord.pad, opties.insluitenDoor),
        ...antwoord.extra,
      });
      response.end(request.method === 'HEAD' ? undefined : antwoord.body);
    } catch {
      // Whatever went wrong, this request gets an answer and the server keeps serving the next.
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', ...beveiligingsKoppen('/') });
      response.end('Serverfout');
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}
