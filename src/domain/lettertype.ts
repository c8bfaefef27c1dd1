/**
 * A Fontsource npm package as @font-face rules for files this site serves itself: no request ever leaves the
 * site for a font. Fontsource's metadata.json and unicode.json say which files exist, so no CSS is parsed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Dutch and Frisian need latin; latin-ext covers the rarer letters (ŷ, ł) of names. */
const SUBSETS = ['latin', 'latin-ext'];
const GEWICHTEN = [400, 700];

export interface FontFace {
  familie: string;
  gewicht: string;
  unicodeBereik: string;
  /** File name, served next to the region's huisstijl. */
  bestand: string;
}

export interface Lettertype {
  pakket: string;
  familie: string;
  faces: FontFace[];
  /** File name → absolute path on disk, for every file the site must serve (fonts and the licence). */
  bestanden: Map<string, string>;
}

interface Metadata {
  id: string;
  family: string;
  subsets: string[];
  weights: number[];
  styles: string[];
  variable: false | { wght?: { min: string | number; max: string | number } };
}

export type LettertypeResultaat = { ok: true; lettertype: Lettertype } | { ok: false; melding: string };

/** Font names come from a package, not from us: keep them to characters that cannot break out of a CSS string. */
export function veiligeFamilie(naam: string): string {
  return naam.replace(/[^A-Za-z0-9 -]/g, '').trim();
}

export function fontFaces(metadata: Metadata, unicode: Record<string, string>): FontFace[] {
  const familie = veiligeFamilie(metadata.family);
  const subsets = SUBSETS.filter((s) => metadata.subsets.includes(s) && unicode[s]);
  if (metadata.variable && metadata.variable.wght) {
    const { min, max } = metadata.variable.wght;
    return subsets.map((s) => ({ familie, gewicht: `${min} ${max}`, unicodeBereik: unicode[s]!, bestand: `${metadata.id}-${s}-wght-normal.woff2` }));
  }
  const gewichten = GEWICHTEN.filter((g) => metadata.weights.includes(g));
  const gekozen = gewichten.length > 0 ? gewichten : metadata.weights.slice(0, 1);
  return subsets.flatMap((s) =>
    gekozen.map((g) => ({ familie, gewicht: String(g), unicodeBereik: unicode[s]!, bestand: `${metadata.id}-${s}-${g}-normal.woff2` })),
  );
}

export function leesLettertype(pakket: string, zoekVanaf = process.cwd()): LettertypeResultaat {
  const require = createRequire(join(zoekVanaf, 'package.json'));
  let map: string;
  try {
    map = dirname(require.resolve(`${pakket}/metadata.json`));
  } catch {
    return { ok: false, melding: `het pakket "${pakket}" is niet geïnstalleerd; voer uit: npm install --save-exact ${pakket}` };
  }
  try {
    const metadata = JSON.parse(readFileSync(join(map, 'metadata.json'), 'utf8')) as Metadata;
    const unicode = JSON.parse(readFileSync(join(map, 'unicode.json'), 'utf8')) as Record<string, string>;
    const faces = fontFaces(metadata, unicode);
    const bestanden = new Map(faces.map((f) => [f.bestand, join(map, 'files', f.bestand)]));
    const ontbreekt = [...bestanden.values()].find((pad) => !existsSync(pad));
    if (faces.length === 0 || ontbreekt) {
      return { ok: false, melding: `het pakket "${pakket}" heeft geen woff2-bestanden voor latin zoals Fontsource ze levert; kies een ander lettertype` };
    }
    if (existsSync(join(map, 'LICENSE'))) bestanden.set('lettertype-licentie.txt', join(map, 'LICENSE'));
    return { ok: true, lettertype: { pakket, familie: veiligeFamilie(metadata.family), faces, bestanden } };
  } catch {
    return { ok: false, melding: `het pakket "${pakket}" lijkt geen Fontsource-lettertype (metadata.json of unicode.json ontbreekt of is onleesbaar)` };
  }
}
