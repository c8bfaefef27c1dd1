/**
 * A region's house style: design tokens → --rk-* custom properties (as the NL Design System themes do), and the
 * WCAG AA contrast check that refuses a theme people cannot read. Pure: bouwHuisstijl is told which files the
 * region folder holds and asks the adapter's LettertypeZoeker for the font package.
 */
import { contrastRatio, formatRatio } from './contrast.ts';
import { svgBestandBezwaren } from './svg-logo.ts';
import { fout, fromZod, type DataFout } from './fouten.ts';
import { lettertypeUitPakket, SYSTEEMLETTERS, type Lettertype, type LettertypeZoeker } from './lettertype.ts';
import { huisstijlSchema, type Huisstijl, type KleurToken, type Kleuren } from './schema/huisstijl.ts';
import { dutchErrorMap } from './fouten.ts';
import { kleurenUitThema, type ThemaHerkomst, type ThemaModel, type ThemaZoeker } from './thema.ts';

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

/**
 * The lane colours of the map stay the same in every theme (they carry meaning across regions). Text on the map
 * is --rk-tekst, so it is checked against the darkest of them.
 */
export const KAART_BALKEN = ['#e3f1e6', '#e4edf9', '#fbe8da', '#efe7f7'] as const;
const DONKERSTE_BALK = [...KAART_BALKEN].sort((a, b) => contrastRatio(b, '#ffffff') - contrastRatio(a, '#ffffff'))[0]!;

/** A fixed colour of the stylesheet that no theme changes. */
export interface VasteKleur {
  naam: string;
  kleur: string;
}

export interface ContrastPaar {
  voorgrond: KleurToken;
  achtergrond: KleurToken | VasteKleur;
  minimum: 4.5 | 3;
  /** What the pair is, for the message. */
  wat: string;
}

