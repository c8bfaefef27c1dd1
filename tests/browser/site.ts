/**
 * Reading a built site from disk: its pages, one page of every type (so pages added later are covered without
 * editing the tests), and a static scan of all HTML for what the Content-Security-Policy and the link rules forbid.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlBestanden, paginaType } from '../../bench/bytes.ts';

export { htmlBestanden };

/** Region folders: top-level folders with an overzicht page. */
export function regioIds(dir: string): Set<string> {
  return new Set(readdirSync(dir).filter((name) => existsSync(join(dir, name, 'overzicht', 'index.html'))));
}

/** One URL path per page type, e.g. "/voorbeeldregio/voorziening/kraamzorg/"; the 404 page as a missing URL. */
export function eenPerType(dir: string): { type: string; pad: string }[] {
  const ids = regioIds(dir);
  const seen = new Map<string, string>();
  for (const file of htmlBestanden(dir)) {
    const type = paginaType(file, ids);
    if (!seen.has(type)) seen.set(type, file);
  }
  return [...seen].map(([type, file]) => ({
    type,
    pad: type === '404' ? '/bestaat-niet/' : `/${file.replace(/index\.html$/, '')}`,
  }));
}

/**
 * One URL path per page type and region: every region's own page of each type (a region's data can break a page
 * that another region's data does not), and the pages outside a region once. The 404 page as a missing URL.
 */
export function eenPerTypeEnRegio(dir: string): { type: string; regio: string; pad: string }[] {
  const ids = regioIds(dir);
  const seen = new Map<string, { type: string; regio: string; pad: string }>();
  for (const file of htmlBestanden(dir)) {
    const type = paginaType(file, ids);
    const regio = type.startsWith('[regio]') ? file.split('/')[0]! : '';
    const key = `${regio} ${type}`;
    if (!seen.has(key)) seen.set(key, { type, regio, pad: type === '404' ? '/bestaat-niet/' : `/${file.replace(/index\.html$/, '')}` });
  }
  return [...seen.values()];
}

export interface Tag {
  naam: string;
  attributen: [string, string | undefined][];
  /** The body of a <script> or <style>. */
  inhoud?: string;
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Start tags in document order with their (entity-decoded) attributes, the way a browser tokenizes them: a tag is
 * consumed whole, so a "<script>" inside a quoted attribute value is text, and a script or style body is not markup.
 */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  TAG.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TAG.exec(html))) {
    const tag: Tag = {
      naam: match[1]!.toLowerCase(),
      attributen: [...match[2]!.matchAll(ATTRIBUTE)].map((a) => {
        const raw = a[2] ?? a[3] ?? a[4];
        return [a[1]!.toLowerCase(), raw === undefined ? undefined : decode(raw)];
      }),
    };
    if (tag.naam === 'script' || tag.naam === 'style') {
      const end = html.toLowerCase().indexOf(`</${tag.naam}`, TAG.lastIndex);
      tag.inhoud = html.slice(TAG.lastIndex, end < 0 ? html.length : end);
      TAG.lastIndex = end < 0 ? html.length : end;
    }
    out.push(tag);
  }
  return out;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'data']);
const SAFE_LINK = /^(https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;
const LOCAL = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//i;

export interface Scan {
  problemen: string[];
  /** External <a> links seen (each must carry rel="noopener noreferrer"). */
  externeLinks: number;
  paginas: number;
}

/**
 * What must hold for every built page: no inline event handlers or style attributes (the CSP would block them), no
 * script URLs, external links with rel="noopener noreferrer", no resource loaded from another host, a CSP <meta>
 * without 'unsafe-inline'/'unsafe-eval' whose script hashes cover every inline script.
 */
export function scanSite(dir: string): Scan {
  const problemen: string[] = [];
  let externeLinks = 0;
  const files = htmlBestanden(dir);
  for (const file of files) {
    const html = readFileSync(join(dir, file), 'utf8');
    const report = (text: string) => problemen.push(`${file}: ${text}`);
    const all = tags(html);
    for (const tag of all) {
      const attrs = new Map(tag.attributen);
      for (const [name, value = ''] of tag.attributen) {
        if (/^on[a-z]+$/.test(name)) report(`<${tag.naam} ${name}="…"> (inline event handler)`);
        if (name === 'style') report(`<${tag.naam} style="${value.slice(0, 40)}"> (style-attribuut; de CSP blokkeert het)`);
        if (URL_ATTRIBUTES.has(name) && !SAFE_LINK.test(value.trim())) report(`<${tag.naam} ${name}="${value.slice(0, 60)}"> (geen http(s)/mailto/tel/relatieve link)`);
        if (name === 'src' || (name === 'href' && tag.naam === 'link') || name === 'srcset' || name === 'poster') {
          if (/^(https?:)?\/\//i.test(value.trim()) && !LOCAL.test(value.trim())) report(`<${tag.naam} ${name}="${value.slice(0, 60)}"> (laadt iets van een andere host)`);
        }
      }
      const href = attrs.get('href')?.trim() ?? '';
      if (tag.naam === 'a' && /^https?:\/\//i.test(href) && !LOCAL.test(href)) {
        externeLinks++;
        const rel = (attrs.get('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) report(`<a href="${href.slice(0, 60)}"> zonder rel="noopener noreferrer"`);
      }
    }
    const csp = all.find((t) => t.naam === 'meta' && new Map(t.attributen).get('http-equiv')?.toLowerCase() === 'content-security-policy');
    const policy = csp ? (new Map(csp.attributen).get('content') ?? '') : '';
    const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
    if (!csp) report('geen Content-Security-Policy <meta>');
    else if (!scriptSrc) report('CSP zonder script-src');
    if (/'unsafe-(inline|eval)'/.test(policy)) report(`CSP staat 'unsafe-inline' of 'unsafe-eval' toe`);
    for (const script of all.filter((t) => t.naam === 'script')) {
      const type = new Map(script.attributen).get('type') ?? '';
      if (new Map(script.attributen).has('src') || /json/.test(type) || !script.inhoud) continue;
      const hash = `'sha256-${createHash('sha256').update(script.inhoud).digest('base64')}'`;
      if (!scriptSrc.includes(hash)) report(`inline <script> (${script.inhoud.slice(0, 40)}…) staat niet als hash in script-src`);
    }
  }
  return { problemen, externeLinks, paginas: files.length };
}
