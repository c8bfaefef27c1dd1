/**
 * A region's house style: design tokens → --rk-* custom properties (as the NL Design System themes do), and the
 * WCAG AA contrast check that refuses a theme people cannot read. Pure, except laadHuisstijl, which looks for the
 * logo file and the font package on disk.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contrastRatio, formatRatio } from './contrast.ts';
import { fout, fromZod, type DataFout } from './fouten.ts';
import { leesLettertype, type Lettertype } from './lettertype.ts';
import { huisstijlSchema, type Huisstijl, type KleurToken, type Kleuren } from './schema/huisstijl.ts';
import { dutchErrorMap } from './fouten.ts';

/** The defaults in src/view/stijl.css (a unit test keeps the two equal). */
export const STANDAARD_KLEUREN: Required<Kleuren> = {
  primair: '#1d4f7c',
  primairTekst: '#ffffff',
  accent: '#1d4f7c',
  tekst: '#1a1a1a',
  gedempt: '#4a4a4a',
  achtergrond: '#ffffff',
  vlak: '#f3f4f6',
  link: '#1d4f7c',
  focus: '#b3001b',
};

/** Token → the custom property the stylesheet reads. Names kept from stijl.css, so its rules need no change. */
export const CSS_EIGENSCHAPPEN: Record<KleurToken, string> = {
  primair: '--rk-accent',
  primairTekst: '--rk-accent-tekst',
  accent: '--rk-markering',
  tekst: '--rk-tekst',
  gedempt: '--rk-gedempt',
  achtergrond: '--rk-achtergrond',
  vlak: '--rk-vlak',
  link: '--rk-link',
  focus: '--rk-focus',
};

export interface ContrastPaar {
  voorgrond: KleurToken;
  achtergrond: KleurToken;
  minimum: 4.5 | 3;
  /** What the pair is, for the message. */
  wat: string;
}

/** Every pair of colours the stylesheet puts on top of each other. 4.5:1 for text, 3:1 for UI parts (WCAG 1.4.3, 1.4.11). */
export const CONTRAST_PAREN: readonly ContrastPaar[] = [
  { voorgrond: 'tekst', achtergrond: 'achtergrond', minimum: 4.5, wat: 'tekst' },
  { voorgrond: 'tekst', achtergrond: 'vlak', minimum: 4.5, wat: 'tekst in vakken' },
  { voorgrond: 'gedempt', achtergrond: 'achtergrond', minimum: 4.5, wat: 'tekst (bijschriften)' },
  { voorgrond: 'link', achtergrond: 'achtergrond', minimum: 4.5, wat: 'tekst (links)' },
  { voorgrond: 'link', achtergrond: 'vlak', minimum: 4.5, wat: 'tekst (links in vakken)' },
  { voorgrond: 'primairTekst', achtergrond: 'primair', minimum: 4.5, wat: 'tekst in de kopbalk' },
  { voorgrond: 'focus', achtergrond: 'achtergrond', minimum: 3, wat: 'de focusrand (onderdeel van de bediening)' },
  { voorgrond: 'accent', achtergrond: 'achtergrond', minimum: 3, wat: 'streep en randen (grafisch onderdeel)' },
];

/** The colours as the page will show them: what the theme sets, else what it inherits, else the default. */
export function effectieveKleuren(kleuren: Kleuren = {}): Required<Kleuren> {
  const primair = kleuren.primair ?? STANDAARD_KLEUREN.primair;
  // In stijl.css links and the accent stripe follow the primary colour unless set themselves.
  return { ...STANDAARD_KLEUREN, link: primair, accent: primair, ...kleuren };
}

