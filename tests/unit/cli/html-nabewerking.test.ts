import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { bewerkHtml, eilandStijlNaarKop, importsUitDist, importUrls, metModulepreload, staticImports, stijlInDePagina, zelfsluitendeVormen } from '../../../src/cli/html-nabewerking.ts';

const STIJL = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('eilandStijlNaarKop', () => {
  test("moves the island style from the body to the end of the head, once", () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><main><p>a</p>${STIJL}<script>1</script><astro-island></astro-island></main></body></html>`;
    expect(eilandStijlNaarKop(html)).toBe(
      `<!doctype html><html><head><meta charset="utf-8"><title>x</title>${STIJL}</head><body><main><p>a</p><script>1</script><astro-island></astro-island></main></body></html>`,
    );
  });

  test('two copies in the body become one in the head', () => {
    const html = `<html><head></head><body>${STIJL}<i></i>${STIJL}</body></html>`;
    expect(eilandStijlNaarKop(html)).toBe(`<html><head>${STIJL}</head><body><i></i></body></html>`);
  });

  test('a page without islands, or with the style already in the head, stays as it is', () => {
    const zonder = '<html><head></head><body><p>geen eiland</p></body></html>';
    expect(eilandStijlNaarKop(zonder)).toBe(zonder);
    const alInKop = `<html><head>${STIJL}</head><body></body></html>`;
    expect(eilandStijlNaarKop(alInKop)).toBe(alInKop);
  });

  test('the same text in page content (escaped) is not touched', () => {
    const html = '<html><head></head><body><pre>&lt;style&gt;astro-island,astro-slot,astro-static-slot{display:contents}&lt;/style&gt;</pre></body></html>';
    expect(eilandStijlNaarKop(html)).toBe(html);
  });
});

describe('staticImports', () => {
  test('finds every static import and re-export form that Rollup writes, minified', () => {
    const js =
      'import{a as b,c}from"./tijdlijn.js";import"./ids.js";import*as d from"./tijdas.js";import e,{f}from\'../d3-scale.js\';' +
      'import g from "./g.js";const h=b(c);export{i as j}from"./herexport.js";export*from"./alles.js";export*as k from"./k.js";export{h};';
    expect(staticImports(js)).toEqual(['./tijdlijn.js', './ids.js', './tijdas.js', '../d3-scale.js', './g.js', './herexport.js', './alles.js', './k.js']);
  });

  test('dynamic imports and import.meta are not static imports', () => {
    const js = 'import{a}from"./a.js";const b=()=>import("./lui.js"),c=import.meta.url;__vitePreload(()=>import ("./ook-lui.js"),[]);';
    expect(staticImports(js)).toEqual(['./a.js']);
  });

  test('the same words in strings, template literals, comments and regular expressions are text', () => {
    const js = [
      'import"./echt.js";',
      'const s="import \'./tekst.js\'",t=\'export*from"./tekst2.js"\';',
      'const u=`import"./sjabloon.js" ${x?`export{a}from"./genest.js"`:{b:1}} import"./na.js"`;',
      '/* import"./commentaar.js" */ // import"./regel.js"',
      'const r=/import"\\.\\/regex.js"/g,q=a/2/b;',
      'o.import("./methode.js");',
    ].join('\n');
    expect(staticImports(js)).toEqual(['./echt.js']);
  });
});

describe('importUrls', () => {
  test('relative specifiers resolve against the module’s own URL, under a base path too', () => {
    expect(importUrls('/assets/index.js', 'import"./a.js";import"../b.js";import"/assets/c.js"')).toEqual(['/assets/a.js', '/b.js', '/assets/c.js']);
    expect(importUrls('/kansrijke-start/assets/index.js', 'import{x}from"./tijdlijn.js"')).toEqual(['/kansrijke-start/assets/tijdlijn.js']);
  });

  test('bare names and other origins are left out', () => {
    expect(importUrls('/assets/i.js', 'import"react";import"https://cdn.example/x.js";import"//cdn.example/y.js";import"./z.js"')).toEqual(['/assets/z.js']);
  });
});

describe('metModulepreload', () => {
  const grafiek: Record<string, string[]> = {
    '/assets/kaart.js': ['/assets/tijdlijn.js', '/assets/ids.js'],
    '/assets/tijdlijn.js': ['/assets/tijdas.js', '/assets/ids.js'],
    '/assets/tijdas.js': ['/assets/d3-scale.js'],
    '/assets/Eiland.js': ['/assets/jsx-runtime.js', '/assets/ids.js'],
    '/assets/client.js': ['/assets/index.js', '/assets/jsx-runtime.js'],
  };
  const importsVan = (url: string) => grafiek[url] ?? [];
  const link = (href: string) => `<link rel="modulepreload" href="${href}">`;
  const pagina = (kop: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>x</title>${kop}</head><body>${body}</body></html>`;

  test('a module script gets links for its imports, nested, breadth-first, each once; not for itself', () => {
    const html = pagina('<link rel="stylesheet" href="/assets/a.css">', '<main></main><script type="module" src="/assets/kaart.js"></script>');
    expect(metModulepreload(html, importsVan)).toBe(
      pagina(`<link rel="stylesheet" href="/assets/a.css">${['/assets/tijdlijn.js', '/assets/ids.js', '/assets/tijdas.js', '/assets/d3-scale.js'].map(link).join('')}`, '<main></main><script type="module" src="/assets/kaart.js"></script>'),
    );
  });

  test('an island gets links for its component and renderer too, and what both import once', () => {
    const eiland = '<astro-island uid="1" component-url="/assets/Eiland.js" component-export="default" renderer-url="/assets/client.js" props="{&quot;a&quot;:[0,1]}" ssr client="load"><p>x</p></astro-island>';
    const html = pagina('', `<script>(()=>{/* island runtime */})()</script>${eiland}`);
    const links = ['/assets/Eiland.js', '/assets/client.js', '/assets/jsx-runtime.js', '/assets/ids.js', '/assets/index.js'].map(link).join('');
    expect(metModulepreload(html, importsVan)).toBe(pagina(links, `<script>(()=>{/* island runtime */})()</script>${eiland}`));
  });

  test('under a base path the links keep the path the page names its modules by', () => {
    const onder: Record<string, string[]> = { '/kansrijke-start/assets/kaart.js': ['/kansrijke-start/assets/tijdlijn.js'] };
    const html = pagina('', '<script type="module" src="/kansrijke-start/assets/kaart.js"></script>');
    expect(metModulepreload(html, (url) => onder[url] ?? [])).toBe(pagina(link('/kansrijke-start/assets/tijdlijn.js'), '<script type="module" src="/kansrijke-start/assets/kaart.js"></script>'));
  });

  test('a module that a script tag loads, or that has a link already, gets no (second) link', () => {
    const html = pagina(link('/assets/ids.js'), '<script type="module" src="/assets/kaart.js"></script><script type="module" src="/assets/tijdas.js"></script>');
    const uit = metModulepreload(html, importsVan);
    expect(uit.match(/modulepreload/g)).toHaveLength(3);
    expect(uit).toContain(`${link('/assets/ids.js')}${link('/assets/tijdlijn.js')}${link('/assets/d3-scale.js')}</head>`);
  });

  test('running it twice adds nothing', () => {
    const html = pagina('', '<script type="module" src="/assets/kaart.js"></script><astro-island component-url="/assets/Eiland.js" renderer-url="/assets/client.js"></astro-island>');
    const eenmaal = metModulepreload(html, importsVan);
    expect(eenmaal).not.toBe(html);
    expect(metModulepreload(eenmaal, importsVan)).toBe(eenmaal);
  });

  test('a page without module scripts or islands stays as it is', () => {
    for (const html of [
      pagina('<link rel="stylesheet" href="/assets/a.css">', '<p>geen script</p><script>console.log(1)</script><script type="application/ld+json">{}</script>'),
      pagina('', '<script src="/assets/klassiek.js"></script>'),
      '<p>geen kop</p><script type="module" src="/assets/kaart.js"></script>',
    ]) {
      expect(metModulepreload(html, importsVan)).toBe(html);
    }
  });

  test('markup inside an inline script is not read as a tag', () => {
    const html = pagina('', '<script>const s=\'<script type="module" src="/assets/kaart.js">\';</script>');
    expect(metModulepreload(html, importsVan)).toBe(html);
  });
});

describe('importsUitDist', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'nabewerking-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'kaart.js'), 'import{t}from"./tijdlijn.js";import"./weg.js";const l=()=>import("./lui.js");');
    writeFileSync(join(dist, 'assets', 'tijdlijn.js'), 'export const t=1;');
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  test('reads a module from the built folder under the base path, leaves out imports that are not there, reads each file once', () => {
    const importsVan = importsUitDist(dist, '/kansrijke-start');
    expect(importsVan('/kansrijke-start/assets/kaart.js')).toEqual(['/kansrijke-start/assets/tijdlijn.js']);
    expect(importsVan('/assets/kaart.js')).toEqual([]);
    writeFileSync(join(dist, 'assets', 'kaart.js'), 'import"./anders.js"');
    expect(importsVan('/kansrijke-start/assets/kaart.js')).toEqual(['/kansrijke-start/assets/tijdlijn.js']);
    expect(importsUitDist(dist, '/')('/assets/tijdlijn.js')).toEqual([]);
  });

  test('bewerkHtml writes the links into the pages, and leaves a second run nothing to do', () => {
    writeFileSync(join(dist, 'assets', 'kaart.js'), 'import{t}from"./tijdlijn.js";');
    const bestand = join(dist, 'index.html');
    writeFileSync(bestand, '<html><head><title>x</title></head><body><script type="module" src="/assets/kaart.js"></script></body></html>');
    expect(bewerkHtml([bestand], { dist })).toBe(1);
    expect(readFileSync(bestand, 'utf8')).toContain('<link rel="modulepreload" href="/assets/tijdlijn.js"></head>');
    expect(bewerkHtml([bestand], { dist })).toBe(0);
  });
});

