/**
 * After the build: what Astro 5 writes that is not valid HTML, put right in the built files. The one case is the
 * style Astro emits with the first island (`astro-island{display:contents}`): it lands in <body> wherever that
 * island is, and a <style> in <body> is an error in the Nu HTML Checker (tests/browser/html.test.ts). In <head> it
 * does the same, before the first paint. Its CSP hash stays valid: the text is unchanged.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const EILAND_STIJL = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

export function eilandStijlNaarKop(html: string): string {
  const stijlen = html.match(EILAND_STIJL);
  const kopEinde = html.indexOf('</head>');
  if (!stijlen || kopEinde < 0 || html.lastIndexOf(stijlen[0], kopEinde) >= 0) return html;
  const zonder = html.replace(EILAND_STIJL, '');
  const einde = zonder.indexOf('</head>');
  return `${zonder.slice(0, einde)}${stijlen[0]}${zonder.slice(einde)}`;
}

/** Rewrites the built HTML files in place; returns how many changed. */
export function bewerkHtml(bestanden: Iterable<string>): number {
  let veranderd = 0;
  for (const bestand of bestanden) {
    const html = readFileSync(bestand, 'utf8');
    const nieuw = eilandStijlNaarKop(html);
    if (nieuw !== html) {
      writeFileSync(bestand, nieuw);
      veranderd++;
    }
  }
  return veranderd;
}
