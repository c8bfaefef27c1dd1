/**
 * After the build: the built HTML files put right where Astro 5 leaves them short.
 *
 * - Not valid HTML: the style Astro emits with the first island (`astro-island{display:contents}`) lands in <body>
 *   wherever that island is, and a <style> in <body> is an error in the Nu HTML Checker (tests/browser/html.test.ts).
 *   In <head> it does the same, before the first paint. Its CSP hash stays valid: the text is unchanged.
 * - Heavy: Astro closes every SVG shape with an end tag (`<rect …></rect>`); in SVG inside HTML the short form
 *   `<rect …/>` means the same. On a map of 1,000 voorzieningen that is 2,000 end tags, about 13 kB.
 * - Slow: a page names only its entry modules (`<script type="module" src>`, an island's component-url and
 *   renderer-url). The browser finds the chunks those import only after it has fetched and parsed the entry: a
 *   second round trip, later still when the main thread is busy laying out a big map. A
 *   `<link rel="modulepreload">` for every module of the static import graph lets the preload scanner fetch them
 *   all at once. They are files of the site itself, so the CSP's script-src 'self' covers them.
 * - Late to paint: the map page's first frame waits for its stylesheets (five files of 18 kB in all), and while
 *   the main thread parses the map their responses queue behind it. On the pages that show the map, the CSS goes
 *   into the page as <style> (its sha256 added to the CSP's style-src): the first paint comes ±50 ms sooner at
 *   100 and at 1,000 voorzieningen (bench, JavaScript off). The other pages keep the files, which the browser caches.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync, parse } from 'es-module-lexer';

const EILAND_STIJL = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

export function eilandStijlNaarKop(html: string): string {
  const stijlen = html.match(EILAND_STIJL);
  const kopEinde = html.indexOf('</head>');
  if (!stijlen || kopEinde < 0 || html.lastIndexOf(stijlen[0], kopEinde) >= 0) return html;
  const zonder = html.replace(EILAND_STIJL, '');
  const einde = zonder.indexOf('</head>');
  return `${zonder.slice(0, einde)}${stijlen[0]}${zonder.slice(einde)}`;
}

// The empty shapes the map and the route pages draw: their attributes are numbers, ids and class names, never text
// with a ">" in it, so the tag ends at the first ">".
const LEGE_VORM = /(<(rect|use|line|path|circle)\b[^<>]*)><\/\2>/g;

/** `<rect …></rect>` → `<rect …/>`, for the SVG shapes that never hold anything. */
export function zelfsluitendeVormen(html: string): string {
  return html.replace(LEGE_VORM, '$1/>');
}

/**
 * The module specifiers a module imports statically (`import … from`, `import "x"`, `export … from`), as written, in
 * order — by es-module-lexer, the lexer Vite itself uses, so text such as `"import './x.js'"` in a string is not taken
 * for an import. Dynamic `import("x")` is left out: it loads when the code asks for it, which a preload must not
 * anticipate.
 */
export function staticImports(js: string): string[] {
  initSync();
  return parse(js)[0].flatMap((i) => (i.d === -1 && i.n !== undefined ? [i.n] : []));
}

// Any origin will do: it only lets URL resolve paths, and no specifier of the site names it.
const OORSPRONG = 'http://routekaart.invalid';

/**
 * The site paths a module at site path `url` imports statically: relative specifiers resolved against its own URL,
 * as the browser does. Bare names and other origins are left out; the build writes neither.
 */
export function importUrls(url: string, js: string): string[] {
  const uit: string[] = [];
  for (const specifier of staticImports(js)) {
    if (!/^(\.{1,2}\/|\/(?!\/))/.test(specifier)) continue;
    const opgelost = new URL(specifier, OORSPRONG + url);
    if (opgelost.origin === OORSPRONG) uit.push(opgelost.pathname + opgelost.search);
  }
  return uit;
}