export function checkContrast(bestand: string, kleuren: Kleuren = {}): DataFout[] {
  const effectief = effectieveKleuren(kleuren);
  const gezet = (token: KleurToken) => kleuren[token] !== undefined || (['link', 'accent'].includes(token) && kleuren.primair !== undefined);
  const toon = (token: KleurToken) => `${token} (${effectief[token].toLowerCase()}${kleuren[token] === undefined ? ', standaard' : ''})`;
  return CONTRAST_PAREN.flatMap((paar) => {
    // Pairs of two defaults are the stylesheet's own business (tested once), not this theme's.
    if (!gezet(paar.voorgrond) && !gezet(paar.achtergrond)) return [];
    const ratio = contrastRatio(effectief[paar.voorgrond], effectief[paar.achtergrond]);
    if (ratio >= paar.minimum) return [];
    const pad = `kleuren.${kleuren[paar.voorgrond] !== undefined || kleuren[paar.achtergrond] === undefined ? paar.voorgrond : paar.achtergrond}`;
    const minimum = String(paar.minimum).replace('.', ',');
    return [
      fout(
        bestand,
        pad,
        `te weinig contrast tussen ${toon(paar.voorgrond)} en ${toon(paar.achtergrond)}: ${formatRatio(ratio)}; nodig is minstens ${minimum}:1 voor ${paar.wat} (WCAG AA). Maak één van de twee kleuren donkerder of lichter`,
      ),
    ];
  });
}

export interface HuisstijlModel {
  kleuren: Kleuren;
  logo?: { bestand: string; alt: string; pad: string };
  lettertype?: Lettertype;
}

/** The region's stylesheet. Only what the theme sets is written; everything else keeps stijl.css's value. */
export function huisstijlCss(regioId: string, huisstijl: HuisstijlModel, bestandUrl: (bestand: string) => string): string {
  const regels: string[] = [`/* Huisstijl van ${regioId}, gemaakt uit data/${regioId}/huisstijl.json */`];
  for (const face of huisstijl.lettertype?.faces ?? []) {
    regels.push(
      `@font-face { font-family: '${face.familie}'; font-style: normal; font-display: swap; font-weight: ${face.gewicht}; ` +
        `src: url('${bestandUrl(face.bestand)}') format('woff2'); unicode-range: ${face.unicodeBereik}; }`,
    );
  }
  const eigenschappen = (Object.keys(CSS_EIGENSCHAPPEN) as KleurToken[])
    .filter((token) => huisstijl.kleuren[token] !== undefined)
    .map((token) => `  ${CSS_EIGENSCHAPPEN[token]}: ${huisstijl.kleuren[token]!.toLowerCase()};`);
  if (huisstijl.lettertype) eigenschappen.push(`  --rk-font: '${huisstijl.lettertype.familie}', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;`);
  regels.push(`:root[data-huisstijl='${regioId}'] {\n${eigenschappen.join('\n')}\n}`);
  return `${regels.join('\n')}\n`;
}

/**
 * Validate huisstijl.json of one region: schema, contrast, the logo file, the font package.
 * `extraBestanden` are files the region folder may hold because huisstijl.json names them.
 */
export function laadHuisstijl(
  regioMap: string,
  regioId: string,
  data: unknown,
  zoekVanaf?: string,
): { huisstijl?: HuisstijlModel; fouten: DataFout[]; extraBestanden: string[] } {
  const bestand = `${regioId}/huisstijl.json`;
  const parsed = huisstijlSchema.safeParse(data, { error: dutchErrorMap, reportInput: true });
  if (!parsed.success) return { fouten: fromZod(bestand, parsed.error.issues), extraBestanden: [] };
  const stijl: Huisstijl = parsed.data;
  const fouten = checkContrast(bestand, stijl.kleuren);
  const model: HuisstijlModel = { kleuren: stijl.kleuren ?? {} };
  const extraBestanden: string[] = [];
  if (stijl.logo) {
    extraBestanden.push(stijl.logo.bestand);
    const pad = join(regioMap, stijl.logo.bestand);
    if (existsSync(pad)) model.logo = { ...stijl.logo, pad };
    else fouten.push(fout(bestand, 'logo.bestand', `het logo "${stijl.logo.bestand}" staat niet in de map ${regioId}/; zet het bestand daar of pas de naam aan`));
  }
  if (stijl.lettertype) {
    const lettertype = leesLettertype(stijl.lettertype.pakket, zoekVanaf);
    if (lettertype.ok) model.lettertype = lettertype.lettertype;
    else fouten.push(fout(bestand, 'lettertype.pakket', lettertype.melding));
  }
  return { huisstijl: fouten.length ? undefined : model, fouten, extraBestanden };
}