describe('zelfsluitendeVormen', () => {
  test('empty SVG shapes lose their end tag; shapes with content, text and HTML stay as they are', () => {
    const html =
      '<svg><rect x="1%" y="6" width="2" height="20"></rect><use href="#k-vv" x="1%" y="9" transform="translate(4)"></use>' +
      '<line x1="0" x2="0"></line><circle r="2"></circle><path d="M0,0L1,1"></path><text x="1">rect</text>' +
      '<g class="a"></g><rect><title>t</title></rect></svg><p>&lt;rect&gt;&lt;/rect&gt;</p>';
    expect(zelfsluitendeVormen(html)).toBe(
      '<svg><rect x="1%" y="6" width="2" height="20"/><use href="#k-vv" x="1%" y="9" transform="translate(4)"/>' +
        '<line x1="0" x2="0"/><circle r="2"/><path d="M0,0L1,1"/><text x="1">rect</text>' +
        '<g class="a"></g><rect><title>t</title></rect></svg><p>&lt;rect&gt;&lt;/rect&gt;</p>',
    );
  });

  test('a page without SVG is unchanged, and a second run changes nothing', () => {
    const html = '<html><body><p>geen svg</p></body></html>';
    expect(zelfsluitendeVormen(html)).toBe(html);
    const een = zelfsluitendeVormen('<svg><rect></rect></svg>');
    expect(zelfsluitendeVormen(een)).toBe(een);
  });
});