const TAG = /<(script|astro-island|link)\b((?:"[^"]*"|'[^']*'|[^"'>])*)>/gi;
const SCRIPT_EINDE = /<\/script/gi;
const ATTRIBUUT = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
// Module URLs an island loads itself, with import(), when it hydrates.
const EILAND_URLS = ['component-url', 'renderer-url', 'before-hydration-url'];

const decodeer = (waarde: string) =>
  waarde
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const codeer = (waarde: string) => waarde.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function attributen(tekst: string): Map<string, string> {
  const uit = new Map<string, string>();
  for (const a of tekst.matchAll(ATTRIBUUT)) {
    const naam = a[1]!.toLowerCase();
    if (!uit.has(naam)) uit.set(naam, decodeer(a[2] ?? a[3] ?? a[4] ?? ''));
  }
  return uit;
}

/** A site path (`/assets/x.js`), not a page-relative or protocol-relative URL: the build writes only these. */
const isSitePad = (url: string) => /^\/(?!\/)/.test(url);

/**
 * The page with a `<link rel="modulepreload">` before `</head>` for every module of the static import graph of the
 * modules it loads, breadth-first from them, each once. `importsVan(url)` gives the site paths a module imports
 * (importUrls). A module script's own src needs no link: its tag already fetches it. An island's component and
 * renderer do: Astro imports them only once hydration starts. A module that already has a link keeps it and gets no
 * second, so running this twice changes nothing.
 */
export function metModulepreload(html: string, importsVan: (url: string) => readonly string[]): string {
  const kopEinde = html.indexOf('</head>');
  if (kopEinde < 0) return html;
  // Modules the page fetches already: its module scripts, and what has a modulepreload link (from an earlier run).
  const geladen = new Set<string>();
  const ingangen: { url: string; eiland: boolean }[] = [];
  TAG.lastIndex = 0;
  let tag: RegExpExecArray | null;
  while ((tag = TAG.exec(html))) {
    const naam = tag[1]!.toLowerCase();
    const attrs = attributen(tag[2]!);
    if (naam === 'script') {
      const src = attrs.get('src');
      if (attrs.get('type')?.toLowerCase() === 'module' && src && isSitePad(src)) {
        geladen.add(src);
        ingangen.push({ url: src, eiland: false });
      }
      // A script's body is not markup: skip it whole.
      SCRIPT_EINDE.lastIndex = TAG.lastIndex;
      TAG.lastIndex = SCRIPT_EINDE.test(html) ? SCRIPT_EINDE.lastIndex : html.length;
    } else if (naam === 'link') {
      const href = attrs.get('href');
      if (href && (attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('modulepreload')) geladen.add(href);
    } else {
      for (const naamUrl of EILAND_URLS) {
        const url = attrs.get(naamUrl);
        if (url && isSitePad(url)) ingangen.push({ url, eiland: true });
      }
    }
  }
  const rij: string[] = [];
  const bekend = new Set<string>();
  const nieuw: string[] = [];
  const ontdek = (url: string, link: boolean) => {
    if (bekend.has(url)) return;
    bekend.add(url);
    rij.push(url);
    if (link && !geladen.has(url)) nieuw.push(url);
  };
  for (const { url, eiland } of ingangen) ontdek(url, eiland);
  // Breadth-first: the queue is the list of modules found so far, read from the front as it grows.
  for (let k = 0; k < rij.length; k++) {
    for (const url of importsVan(rij[k]!)) ontdek(url, true);
  }
  if (nieuw.length === 0) return html;
  const links = nieuw.map((url) => `<link rel="modulepreload" href="${codeer(url)}">`).join('');
  return `${html.slice(0, kopEinde)}${links}${html.slice(kopEinde)}`;
}

/** The file of a site path (`/assets/x.js`) in a built site that lives under `base`; undefined outside it. */
function bestandInDist(dist: string, base: string): (url: string) => string | undefined {
  const voorvoegsel = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return (url) => {
    const pad = url.split(/[?#]/, 1)[0]!;
    if (!pad.startsWith(voorvoegsel)) return undefined;
    try {
      return join(dist, decodeURIComponent(pad.slice(voorvoegsel.length)));
    } catch {
      return undefined;
    }
  };
}

const STIJL_LINK = /<link rel="stylesheet" href="([^"]+)">\n?/g;
const CSP_META = /(<meta http-equiv="content-security-policy" content="[^"]*?style-src )/i;
/** Pages with the map on them (Kaart.astro's box): their first paint is the product. */
const MET_KAART = /<div class="kaart-box" data-kaart>/;
const sha256 = (tekst: string) => `'sha256-${createHash('sha256').update(tekst, 'utf8').digest('base64')}'`;

/**
 * The map pages with their stylesheets as one <style> in place of the <link>s, its hash added to the CSP's
 * style-src so the page's own policy allows it. `cssVan(href)` gives a stylesheet's text. A page is left as it is
 * when a stylesheet is missing, holds a relative url() (it would resolve against the page, not the file; a site
 * path such as a huisstijl's font, a #fragment or data: mean the same in both) or could end the <style> early, or
 * when the page's policy has no style-src to add to (its inline CSS would be refused).
 */
export function stijlInDePagina(html: string, cssVan: (href: string) => string | undefined): string {
  if (!MET_KAART.test(html) || !CSP_META.test(html)) return html;
  const kopEinde = html.indexOf('</head>');
  const links = [...html.slice(0, kopEinde).matchAll(STIJL_LINK)];
  const stijlen = links.map(([, href]) => cssVan(decodeer(href!)));
  const bruikbaar = (css: string | undefined): css is string => css !== undefined && !/<\/style/i.test(css) && !/url\(\s*(?!['"]?(?:#|data:|\/(?!\/)))/i.test(css);
  if (links.length === 0 || !stijlen.every(bruikbaar)) return html;
  // One <style> where the first link was, the sheets in their order: the cascade is that of the links.
  const css = stijlen.join('\n');
  let eerste = true;
  const kop = html.slice(0, kopEinde).replace(STIJL_LINK, () => (eerste ? ((eerste = false), `<style>${css}</style>`) : ''));
  return (kop + html.slice(kopEinde)).replace(CSP_META, `$1${sha256(css)} `);
}

/** cssVan for a built site: a stylesheet's text read from `dist`, each file once. */
export function cssUitDist(dist: string, base = '/'): (href: string) => string | undefined {
  const bestandVan = bestandInDist(dist, base);
  const cache = new Map<string, string | undefined>();
  return (href) => {
    if (!cache.has(href)) {
      const bestand = bestandVan(href);
      cache.set(href, bestand && existsSync(bestand) ? readFileSync(bestand, 'utf8') : undefined);
    }
    return cache.get(href);
  };
}

/**
 * importsVan for a built site: the module at a site path read from `dist` (the site lives under `base`), parsed once
 * however many pages load it. An import of a file that is not there is left out rather than preloaded into a 404.
 */
export function importsUitDist(dist: string, base = '/'): (url: string) => readonly string[] {
  const bestandVan = bestandInDist(dist, base);
  const bestaat = new Map<string, boolean>();
  const isEr = (url: string) => {
    let er = bestaat.get(url);
    if (er === undefined) {
      const bestand = bestandVan(url);
      er = bestand !== undefined && existsSync(bestand);
      bestaat.set(url, er);
    }
    return er;
  };
  const cache = new Map<string, readonly string[]>();
  return (url) => {
    let imports = cache.get(url);
    if (!imports) {
      const bestand = bestandVan(url);
      imports = bestand && isEr(url) ? importUrls(url, readFileSync(bestand, 'utf8')).filter(isEr) : [];
      cache.set(url, imports);
    }
    return imports;
  };
}

export interface Nabewerking {
  /** The built site's folder: the modules are read from it. */
  dist: string;
  /** The path the site lives under (Astro's `base`), e.g. "/" or "/kansrijke-start/". */
  base?: string;
}

/** Rewrites the built HTML files in place; returns how many changed. */
export function bewerkHtml(bestanden: Iterable<string>, { dist, base = '/' }: Nabewerking): number {
  const importsVan = importsUitDist(dist, base);
  const cssVan = cssUitDist(dist, base);
  let veranderd = 0;
  for (const bestand of bestanden) {
    const html = readFileSync(bestand, 'utf8');
    const nieuw = zelfsluitendeVormen(stijlInDePagina(metModulepreload(eilandStijlNaarKop(html), importsVan), cssVan));
    if (nieuw !== html) {
      writeFileSync(bestand, nieuw);
      veranderd++;
    }
  }
  return veranderd;
}
