/**
 * "Download SVG" and "Download PNG" of the map as filtered now: one standalone SVG made of the map's parts (header,
 * lane names, timeline) at the width they are drawn, with the map's own CSS rules inlined (colour tokens resolved),
 * the legend symbols copied in, absolute links, and without the voorzieningen that are filtered out.
 */
import { MAAT } from '../../layout/tijdas.ts';
import { breekAf } from '../../layout/tekstmaat.ts';
import { bewaar } from '../bewaar.ts';

const NS = 'http://www.w3.org/2000/svg';

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
    // Top-level rules inside the map only (".kaart x"): @media rules are about the page, and the rules on the map's
    // own boxes (sticky, 100 % wide) would undo the sizes of the nested parts.
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule && /\.kaart(-kop)?\s+\S/.test(rule.selectorText) && !/gedimd|zoom|hover|focus|actief/.test(rule.selectorText)) {
        regels.push(rule.cssText);
      }
    }
  }
  return regels.join('\n').replace(/var\((--[\w-]+)\)/g, (_, naam: string) => root.getPropertyValue(naam).trim());
}

function element(naam: string, attributen: Record<string, string | number>, tekst?: string): SVGElement {
  const el = document.createElementNS(NS, naam);
  for (const [k, v] of Object.entries(attributen)) el.setAttribute(k, String(v));
  if (tekst !== undefined) el.textContent = tekst;
  return el;
}

/** A part of the map as a nested SVG at (x, y), so its percentages resolve against its own width. */
function deel(bron: SVGSVGElement, x: number, y: number, breedte: number): SVGElement {
  const kopie = bron.cloneNode(true) as SVGSVGElement;
  for (const attr of ['role', 'aria-label', 'aria-hidden', 'aria-describedby', 'style']) kopie.removeAttribute(attr);
  kopie.setAttribute('x', String(x));
  kopie.setAttribute('y', String(y));
  kopie.setAttribute('width', String(breedte));
  return kopie;
}

export function kaartSvg(box: HTMLElement, titel: string, beschrijving: string): string {
  const kop = box.querySelector<SVGSVGElement>('svg.kaart-kop')!;
  const raster = box.querySelector<SVGSVGElement>('svg.kaart-raster')!;
  const breedte = Math.round(raster.getBoundingClientRect().width);
  const kopHoogte = Number(kop.getAttribute('height'));
  const hoogte = Number(raster.getAttribute('height'));
  const L = MAAT.laanNaam;
  const svg = element('svg', { xmlns: NS, width: L + breedte, height: kopHoogte + hoogte, 'font-family': 'system-ui, sans-serif', 'font-size': 12 }) as SVGSVGElement;
  const stijl = element('style', {}, kaartCss());
  const symbolen = document.querySelector('svg.symbolen')!.cloneNode(true) as SVGSVGElement;
  svg.append(element('title', {}, titel), element('desc', {}, beschrijving), stijl, ...symbolen.children);
  svg.append(element('rect', { width: '100%', height: '100%', fill: '#fff' }));
  // The timeline as the page draws it: the grid, then each block of voorzieningen at its own height, then the route.
  const tijdlijn = deel(raster, L, kopHoogte, breedte);
  tijdlijn.setAttribute('class', 'kaart');
  let blokY = 0;
  for (const blok of box.querySelectorAll<SVGSVGElement>('svg.kaart-blok')) {
    tijdlijn.append(deel(blok, 0, blokY, breedte));
    blokY += Number(blok.getAttribute('height'));
  }
  tijdlijn.append(deel(box.querySelector<SVGSVGElement>('svg.route-laag')!, 0, 0, breedte));
  for (const a of tijdlijn.querySelectorAll('a')) {
    if (a.classList.contains('gedimd')) {
      a.remove();
      continue;
    }
    a.setAttribute('href', new URL(a.getAttribute('href')!, location.href).href);
    for (const attr of ['tabindex', 'aria-hidden']) a.removeAttribute(attr);
  }
  svg.append(deel(kop, L, 0, breedte), tijdlijn);
  // The lane names are HTML on the page; in the file they become text in the left column.
  let y = kopHoogte;
  for (const cel of box.querySelectorAll('.laan-cel')) {
    const h = Number(cel.querySelector('.laan-maat')!.getAttribute('height'));
    const naam = cel.querySelector('.laan-naam')!.firstChild!.textContent!.trim();
    svg.append(element('rect', { x: 0, y, width: L, height: h, fill: '#f3f4f6', stroke: '#c8c8c8' }));
    breekAf(naam, L - 16, 13, true).forEach((regel, i) => svg.append(element('text', { x: 8, y: y + 20 + i * 16, 'font-weight': 700, 'font-size': 13 }, regel)));
    y += h;
  }
  svg.append(element('text', { x: 8, y: kopHoogte - 8, 'font-size': 11, fill: '#4a4a4a' }, 'Niveau ↓ · Tijd →'));
  return new XMLSerializer().serializeToString(svg);
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
