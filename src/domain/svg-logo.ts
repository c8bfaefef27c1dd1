/**
 * Active content in a region's SVG logo. The logo is published as it is, as image/svg+xml on the site's own origin
 * — the origin that holds the klantreis cases in localStorage — so an SVG opened on its own may run what it carries.
 * As <img> a browser runs nothing in it; opened directly it does. So check-data refuses (rather than cleans: what is
 * published stays exactly what the region wrote, and a sanitiser that understands SVG needs a DOM the build does
 * not have) a logo with:
 * - a script, or an element that embeds a document or listens for events (script, foreignObject, iframe, embed,
 *   object, handler, listener);
 * - an event attribute (onload, onclick, … with or without a namespace prefix);
 * - a reference that leaves the file: href, xlink:href or src that is not "#…" (a data: URI only for a PNG, JPEG,
 *   GIF or WebP picture), url(…) in CSS that is not "#…", @import, an xml-stylesheet instruction;
 * - an animation that sets a link or an event attribute (attributeName="href");
 * - a DOCTYPE or ENTITY (an entity can expand to a <script> that no check of the text sees);
 * - markup the check cannot read.
 * Pure: takes the file's text; src/io reads it (and refuses a logo that is a symbolic link).
 */

const VERBODEN_ELEMENTEN = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
const LINK_ATTRIBUTEN = new Set(['href', 'src']);
const VEILIGE_DATA = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