/** Every pair of colours the stylesheet puts on top of each other. 4.5:1 for text, 3:1 for UI parts (WCAG 1.4.3, 1.4.11). */
export const CONTRAST_PAREN: readonly ContrastPaar[] = [
  { voorgrond: 'tekst', achtergrond: 'achtergrond', minimum: 4.5, wat: 'tekst' },
  { voorgrond: 'tekst', achtergrond: 'vlak', minimum: 4.5, wat: 'tekst in vakken' },
  { voorgrond: 'tekst', achtergrond: { naam: 'de balken op de kaart', kleur: DONKERSTE_BALK }, minimum: 4.5, wat: 'tekst op de kaart' },
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

/**
 * `thema`: the colours that came from the theme package (with the token and the path in huisstijl.json that
 * decide them), so a pair that fails names the token instead of a colour the author never wrote.
 */
export function checkContrast(bestand: string, kleuren: Kleuren = {}, thema: { pakket: string; herkomst: Partial<Record<KleurToken, ThemaHerkomst>> } = { pakket: '', herkomst: {} }): DataFout[] {
  const effectief = effectieveKleuren(kleuren);
  /** The token the author wrote that decides this colour; undefined for a default. */
  const bron = (kant: KleurToken | VasteKleur): KleurToken | undefined => {
    if (typeof kant !== 'string') return undefined;
    if (kleuren[kant] !== undefined) return kant;
    return (kant === 'link' || kant === 'accent') && kleuren.primair !== undefined ? 'primair' : undefined;
  };
  const uitThema = (token: KleurToken) => (thema.herkomst[token] ? `, token ${thema.herkomst[token]!.token} van ${thema.pakket}` : '');
  const toon = (kant: KleurToken | VasteKleur) => {
    if (typeof kant !== 'string') return `${kant.naam} (${kant.kleur}, vast)`;
    const b = bron(kant);
    const herkomst = b === undefined ? ', standaard' : b !== kant ? `, volgt ${b}${uitThema(b)}` : uitThema(kant);
    return `${kant} (${effectief[kant].toLowerCase()}${herkomst})`;
  };
  const kleur = (kant: KleurToken | VasteKleur) => (typeof kant === 'string' ? effectief[kant] : kant.kleur);
  return CONTRAST_PAREN.flatMap((paar) => {
    const schuld = bron(paar.voorgrond) ?? bron(paar.achtergrond);
    // Pairs of two defaults are the stylesheet's own business (tested once), not this theme's.
    if (schuld === undefined) return [];
    const ratio = contrastRatio(kleur(paar.voorgrond), kleur(paar.achtergrond));
    if (ratio >= paar.minimum) return [];
    const minimum = String(paar.minimum).replace('.', ',');
    // A colour from the theme: the fix is to choose another token, or to write the colour in "kleuren".
    const herkomst = thema.herkomst[schuld];
    const oplossing = herkomst
      ? `Kies een ander token in "thema.tokens.${schuld}", of zet de kleur zelf in "kleuren.${schuld}"`
      : 'Maak één van de twee kleuren donkerder of lichter';
    return [
      fout(
        bestand,
        herkomst ? herkomst.pad : `kleuren.${schuld}`,
        `te weinig contrast tussen ${toon(paar.voorgrond)} en ${toon(paar.achtergrond)}: ${formatRatio(ratio)}; nodig is minstens ${minimum}:1 voor ${paar.wat} (WCAG AA). ${oplossing}`,
      ),
    ];
  });
}

export interface HuisstijlModel {
  /** The colours as the site uses them: the theme package's, with what huisstijl.json writes in `kleuren` over them. */
  kleuren: Kleuren;
  /** The NL Design System theme the colours come from. */
  thema?: ThemaModel;
  /** `bestand` is a file in the region folder, served as it is. */
  logo?: { bestand: string; alt: string };
  lettertype?: Lettertype;
}

/** The region's stylesheet. Only what the theme sets is written; everything else keeps stijl.css's value. */
export function huisstijlCss(regioId: string, huisstijl: HuisstijlModel, bestandUrl: (bestand: string) => string): string {
  const regels: string[] = [`/* Huisstijl van ${regioId}, gemaakt uit data/${regioId}/huisstijl.json */`];
  if (huisstijl.thema) {
    const { pakket, versie, licentie } = huisstijl.thema;
    regels.push(`/* Kleuren uit de design tokens van ${pakket}${versie ? ` ${versie}` : ''}${licentie ? ` (${licentie.naam}, zie ${bestandUrl('thema-licentie.txt')})` : ''} */`);
  }
  for (const face of huisstijl.lettertype?.faces ?? []) {
    regels.push(
      `@font-face { font-family: '${face.familie}'; font-style: normal; font-display: swap; font-weight: ${face.gewicht}; ` +
        `src: url('${bestandUrl(face.bestand)}') format('woff2'); unicode-range: ${face.unicodeBereik}; }`,
    );
  }
  const eigenschappen = (Object.keys(CSS_EIGENSCHAPPEN) as KleurToken[])
    .filter((token) => huisstijl.kleuren[token] !== undefined)
    .map((token) => `  ${CSS_EIGENSCHAPPEN[token]}: ${huisstijl.kleuren[token]!.toLowerCase()};`);
  if (huisstijl.lettertype) eigenschappen.push(`  --rk-font: '${huisstijl.lettertype.familie}', ${SYSTEEMLETTERS};`);
  regels.push(`:root[data-huisstijl='${regioId}'] {\n${eigenschappen.join('\n')}\n}`);
  return `${regels.join('\n')}\n`;
}

/**
 * Validate huisstijl.json of one region: schema, contrast, the logo file, the font package.
 * `extraBestanden` are files the region folder may hold because huisstijl.json names them.
 */
export function bouwHuisstijl(
  regioId: string,
  data: unknown,
  /** Whether the region folder holds this file. */
  heeftBestand: (naam: string) => boolean,
  zoekLettertype: LettertypeZoeker,
  /** Finds the NL Design System token package `thema.pakket` names; without it, every named package is "niet geïnstalleerd". */
  zoekThema: ThemaZoeker = () => undefined,
  /** The contents of a file of the region folder, where they were read (an SVG logo: see leestInhoud in bouwen.ts). */
  inhoud: (naam: string) => Uint8Array | string | null | undefined = () => undefined,
): { huisstijl?: HuisstijlModel; fouten: DataFout[]; extraBestanden: string[] } {
  const bestand = `${regioId}/huisstijl.json`;
  const parsed = huisstijlSchema.safeParse(data, { error: dutchErrorMap, reportInput: true });
  if (!parsed.success) return { fouten: fromZod(bestand, parsed.error.issues), extraBestanden: [] };
  const stijl: Huisstijl = parsed.data;
  const eigen = stijl.kleuren ?? {};
  if (stijl.thema) {
    const zelf = new Set(Object.keys(eigen) as KleurToken[]);
    const thema = kleurenUitThema(stijl.thema, zoekThema(stijl.thema.pakket), zelf);
    // Logo and font are still checked, so every problem shows in one run.
    if (!thema.ok) return rest(regioId, stijl, { kleuren: eigen }, thema.fouten.map((f) => fout(bestand, f.pad, f.melding)), heeftBestand, zoekLettertype, inhoud);
    const kleuren = { ...thema.kleuren, ...eigen };
    const fouten = checkContrast(bestand, kleuren, { pakket: stijl.thema.pakket, herkomst: thema.herkomst });
    return rest(regioId, stijl, { kleuren, thema: thema.thema }, fouten, heeftBestand, zoekLettertype, inhoud);
  }
  return rest(regioId, stijl, { kleuren: eigen }, checkContrast(bestand, eigen), heeftBestand, zoekLettertype, inhoud);
}

/** Logo and font, after the colours. */
function rest(
  regioId: string,
  stijl: Huisstijl,
  model: HuisstijlModel,
  fouten: DataFout[],
  heeftBestand: (naam: string) => boolean,
  zoekLettertype: LettertypeZoeker,
  inhoud: (naam: string) => Uint8Array | string | null | undefined,
): { huisstijl?: HuisstijlModel; fouten: DataFout[]; extraBestanden: string[] } {
  const bestand = `${regioId}/huisstijl.json`;
  const extraBestanden: string[] = [];
  if (stijl.logo) {
    extraBestanden.push(stijl.logo.bestand);
    const logo = stijl.logo.bestand;
    const svg = logo.toLowerCase().endsWith('.svg') ? inhoud(logo) : undefined;
    const bezwaren = svg === undefined || svg === null ? [] : svgBestandBezwaren(svg);
    if (!heeftBestand(logo)) fouten.push(fout(bestand, 'logo.bestand', `het logo "${logo}" staat niet in de map ${regioId}/; zet het bestand daar of pas de naam aan`));
    else if (bezwaren.length) {
      fouten.push(
        fout(
          bestand,
          'logo.bestand',
          `het logo "${logo}" kan op deze site iets uitvoeren of laden: ${bezwaren.join('; ')}. Sla het logo opnieuw op zonder scripts, event-attributen en verwijzingen naar andere bestanden, of gebruik een PNG`,
        ),
      );
    } else model.logo = { ...stijl.logo };
  }
  if (stijl.lettertype) {
    const lettertype = lettertypeUitPakket(stijl.lettertype.pakket, zoekLettertype(stijl.lettertype.pakket));
    if (lettertype.ok) model.lettertype = lettertype.lettertype;
    else fouten.push(fout(bestand, 'lettertype.pakket', lettertype.melding));
  }
  return { huisstijl: fouten.length ? undefined : model, fouten, extraBestanden };
}
