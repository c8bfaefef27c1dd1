/**
 * "Download SVG" and "Download PNG" of the map as filtered now: a standalone SVG with the map's own CSS rules
 * inlined (colour tokens resolved), the legend symbols copied in, absolute links, and no dimmed spans.
 * The whole timeline is exported, whatever the zoom: a file is read in full, not through a window.
 */
import type { KaartDom } from './kaart-dom.ts';

/** The rules from the site's stylesheets that draw the map, with var(--rk-…) replaced by their values. */
function kaartCss(): string {
  const root = getComputedStyle(document.documentElement);
  const regels: string[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    // Top-level rules only: @media print/screen rules are about the page, not the drawing.
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule && /\.kaart(?![\w-])|\.moment\b/.test(rule.selectorText) && !/gedimd|zoom/.test(rule.selectorText)) {
        regels.push(rule.cssText);
      }
    }
  }
  return regels.join('\n').replace(/var\((--[\w-]+)\)/g, (_, naam: string) => root.getPropertyValue(naam).trim());
}

export function kaartSvg(dom: KaartDom, titel: string, beschrijving: string): string {
  const svg = dom.svg.cloneNode(true) as SVGSVGElement;
  // Unzoomed: the zoom lives in CSS rules on the page's wrapper, which the file does not have.
  const { height } = dom.svg.viewBox.baseVal;
  svg.setAttribute('width', String(dom.breedte));
  svg.setAttribute('viewBox', `0 0 ${dom.breedte} ${height}`);
  for (const attr of ['aria-describedby', 'role']) svg.removeAttribute(attr);
  for (const el of svg.querySelectorAll('.gedimd')) el.remove();
  for (const a of svg.querySelectorAll('a')) {
    a.setAttribute('href', new URL(a.getAttribute('href')!, location.href).href);
    a.removeAttribute('tabindex');
  }
  const ns = 'http://www.w3.org/2000/svg';
  const stijl = document.createElementNS(ns, 'style');
  stijl.textContent = kaartCss();
  const kop = document.createElementNS(ns, 'title');
  kop.textContent = titel;
  const uitleg = document.createElementNS(ns, 'desc');
  uitleg.textContent = beschrijving;
  const achtergrond = document.createElementNS(ns, 'rect');
  for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: '#fff' })) achtergrond.setAttribute(k, v);
  const symbolen = document.querySelector('svg.symbolen defs')?.cloneNode(true);
  svg.prepend(kop, uitleg, stijl, ...(symbolen ? [symbolen] : []), achtergrond);
  return new XMLSerializer().serializeToString(svg);
}

/** Offers a file for download; nothing leaves the browser. */
export function bewaar(blob: Blob, bestandsnaam: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = bestandsnaam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function downloadSvg(svg: string, bestandsnaam: string): void {
  bewaar(new Blob([svg], { type: 'image/svg+xml' }), `${bestandsnaam}.svg`);
}

/** Draws the SVG on a canvas at twice the size (sharp on projectors), within the browser's canvas limits. */
export async function downloadPng(svg: string, bestandsnaam: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const schaal = Math.min(2, 16_000 / img.naturalWidth, 16_000 / img.naturalHeight);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * schaal);
    canvas.height = Math.round(img.naturalHeight * schaal);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((klaar) => canvas.toBlob(klaar, 'image/png'));
    if (png) bewaar(png, `${bestandsnaam}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