const TAG = /^<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>"']+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/;
const ATTRIBUUT = /([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A character reference as its character; one that names no character as U+FFFD. */
const teken = (code: number) => String.fromCodePoint(code > 0 && code <= 0x10ffff ? code : 0xfffd);

const ontsnapt = (tekst: string) =>
  tekst
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => teken(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => teken(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The local part of a name, lowercased: "svg:script" → "script", "xlink:href" → "href". */
const lokaal = (naam: string) => naam.slice(naam.indexOf(':') + 1).toLowerCase();
const kort = (tekst: string) => (tekst.length > 60 ? `${tekst.slice(0, 57)}…` : tekst);

/** What in a piece of CSS loads something or cannot be read with certainty. */
function cssBezwaren(css: string): string[] {
  const bezwaren: string[] = [];
  // An escape can spell url or @import in a way no plain search finds.
  if (css.includes('\\')) bezwaren.push('CSS met een \\-teken (daarmee laat een verwijzing zich verbergen)');
  if (/@import/i.test(css)) bezwaren.push('CSS met @import (laadt een ander bestand)');
  for (const [, inhoud] of css.matchAll(/url\s*\(([^)]*)\)?/gi)) {
    const doel = inhoud!.trim().replace(/^["']|["']$/g, '').trim();
    if (!doel.startsWith('#')) bezwaren.push(`CSS die iets van buiten laadt: url(${kort(doel)})`);
  }
  if (/expression\s*\(/i.test(css)) bezwaren.push('CSS met expression(…)');
  return bezwaren;
}

/**
 * Everything in this SVG text that could run or load something, each as a short Dutch description; empty for a
 * logo that can be published as it is.
 */
export function svgBezwaren(tekst: string): string[] {
  const bezwaren = new Set<string>();
  if (/<!DOCTYPE|<!ENTITY/i.test(tekst)) bezwaren.add('een DOCTYPE of ENTITY (een entiteit kan een script invoegen)');
  // Comments are inert; what is left is read tag by tag. Texts are inert too, except the CSS of a <style>.
  const zonderCommentaar = tekst.replace(/<!--[\s\S]*?-->/g, '');
  let i = 0;
  let inStijl = false;
  while (i < zonderCommentaar.length) {
    const lt = zonderCommentaar.indexOf('<', i);
    const tekstDeel = zonderCommentaar.slice(i, lt < 0 ? undefined : lt);
    if (inStijl) for (const b of cssBezwaren(ontsnapt(tekstDeel))) bezwaren.add(b);
    if (lt < 0) break;
    const rest = zonderCommentaar.slice(lt);
    if (rest.startsWith('<![CDATA[')) {
      const einde = rest.indexOf(']]>');
      const inhoud = rest.slice(9, einde < 0 ? undefined : einde);
      if (inStijl) for (const b of cssBezwaren(inhoud)) bezwaren.add(b);
      i = einde < 0 ? zonderCommentaar.length : lt + einde + 3;
      continue;
    }
    if (rest.startsWith('<?')) {
      const einde = rest.indexOf('?>');
      const instructie = rest.slice(0, einde < 0 ? undefined : einde + 2);
      if (!/^<\?xml\s[^?]*\?>$/.test(instructie)) bezwaren.add(`een verwerkingsinstructie ${kort(instructie)} (zoals xml-stylesheet, die een ander bestand laadt)`);
      i = einde < 0 ? zonderCommentaar.length : lt + einde + 2;
      continue;
    }
    if (rest.startsWith('<!')) {
      // A DOCTYPE or ENTITY is already named above; skip to its end.
      const einde = rest.indexOf('>');
      i = einde < 0 ? zonderCommentaar.length : lt + einde + 1;
      continue;
    }
    const tag = TAG.exec(rest);
    if (!tag) {
      bezwaren.add(`opmaak die de controle niet kan lezen: ${kort(rest.split('\n', 1)[0]!)}`);
      i = lt + 1;
      continue;
    }
    const [heel, sluit, naam, attributen] = tag;
    const element = lokaal(naam!);
    if (element === 'style') inStijl = !sluit && !tag[4];
    if (!sluit) {
      if (VERBODEN_ELEMENTEN.has(element)) bezwaren.add(`een <${naam}>-element`);
      for (const [, attrNaam, dubbel, enkel] of attributen!.matchAll(ATTRIBUUT)) {
        const attr = lokaal(attrNaam!);
        const waarde = ontsnapt(dubbel ?? enkel ?? '');
        if (attr.startsWith('on')) bezwaren.add(`een event-attribuut (${attrNaam})`);
        else if (LINK_ATTRIBUTEN.has(attr) && !waarde.trim().startsWith('#') && !VEILIGE_DATA.test(waarde.trim())) {
          bezwaren.add(`een verwijzing naar buiten: ${attrNaam}="${kort(waarde)}"`);
        } else if (attr === 'attributename' && (lokaal(waarde.trim()) === 'href' || lokaal(waarde.trim()).startsWith('on'))) {
          bezwaren.add(`een animatie die ${waarde.trim()} zet`);
        } else if (attr === 'style') for (const b of cssBezwaren(waarde)) bezwaren.add(b);
      }
    }
    i = lt + heel.length;
  }
  return [...bezwaren];
}

/**
 * svgBezwaren for the file's bytes. The check reads UTF-8, so a file in another encoding is refused: decoded as UTF-8,
 * a UTF-16 file would hide its script from the check and not from a browser.
 */
export function svgBestandBezwaren(inhoud: Uint8Array | string): string[] {
  if (typeof inhoud !== 'string') {
    const utf16 = (inhoud[0] === 0xfe && inhoud[1] === 0xff) || (inhoud[0] === 0xff && inhoud[1] === 0xfe);
    if (utf16 || inhoud.includes(0)) return ['het is niet als UTF-8 opgeslagen (maar bijvoorbeeld als UTF-16)'];
  }
  const tekst = (typeof inhoud === 'string' ? inhoud : new TextDecoder('utf-8').decode(inhoud)).replace(/^\uFEFF/, '');
  const codering = /^\s*<\?xml\s[^?]*encoding\s*=\s*["']([^"']+)["']/i.exec(tekst)?.[1];
  if (codering && !/^(utf-8|us-ascii)$/i.test(codering)) return [`het noemt de tekencodering "${kort(codering)}"; de controle leest alleen UTF-8`];
  return svgBezwaren(tekst);
}
