/**
 * What each page type costs on the wire: HTML bytes (raw and gzipped) and the JavaScript it loads, found by reading
 * the built HTML (script tags, module preloads, island component/renderer URLs) and following static imports.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** "regio-1/voorziening/x/index.html" → "[regio]/voorziening/[id]" (every deeper segment is an [id]); pages outside a region keep their path. */
export function paginaType(file: string, regioIds: ReadonlySet<string>): string {
  const parts = file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '').split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts[0] === '404') return '404';
  if (!regioIds.has(parts[0]!)) return parts.join('/');
  const rest = parts.slice(1).map((part, i) => (i >= 1 ? '[id]' : part));
  return ['[regio]', ...rest].join('/');
}

export function htmlBestanden(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

export const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

interface Script {
  /** Path inside the site, or "inline #n". */
  naam: string;
  bytes: number;
  gzip: number;
}

const IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;

/** The JavaScript a page loads before anything is clicked: inline scripts, script/preload URLs, island code. */
export function scriptsVan(siteDir: string, htmlFile: string): Script[] {
  const html = readFileSync(join(siteDir, htmlFile), 'utf8');
  const out: Script[] = [];
  let inline = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1]!;
    if (/type=["']?(application\/(ld\+)?json|text\/plain)/.test(attributes)) continue;
    if (!/\bsrc=/.test(attributes) && match[2]!.trim()) out.push({ naam: `inline #${++inline}`, bytes: Buffer.byteLength(match[2]!), gzip: gzip(match[2]!) });
  }
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/g)) urls.add(match[1]!);
  for (const match of html.matchAll(/<link\b[^>]*rel=["']modulepreload["'][^>]*href=["']([^"']+)["']/g)) urls.add(match[1]!);
  for (const match of html.matchAll(/\b(?:component-url|renderer-url)=["']([^"']+)["']/g)) urls.add(match[1]!);

  const seen = new Set<string>();
  const queue = [...urls].map((url) => new URL(url, `http://site/${htmlFile}`).pathname);
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    let code: string;
    try {
      code = readFileSync(join(siteDir, decodeURIComponent(path)), 'utf8');
    } catch {
      continue;
    }
    out.push({ naam: path, bytes: Buffer.byteLength(code), gzip: gzip(code) });
    for (const match of code.matchAll(IMPORT)) queue.push(new URL(match[1]!, `http://site${path}`).pathname);
  }
  return out;
}

export interface PaginaBytes {
  aantal: number;
  voorbeeld: string;
  htmlBytesMediaan: number;
  htmlBytesMax: number;
  htmlGzipMediaan: number;
  jsBytes: number;
  jsGzip: number;
  jsBestanden: string[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

export function bytesPerType(siteDir: string, regioIds: ReadonlySet<string>): Record<string, PaginaBytes> {
  const groups = new Map<string, string[]>();
  for (const file of htmlBestanden(siteDir)) {
    const type = paginaType(file, regioIds);
    groups.set(type, [...(groups.get(type) ?? []), file]);
  }
  const result: Record<string, PaginaBytes> = {};
  for (const [type, files] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const sizes: number[] = [];
    const gzips: number[] = [];
    for (const file of files) {
      const data = readFileSync(join(siteDir, file));
      sizes.push(data.length);
      gzips.push(gzip(data));
    }
    const scripts = scriptsVan(siteDir, files[0]!);
    result[type] = {
      aantal: files.length,
      voorbeeld: files[0]!,
      htmlBytesMediaan: median(sizes),
      htmlBytesMax: Math.max(...sizes),
      htmlGzipMediaan: median(gzips),
      jsBytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
      jsGzip: scripts.reduce((sum, s) => sum + s.gzip, 0),
      jsBestanden: scripts.map((s) => s.naam),
    };
  }
  return result;
}

/**
 * The page types whose JavaScript the budget table reports, in this order, by the paginaType names they cover.
 * A page type the site does not have (beheer, before that page exists) is left out; only the map has a budget.
 */
export const JS_SOORTEN: readonly { soort: string; types: readonly string[] }[] = [
  { soort: 'kaart', types: ['[regio]'] },
  { soort: 'voorziening', types: ['[regio]/voorziening/[id]'] },
  { soort: 'route', types: ['[regio]/route/[id]'] },
  { soort: 'verwijswijzer', types: ['[regio]/verwijswijzer'] },
  { soort: 'klantreis', types: ['klantreis', '[regio]/klantreis'] },
  { soort: 'beheer', types: ['beheer', '[regio]/beheer'] },
  { soort: 'startpagina', types: ['home'] },
];

export interface SoortJs {
  soort: string;
  /** The page type measured: of the types a soort covers, the one that loads the most JavaScript. */
  type: string;
  jsGzip: number;
  bestanden: number;
}

/** JavaScript (gzip) per page soort, from bytesPerType's result; soorten without pages are left out. */
export function jsPerSoort(paginas: Readonly<Record<string, PaginaBytes>>): SoortJs[] {
  const out: SoortJs[] = [];
  for (const { soort, types } of JS_SOORTEN) {
    const gemeten = types.filter((type) => paginas[type]).map((type) => ({ type, p: paginas[type]! }));
    if (gemeten.length === 0) continue;
    const grootste = gemeten.reduce((a, b) => (b.p.jsGzip > a.p.jsGzip ? b : a));
    out.push({ soort, type: grootste.type, jsGzip: grootste.p.jsGzip, bestanden: grootste.p.jsBestanden.length });
  }
  return out;
}

// `npx tsx bench/bytes.ts [dist]`: the JavaScript per page soort of a built site, without running the bench.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const regioIds = new Set(readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory() && htmlBestanden(join(dir, name)).some((f) => f.startsWith('overzicht/'))));
  for (const s of jsPerSoort(bytesPerType(dir, regioIds))) console.log(`${s.soort.padEnd(14)} ${(s.jsGzip / 1000).toFixed(1).padStart(7)} kB gzip  (${s.bestanden} bestanden, ${s.type})`);
}
