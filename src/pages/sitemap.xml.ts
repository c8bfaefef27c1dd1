/**
 * sitemap.xml, made from the pages themselves: every .astro page under src/pages with its getStaticPaths, so a page
 * added later is listed without touching this file. Left out: the 404 page and embed pages (meant for an iframe).
 * Absolute URLs need ROUTEKAART_SITE (astro.config.mjs `site`) and respect the base path.
 */
import type { APIRoute } from 'astro';
import { pad } from '../view/gegevens.ts';

type PageModule = { getStaticPaths?: () => Promise<{ params: Record<string, string | undefined> }[]> | { params: Record<string, string | undefined> }[] };

// Lazy: the pages are only loaded when the sitemap is written, not bundled into this endpoint's chunk.
const pages = import.meta.glob<PageModule>('./**/*.astro');
const UITGESLOTEN = [/^404$/, /(^|\/)embed(\/|$)/];

/** "./[regio]/voorziening/[id].astro" → "[regio]/voorziening/[id]/"; "./index.astro" → "". */
export function routePatroon(bestand: string): string {
  const pad = bestand.replace(/^\.\//, '').replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  return pad === '' ? '' : `${pad}/`;
}

function invullen(patroon: string, params: Record<string, string | undefined>): string {
  return patroon.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, naam: string) => params[naam] ?? '').replace(/\/{2,}/g, '/');
}

export async function sitePaden(): Promise<string[]> {
  const paden: string[] = [];
  for (const [bestand, laad] of Object.entries(pages)) {
    const patroon = routePatroon(bestand);
    if (UITGESLOTEN.some((regel) => regel.test(patroon.replace(/\/$/, '')))) continue;
    if (!patroon.includes('[')) {
      paden.push(patroon);
      continue;
    }
    const module = await laad();
    if (module.getStaticPaths) for (const { params } of await module.getStaticPaths()) paden.push(invullen(patroon, params));
  }
  return [...new Set(paden)].sort();
}

const escapeXml = (tekst: string) => tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
  const basis = site ?? new URL('http://localhost:4321');
  const urls = (await sitePaden()).map((p) => `  <url><loc>${escapeXml(new URL(pad(p), basis).href)}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
