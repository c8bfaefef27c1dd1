/**
 * A Fontsource npm package as @font-face rules for files this site serves itself: no request ever leaves the
 * site for a font. Fontsource's metadata.json and unicode.json say which files exist, so no CSS is parsed.
 * Pure: src/io/lettertype.ts finds the package and hands over what it holds (LettertypePakket).
 */

/**
 * The system's own sans-serif, the font of the site and of every drawn SVG (the map, a route, the klantreis) unless
 * a huisstijl names another; src/view/stijl.css writes the same stack as --rk-font (a unit test keeps them equal).
 */
export const SYSTEEMLETTERS = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

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
  /** File name → where the adapter can read it (LettertypePakket.bestanden), for every file the site must serve (fonts and the licence). */
  bestanden: Map<string, string>;
}

/** An installed font package as src/io/lettertype.ts read it. */
export interface LettertypePakket {
  /** The text of metadata.json and unicode.json; undefined when the package has no such file. */
  metadata?: string;
  unicode?: string;
  /** The names in the package's files/ folder → where the adapter can read each one again. */
  bestanden: ReadonlyMap<string, string>;
  /** Where its LICENSE is, when it has one. */
  licentie?: string;
}

/** Finds an installed font package by its npm name; undefined when it is not installed. */
export type LettertypeZoeker = (pakket: string) => LettertypePakket | undefined;

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

/** The font of huisstijl.json from the package the adapter found (undefined: not installed). */
export function lettertypeUitPakket(pakket: string, inhoud: LettertypePakket | undefined): LettertypeResultaat {
  if (!inhoud) return { ok: false, melding: `het pakket "${pakket}" is niet geïnstalleerd; voer uit: npm install --save-exact ${pakket}` };
  try {
    if (inhoud.metadata === undefined || inhoud.unicode === undefined) throw new Error('metadata.json of unicode.json ontbreekt');
    const metadata = JSON.parse(inhoud.metadata) as Metadata;
    const unicode = JSON.parse(inhoud.unicode) as Record<string, string>;
    const faces = fontFaces(metadata, unicode);
    const ontbreekt = faces.find((f) => !inhoud.bestanden.has(f.bestand));
    if (faces.length === 0 || ontbreekt) {
      return { ok: false, melding: `het pakket "${pakket}" heeft geen woff2-bestanden voor latin zoals Fontsource ze levert; kies een ander lettertype` };
    }
    const bestanden = new Map(faces.map((f) => [f.bestand, inhoud.bestanden.get(f.bestand)!]));
    if (inhoud.licentie !== undefined) bestanden.set('lettertype-licentie.txt', inhoud.licentie);
    return { ok: true, lettertype: { pakket, familie: veiligeFamilie(metadata.family), faces, bestanden } };
  } catch {
    return { ok: false, melding: `het pakket "${pakket}" lijkt geen Fontsource-lettertype (metadata.json of unicode.json ontbreekt of is onleesbaar)` };
  }
}