describe('stijlInDePagina', () => {
  const csp = (stijl: string) => `<meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self'; style-src 'self' ${stijl};">`;
  const kaartPagina = (kop: string) =>
    `<html><head>${csp("'sha256-eiland'")}<link rel="stylesheet" href="/assets/a.css">\n<link rel="stylesheet" href="/assets/b.css"><link rel="modulepreload" href="/assets/k.js">${kop}</head><body><div class="kaart-box" data-kaart></div></body></html>`;
  const bladen: Record<string, string> = { '/assets/a.css': ':root{--x:1}', '/assets/b.css': '.b{fill:url(#streep)}' };
  const sha = (tekst: string) => `'sha256-${createHash('sha256').update(tekst).digest('base64')}'`;

  test('a map page gets its sheets as one <style>, in their order, and the policy allows exactly that text', () => {
    const uit = stijlInDePagina(kaartPagina(''), (href) => bladen[href]);
    const css = ':root{--x:1}\n.b{fill:url(#streep)}';
    expect(uit).not.toContain('rel="stylesheet"');
    expect(uit).toContain(`<style>${css}</style><link rel="modulepreload" href="/assets/k.js">`);
    expect(uit).toContain(`style-src ${sha(css)} 'self' 'sha256-eiland';`);
    expect(stijlInDePagina(uit, (href) => bladen[href])).toBe(uit);
  });

  test("a huisstijl's font at a site path is inlined too; a relative url() would point elsewhere, so that page keeps its links", () => {
    const font = "@font-face{src:url('/regio/huisstijl/f.woff2')}";
    expect(stijlInDePagina(kaartPagina(''), (href) => (href.endsWith('a.css') ? font : bladen[href]))).toContain(`<style>${font}\n`);
    for (const slecht of ["@font-face{src:url('f.woff2')}", '.x{background:url(//cdn.example/x.png)}', '.x{background:url( ../x.png)}']) {
      const html = kaartPagina('');
      expect(stijlInDePagina(html, (href) => (href.endsWith('a.css') ? slecht : bladen[href]))).toBe(html);
    }
  });

  test('left as it is: a page without the map, a missing sheet, a sheet that would end the <style>, a policy without style-src', () => {
    const zonderKaart = kaartPagina('').replace('<div class="kaart-box" data-kaart></div>', '<p>tabel</p>');
    expect(stijlInDePagina(zonderKaart, (href) => bladen[href])).toBe(zonderKaart);
    const html = kaartPagina('');
    expect(stijlInDePagina(html, (href) => (href.endsWith('b.css') ? undefined : bladen[href]))).toBe(html);
    expect(stijlInDePagina(html, (href) => (href.endsWith('b.css') ? '.b{}</style><script>x()</script>' : bladen[href]))).toBe(html);
    const zonderStijlSrc = html.replace(/ style-src [^;]*;/, '');
    expect(stijlInDePagina(zonderStijlSrc, (href) => bladen[href])).toBe(zonderStijlSrc);
  });
});
